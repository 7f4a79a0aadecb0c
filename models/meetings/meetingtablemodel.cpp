#include "meetingtablemodel.h"

#include "meetingrows.h"
#include "models/access/accessscope.h"
#include "models/core/dialectsql.h"
#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"

#include <QBrush>
#include <QColor>

namespace {
MeetingTableRow readRow(const SqlQuery &q)
{
    MeetingTableRow r;
    r.id = q.value(0).toLongLong();
    r.heldOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    r.kind = q.value(2).toString();
    r.topic = q.value(3).toString();
    r.where = !q.value(4).toString().isEmpty() ? q.value(4).toString() : q.value(5).toString();
    r.attendees = q.value(6).toInt();
    r.motions = q.value(7).toInt();
    r.carried = q.value(8).toInt();
    r.tasks = q.value(9).toInt();
    r.tasksDone = q.value(10).toInt();
    r.archived = q.value(11).toInt() != 0;
    return r;
}
} // namespace

MeetingTableModel::MeetingTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, Paging::append(kPageSize), parent)
    , m_scope(scope)
{
    reload();
}

void MeetingTableModel::setFilter(const MeetingFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString MeetingTableModel::whereClause(QVariantList *bindings) const
{
    // Assembled from constant fragments only; the values are bound.
    QStringList parts{QStringLiteral("1 = 1")};
    if (m_filter.from.isValid()) {
        parts << QStringLiteral("m.held_on >= ?");
        bindings->append(m_filter.from.toString(Qt::ISODate));
    }
    if (m_filter.to.isValid()) {
        parts << QStringLiteral("m.held_on <= ?");
        bindings->append(m_filter.to.toString(Qt::ISODate));
    }
    if (m_filter.gridId > 0) {
        parts << QStringLiteral("m.grid_id = ?");
        bindings->append(m_filter.gridId);
    } else if (m_filter.gridId < 0) {
        parts << QStringLiteral("m.grid_id IS NULL");
    }
    if (m_filter.kindId > 0) {
        parts << QStringLiteral("m.kind_id = ?");
        bindings->append(m_filter.kindId);
    }
    if (!m_filter.includeArchived)
        parts << QStringLiteral("m.archived = 0");
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        parts << u'(' + DialectSql::contains(database(), QStringLiteral("m.topic")) + QStringLiteral(" OR ") +
                     DialectSql::contains(database(), QStringLiteral("coalesce(m.place, '')")) + u')';
        bindings->append(text);
        bindings->append(text);
    }
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")) +
           MeetingRows::meetings(m_scope, QStringLiteral("m"));
}

PagedModel::Count MeetingTableModel::countRows() const
{
    QVariantList bindings;
    const QString where = whereClause(&bindings);
    return {countOf(QStringLiteral("SELECT count(*) FROM meeting m") + where, bindings)};
}

bool MeetingTableModel::loadPage(int offset, int limit, QVector<MeetingTableRow> *rows) const
{
    QVariantList bindings;
    const QString where = whereClause(&bindings);
    return readPage(
        QStringLiteral("SELECT m.id, m.held_on, k.name, m.topic, g.name, c.name, m.head_count + (SELECT count(*) FROM "
                       "meeting_attendee a WHERE a.meeting_id = m.id), (SELECT count(*) FROM motion x WHERE "
                       "x.meeting_id = m.id AND x.archived = 0), (SELECT count(*) FROM motion x WHERE x.meeting_id = "
                       "m.id AND x.archived = 0 AND x.decision = 'carried'), (SELECT count(*) FROM meeting_task t "
                       "WHERE t.meeting_id = m.id AND t.archived = 0), (SELECT count(*) FROM meeting_task t WHERE "
                       "t.meeting_id = m.id AND t.archived = 0 AND t.done_on IS NOT NULL), m.archived FROM meeting m "
                       "JOIN meeting_kind k ON k.id = m.kind_id LEFT JOIN grid g ON g.id = m.grid_id LEFT JOIN "
                       "compound c ON c.id = m.compound_id") +
            where + QStringLiteral(" ORDER BY m.held_on DESC, m.id DESC"),
        bindings, offset, limit, rows, readRow);
}

qint64 MeetingTableModel::meetingId(int row) const
{
    const MeetingTableRow *r = rowAt(row);
    return r ? r->id : 0;
}

int MeetingTableModel::rowOfMeeting(qint64 id) const
{
    return indexWhere([id](const MeetingTableRow &r) { return r.id == id; });
}

QVariant MeetingTableModel::cell(const MeetingTableRow &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return r.heldOn.toString(QStringLiteral("yyyy-MM-dd"));
        case Kind:
            return r.kind;
        case Topic:
            return r.topic;
        case Where:
            return r.where.isEmpty() ? tr("Community-wide") : r.where;
        case Attendees:
            return r.attendees;
        case Motions:
            return r.motions == 0 ? QString() : tr("%1 of %2 carried").arg(r.carried).arg(r.motions);
        case Tasks:
            return r.tasks == 0 ? QString() : tr("%1 of %2 done").arg(r.tasksDone).arg(r.tasks);
        case Status:
            return r.archived ? tr("Archived") : QString();
        }
        break;
    case Qt::ForegroundRole:
        if (r.archived)
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::TextAlignmentRole:
        if (column == Attendees)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r.id;
    }
    return {};
}

QString MeetingTableModel::columnTitle(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Topic:
        return tr("Topic");
    case Where:
        return tr("Grid or compound");
    case Attendees:
        return tr("Attendees");
    case Motions:
        return tr("Motions");
    case Tasks:
        return tr("Follow-up tasks");
    case Status:
        return tr("Status");
    }
    return {};
}
