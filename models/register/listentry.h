#pragma once

#include <QString>

// One row of an EditableList: an event type, a kind of meeting or an errand type. The office
// may extend, rename and archive these lists; archived entries stay on the records that used them.
struct ListEntry
{
    qint64 id = 0;
    QString code;
    QString name;
    int sortOrder = 0;
    bool archived = false;
};
