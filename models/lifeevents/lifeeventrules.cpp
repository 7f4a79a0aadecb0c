#include "lifeeventrules.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString json(const LifeEventRule &r)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("wording"), r.wording},
                                                       {QStringLiteral("leadDays"), r.leadDays},
                                                       {QStringLiteral("active"), r.active}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

LifeEventRules::LifeEventRules(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<LifeEventRule> LifeEventRules::list(bool activeOnly) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, event, age, lead_days, errand_type, wording, active, "
                                    "coalesce(tag_code, ''), coalesce(attribute_code, '') FROM life_event_rule") +
                         (activeOnly ? QStringLiteral(" WHERE active = 1") : QString()) +
                         QStringLiteral(" ORDER BY active DESC, sort_order, id"));
    QList<LifeEventRule> rules;
    if (q.exec())
        while (q.next()) {
            LifeEventRule r;
            r.id = q.value(0).toLongLong();
            r.code = q.value(1).toString();
            r.event = q.value(2).toString();
            r.age = q.value(3).toInt();
            r.leadDays = q.value(4).toInt();
            r.errandType = q.value(5).toString();
            r.wording = q.value(6).toString();
            r.active = q.value(7).toInt() != 0;
            r.tagCode = q.value(8).toString();
            r.attributeCode = q.value(9).toString();
            rules << r;
        }
    return rules;
}

SaveResult LifeEventRules::save(const LifeEventRule &rule)
{
    auto failed = [](const QString &field, const QString &message) {
        return SaveResult{false, 0, {{field, message}}, {}};
    };
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    if (rule.wording.trimmed().isEmpty())
        return failed(QStringLiteral("wording"),
                      tr("Wording: say what the errand is, e.g. {name}年满80周岁，协助申请高龄津贴."));
    if (rule.leadDays < 0 || rule.leadDays > 365)
        return failed(QStringLiteral("leadDays"), tr("Days ahead: enter a number from 0 to 365."));
    LifeEventRule before;
    for (const LifeEventRule &r : list())
        if (r.id == rule.id)
            before = r;
    if (!before.id)
        return failed(QString(), tr("This rule no longer exists."));
    LifeEventRule after = before;
    after.wording = rule.wording.trimmed();
    after.leadDays = rule.leadDays;
    after.active = rule.active;
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE life_event_rule SET wording = ?, lead_days = ?, active = ? WHERE id = ?"));
    if (!tx.isActive() || !q.exec(after.wording, after.leadDays, after.active ? 1 : 0, rule.id) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("life_event_rule"), rule.id, QStringLiteral("update"), json(before), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The rule could not be saved; nothing was changed."));
    return {true, rule.id, {}, {}};
}

QString LifeEventRules::fill(const QString &wording, const QString &name, int age, const QDate &date)
{
    QString text = wording;
    text.replace(QLatin1String("{name}"), name);
    text.replace(QLatin1String("{age}"), QString::number(age));
    // The wording is the office's Chinese, so is its date.
    text.replace(QLatin1String("{date}"),
                 QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()));
    return text;
}
