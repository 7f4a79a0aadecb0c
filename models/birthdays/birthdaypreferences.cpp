#include "birthdaypreferences.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::textOrNull;

const QString kSettingKey = QStringLiteral("birthdays/calendar");

QString calendarJson(const QString &code)
{
    const QJsonObject o{{QStringLiteral("birthdayCalendar"), code.isEmpty() ? QJsonValue() : QJsonValue(code)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

BirthdayPreferences::BirthdayPreferences(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

BirthdayRules::Calendar BirthdayPreferences::officeCalendar() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    const QString code = q.exec(kSettingKey) ? q.scalar().toString() : QString();
    return BirthdayRules::fromCode(code, BirthdayRules::Calendar::Solar);
}

bool BirthdayPreferences::setOfficeCalendar(BirthdayRules::Calendar calendar)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                    "value = excluded.value"));
    return q.exec(kSettingKey, BirthdayRules::code(calendar));
}

std::optional<BirthdayRules::Calendar> BirthdayPreferences::residentCalendar(qint64 residentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT birthday_calendar FROM resident WHERE id = ?"));
    const QString code = q.exec(residentId) ? q.scalar().toString() : QString();
    if (code.isEmpty())
        return std::nullopt;
    return BirthdayRules::fromCode(code, BirthdayRules::Calendar::Solar);
}

bool BirthdayPreferences::setResidentCalendar(qint64 residentId, std::optional<BirthdayRules::Calendar> calendar)
{
    const QString after = calendar ? BirthdayRules::code(*calendar) : QString();
    Transaction tx(m_db);
    if (!tx.isActive())
        return false;
    SqlQuery before(m_db, QStringLiteral("SELECT coalesce(birthday_calendar, '') FROM resident WHERE id = ?"));
    if (!before.exec(residentId) || !before.next())
        return false;
    const QString previous = before.value(0).toString();
    before.query().finish();
    // The form's optimistic lock (row_version) is left alone: no form edits this column.
    SqlQuery update(m_db, QStringLiteral("UPDATE resident SET birthday_calendar = ?, updated_at = ? WHERE id = ?"));
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    if (!update.exec(textOrNull(after), now, residentId) || update.numRowsAffected() != 1)
        return false;
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("resident"), residentId, QStringLiteral("birthday_calendar"),
                     calendarJson(previous), calendarJson(after)))
        return false;
    return tx.commit();
}
