#pragma once

#include "models/access/accessscope.h"

#include "rentalstore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

// The rented rooms as the page lists them, or (showExpiring) the tenants whose permits expire
// within the days asked, soonest first.
class RentalTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum RoomColumn { Address, Landlord, Tenants, TenantCount, NextExpiry, Grid, RoomColumnCount };
    enum ExpiryColumn { ExpiryName, ExpiryAddress, ExpiryPermit, ExpiresOn, DaysLeft, ExpiryColumnCount };

    RentalTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void showRooms(const QString &text, qint64 gridId = 0);
    void showExpiring(int days, const QDate &today = QDate::currentDate());
    bool isExpiring() const { return m_expiringMode; }
    void reload();
    qint64 roomId(int row) const;
    qint64 tenantId(int row) const; // expiring mode only

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    bool m_expiringMode = false;
    QString m_text;
    qint64 m_gridId = 0;
    int m_days = 30;
    QDate m_today;
    QList<RentalStore::Row> m_rooms;
    QList<RentalStore::Expiring> m_expiring;
};
