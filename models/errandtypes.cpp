#include "errandtypes.h"

#include "sqlquery.h"

ErrandTypes::ErrandTypes(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<ErrandTypes::Type> ErrandTypes::list() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT code, name FROM errand_type WHERE archived = 0 ORDER BY sort_order, id"));
    QList<Type> types;
    if (q.exec())
        while (q.next())
            types.append({q.value(0).toString(), q.value(1).toString()});
    return types;
}

QString ErrandTypes::name(const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT name FROM errand_type WHERE code = ?"));
    return q.exec(code) ? q.scalar().toString() : QString();
}
