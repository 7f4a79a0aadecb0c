#include "pointsledger.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/cnrules/readingorder.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "servicerecords.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

PointsLedger::PointsLedger(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult PointsLedger::failed(const QString &message, const QString &field) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

qreal PointsLedger::rateOn(const QList<Rule> &rules, const QDate &day)
{
    const Rule *best = nullptr;
    for (const Rule &r : rules)
        if (!r.archived && r.validFrom <= day &&
            (!best || r.validFrom > best->validFrom || (r.validFrom == best->validFrom && r.id > best->id)))
            best = &r;
    return best ? best->pointsPerHour : 0;
}

qreal PointsLedger::pointsFor(qreal hours, qreal pointsPerHour)
{
    return qRound(hours * pointsPerHour * 10) / 10.0;
}

SaveResult PointsLedger::saveRule(Rule &rule)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (rule.name.trimmed().isEmpty())
        return failed(tr("Name: please name the rule."), QStringLiteral("name"));
    if (!(rule.pointsPerHour >= 0) || rule.pointsPerHour > 1000)
        return failed(tr("Points per hour: please enter 0 to 1000."), QStringLiteral("pointsPerHour"));
    if (!rule.validFrom.isValid())
        return failed(tr("Valid from: please enter the first day the rule applies."), QStringLiteral("validFrom"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const bool isNew = rule.id == 0;
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO volunteer_point_rule (name, points_per_hour, valid_from, "
                                        "archived, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!q.exec(rule.name.trimmed(), rule.pointsPerHour, rule.validFrom.toString(Qt::ISODate),
                    rule.archived ? 1 : 0, SqlValues::textOrNull(m_scope.userName()), SqlValues::now()))
            return failed(tr("The rule could not be saved."));
        rule.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_point_rule SET name = ?, points_per_hour = ?, valid_from = "
                                        "?, archived = ? WHERE id = ?"));
        if (!q.exec(rule.name.trimmed(), rule.pointsPerHour, rule.validFrom.toString(Qt::ISODate),
                    rule.archived ? 1 : 0, rule.id))
            return failed(tr("The rule could not be saved."));
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_point_rule"), rule.id,
                     isNew ? QStringLiteral("insert") : QStringLiteral("update"), QString(),
                     json({{QStringLiteral("name"), rule.name},
                           {QStringLiteral("pointsPerHour"), rule.pointsPerHour},
                           {QStringLiteral("validFrom"), rule.validFrom.toString(Qt::ISODate)},
                           {QStringLiteral("archived"), rule.archived}})) ||
        !tx.commit())
        return failed(tr("The rule could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = rule.id;
    return r;
}

QList<PointsLedger::Rule> PointsLedger::rules(bool includeArchived) const
{
    QList<Rule> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, points_per_hour, valid_from, archived FROM volunteer_point_rule "
                                    "WHERE archived = 0 OR ? = 1 ORDER BY valid_from, id"));
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(),
                         QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toBool()});
    return list;
}

SaveResult PointsLedger::saveReward(Reward &reward)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (reward.name.trimmed().isEmpty())
        return failed(tr("Name: please name the reward."), QStringLiteral("name"));
    if (reward.points <= 0)
        return failed(tr("Points: a reward costs at least 1 point."), QStringLiteral("points"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const bool isNew = reward.id == 0;
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO volunteer_reward (name, points, archived, created_at) VALUES (?, "
                                        "?, ?, ?)"));
        if (!q.exec(reward.name.trimmed(), reward.points, reward.archived ? 1 : 0, SqlValues::now()))
            return failed(tr("The reward could not be saved."));
        reward.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_reward SET name = ?, points = ?, archived = ? WHERE id = ?"));
        if (!q.exec(reward.name.trimmed(), reward.points, reward.archived ? 1 : 0, reward.id))
            return failed(tr("The reward could not be saved."));
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_reward"), reward.id,
                     isNew ? QStringLiteral("insert") : QStringLiteral("update"), QString(),
                     json({{QStringLiteral("name"), reward.name},
                           {QStringLiteral("points"), reward.points},
                           {QStringLiteral("archived"), reward.archived}})) ||
        !tx.commit())
        return failed(tr("The reward could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = reward.id;
    return r;
}

QList<PointsLedger::Reward> PointsLedger::rewards(bool includeArchived) const
{
    QList<Reward> list;
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, name, points, archived FROM volunteer_reward WHERE archived = 0 OR ? = 1 "
                              "ORDER BY id"));
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toBool()});
    // Cheapest first, then by reading.
    sortByReading(
        list, [](const Reward &r) { return r.name; },
        [](const Reward &a, const Reward &b) { return a.points < b.points; });
    return list;
}

qreal PointsLedger::earned(qint64 volunteerId) const
{
    const QList<Rule> all = rules();
    qreal total = 0;
    for (const ServiceRecords::Record &r : ServiceRecords(m_db, m_scope).history(volunteerId))
        total += pointsFor(r.hours, rateOn(all, r.start.date()));
    return qRound(total * 10) / 10.0;
}

PointsLedger::Balance PointsLedger::balance(qint64 volunteerId) const
{
    Balance b;
    b.earned = earned(volunteerId);
    SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(sum(CASE WHEN points < 0 THEN -points ELSE 0 END), 0), "
                                    "COALESCE(sum(CASE WHEN points > 0 THEN points ELSE 0 END), 0) FROM "
                                    "volunteer_point_entry WHERE volunteer_id = ?"));
    if (q.exec(volunteerId) && q.next()) {
        b.redeemed = q.value(0).toDouble();
        b.granted = q.value(1).toDouble();
    }
    return b;
}

SaveResult PointsLedger::redeem(qint64 volunteerId, qint64 rewardId, int quantity, qreal points, const QString &note)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (quantity < 1)
        return failed(tr("Quantity: please enter at least 1."), QStringLiteral("quantity"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    // Writing to the volunteer's row first takes the write lock (SQLite) or the row lock
    // (PostgreSQL) before the balance is read, so two desks redeeming at once are serialised
    // and the second one sees the first one's entry.
    SqlQuery lock(m_db, QStringLiteral("UPDATE volunteer SET row_version = row_version + 1 WHERE id = ?"));
    if (!lock.exec(volunteerId))
        return failed(tr("The database is busy; please try again."));
    if (lock.numRowsAffected() != 1)
        return failed(tr("This volunteer no longer exists."), QStringLiteral("volunteer"));
    qreal cost = points;
    QString rewardName;
    if (rewardId > 0) {
        SqlQuery r(m_db, QStringLiteral("SELECT name, points FROM volunteer_reward WHERE id = ? AND archived = 0"));
        if (!r.exec(rewardId) || !r.next())
            return failed(tr("Reward: this reward is no longer offered."), QStringLiteral("reward"));
        rewardName = r.value(0).toString();
        cost = r.value(1).toDouble() * quantity;
    }
    if (!(cost > 0))
        return failed(tr("Points: please enter how many points to redeem."), QStringLiteral("points"));
    if (rewardId <= 0 && note.trimmed().isEmpty())
        return failed(tr("Note: please say what the points were redeemed for."), QStringLiteral("note"));
    const Balance b = balance(volunteerId);
    if (cost > b.balance() + 1e-9)
        return failed(tr("Points: %1 points needed, but the balance is only %2.")
                          .arg(QLocale().toString(cost, 'g', 10), QLocale().toString(b.balance(), 'g', 10)),
                      QStringLiteral("points"));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO volunteer_point_entry (volunteer_id, points, kind, reward_id, note, "
                                    "user_name, at) VALUES (?, ?, 'redeem', ?, ?, ?, ?)"));
    const QString n = rewardId > 0 && quantity > 1 ? tr("%1 × %2").arg(rewardName).arg(quantity) : note.trimmed();
    if (!q.exec(volunteerId, -cost, SqlValues::idOrNull(rewardId), SqlValues::textOrNull(n),
                SqlValues::textOrNull(m_scope.userName()), SqlValues::now()))
        return failed(tr("The redemption could not be saved."));
    SaveResult result;
    result.id = q.lastInsertId();
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_point_entry"), result.id, QStringLiteral("insert"), QString(),
                     json({{QStringLiteral("volunteer"), volunteerId},
                           {QStringLiteral("points"), -cost},
                           {QStringLiteral("reward"), rewardId},
                           {QStringLiteral("balanceBefore"), b.balance()}})) ||
        !tx.commit())
        return failed(tr("The redemption could not be saved; nothing was changed."));
    result.ok = true;
    return result;
}

SaveResult PointsLedger::grant(qint64 volunteerId, qreal points, const QString &note)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString());
    if (!(points > 0))
        return failed(tr("Points: please enter the points to grant."), QStringLiteral("points"));
    if (note.trimmed().isEmpty())
        return failed(tr("Note: please say why the points are granted."), QStringLiteral("note"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SqlQuery q(m_db, QStringLiteral("INSERT INTO volunteer_point_entry (volunteer_id, points, kind, note, user_name, "
                                    "at) VALUES (?, ?, 'grant', ?, ?, ?)"));
    if (!q.exec(volunteerId, points, note.trimmed(), SqlValues::textOrNull(m_scope.userName()), SqlValues::now()))
        return failed(tr("The points could not be saved."));
    SaveResult result;
    result.id = q.lastInsertId();
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_point_entry"), result.id, QStringLiteral("insert"), QString(),
                     json({{QStringLiteral("volunteer"), volunteerId}, {QStringLiteral("points"), points}})) ||
        !tx.commit())
        return failed(tr("The points could not be saved."));
    result.ok = true;
    return result;
}

QList<PointsLedger::Entry> PointsLedger::entries(qint64 volunteerId) const
{
    QList<Entry> list;
    SqlQuery q(m_db, QStringLiteral("SELECT e.id, e.at, e.points, e.kind, r.name, e.note FROM volunteer_point_entry e "
                                    "LEFT JOIN volunteer_reward r ON r.id = e.reward_id WHERE e.volunteer_id = ? ORDER "
                                    "BY e.at DESC, e.id DESC"));
    if (q.exec(volunteerId))
        while (q.next())
            list.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODate),
                         q.value(2).toDouble(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return list;
}
