#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "partycontact.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The party-member households (党员中心户) of each grid. A contact is added from a resident of
// the register (their household becomes the contact household) and ended by archiving; every
// write is one transaction with its audit row.
class PartyContactStore final
{
    Q_DECLARE_TR_FUNCTIONS(PartyContactStore)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    PartyContactStore(QSqlDatabase db, const AccessScope &scope);

    // The grid's contacts (gridId 0: every grid the signed-in user sees), by address.
    QList<PartyContact> contacts(qint64 gridId, bool includeArchived = false) const;
    // Makes the resident's household a contact of the grid from `since` (invalid: today).
    SaveResult add(qint64 gridId, qint64 residentId, const QDate &since = QDate());
    SaveResult archive(qint64 contactId);
    // Active contacts per grid.
    QHash<qint64, int> countsPerGrid() const;

private:
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
