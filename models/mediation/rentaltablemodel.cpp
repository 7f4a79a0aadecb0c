#include "rentaltablemodel.h"

#include <QBrush>
#include <QColor>

RentalTableModel::RentalTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{}

void RentalTableModel::showRooms(const QString &text, qint64 gridId)
{
    m_expiringMode = false;
    m_text = text;
    m_gridId = gridId;
    reload();
}

void RentalTableModel::showExpiring(int days, const QDate &today)
{
    m_expiringMode = true;
    m_days = days;
    m_today = today;
    reload();
}

void RentalTableModel::reload()
{
    beginResetModel();
    const RentalStore store(m_db, m_scope);
    m_rooms.clear();
    m_expiring.clear();
    if (m_expiringMode)
        m_expiring = store.expiring(m_days, m_today.isValid() ? m_today : QDate::currentDate());
    else
        m_rooms = store.rooms(m_text, m_gridId);
    endResetModel();
}

qint64 RentalTableModel::roomId(int row) const
{
    if (m_expiringMode)
        return row >= 0 && row < m_expiring.size() ? m_expiring.at(row).roomId : 0;
    return row >= 0 && row < m_rooms.size() ? m_rooms.at(row).id : 0;
}

qint64 RentalTableModel::tenantId(int row) const
{
    return m_expiringMode && row >= 0 && row < m_expiring.size() ? m_expiring.at(row).tenantId : 0;
}

int RentalTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_expiringMode ? m_expiring.size() : m_rooms.size());
}

int RentalTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_expiringMode ? ExpiryColumnCount : RoomColumnCount;
}

QVariant RentalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const QString iso = QStringLiteral("yyyy-MM-dd");
    if (m_expiringMode) {
        const RentalStore::Expiring &e = m_expiring.at(index.row());
        if (role == Qt::ForegroundRole && e.daysLeft < 0)
            return QBrush(QColor(0xb0, 0x20, 0x20)); // expired: red
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case ExpiryName:
            return e.name;
        case ExpiryAddress:
            return e.address;
        case ExpiryPermit:
            return e.permit;
        case ExpiresOn:
            return e.expiresOn.toString(iso);
        case DaysLeft:
            return e.daysLeft < 0 ? tr("Expired %n day(s) ago", nullptr, -e.daysLeft)
                                  : tr("%n day(s)", nullptr, e.daysLeft);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const RentalStore::Row &r = m_rooms.at(index.row());
    switch (index.column()) {
    case Address:
        return r.address;
    case Landlord:
        return r.landlord;
    case Tenants:
        return r.tenants;
    case TenantCount:
        return r.tenantCount;
    case NextExpiry:
        return r.nextExpiry.toString(iso);
    case Grid:
        return r.gridName;
    default:
        return {};
    }
}

QVariant RentalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_expiringMode) {
        switch (section) {
        case ExpiryName:
            return tr("Tenant");
        case ExpiryAddress:
            return tr("Address");
        case ExpiryPermit:
            return tr("Permit");
        case ExpiresOn:
            return tr("Expires on");
        case DaysLeft:
            return tr("Days left");
        default:
            return {};
        }
    }
    switch (section) {
    case Address:
        return tr("Address");
    case Landlord:
        return tr("Landlord");
    case Tenants:
        return tr("Tenants");
    case TenantCount:
        return tr("Tenants living there");
    case NextExpiry:
        return tr("Next permit expiry");
    case Grid:
        return tr("Grid");
    default:
        return {};
    }
}
