#pragma once

#include <QDate>
#include <QList>
#include <QString>

// One person of the register as a form edits it.
struct Resident
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    QString idNumber; // normalized 18 characters, or empty when unknown
    QDate birthDate;
    QString gender; // "M" / "F"
    QString phone;
    QString relation = QStringLiteral("head");
    QString residencyType = QStringLiteral("registered");
    QString status = QStringLiteral("living");
    QDate statusDate;
    QString ethnicity;
    QString notes;
    QList<qint64> tagIds;
    int rowVersion = 0;
};
