#include "meetingfigures.h"

#include "meetingrows.h"
#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"

MeetingFigures::MeetingFigures(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QHash<qint64, MeetingFigures::Figures> MeetingFigures::perGrid(int year, int month) const
{
    QHash<qint64, Figures> figures;
    const QDate first(year, month, 1);
    const QString from = first.toString(Qt::ISODate);
    const QString to = first.addMonths(1).addDays(-1).toString(Qt::ISODate);
    const QString scope = MeetingRows::meetings(m_scope, QStringLiteral("m"));
    const QString inMonth = QStringLiteral(" WHERE m.archived = 0 AND m.held_on >= ? AND m.held_on <= ?") + scope;

    SqlQuery meetings(m_db, QStringLiteral("SELECT coalesce(m.grid_id, 0), count(*) FROM meeting m") + inMonth +
                                QStringLiteral(" GROUP BY coalesce(m.grid_id, 0)"));
    if (meetings.exec(from, to))
        while (meetings.next())
            figures[meetings.value(0).toLongLong()].meetings = meetings.value(1).toInt();

    SqlQuery decisions(m_db, QStringLiteral("SELECT coalesce(m.grid_id, 0), count(*) FROM motion x JOIN meeting m ON "
                                            "m.id = x.meeting_id") +
                                 inMonth +
                                 QStringLiteral(" AND x.archived = 0 AND x.decision = 'carried' GROUP BY "
                                                "coalesce(m.grid_id, 0)"));
    if (decisions.exec(from, to))
        while (decisions.next())
            figures[decisions.value(0).toLongLong()].decisions = decisions.value(1).toInt();

    // Dates are ISO text, so string comparison orders them.
    SqlQuery tasks(m_db, QStringLiteral("SELECT coalesce(m.grid_id, 0), count(*), sum(CASE WHEN t.done_on IS NOT NULL "
                                        "AND t.done_on <= t.due_on THEN 1 ELSE 0 END), sum(CASE WHEN t.done_on > "
                                        "t.due_on THEN 1 ELSE 0 END), sum(CASE WHEN t.done_on IS NULL AND t.due_on < ? "
                                        "THEN 1 ELSE 0 END) FROM meeting_task t JOIN meeting m ON m.id = "
                                        "t.meeting_id WHERE t.archived = 0 AND m.archived = 0 AND m.held_on >= ? AND "
                                        "m.held_on <= ?") +
                             scope + QStringLiteral(" GROUP BY coalesce(m.grid_id, 0)"));
    if (tasks.exec(m_today.toString(Qt::ISODate), from, to))
        while (tasks.next()) {
            Figures &f = figures[tasks.value(0).toLongLong()];
            f.tasks = tasks.value(1).toInt();
            f.doneOnTime = tasks.value(2).toInt();
            f.doneLate = tasks.value(3).toInt();
            f.overdue = tasks.value(4).toInt();
            f.open = f.tasks - f.doneOnTime - f.doneLate - f.overdue;
        }
    return figures;
}

MeetingFigures::Figures MeetingFigures::total(const QHash<qint64, Figures> &perGrid)
{
    Figures t;
    for (const Figures &f : perGrid)
        t += f;
    return t;
}
