#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

// The filter of one column of a list, as Excel's header dropdown: "contains" text and/or the
// values to keep (as text; "" keeps the blank cells). Empty keeps every row.
struct ColumnCondition
{
    ColumnCondition() = default;
    ColumnCondition(int column, QString contains, QStringList values)
        : column(column)
        , contains(std::move(contains))
        , values(std::move(values))
    {}

    int column = -1; // the model's column
    QString contains;
    QStringList values;

    bool isEmpty() const { return contains.trimmed().isEmpty() && values.isEmpty(); }
    bool operator==(const ColumnCondition &o) const
    {
        return column == o.column && contains == o.contains && values == o.values;
    }
    bool operator!=(const ColumnCondition &o) const { return !(*this == o); }

    // The conditions as JSON (a saved view, the filters kept for the next start) and back; the
    // empty ones and those of a column outside 0…columnCount-1 are dropped.
    static QJsonArray toJson(const QList<ColumnCondition> &conditions);
    static QList<ColumnCondition> fromJson(const QJsonArray &array, int columnCount);
};
