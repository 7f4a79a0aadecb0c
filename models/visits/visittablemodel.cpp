#include "visittablemodel.h"

#include <QStringList>

#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "models/register/address.h"
#include "visitquery.h"

#include <QBrush>
#include <QColor>

namespace {
VisitTableRow readRow(const SqlQuery &q)
{
    VisitTableRow r;
    r.id = q.value(VisitQuery::CId).toLongLong();
    r.visitedOn = QDate::fromString(q.value(VisitQuery::CVisitedOn).toString(), Qt::ISODate);
    r.address = Address::format(q.value(VisitQuery::CCompound).toString(), q.value(VisitQuery::CBuilding).toString(),
                                q.value(VisitQuery::CUnit).toString(), q.value(VisitQuery::CRoom).toString());
    r.grid = q.value(VisitQuery::CGrid).toString();
    r.worker = q.value(VisitQuery::CWorker).toString();
    r.met = q.value(VisitQuery::CMet).toString();
    r.notes = q.value(VisitQuery::CNotes).toString();
    r.needs = q.value(VisitQuery::CNeeds).toInt();
    r.cases = q.value(VisitQuery::CCases).toInt();
    r.archived = q.value(VisitQuery::CArchived).toInt() != 0;
    return r;
}
} // namespace

VisitTableModel::VisitTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, Paging::onDemand(kPageSize, kMaxCachedPages), parent)
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

PagedModel::Count VisitTableModel::countRows() const
{
    QVariantList bindings;
    const QString where = filterWhere(&bindings, -1);
    return {countOf(VisitQuery::countSql() + where, bindings)};
}

bool VisitTableModel::loadPage(int offset, int limit, QVector<VisitTableRow> *rows) const
{
    QVariantList bindings;
    const QString where = filterWhere(&bindings, -1);
    return readPage(VisitQuery::selectSql() + where + VisitQuery::orderBy(), bindings, offset, limit, rows, readRow);
}

QList<ColumnSql> VisitTableModel::filterColumns() const
{
    // Values on `visit v` itself, so the count (which joins nothing) filters alike.
    return {{Grid, QStringLiteral("v.grid_id"), QStringLiteral("g.name"), {}, true},
            {Worker, QStringLiteral("v.worker"), QStringLiteral("v.worker"), QStringLiteral("v.worker")},
            {Met, QStringLiteral("v.met"), QStringLiteral("v.met"), QStringLiteral("v.met")},
            {Notes, {}, {}, QStringLiteral("v.notes")}};
}

QString VisitTableModel::filterFrom() const
{
    return QStringLiteral("visit v LEFT JOIN grid g ON g.id = v.grid_id");
}

QString VisitTableModel::filterWhere(QVariantList *bindings, int exceptColumn) const
{
    const VisitQuery query(m_filter, m_scope);
    *bindings << query.bindings();
    QStringList terms;
    addColumnTerms(&terms, bindings, exceptColumn);
    QString where = query.whereClause();
    if (!terms.isEmpty())
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 terms.join(QStringLiteral(" AND "));
    return where;
}

qint64 VisitTableModel::visitId(int index) const
{
    const VisitTableRow *r = rowAt(index);
    return r ? r->id : 0;
}

int VisitTableModel::rowOfVisit(qint64 visitId) const
{
    return indexWhere([visitId](const VisitTableRow &r) { return r.id == visitId; });
}

QVariant VisitTableModel::cell(const VisitTableRow &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case VisitedOn:
            return r.visitedOn.toString(QStringLiteral("yyyy-MM-dd"));
        case Address:
            return r.address;
        case Grid:
            return r.grid;
        case Worker:
            return r.worker;
        case Met:
            return r.met;
        case Needs:
            if (r.needs == 0)
                return QString();
            return r.cases > 0 ? tr("%1 (%n case(s))", nullptr, r.cases).arg(r.needs) : QString::number(r.needs);
        case Notes:
            return r.notes.simplified();
        }
        break;
    case Qt::ForegroundRole:
        if (r.archived)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::ToolTipRole:
        if (column == Notes && !r.notes.isEmpty())
            return r.notes;
        break;
    case ItemRole::Id:
        return r.id;
    }
    return {};
}

QString VisitTableModel::columnTitle(int column) const
{
    switch (column) {
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
