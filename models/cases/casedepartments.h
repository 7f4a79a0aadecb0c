#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "models/register/editablelist.h"
#include "models/register/listentry.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// The departments and units a case is handed to (交办对象: 城管科, 派出所, 物业, ...), a list the
// office keeps in table case_department. The hand-off step offers them and still takes a typed
// name; a case keeps the name it was handed to, so renaming or archiving an entry changes no
// case. Only an administrator changes the list.
class CaseDepartments final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDepartments)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    CaseDepartments(QSqlDatabase db, const AccessScope &scope);

    // Those not archived (or all), in the list's order.
    QList<ListEntry> entries(bool includeArchived = false) const;
    QStringList names() const;

    // Adds (id 0) or renames an entry; the name must be unique among those in use.
    SaveResult save(ListEntry &entry) const;
    // Hides an entry from new hand-offs; cases handed to it keep the name.
    SaveResult archive(qint64 id) const;

    // The seed list of schema v8.
    static QStringList seedStatements();

private:
    EditableList editableList() const;
    SaveResult refused() const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
