#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/register/listentry.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The kinds of assistance (临时救助, 慰问, 物资, 其他, and those the office adds), a list kept in
// table assistance_kind. Records keep their kind when it is renamed or archived.
class AssistanceKinds final
{
    Q_DECLARE_TR_FUNCTIONS(AssistanceKinds)

public:
    AssistanceKinds(QSqlDatabase db, const AccessScope &scope);
    QList<ListEntry> entries(bool includeArchived = false) const;
    // Adds (id 0) or renames a kind (administrators and clerks).
    SaveResult save(ListEntry &entry) const;
    SaveResult archive(qint64 id) const;
    // The kind with this code or name, 0 if none (the command line names kinds either way).
    qint64 find(const QString &codeOrName) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
