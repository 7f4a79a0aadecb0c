#include "errandtypes.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"

ErrandTypes::ErrandTypes(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<ErrandTypes::Type> ErrandTypes::list() const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, code, name FROM errand_type WHERE archived = 0 ORDER BY sort_order, id"));
    QList<Type> types;
    if (q.exec())
        while (q.next())
            types.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return types;
}

QString ErrandTypes::name(const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT name FROM errand_type WHERE code = ?"));
    return q.exec(code) ? q.scalar().toString() : QString();
}

EditableList ErrandTypes::editableList() const
{
    return EditableList(m_db, m_scope, EditableList::Table::ErrandTypes,
                        {tr("Name: enter the name of the errand type."),
                         tr("Name: there is already an errand type called %1."),
                         tr("The errand type could not be saved."), tr("The errand type could not be archived.")});
}

SaveResult ErrandTypes::save(ListEntry &type) const
{
    return editableList().save(type);
}

SaveResult ErrandTypes::archive(qint64 id) const
{
    return editableList().archive(id);
}
