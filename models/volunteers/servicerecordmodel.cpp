#include "servicerecordmodel.h"

#include "models/core/itemroles.h"
#include "models/core/sqlquery.h"
#include "shiftrecurrence.h"
#include "volunteerrows.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace {
ServiceRecordRow readRow(const SqlQuery &q)
{
    ServiceRecordRow r;
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
    return r;
}
} // namespace

ServiceRecordModel::ServiceRecordModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, Paging::append(kPageSize), parent)
    , m_scope(scope)
{}

void ServiceRecordModel::setRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    reload();
}

QVariantList ServiceRecordModel::rangeBindings() const
{
    return {m_from.toString(Qt::ISODate), m_to.addDays(1).toString(Qt::ISODate)};
}

PagedModel::Count ServiceRecordModel::countRows() const
{
    return {countOf(QStringLiteral("SELECT count(*) FROM volunteer_shift s JOIN volunteer_assignment a ON a.shift_id "
                                   "= s.id JOIN volunteer_post p ON p.id = s.post_id WHERE s.starts_at >= ? AND "
                                   "s.starts_at < ? AND s.cancelled = 0 AND a.status = 'assigned'") +
                        VolunteerRows::placed(m_scope, QStringLiteral("p")),
                    rangeBindings())};
}

bool ServiceRecordModel::loadPage(int offset, int limit, QVector<ServiceRecordRow> *rows) const
{
    return readPage(QStringLiteral("SELECT a.id, s.starts_at, s.ends_at, p.name, v.name, a.attendance, a.hours, "
                                   "s.minutes, a.hours_reason FROM volunteer_shift s JOIN volunteer_assignment a ON "
                                   "a.shift_id = s.id JOIN volunteer_post p ON p.id = s.post_id JOIN volunteer v ON "
                                   "v.id = a.volunteer_id WHERE s.starts_at >= ? AND s.starts_at < ? AND s.cancelled "
                                   "= 0 AND a.status = 'assigned'") +
                        VolunteerRows::placed(m_scope, QStringLiteral("p")) +
                        QStringLiteral(" ORDER BY s.starts_at, p.name, v.name, a.id"),
                    rangeBindings(), offset, limit, rows, readRow);
}

qint64 ServiceRecordModel::assignmentId(int row) const
{
    const ServiceRecordRow *r = rowAt(row);
    return r ? r->id : 0;
}

QString ServiceRecordModel::attendance(int row) const
{
    const ServiceRecordRow *r = rowAt(row);
    return r ? r->attendance : QString();
}

QVariant ServiceRecordModel::cell(const ServiceRecordRow &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
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
        if (column == Attendance && r.attendance == QLatin1String("absent"))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == Hours && r.edited)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        break;
    case Qt::TextAlignmentRole:
        if (column == Hours)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ItemRole::Id:
        return r.id;
    case ItemRole::Code:
        if (column == Attendance)
            return r.attendance;
        break;
    }
    return {};
}

QString ServiceRecordModel::columnTitle(int column) const
{
    switch (column) {
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
