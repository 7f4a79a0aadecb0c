#pragma once

#include <QDate>
#include <QString>

// One follow-up rule (care_rule): residents with the tag, at least minAge years old, need their
// household visited every rhythmDays days, at an attention level ('normal', 'focus', 'severe').
struct CareRule
{
    qint64 id = 0;
    qint64 tagId = 0;
    QString tagName; // read with the rule
    int minAge = 0;  // 0: any age
    QString level = QStringLiteral("normal");
    int rhythmDays = 30;
    QDate appliesFrom; // a household never visited is overdue from this day on
    bool active = true;
    QString note;
};
