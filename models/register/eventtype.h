#pragma once

#include <QString>

// A kind of event (birthday party, free clinic, ...): a list the office may extend, rename and
// archive; archived types stay on the events that used them.
struct EventType
{
    qint64 id = 0;
    QString code;
    QString name;
    int sortOrder = 0;
    bool archived = false;
};
