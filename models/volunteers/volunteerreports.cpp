#include "volunteerreports.h"

#include "models/core/sqlquery.h"
#include "servicerecords.h"
#include "volunteerrows.h"

#include <QHash>

VolunteerReports::VolunteerReports(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

VolunteerReports::RotaWeek VolunteerReports::week(const QDate &anyDay) const
{
    RotaWeek w;
    w.monday = mondayOf(anyDay);
    const RosterStore store(m_db, m_scope);
    const QList<RosterStore::Shift> shifts = store.shifts(w.monday, w.monday.addDays(6));
    QHash<qint64, int> row;
    for (const RosterStore::Post &p : store.posts(true)) {
        bool used = !p.archived;
        for (const RosterStore::Shift &s : shifts)
            used = used || s.postId == p.id;
        if (!used)
            continue;
        row.insert(p.id, int(w.posts.size()));
        w.posts.append(p);
        w.cells.append(QList<QList<RosterStore::Shift>>(7));
    }
    for (const RosterStore::Shift &s : shifts) {
        const int r = row.value(s.postId, -1);
        const int day = int(w.monday.daysTo(s.start.date()));
        if (r < 0 || day < 0 || day > 6)
            continue;
        w.cells[r][day].append(s);
        ++w.shiftCount;
        if (s.isUnderStaffed())
            ++w.gapCount;
    }
    return w;
}

QList<VolunteerReports::Total> VolunteerReports::totals(const QString &sql, const QVariantList &bindings) const
{
    QList<Total> list;
    SqlQuery q(m_db, sql);
    for (const QVariant &v : bindings)
        q.bind(v);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), ServiceRecords::roundHours(q.value(2).toDouble()),
                     q.value(3).toInt(), q.value(4).toInt()});
    return list;
}

QList<VolunteerReports::Total> VolunteerReports::teamTotals(int year, int month) const
{
    const QDate from(year, month, 1);
    const QDate to = from.addMonths(1).addDays(-1);
    // A member counts for a team for service between joining and leaving it.
    const QString sql =
        QStringLiteral("SELECT t.id, t.name, sum(x.hours), count(DISTINCT x.volunteer_id), count(*) FROM (") +
        ServiceRecords::recordsSql(false) +
        QStringLiteral(") x JOIN volunteer_team_member m ON m.volunteer_id = x.volunteer_id AND (m.joined_on IS NULL "
                       "OR m.joined_on <= substr(x.starts_at, 1, 10)) AND (m.left_on IS NULL OR m.left_on > "
                       "substr(x.starts_at, 1, 10)) JOIN volunteer_team t ON t.id = m.team_id WHERE 1 = 1") +
        VolunteerRows::service(m_scope, QStringLiteral("x")) + VolunteerRows::placed(m_scope, QStringLiteral("t")) +
        QStringLiteral(" GROUP BY t.id, t.name ORDER BY sum(x.hours) DESC, t.name");
    return totals(sql, ServiceRecords::bindings(from, to));
}

QList<VolunteerReports::Total> VolunteerReports::gridTotals(int year, int month) const
{
    const QDate from(year, month, 1);
    const QDate to = from.addMonths(1).addDays(-1);
    const QString sql =
        QStringLiteral("SELECT COALESCE(g.id, 0), COALESCE(g.name, ''), sum(x.hours), count(DISTINCT x.volunteer_id), "
                       "count(*) FROM (") +
        ServiceRecords::recordsSql(false) + QStringLiteral(") x LEFT JOIN grid g ON g.id = x.grid_id WHERE 1 = 1") +
        VolunteerRows::service(m_scope, QStringLiteral("x")) +
        QStringLiteral(" GROUP BY g.id, g.name, g.code ORDER BY g.id IS NULL, g.code, g.id");
    QList<Total> list = totals(sql, ServiceRecords::bindings(from, to));
    for (Total &t : list)
        if (t.id == 0)
            t.name = tr("Community-wide");
    return list;
}

QList<VolunteerReports::Total> VolunteerReports::topVolunteers(const QDate &from, const QDate &to, int limit) const
{
    const QString sql = QStringLiteral("SELECT v.id, v.name, sum(x.hours), 1, count(*) FROM (") +
                        ServiceRecords::recordsSql(false) +
                        QStringLiteral(") x JOIN volunteer v ON v.id = x.volunteer_id WHERE 1 = 1") +
                        VolunteerRows::service(m_scope, QStringLiteral("x")) +
                        QStringLiteral(" GROUP BY v.id, v.name ORDER BY sum(x.hours) DESC, v.name LIMIT ?");
    QVariantList b = ServiceRecords::bindings(from, to);
    b.append(limit);
    return totals(sql, b);
}
