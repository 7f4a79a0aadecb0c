#include "visitstalemodel.h"

#include "models/core/itemroles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

VisitStaleModel::VisitStaleModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(db, ColumnCount, Paging::append(kPageSize), parent)
    , m_coverage(std::move(db), scope)
{}

void VisitStaleModel::setQuery(const QDate &today, int days, qint64 gridId)
{
    m_today = today;
    m_days = days;
    m_gridId = gridId;
    reload();
}

PagedModel::Count VisitStaleModel::countRows() const
{
    return {m_coverage.staleCount(m_today, m_days, m_gridId)};
}

bool VisitStaleModel::loadPage(int offset, int limit, QVector<VisitCoverage::StaleHousehold> *rows) const
{
    *rows += m_coverage.stale(m_today, m_days, m_gridId, limit, offset);
    return true;
}

qint64 VisitStaleModel::householdId(int row) const
{
    const VisitCoverage::StaleHousehold *s = rowAt(row);
    return s ? s->householdId : 0;
}

bool VisitStaleModel::isLivingAloneElderly(int row) const
{
    const VisitCoverage::StaleHousehold *s = rowAt(row);
    return s && s->livingAloneElderly;
}

QVariant VisitStaleModel::cell(const VisitCoverage::StaleHousehold &s, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
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
        if (column == DaysSince)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
    case ItemRole::HouseholdId:
        return s.householdId;
    }
    return {};
}

QString VisitStaleModel::columnTitle(int column) const
{
    switch (column) {
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
