#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Fills a demo register with the grid workers' rounds of the last few months, so the Visits page
// and its coverage are alive on first run: most active households of each grid visited at least
// once (some twice), a few needs raised, some of them made cases or errands through VisitStore,
// and errands done at the desk through CaseStore (some closed, some followed up).
// It writes inside the caller's transaction.
class DemoVisitGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoVisitGenerator)

public:
    explicit DemoVisitGenerator(QSqlDatabase db, quint32 seed = 20261123);
    void setToday(const QDate &today) { m_today = today; }
    void setMonths(int months) { m_months = months; }

    bool generate();
    QString errorText() const { return m_error; }
    int visitsMade() const { return m_visits; }
    int casesMade() const { return m_cases; }

private:
    bool fail(const QString &what);

    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today = QDate::currentDate();
    int m_months = 4;
    int m_visits = 0;
    int m_cases = 0;
    QString m_error;
};
