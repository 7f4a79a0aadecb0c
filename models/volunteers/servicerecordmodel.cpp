#include "servicerecordmodel.h"

#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "shiftrecurrence.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

ServiceRecordModel::ServiceRecordModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

void ServiceRecordModel::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    reload();
}

void ServiceRecordModel::reload()
{
    beginResetModel();
    m_rows.clear();
    SqlQuery count(m_db,
                   QStringLiteral("SELECT count(*) FROM volunteer_shift s JOIN volunteer_assignment a ON "
                                  "a.shift_id = s.id WHERE s.starts_at >= ? AND s.starts_at < ? AND s.cancelled = "
                                  "0 AND a.status = 'assigned'"));
    m_total =
        count.exec(m_from.toString(Qt::ISODate), m_to.addDays(1).toString(Qt::ISODate)) ? count.scalar().toInt() : 0;
    endResetModel();
    fetchMore(QModelIndex());
}

bool ServiceRecordModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ServiceRecordModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_rows.size() >= m_total)
        return;
    SqlQuery q(m_db,
               QStringLiteral("SELECT a.id, s.starts_at, s.ends_at, p.name, v.name, a.attendance, a.hours, "
                              "s.minutes, a.hours_reason FROM volunteer_shift s JOIN volunteer_assignment a ON "
                              "a.shift_id = s.id JOIN volunteer_post p ON p.id = s.post_id JOIN volunteer v ON "
                              "v.id = a.volunteer_id WHERE s.starts_at >= ? AND s.starts_at < ? AND s.cancelled = "
                              "0 AND a.status = 'assigned' ORDER BY s.starts_at, p.name, v.name, a.id LIMIT ? "
                              "OFFSET ?"));
    if (!q.exec(m_from.toString(Qt::ISODate), m_to.addDays(1).toString(Qt::ISODate), kPageSize, int(m_rows.size())))
        return;
    QVector<Row> page;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        const QDateTime start = ShiftRecurrence::fromText(q.value(1).toString());
        const QDateTime end = ShiftRecurrence::fromText(q.value(2).toString());
        r.date = start.date().toString(Qt::ISODate);
        r.time = start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + end.toString(QStringLiteral("HH:mm"));
        r.post = q.value(3).toString();
        r.volunteer = q.value(4).toString();
        r.attendance = q.value(5).toString();
        r.edited = !q.value(6).isNull();
        r.hours = r.edited ? q.value(6).toDouble() : q.value(7).toDouble() / 60.0;
        r.reason = q.value(8).toString();
        page.append(r);
    }
    if (page.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

qint64 ServiceRecordModel::assignmentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

QString ServiceRecordModel::attendance(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).attendance : QString();
}

int ServiceRecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceRecordModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return r.date;
        case Time:
            return r.time;
        case Post:
            return r.post;
        case Volunteer:
            return r.volunteer;
        case Attendance:
            if (r.attendance == QLatin1String("attended"))
                return tr("Attended");
            if (r.attendance == QLatin1String("absent"))
                return tr("Absent");
            return tr("Not recorded");
        case Hours:
            // Hours count only when attended.
            return r.attendance == QLatin1String("attended") ? QLocale().toString(r.hours, 'f', 2) : QString();
        case Reason:
            return r.reason;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Attendance && r.attendance == QLatin1String("absent"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Hours && r.edited)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Hours)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r.id;
    case ItemRole::Code:
        if (index.column() == Attendance)
            return r.attendance;
        break;
    }
    return {};
}

QVariant ServiceRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Post:
        return tr("Post");
    case Volunteer:
        return tr("Volunteer");
    case Attendance:
        return tr("Attendance");
    case Hours:
        return tr("Hours");
    case Reason:
        return tr("Reason for edited hours");
    }
    return {};
}
