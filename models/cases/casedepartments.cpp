#include "casedepartments.h"

CaseDepartments::CaseDepartments(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<ListEntry> CaseDepartments::entries(bool includeArchived) const
{
    return editableList().entries(includeArchived);
}

QStringList CaseDepartments::names() const
{
    QStringList list;
    for (const ListEntry &e : entries())
        list << e.name;
    return list;
}

EditableList CaseDepartments::editableList() const
{
    return EditableList(m_db, m_scope, EditableList::Table::CaseDepartments,
                        {tr("Name: enter the name of the department."),
                         tr("Name: there is already a department called %1."), tr("The department could not be saved."),
                         tr("The department could not be archived.")});
}

SaveResult CaseDepartments::refused() const
{
    SaveResult result;
    result.errors.append({QString(), tr("Only an administrator changes the list of departments."), 0});
    return result;
}

SaveResult CaseDepartments::save(ListEntry &entry) const
{
    if (!m_scope.canAdminister())
        return refused();
    return editableList().save(entry);
}

SaveResult CaseDepartments::archive(qint64 id) const
{
    if (!m_scope.canAdminister())
        return refused();
    return editableList().archive(id);
}

QStringList CaseDepartments::seedStatements()
{
    return {
        QStringLiteral("CREATE TABLE case_department (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT "
                       "NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0)"),
        // The units a community office most often hands a case to; the office edits the list.
        QStringLiteral(
            "INSERT INTO case_department (code, name, sort_order) VALUES ('street_office', '街道办事处', 1), "
            "('city_management', '城管执法中队', 2), ('police', '派出所', 3), ('property', '物业服务企业', 4), "
            "('housing', '房管所', 5), ('market', '市场监管所', 6), ('civil_affairs', '民政科', 7), "
            "('water_power', '水电气服务单位', 8)"),
    };
}
