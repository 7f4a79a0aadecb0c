#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Demo volunteers for a demo register: residents made volunteers plus a few outside people,
// teams with leaders, posts with weekly shifts from eight weeks ago to four weeks ahead,
// assignments without double booking, attendance for past shifts, rewards and redemptions.
// Run it after DemoGenerator on the same database; it is deterministic for a seed.
class VolunteerDemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(VolunteerDemoGenerator)

public:
    explicit VolunteerDemoGenerator(QSqlDatabase db, quint32 seed = 20261123);
    void setToday(const QDate &today) { m_today = today; }

    bool generate(int volunteers = 120);
    int volunteerCount() const { return m_volunteers; }
    int shiftCount() const { return m_shifts; }
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today = QDate::currentDate();
    int m_volunteers = 0;
    int m_shifts = 0;
    QString m_error;
};
