#include "columnfiltersql.h"

#include "sqlquery.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString likeOf(const QString &text)
{
    QString escaped = text.trimmed();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

const ColumnSql *ColumnFilterSql::find(const QList<ColumnSql> &columns, int column)
{
    for (const ColumnSql &c : columns)
        if (c.column == column)
            return &c;
    return nullptr;
}

void ColumnFilterSql::addTerms(const QList<ColumnSql> &columns, const QList<ColumnCondition> &conditions,
                               QStringList *terms, QVariantList *bindings, int exceptColumn)
{
    for (const ColumnCondition &condition : conditions) {
        const ColumnSql *sql = find(columns, condition.column);
        if (!sql || condition.column == exceptColumn || condition.isEmpty())
            continue;
        if (!condition.contains.trimmed().isEmpty() && !sql->text.isEmpty()) {
            // Case-insensitive as SQLite's LIKE, on both engines.
            *terms << QStringLiteral("lower(coalesce(%1, '')) LIKE lower(CAST(? AS TEXT)) ESCAPE '\\'").arg(sql->text);
            *bindings << likeOf(condition.contains);
        }
        if (condition.values.isEmpty() || sql->value.isEmpty())
            continue;
        QStringList alternatives;
        QStringList marks;
        for (const QString &value : condition.values) {
            if (value.isEmpty()) {
                alternatives << QStringLiteral("coalesce(CAST(%1 AS TEXT), '') = ''").arg(sql->value);
                continue;
            }
            marks << QStringLiteral("?");
            *bindings << (sql->numeric ? QVariant(value.toLongLong()) : QVariant(value));
        }
        if (!marks.isEmpty())
            alternatives << sql->value + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
        *terms << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
}

QList<std::pair<QString, QString>> ColumnFilterSql::choices(const QSqlDatabase &db, const ColumnSql &column,
                                                            const QString &from, const QString &where,
                                                            const QVariantList &bindings)
{
    QList<std::pair<QString, QString>> result;
    if (column.value.isEmpty())
        return result;
    const QString label = column.label.isEmpty() ? column.value : column.label;
    SqlQuery q(db, QStringLiteral("SELECT DISTINCT %1, %2 FROM %3%4 ORDER BY 2 LIMIT %5")
                       .arg(column.value, label, from, where)
                       .arg(kMaxChoices));
    for (const QVariant &v : bindings)
        q.bind(v);
    if (!q.exec())
        return result;
    bool blank = false;
    while (q.next()) {
        const QVariant value = q.value(0);
        if (value.isNull() || value.toString().isEmpty()) {
            blank = true;
            continue;
        }
        const QString code = value.toString();
        const QString text = q.value(1).toString();
        result.append({code, column.labelOf ? column.labelOf(code) : text});
    }
    if (blank)
        result.prepend({QString(), QCoreApplication::translate("ColumnFilterSql", "(Blanks)")});
    return result;
}
