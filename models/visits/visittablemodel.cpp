#include "visittablemodel.h"

#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "models/register/address.h"
#include "visitquery.h"

#include <QBrush>
#include <QColor>

VisitTableModel::VisitTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    reload();
}

void VisitTableModel::setFilter(const VisitFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void VisitTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    const VisitQuery query(m_filter, m_scope);
    SqlQuery count(m_db, VisitQuery::countSql() + query.whereClause());
    for (const QVariant &v : query.bindings())
        count.bind(v);
    m_count = count.scalar().toInt();
    endResetModel();
    emit countChanged(m_count);
}

bool VisitTableModel::loadPage(int page, QVector<Row> *rows) const
{
    const VisitQuery query(m_filter, m_scope);
    SqlQuery q(m_db, VisitQuery::selectSql() + query.whereClause() + VisitQuery::orderBy() +
                         QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : query.bindings())
        q.bind(v);
    if (!q.exec(kPageSize, page * kPageSize))
        return false;
    while (q.next()) {
        Row r;
        r.id = q.value(VisitQuery::CId).toLongLong();
        r.visitedOn = QDate::fromString(q.value(VisitQuery::CVisitedOn).toString(), Qt::ISODate);
        r.address =
            Address::format(q.value(VisitQuery::CCompound).toString(), q.value(VisitQuery::CBuilding).toString(),
                            q.value(VisitQuery::CUnit).toString(), q.value(VisitQuery::CRoom).toString());
        r.grid = q.value(VisitQuery::CGrid).toString();
        r.worker = q.value(VisitQuery::CWorker).toString();
        r.met = q.value(VisitQuery::CMet).toString();
        r.notes = q.value(VisitQuery::CNotes).toString();
        r.needs = q.value(VisitQuery::CNeeds).toInt();
        r.cases = q.value(VisitQuery::CCases).toInt();
        r.archived = q.value(VisitQuery::CArchived).toInt() != 0;
        rows->append(r);
    }
    return true;
}

const VisitTableModel::Row *VisitTableModel::row(int index) const
{
    if (index < 0 || index >= m_count)
        return nullptr;
    return m_pages.row(index, [this](int page, QVector<Row> *rows) { return loadPage(page, rows); });
}

qint64 VisitTableModel::visitId(int index) const
{
    const Row *r = row(index);
    return r ? r->id : 0;
}

int VisitTableModel::rowOfVisit(qint64 visitId) const
{
    return m_pages.indexOf([visitId](const Row &r) { return r.id == visitId; });
}

int VisitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int VisitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VisitedOn:
            return r->visitedOn.toString(QStringLiteral("yyyy-MM-dd"));
        case Address:
            return r->address;
        case Grid:
            return r->grid;
        case Worker:
            return r->worker;
        case Met:
            return r->met;
        case Needs:
            if (r->needs == 0)
                return QString();
            return r->cases > 0 ? tr("%1 (%n case(s))", nullptr, r->cases).arg(r->needs) : QString::number(r->needs);
        case Notes:
            return r->notes.simplified();
        }
        break;
    case Qt::ForegroundRole:
        if (r->archived)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::ToolTipRole:
        if (index.column() == Notes && !r->notes.isEmpty())
            return r->notes;
        break;
    case ItemRole::Id:
        return r->id;
    }
    return {};
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VisitedOn:
        return tr("Date");
    case Address:
        return tr("Household");
    case Grid:
        return tr("Grid");
    case Worker:
        return tr("Worker");
    case Met:
        return tr("Met");
    case Needs:
        return tr("Needs");
    case Notes:
        return tr("Notes");
    }
    return {};
}
