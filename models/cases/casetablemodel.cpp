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

CaseTableRow readRow(const SqlQuery &q)
{
    CaseTableRow r;
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
    return r;
}
} // namespace

CaseTableModel::CaseTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, Paging::onDemand(kPageSize, kMaxCachedPages), parent)
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
    if (NumberReveal::change(&m_reveal, reveal, database(), m_scope, QStringLiteral("cases"),
                             QStringLiteral("case list")))
        columnsChanged(Reporter, Reporter);
}

void CaseTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    reload();
}

void CaseTableModel::reload()
{
    m_queryNow = now();
    PagedTableModel::reload();
}

PagedModel::Count CaseTableModel::countRows() const
{
    QVariantList bindings;
    const QString where = filterWhere(&bindings, -1);
    return {countOf(CaseQuery::countSql() + where, bindings)};
}

bool CaseTableModel::loadPage(int offset, int limit, QVector<CaseTableRow> *rows) const
{
    QVariantList bindings;
    const QString where = filterWhere(&bindings, -1);
    return readPage(CaseQuery::selectSql() + where + CaseQuery::orderBy(m_sortKey, m_descending), bindings, offset,
                    limit, rows, readRow);
}

QList<ColumnSql> CaseTableModel::filterColumns() const
{
    // Values on `cases c` itself, so the count (which joins nothing) filters alike.
    ColumnSql status{Status, QStringLiteral("c.status"), {}, {}};
    status.labelOf = [](const QString &code) { return CaseWorkflow::statusLabel(code); };
    return {{CaseNo, {}, {}, QStringLiteral("c.case_no")},
            {Category, QStringLiteral("c.category_id"), QStringLiteral("k.name"), {}, true},
            {Grid, QStringLiteral("c.grid_id"), QStringLiteral("g.name"), {}, true},
            status,
            {Location, {}, {}, QStringLiteral("c.location")},
            {Reporter, {}, {}, QStringLiteral("c.reporter_name")},
            {Assignee, QStringLiteral("c.assignee"), QStringLiteral("c.assignee"), QStringLiteral("c.assignee")}};
}

QString CaseTableModel::filterFrom() const
{
    return QStringLiteral("cases c JOIN case_category k ON k.id = c.category_id LEFT JOIN grid g ON g.id = c.grid_id");
}

QString CaseTableModel::filterWhere(QVariantList *bindings, int exceptColumn) const
{
    const CaseQuery query(m_filter, m_scope, m_queryNow);
    *bindings << query.bindings();
    QStringList terms;
    addColumnTerms(&terms, bindings, exceptColumn);
    QString where = query.whereClause();
    if (!terms.isEmpty())
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 terms.join(QStringLiteral(" AND "));
    return where;
}

qint64 CaseTableModel::caseId(int index) const
{
    const CaseTableRow *r = rowAt(index);
    return r ? r->id : 0;
}

int CaseTableModel::rowOfCase(qint64 caseId) const
{
    return indexWhere([caseId](const CaseTableRow &r) { return r.id == caseId; });
}

CaseDeadline::State CaseTableModel::deadlineState(int index) const
{
    const CaseTableRow *r = rowAt(index);
    return r ? deadlineOf(*r) : CaseDeadline::State::None;
}

CaseDeadline::State CaseTableModel::deadlineOf(const CaseTableRow &row) const
{
    return CaseDeadline::state(row.status, row.received, row.deadline, now());
}

double CaseTableModel::daysToResolve(int index) const
{
    const CaseTableRow *r = rowAt(index);
    return r ? resolveDays(*r) : -1;
}

double CaseTableModel::resolveDays(const CaseTableRow &row)
{
    if (!row.closed.isValid() || !row.received.isValid())
        return -1;
    return qRound(row.received.secsTo(row.closed) / 8640.0) / 10.0;
}

QVariant CaseTableModel::cell(const CaseTableRow &r, int column, int role) const
{
    const QString minutes = QStringLiteral("yyyy-MM-dd HH:mm");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CaseNo:
            return r.caseNo;
        case Received:
            return r.received.toString(minutes);
        case Category:
            return r.category;
        case Grid:
            return r.grid;
        case Location:
            return r.location;
        case Reporter: {
            const QString phone = m_reveal ? r.phone : PhoneNumber::mask(r.phone);
            return phone.isEmpty() ? r.reporter : r.reporter + QLatin1Char(' ') + phone;
        }
        case Status:
            return CaseWorkflow::statusLabel(r.status, r.kind);
        case Deadline:
            return r.deadline.toString(minutes);
        case Assignee:
            return r.assignee;
        case DaysToResolve: {
            const double days = resolveDays(r);
            return days < 0 ? QVariant() : QVariant(QString::number(days, 'f', 1));
        }
        }
        break;
    case Qt::BackgroundRole:
        if (column == Deadline)
            if (const QColor c = CaseDeadline::background(deadlineOf(r)); c.isValid())
                return QBrush(c);
        break;
    case Qt::ForegroundRole:
        if (column == Deadline)
            if (const QColor c = CaseDeadline::foreground(deadlineOf(r)); c.isValid())
                return QBrush(c);
        if (!CaseWorkflow::isOpen(r.status))
            return QBrush(QColor(0x60, 0x60, 0x60));
        break;
    case Qt::ToolTipRole:
        if (column == Deadline)
            return CaseDeadline::label(deadlineOf(r));
        break;
    case Qt::TextAlignmentRole:
        if (column == DaysToResolve)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r.id;
    case ItemRole::Code:
        if (column == Status)
            return r.status;
        if (column == Deadline)
            return int(deadlineOf(r));
        break;
    }
    return {};
}

QString CaseTableModel::columnTitle(int column) const
{
    switch (column) {
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
