#pragma once

#include <QString>
#include <QStringList>

// Which field each column of a form receives (FormField codes; empty: left as the form has it).
struct FormMapping
{
    QStringList columns;

    bool isEmpty() const;
    QString toJson() const;
    static FormMapping fromJson(const QString &json);
    bool operator==(const FormMapping &o) const { return columns == o.columns; }
};

// Who a form lists: a saved view of the register, narrowed by a grid, a tag and a minimum age;
// and whether ID and phone numbers are written in full (as far as the role allows; audited).
struct FormPeople
{
    qint64 savedViewId = 0;
    qint64 gridId = 0;
    qint64 tagId = 0;
    int minAge = -1;
    bool fullNumbers = false;

    QString toJson() const;
    static FormPeople fromJson(const QString &json);
    bool operator==(const FormPeople &o) const
    {
        return savedViewId == o.savedViewId && gridId == o.gridId && tagId == o.tagId && minAge == o.minAge &&
               fullNumbers == o.fullNumbers;
    }
};
