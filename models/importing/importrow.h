#pragma once

#include "importmapping.h"
#include "models/register/resident.h"
#include "models/register/residentsearchindex.h"

#include <QList>
#include <QString>

// One row of an import file after cleaning: the person, where they live, and what was wrong.
struct ImportRow
{
    struct Problem
    {
        ImportMapping::Field field = ImportMapping::FieldCount; // FieldCount: the row as a whole
        QString reason;                                         // translated
    };

    int rowNumber = 0; // in the file, as Excel shows it
    QStringList cells; // as read, for the error report
    Resident resident;
    QString compound;
    QString building;
    QString unit;
    QString room;
    QString grid;               // 所属网格, as written
    QString householdNo;        // 户号, folded
    QStringList tags;           // the words of the 人员类别 cell, split at 、,;/ and spaces
    bool relationGiven = false; // false: decided by the importer (first of a new household is head)
    QList<Problem> problems;
    ResidentSearchIndex::NameKeys nameKeys; // of resident.name, by RowPipeline; empty: not yet made

    bool isBlank() const
    {
        for (const QString &c : cells)
            if (!c.trimmed().isEmpty())
                return false;
        return true;
    }
};
