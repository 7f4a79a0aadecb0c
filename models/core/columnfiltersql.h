#pragma once

#include "columncondition.h"

#include <functional>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <utility>

// What the SQL of a list says about one column a clerk may filter from its header.
struct ColumnSql
{
    ColumnSql() = default;
    ColumnSql(int column, QString value, QString label, QString text, bool numeric = false)
        : column(column)
        , value(std::move(value))
        , label(std::move(label))
        , text(std::move(text))
        , numeric(numeric)
    {}

    int column = -1;
    // Compared with the ticked values; an expression over the list's main table, so the count
    // (which joins nothing) takes the filter too. Empty: no list of values.
    QString value;
    // What the clerk reads for a value in the dropdown (may use the joins of the choices' FROM).
    QString label;
    // Searched by "contains"; empty: the column has no "contains" box.
    QString text;
    bool numeric = false; // the values are ids: bound as numbers
    // Words a stored code ("closed") as the list shows it; null: the label as read.
    std::function<QString(const QString &)> labelOf;
};

// The column filters of a list in SQL: the terms of a WHERE clause for the conditions in force,
// and the values a column holds among the rows the rest of the filter keeps (its dropdown's
// choices, read with DISTINCT and a limit, so a long list is never read whole).
class ColumnFilterSql final
{
public:
    static constexpr int kMaxChoices = 500;

    static const ColumnSql *find(const QList<ColumnSql> &columns, int column);
    // Appends a term per condition (but the one of `exceptColumn`) to `terms`, its values to `bindings`.
    static void addTerms(const QList<ColumnSql> &columns, const QList<ColumnCondition> &conditions, QStringList *terms,
                         QVariantList *bindings, int exceptColumn = -1);
    // The (value, label) pairs of `column` among the rows of `from` + `where` (" WHERE …" or empty),
    // by label; a blank value comes first as "(Blanks)".
    static QList<std::pair<QString, QString>> choices(const QSqlDatabase &db, const ColumnSql &column,
                                                      const QString &from, const QString &where,
                                                      const QVariantList &bindings);
};
