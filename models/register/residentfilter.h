#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A condition on one column of the register list, as Excel's header dropdown sets it: the text
// the column contains, or the values picked (codes or ids as text); both when both are given.
struct ResidentColumnCondition
{
    int column = -1; // ResidentTableModel::Column, or a custom field's column after them
    QString contains;
    QStringList values;
    // A custom field's condition names the field (its column moves when fields are added): its
    // value contains the text or is one of the values.
    qint64 customFieldId = 0;

    bool isEmpty() const { return contains.trimmed().isEmpty() && values.isEmpty(); }
    bool operator==(const ResidentColumnCondition &o) const
    {
        return column == o.column && contains == o.contains && values == o.values && customFieldId == o.customFieldId;
    }
    bool operator!=(const ResidentColumnCondition &o) const { return !(*this == o); }
};

// What the register list shows. Zero / empty means "any".
struct ResidentFilter
{
    QString text; // search: name, pinyin initials, traditional characters, ID, phone, address
    qint64 gridId = 0;
    qint64 compoundId = 0;
    qint64 buildingId = 0;
    QString unit; // with buildingId
    qint64 householdId = 0;
    qint64 tagId = 0;
    QString residencyType;
    QString status = QStringLiteral("living"); // empty = every status
    int minAge = -1;
    int maxAge = -1;
    QList<qint64> residentIds;              // these people only (the import's missing people); empty: anyone
    QList<ResidentColumnCondition> columns; // the header's filters, each applied in SQL

    bool operator==(const ResidentFilter &o) const
    {
        return residentIds == o.residentIds && text == o.text && gridId == o.gridId && compoundId == o.compoundId &&
               buildingId == o.buildingId && unit == o.unit && householdId == o.householdId && tagId == o.tagId &&
               residencyType == o.residencyType && status == o.status && minAge == o.minAge && maxAge == o.maxAge &&
               columns == o.columns;
    }
    bool operator!=(const ResidentFilter &o) const { return !(*this == o); }
};
