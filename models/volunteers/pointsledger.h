#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Volunteer points (积分): earned per hour of service by the rule in force on the day served,
// spent on rewards. Earned points are computed from the service records, so an edited hour
// count is reflected at once; spent points are ledger entries. balance = earned − redeemed
// (+ points granted by hand), and a redemption that would make it negative is refused inside
// the transaction that writes it.
class PointsLedger final
{
    Q_DECLARE_TR_FUNCTIONS(PointsLedger)

public:
    struct Rule
    {
        qint64 id = 0;
        QString name;
        qreal pointsPerHour = 0;
        QDate validFrom;
        bool archived = false;
    };
    struct Reward
    {
        qint64 id = 0;
        QString name;
        int points = 0;
        bool archived = false;
    };
    struct Entry
    {
        qint64 id = 0;
        QDateTime at;
        qreal points = 0; // negative: spent
        QString kind;     // redeem, grant
        QString rewardName;
        QString note;
    };
    struct Balance
    {
        qreal earned = 0;
        qreal redeemed = 0; // positive
        qreal granted = 0;
        qreal balance() const { return earned + granted - redeemed; }
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    PointsLedger(QSqlDatabase db, const AccessScope &scope);

    SaveResult saveRule(Rule &rule);
    QList<Rule> rules(bool includeArchived = false) const;
    // The rule in force on a day: the latest valid_from on or before it (0 points if none).
    static qreal rateOn(const QList<Rule> &rules, const QDate &day);
    // Points for hours at a rate, to one decimal place.
    static qreal pointsFor(qreal hours, qreal pointsPerHour);

    SaveResult saveReward(Reward &reward);
    QList<Reward> rewards(bool includeArchived = false) const;

    Balance balance(qint64 volunteerId) const;
    // Spends a reward's points (times quantity) or, with rewardId 0, `points` points with a note.
    SaveResult redeem(qint64 volunteerId, qint64 rewardId, int quantity = 1, qreal points = 0,
                      const QString &note = QString());
    SaveResult grant(qint64 volunteerId, qreal points, const QString &note);
    QList<Entry> entries(qint64 volunteerId) const;

private:
    SaveResult failed(const QString &message, const QString &field = QString()) const;
    qreal earned(qint64 volunteerId) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
