#pragma once

#include <QDate>
#include <QString>

struct Household
{
    qint64 id = 0;
    qint64 buildingId = 0;
    QString unit;
    QString room;
    QString housingType = QStringLiteral("owned");
    QString phone;
    QDate movedIn;
    QString notes;
    int rowVersion = 0;
};
