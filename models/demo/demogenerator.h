#pragma once

#include <functional>
#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Fills an empty database with a coherent demo community: grids with workers, compounds,
// buildings, units and rooms, households of believable make-up with valid ID numbers (about a
// quarter of residents aged 60+), special-group tags, and a few moves and deaths.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Summary
    {
        int grids = 0;
        int compounds = 0;
        int buildings = 0;
        int households = 0;
        int residents = 0;
    };

    explicit DemoGenerator(QSqlDatabase db, quint32 seed = 20261123);
    void setToday(const QDate &today) { m_today = today; }
    // Called every few thousand households with (done, total); return false to cancel.
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }

    bool generate(int households);
    Summary summary() const { return m_summary; }
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today = QDate::currentDate();
    std::function<bool(int, int)> m_progress;
    Summary m_summary;
    QString m_error;
};
