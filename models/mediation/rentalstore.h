#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "rentalroom.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Rented rooms and their tenants: each save one transaction with its audit row, nothing deleted.
// A tenant leaving is the register's move-out (RegisterStore::changeStatus) with its date, in the
// same transaction as the tenant's left_on. A grid worker sees and changes their grids' rooms only.
class RentalStore final
{
    Q_DECLARE_TR_FUNCTIONS(RentalStore)

public:
    struct Row
    {
        qint64 id = 0;
        QString address;
        QString landlord;
        QString tenants; // those still living there
        int tenantCount = 0;
        QDate nextExpiry; // the earliest permit expiry of those still living there
        QString gridName;
    };
    // A tenant still living there whose permit expires within the days asked (or has expired).
    struct Expiring
    {
        qint64 tenantId = 0;
        qint64 roomId = 0;
        qint64 residentId = 0;
        QString name;
        QString address;
        QString permit; // translated
        QDate expiresOn;
        int daysLeft = 0; // negative: expired that many days ago
    };

    RentalStore(QSqlDatabase db, const AccessScope &scope);

    SaveResult save(RentalRoom &room);
    std::optional<RentalRoom> room(qint64 id) const;
    SaveResult archive(qint64 id);
    // The rooms not archived; `text` matches the address, the landlord or a tenant.
    QList<Row> rooms(const QString &text = QString(), qint64 gridId = 0) const;
    // Permits expiring from the past up to `today` + `days` (inclusive), soonest first.
    QList<Expiring> expiring(int days = 30, const QDate &today = QDate::currentDate()) const;
    // The tenant moved out on `date`: the register's move-out and the tenant's left_on, together.
    SaveResult tenantLeaves(qint64 tenantId, const QDate &date, const QString &note = QString());

private:
    QList<FieldError> validate(const RentalRoom &room) const;
    bool writeTenants(RentalRoom &room);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
