#include "meetingtablemodel.h"

#include "meetingrows.h"
#include "models/access/accessscope.h"
#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"

#include <QBrush>
#include <QColor>

MeetingTableModel::MeetingTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
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
        parts << QStringLiteral("(instr(m.topic, ?) > 0 OR instr(coalesce(m.place, ''), ?) > 0)");
        bindings->append(text);
        bindings->append(text);
    }
    return QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND ")) +
           MeetingRows::meetings(m_scope, QStringLiteral("m"));
}

void MeetingTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QVariantList bindings;
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM meeting m") + whereClause(&bindings));
    for (const QVariant &v : std::as_const(bindings))
        count.bind(v);
    m_total = count.scalar().toInt();
    // The first page comes with the reset, so views see one change, not a reset and an insert.
    if (m_total > 0)
        m_rows = fetchPage(0);
    endResetModel();
    emit countChanged(m_total);
}

bool MeetingTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

QVector<MeetingTableModel::Row> MeetingTableModel::fetchPage(int offset) const
{
    QVariantList bindings;
    const QString where = whereClause(&bindings);
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT m.id, m.held_on, k.name, m.topic, g.name, c.name, m.head_count + (SELECT count(*) FROM "
                   "meeting_attendee a WHERE a.meeting_id = m.id), (SELECT count(*) FROM motion x WHERE x.meeting_id "
                   "= m.id AND x.archived = 0), (SELECT count(*) FROM motion x WHERE x.meeting_id = m.id AND "
                   "x.archived = 0 AND x.decision = 'carried'), (SELECT count(*) FROM meeting_task t WHERE "
                   "t.meeting_id = m.id AND t.archived = 0), (SELECT count(*) FROM meeting_task t WHERE t.meeting_id "
                   "= m.id AND t.archived = 0 AND t.done_on IS NOT NULL), m.archived FROM meeting m JOIN meeting_kind "
                   "k ON k.id = m.kind_id LEFT JOIN grid g ON g.id = m.grid_id LEFT JOIN compound c ON c.id = "
                   "m.compound_id") +
                   where + QStringLiteral(" ORDER BY m.held_on DESC, m.id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(bindings))
        q.bind(v);
    QVector<Row> page;
    if (!q.exec(kPageSize, offset))
        return page;
    while (q.next()) {
        Row r;
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
        page.append(r);
    }
    return page;
}

void MeetingTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_rows.size() >= m_total)
        return;
    const QVector<Row> page = fetchPage(int(m_rows.size()));
    if (page.isEmpty()) {
        m_total = int(m_rows.size()); // the table shrank meanwhile
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

qint64 MeetingTableModel::meetingId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int MeetingTableModel::rowOfMeeting(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int MeetingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeetingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
        if (index.column() == Attendees)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r.id;
    }
    return {};
}

QVariant MeetingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
