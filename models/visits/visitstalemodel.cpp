#include "visitstalemodel.h"

#include "models/core/itemroles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

VisitStaleModel::VisitStaleModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_coverage(std::move(db), scope)
{}

void VisitStaleModel::setQuery(const QDate &today, int days, qint64 gridId)
{
    beginResetModel();
    m_today = today;
    m_days = days;
    m_gridId = gridId;
    m_total = m_coverage.staleCount(today, days, gridId);
    m_rows = m_coverage.stale(today, days, gridId, kPageSize, 0);
    endResetModel();
}

qint64 VisitStaleModel::householdId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).householdId : 0;
}

bool VisitStaleModel::isLivingAloneElderly(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).livingAloneElderly;
}

int VisitStaleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VisitStaleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool VisitStaleModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void VisitStaleModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<VisitCoverage::StaleHousehold> more =
        m_coverage.stale(m_today, m_days, m_gridId, kPageSize, int(m_rows.size()));
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the list shrank meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

QVariant VisitStaleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const VisitCoverage::StaleHousehold &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Household:
            return s.livingAloneElderly ? tr("%1 (living alone, elderly)").arg(s.address) : s.address;
        case Head:
            return s.head;
        case Grid:
            return s.gridName;
        case LastVisit:
            return s.lastVisit.isValid() ? s.lastVisit.toString(QStringLiteral("yyyy-MM-dd")) : tr("never");
        case DaysSince:
            return s.lastVisit.isValid() ? QVariant(int(s.lastVisit.daysTo(m_today))) : QVariant();
        }
        break;
    case Qt::ForegroundRole:
        if (s.livingAloneElderly)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::FontRole:
        if (s.livingAloneElderly) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysSince)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
    case ItemRole::HouseholdId:
        return s.householdId;
    }
    return {};
}

QVariant VisitStaleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Household:
        return tr("Household");
    case Head:
        return tr("Head of household");
    case Grid:
        return tr("Grid");
    case LastVisit:
        return tr("Last visit");
    case DaysSince:
        return tr("Days");
    }
    return {};
}
