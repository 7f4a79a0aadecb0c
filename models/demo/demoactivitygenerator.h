#pragma once

#include <functional>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Fills a demo register with a year of activity, so the cases list and the dashboard mean
// something on first run: cases with their workflow steps (受理 → 研判 → 交办 → [督办] → 办结 →
// 回访, some overdue, some reopened after a dissatisfied follow-up) and events with participants
// from the register and extra head counts. It writes inside the caller's transaction.
// The steps written are a subset of CaseWorkflow's transitions: receive, assess, assign,
// [supervise once the deadline passed], close, [follow_up, [reopen, close, [follow_up]]].
class DemoActivityGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoActivityGenerator)

public:
    explicit DemoActivityGenerator(QSqlDatabase db, quint32 seed = 20261123);
    void setToday(const QDate &today) { m_today = today; }
    // How far back activity reaches (default 12 months).
    void setMonths(int months) { m_months = months; }
    // Called every 10,000 cases with (done, total).
    void setProgress(std::function<void(int, int)> progress) { m_progress = std::move(progress); }

    // About one case a year for every two households and one event for every twenty (capped:
    // a demo is one community, not a city).
    static int casesFor(int households) { return qBound(40, households / 2, 50000); }
    static int eventsFor(int households) { return qBound(24, households / 20, 2000); }

    bool generate(int cases, int events);
    QString errorText() const { return m_error; }

private:
    bool generateCases(int count);
    bool generateEvents(int count);
    bool fail(const QString &what);

    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today = QDate::currentDate();
    int m_months = 12;
    std::function<void(int, int)> m_progress;
    QString m_error;
};
