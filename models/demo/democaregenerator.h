#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

// Makes the 重点人群 page alive on a demo register: the follow-up rules applying since a
// quarter ago (so households never visited show up as overdue), a few residents with their own
// attention level, 结对帮扶 pairs of cadres, party members and volunteers with the tagged
// households and what they did, and half a year of assistance (临时救助, 慰问 before the
// festivals, 物资). Writes through the care stores, inside the caller's transaction.
class DemoCareGenerator final
{
public:
    DemoCareGenerator(QSqlDatabase db, quint32 seed, const QDate &today);
    bool generate();
    QString errorText() const { return m_error; }
    int pairsMade() const { return m_pairs; }
    int assistanceMade() const { return m_assistance; }

private:
    bool fail(const QString &what);

    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today;
    int m_pairs = 0;
    int m_assistance = 0;
    QString m_error;
};
