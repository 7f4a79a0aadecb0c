#include "assistancekinds.h"

#include "models/core/sqlquery.h"
#include "models/register/editablelist.h"

namespace {

EditableList::Texts texts()
{
    return {AssistanceKinds::tr("Name: enter the kind of assistance."),
            AssistanceKinds::tr("Name: there is already a kind of assistance called %1."),
            AssistanceKinds::tr("The kind of assistance could not be saved; nothing was changed."),
            AssistanceKinds::tr("The kind of assistance could not be archived; nothing was changed.")};
}

} // namespace

AssistanceKinds::AssistanceKinds(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<ListEntry> AssistanceKinds::entries(bool includeArchived) const
{
    return EditableList(m_db, m_scope, EditableList::Table::AssistanceKinds, texts()).entries(includeArchived);
}

SaveResult AssistanceKinds::save(ListEntry &entry) const
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return SaveResult{false, 0, {{QString(), why, 0}}, {}};
    return EditableList(m_db, m_scope, EditableList::Table::AssistanceKinds, texts()).save(entry);
}

SaveResult AssistanceKinds::archive(qint64 id) const
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return SaveResult{false, 0, {{QString(), why, 0}}, {}};
    return EditableList(m_db, m_scope, EditableList::Table::AssistanceKinds, texts()).archive(id);
}

qint64 AssistanceKinds::find(const QString &codeOrName) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM assistance_kind WHERE (code = ? OR name = ?) AND archived = 0 "
                                    "ORDER BY id LIMIT 1"));
    return q.exec(codeOrName.trimmed(), codeOrName.trimmed()) ? q.scalar().toLongLong() : 0;
}
