#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Demo hierarchy and deliberation for a demo register: areas (片区) with the grids assigned (one
// grid left in no area, the last one an exclusive grid of a market), party-member households
// from the residents tagged 党员, a few volunteers as in-service party members with their work
// units, and about three months of meetings with attendees, motions, votes and follow-up tasks.
// Run it after the volunteer and activity demo data, inside the caller's transaction; it is
// deterministic for a seed.
class DemoMeetingGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoMeetingGenerator)

public:
    DemoMeetingGenerator(QSqlDatabase db, quint32 seed = 20261123, const QDate &today = QDate::currentDate());
    void setMonths(int months) { m_months = months; }

    bool generate();
    int meetingCount() const { return m_meetings; }
    QString errorText() const { return m_error; }

private:
    bool generateHierarchy(const QList<qint64> &grids);
    bool generateMeetings(const QList<qint64> &grids);
    bool fail(const QString &what);

    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today;
    int m_months = 3;
    int m_meetings = 0;
    QString m_error;
};
