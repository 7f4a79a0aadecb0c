#include "eventtablemodel.h"

#include "eventrows.h"
#include "models/core/dialectsql.h"
#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "models/register/registerrows.h"

#include <QBrush>
#include <QColor>

namespace {
EventTableRow readRow(const SqlQuery &q)
{
    return {q.value(0).toLongLong(),
            QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
            QDateTime::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toInt(),
            q.value(8).toInt(),
            q.value(9).toInt() != 0};
}
} // namespace

EventTableModel::EventTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, Paging::append(kPageSize), parent)
    , m_scope(scope)
{
    reload();
}

void EventTableModel::setFilter(const EventFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString EventTableModel::whereClause(QVariantList *bindings, int exceptColumn) const
{
    // Assembled from constant fragments only; the values are bound.
    QStringList parts{QStringLiteral("1 = 1") + EventRows::events(m_scope, QStringLiteral("e"))};
    if (m_filter.from.isValid()) {
        parts << QStringLiteral("e.starts_at >= ?");
        bindings->append(m_filter.from.toString(Qt::ISODate));
    }
    if (m_filter.to.isValid()) {
        parts << QStringLiteral("e.starts_at < ?");
        bindings->append(m_filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (m_filter.gridId > 0) {
        parts << QStringLiteral("e.grid_id = ?");
        bindings->append(m_filter.gridId);
    } else if (m_filter.gridId < 0) {
        parts << QStringLiteral("e.grid_id IS NULL");
    }
    if (m_filter.typeId > 0) {
        parts << QStringLiteral("e.type_id = ?");
        bindings->append(m_filter.typeId);
    }
    if (!m_filter.includeCancelled)
        parts << QStringLiteral("e.cancelled = 0");
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        parts << u'(' + DialectSql::contains(database(), QStringLiteral("e.title")) + QStringLiteral(" OR ") +
                     DialectSql::contains(database(), QStringLiteral("coalesce(e.place, '')")) +
                     QStringLiteral(" OR ") +
                     DialectSql::contains(database(), QStringLiteral("coalesce(e.organiser, '')")) + u')';
        bindings->append(text);
        bindings->append(text);
        bindings->append(text);
    }
    addColumnTerms(&parts, bindings, exceptColumn);
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QList<ColumnSql> EventTableModel::filterColumns() const
{
    ColumnSql status{Status, QStringLiteral("e.cancelled"), {}, {}, true};
    status.labelOf = [](const QString &code) { return code.toInt() ? tr("Cancelled") : tr("Held or planned"); };
    return {{Title, {}, {}, QStringLiteral("e.title")},
            {Type, QStringLiteral("e.type_id"), QStringLiteral("t.name"), {}, true},
            {Grid, QStringLiteral("e.grid_id"), QStringLiteral("g.name"), {}, true},
            {Place, QStringLiteral("e.place"), QStringLiteral("e.place"), QStringLiteral("e.place")},
            status};
}

QString EventTableModel::filterFrom() const
{
    return QStringLiteral("event e JOIN event_type t ON t.id = e.type_id LEFT JOIN grid g ON g.id = e.grid_id");
}

QString EventTableModel::filterWhere(QVariantList *bindings, int exceptColumn) const
{
    return whereClause(bindings, exceptColumn);
}

PagedModel::Count EventTableModel::countRows() const
{
    QVariantList bindings;
    const QString where = whereClause(&bindings);
    return {countOf(QStringLiteral("SELECT count(*) FROM event e") + where, bindings)};
}

bool EventTableModel::loadPage(int offset, int limit, QVector<EventTableRow> *rows) const
{
    QVariantList bindings;
    const QString where = whereClause(&bindings);
    return readPage(
        QStringLiteral("SELECT e.id, e.starts_at, e.ends_at, e.title, t.name, g.name, e.place, "
                       "e.extra_participants + (SELECT count(*) FROM event_participant p WHERE p.event_id "
                       "= e.id") +
            RegisterRows::residents(m_scope, QStringLiteral("p.resident_id")) +
            QStringLiteral("), (SELECT count(*) FROM event_volunteer v WHERE v.event_id = e.id), "
                           "e.cancelled FROM event e JOIN event_type t ON t.id = e.type_id LEFT JOIN grid g "
                           "ON g.id = e.grid_id") +
            where + QStringLiteral(" ORDER BY e.starts_at DESC, e.id DESC"),
        bindings, offset, limit, rows, readRow);
}

qint64 EventTableModel::eventId(int row) const
{
    const EventTableRow *r = rowAt(row);
    return r ? r->id : 0;
}

QVariant EventTableModel::cell(const EventTableRow &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return r.startsAt.date() == r.endsAt.date()
                       ? QStringLiteral("%1 %2–%3")
                             .arg(r.startsAt.toString(QStringLiteral("yyyy-MM-dd")),
                                  r.startsAt.toString(QStringLiteral("HH:mm")),
                                  r.endsAt.toString(QStringLiteral("HH:mm")))
                       : QStringLiteral("%1 – %2").arg(r.startsAt.toString(QStringLiteral("yyyy-MM-dd")),
                                                       r.endsAt.toString(QStringLiteral("yyyy-MM-dd")));
        case Title:
            return r.title;
        case Type:
            return r.type;
        case Grid:
            return r.grid.isEmpty() ? tr("Community-wide") : r.grid;
        case Place:
            return r.place;
        case Participants:
            return r.participants;
        case Volunteers:
            return r.volunteers;
        case Status:
            return r.cancelled ? tr("Cancelled")
                               : (r.endsAt < QDateTime::currentDateTime() ? tr("Held") : tr("Planned"));
        }
        break;
    case Qt::ForegroundRole:
        if (r.cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::TextAlignmentRole:
        if (column == Participants || column == Volunteers)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r.id;
    }
    return {};
}

QString EventTableModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Title");
    case Type:
        return tr("Type");
    case Grid:
        return tr("Grid");
    case Place:
        return tr("Place");
    case Participants:
        return tr("Participants");
    case Volunteers:
        return tr("Volunteers");
    case Status:
        return tr("Status");
    }
    return {};
}
