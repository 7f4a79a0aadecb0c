#include "casetablemodel.h"

#include "caseworkflow.h"
#include "models/access/numberreveal.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"

#include <QBrush>

namespace {
QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}
} // namespace

CaseTableModel::CaseTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    reload();
}

void CaseTableModel::setFilter(const CaseFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CaseTableModel::setRevealNumbers(bool reveal)
{
    reveal = NumberReveal::allowed(m_scope, reveal);
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (reveal)
        NumberReveal::record(m_db, m_scope, QStringLiteral("cases"), 0, QStringLiteral("case list"));
    if (m_count > 0)
        emit dataChanged(index(0, Reporter), index(m_count - 1, Reporter));
}

void CaseTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    reload();
}

void CaseTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_queryNow = now();
    const CaseQuery query(m_filter, m_scope, m_queryNow);
    SqlQuery count(m_db, CaseQuery::countSql() + query.whereClause());
    for (const QVariant &v : query.bindings())
        count.bind(v);
    m_count = count.scalar().toInt();
    endResetModel();
    emit countChanged(m_count);
}

bool CaseTableModel::loadPage(int page, QVector<Row> *rows) const
{
    const CaseQuery query(m_filter, m_scope, m_queryNow);
    SqlQuery q(m_db, CaseQuery::selectSql() + query.whereClause() + CaseQuery::orderBy(m_sortKey, m_descending) +
                         QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : query.bindings())
        q.bind(v);
    if (!q.exec(kPageSize, page * kPageSize))
        return false;
    while (q.next()) {
        Row r;
        r.id = q.value(CaseQuery::CId).toLongLong();
        r.caseNo = q.value(CaseQuery::CCaseNo).toString();
        r.received = readTime(q.value(CaseQuery::CReceived));
        r.category = q.value(CaseQuery::CCategory).toString();
        r.grid = q.value(CaseQuery::CGrid).toString();
        r.location = q.value(CaseQuery::CLocation).toString();
        r.reporter = q.value(CaseQuery::CReporter).toString();
        r.phone = q.value(CaseQuery::CPhone).toString();
        r.status = q.value(CaseQuery::CStatus).toString();
        r.deadline = readTime(q.value(CaseQuery::CDeadline));
        r.assignee = q.value(CaseQuery::CAssignee).toString();
        r.closed = readTime(q.value(CaseQuery::CClosed));
        r.kind = q.value(CaseQuery::CKind).toString();
        rows->append(r);
    }
    return true;
}

const CaseTableModel::Row *CaseTableModel::row(int index) const
{
    if (index < 0 || index >= m_count)
        return nullptr;
    return m_pages.row(index, [this](int page, QVector<Row> *rows) { return loadPage(page, rows); });
}

qint64 CaseTableModel::caseId(int index) const
{
    const Row *r = row(index);
    return r ? r->id : 0;
}

int CaseTableModel::rowOfCase(qint64 caseId) const
{
    return m_pages.indexOf([caseId](const Row &r) { return r.id == caseId; });
}

CaseDeadline::State CaseTableModel::deadlineState(int index) const
{
    const Row *r = row(index);
    return r ? CaseDeadline::state(r->status, r->received, r->deadline, now()) : CaseDeadline::State::None;
}

double CaseTableModel::daysToResolve(int index) const
{
    const Row *r = row(index);
    if (!r || !r->closed.isValid() || !r->received.isValid())
        return -1;
    return qRound(r->received.secsTo(r->closed) / 8640.0) / 10.0;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row *r = row(index.row());
    if (!r)
        return {};
    const QString minutes = QStringLiteral("yyyy-MM-dd HH:mm");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CaseNo:
            return r->caseNo;
        case Received:
            return r->received.toString(minutes);
        case Category:
            return r->category;
        case Grid:
            return r->grid;
        case Location:
            return r->location;
        case Reporter: {
            const QString phone = m_reveal ? r->phone : PhoneNumber::mask(r->phone);
            return phone.isEmpty() ? r->reporter : r->reporter + QLatin1Char(' ') + phone;
        }
        case Status:
            return CaseWorkflow::statusLabel(r->status, r->kind);
        case Deadline:
            return r->deadline.toString(minutes);
        case Assignee:
            return r->assignee;
        case DaysToResolve: {
            const double days = daysToResolve(index.row());
            return days < 0 ? QVariant() : QVariant(QString::number(days, 'f', 1));
        }
        }
        break;
    case Qt::BackgroundRole:
        if (index.column() == Deadline)
            if (const QColor c = CaseDeadline::background(deadlineState(index.row())); c.isValid())
                return QBrush(c);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Deadline)
            if (const QColor c = CaseDeadline::foreground(deadlineState(index.row())); c.isValid())
                return QBrush(c);
        if (!CaseWorkflow::isOpen(r->status))
            return QBrush(QColor(0x60, 0x60, 0x60));
        break;
    case Qt::ToolTipRole:
        if (index.column() == Deadline)
            return CaseDeadline::label(deadlineState(index.row()));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysToResolve)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r->id;
    case ItemRole::Code:
        if (index.column() == Status)
            return r->status;
        if (index.column() == Deadline)
            return int(deadlineState(index.row()));
        break;
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNo:
        return tr("Case no.");
    case Received:
        return tr("Received");
    case Category:
        return tr("Category");
    case Grid:
        return tr("Grid");
    case Location:
        return tr("Location");
    case Reporter:
        return tr("Reporter");
    case Status:
        return tr("Status");
    case Deadline:
        return tr("Deadline");
    case Assignee:
        return tr("Assigned to");
    case DaysToResolve:
        return tr("Days to resolve");
    }
    return {};
}

void CaseTableModel::sort(int column, Qt::SortOrder order)
{
    using K = CaseQuery::SortKey;
    static const QHash<int, K> keys = {{CaseNo, K::CaseNo}, {Received, K::Received}, {Category, K::Category},
                                       {Grid, K::Grid},     {Status, K::Status},     {Deadline, K::Deadline}};
    m_sortKey = keys.value(column, K::Received);
    m_descending = order == Qt::DescendingOrder;
    reload();
}
