#pragma once

#include <QDate>
#include <QSqlDatabase>

// Gives the demo's 低保 residents their 复核日期 (spread over the coming half year, a few within
// the month ahead), so the day's due errands show the 低保 review beside the birthdays. Writes
// through ResidentTags, inside the caller's transaction.
class DemoReviewGenerator final
{
public:
    DemoReviewGenerator(QSqlDatabase db, quint32 seed, const QDate &today);
    bool generate();

private:
    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today;
};
