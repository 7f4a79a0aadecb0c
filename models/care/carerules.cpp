#include "carerules.h"

#include "carelevels.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString json(const CareRule &r)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("tagId"), r.tagId},
                                  {QStringLiteral("minAge"), r.minAge},
                                  {QStringLiteral("level"), r.level},
                                  {QStringLiteral("rhythmDays"), r.rhythmDays},
                                  {QStringLiteral("appliesFrom"), r.appliesFrom.toString(Qt::ISODate)},
                                  {QStringLiteral("active"), r.active},
                                  {QStringLiteral("note"), r.note}})
            .toJson(QJsonDocument::Compact));
}

SaveResult failed(const QString &field, const QString &message)
{
    return SaveResult{false, 0, {{field, message, 0}}, {}};
}

} // namespace

CareRules::CareRules(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<CareRule> CareRules::list(bool activeOnly) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT r.id, r.tag_id, t.name, r.min_age, r.level, r.rhythm_days, "
                                    "r.applies_from, r.active, r.note FROM care_rule r JOIN tag t ON t.id = r.tag_id") +
                         (activeOnly ? QStringLiteral(" WHERE r.active = 1 AND t.archived = 0") : QString()) +
                         QStringLiteral(" ORDER BY r.active DESC, t.sort_order, t.id, r.min_age DESC, r.id"));
    QList<CareRule> rules;
    if (q.exec())
        while (q.next()) {
            CareRule r;
            r.id = q.value(0).toLongLong();
            r.tagId = q.value(1).toLongLong();
            r.tagName = q.value(2).toString();
            r.minAge = q.value(3).toInt();
            r.level = q.value(4).toString();
            r.rhythmDays = q.value(5).toInt();
            r.appliesFrom = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            r.active = q.value(7).toInt() != 0;
            r.note = q.value(8).toString();
            rules << r;
        }
    return rules;
}

SaveResult CareRules::save(const CareRule &rule)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    SqlQuery tag(m_db, QStringLiteral("SELECT count(*) FROM tag WHERE id = ?"));
    if (rule.tagId <= 0 || !tag.exec(rule.tagId) || tag.scalar().toInt() == 0)
        return failed(QStringLiteral("tag"), tr("Tag: choose the group the rule is for."));
    if (rule.minAge < 0 || rule.minAge > 150)
        return failed(QStringLiteral("minAge"), tr("Minimum age: enter an age from 0 to 150."));
    if (!CareLevels::isValid(rule.level))
        return failed(QStringLiteral("level"), tr("Attention level: choose normal, focus or severe."));
    if (rule.rhythmDays < 1 || rule.rhythmDays > 366)
        return failed(QStringLiteral("rhythmDays"), tr("Visit every: enter a number of days from 1 to 366."));
    if (!rule.appliesFrom.isValid())
        return failed(QStringLiteral("appliesFrom"), tr("Applies from: enter the day the rule starts."));

    CareRule before;
    for (const CareRule &r : list())
        if (r.id == rule.id)
            before = r;
    if (rule.id && !before.id)
        return failed(QString(), tr("This rule no longer exists."));
    const QString from = rule.appliesFrom.toString(Qt::ISODate);
    Transaction tx(m_db);
    qint64 id = rule.id;
    bool ok = tx.isActive();
    if (ok && id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO care_rule (tag_id, min_age, level, rhythm_days, applies_from, "
                                        "active, note, user_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                        "?, ?, ?, ?)"));
        ok = q.exec(rule.tagId, rule.minAge, rule.level, rule.rhythmDays, from, rule.active ? 1 : 0,
                    rule.note.trimmed(), m_scope.userName(), SqlValues::now(), SqlValues::now());
        id = q.lastInsertId();
    } else if (ok) {
        SqlQuery q(m_db, QStringLiteral("UPDATE care_rule SET tag_id = ?, min_age = ?, level = ?, rhythm_days = ?, "
                                        "applies_from = ?, active = ?, note = ?, user_name = ?, updated_at = ? "
                                        "WHERE id = ?"));
        ok = q.exec(rule.tagId, rule.minAge, rule.level, rule.rhythmDays, from, rule.active ? 1 : 0,
                    rule.note.trimmed(), m_scope.userName(), SqlValues::now(), id);
    }
    CareRule after = rule;
    after.id = id;
    if (!ok ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("care_rule"), id, rule.id ? QStringLiteral("update") : QStringLiteral("insert"),
                     rule.id ? json(before) : QString(), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The rule could not be saved; nothing was changed."));
    return {true, id, {}, {}};
}

QString CareRules::attention(qint64 residentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.level FROM care_attention a JOIN resident r ON r.id = a.resident_id "
                                    "WHERE a.resident_id = ?") +
                         RegisterRows::households(m_scope, QStringLiteral("r.household_id")));
    return q.exec(residentId) ? q.scalar().toString() : QString();
}

SaveResult CareRules::setAttention(qint64 residentId, const QString &level, const QString &note)
{
    if (!level.isEmpty() && !CareLevels::isValid(level))
        return failed(QStringLiteral("level"), tr("Attention level: choose normal, focus or severe."));
    SqlQuery household(m_db, QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
    const qint64 householdId = household.exec(residentId) ? household.scalar().toLongLong() : 0;
    if (householdId <= 0)
        return failed(QString(), tr("This resident no longer exists."));
    if (const QString why = m_scope.householdRefusal(m_db, householdId); !why.isEmpty())
        return failed(QString(), why);
    const QString before = attention(residentId);
    Transaction tx(m_db);
    SqlQuery update(m_db, QStringLiteral("UPDATE care_attention SET level = ?, note = ?, user_name = ?, updated_at = "
                                         "? WHERE resident_id = ?"));
    bool ok = tx.isActive() && update.exec(level, note.trimmed(), m_scope.userName(), SqlValues::now(), residentId);
    if (ok && update.numRowsAffected() == 0) {
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO care_attention (resident_id, level, note, user_name, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?)"));
        ok = insert.exec(residentId, level, note.trimmed(), m_scope.userName(), SqlValues::now());
    }
    if (!ok ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("care_attention"), residentId, QStringLiteral("update"), before, level) ||
        !tx.commit())
        return failed(QString(), tr("The attention level could not be saved; nothing was changed."));
    return {true, residentId, {}, {}};
}
