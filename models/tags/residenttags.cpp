#include "residenttags.h"

#include "attributetype.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

ResidentTags::ResidentTags(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<TagPeriod> ResidentTags::periods(qint64 residentId) const
{
    QList<TagPeriod> list;
    if (!m_scope.isSignedIn())
        return list;
    SqlQuery q(m_db, QStringLiteral("SELECT p.id, p.resident_id, p.tag_id, t.code, t.name, p.start_date, p.end_date, "
                                    "p.note FROM resident_tag_period p JOIN tag t ON t.id = p.tag_id JOIN resident r "
                                    "ON r.id = p.resident_id WHERE p.resident_id = ?") +
                         RegisterRows::households(m_scope, QStringLiteral("r.household_id")) +
                         QStringLiteral(" ORDER BY CASE WHEN p.end_date IS NULL THEN 0 ELSE 1 END, t.sort_order, "
                                        "coalesce(p.start_date, '') DESC, p.id DESC"));
    if (!q.exec(residentId))
        return list;
    while (q.next()) {
        TagPeriod p;
        p.id = q.value(0).toLongLong();
        p.residentId = q.value(1).toLongLong();
        p.tagId = q.value(2).toLongLong();
        p.tagCode = q.value(3).toString();
        p.tagName = q.value(4).toString();
        p.start = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        p.end = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        p.note = q.value(7).toString();
        list << p;
    }
    SqlQuery values(m_db, QStringLiteral("SELECT a.code, v.value FROM resident_tag_value v JOIN tag_attribute a ON "
                                         "a.id = v.attribute_id WHERE v.period_id = ? AND v.replaced_at IS NULL"));
    for (TagPeriod &p : list)
        if (values.exec(p.id))
            while (values.next())
                p.values.insert(values.value(0).toString(), values.value(1).toString());
    return list;
}

QList<TagPeriod> ResidentTags::current(qint64 residentId) const
{
    QList<TagPeriod> list;
    for (const TagPeriod &p : periods(residentId))
        if (p.isCurrent())
            list << p;
    return list;
}

QList<TagValueChange> ResidentTags::valueHistory(qint64 periodId) const
{
    QList<TagValueChange> list;
    SqlQuery q(m_db, QStringLiteral("SELECT a.code, v.value, v.set_at, v.user_name, v.replaced_at FROM "
                                    "resident_tag_value v JOIN tag_attribute a ON a.id = v.attribute_id JOIN "
                                    "resident_tag_period p ON p.id = v.period_id JOIN resident r ON r.id = "
                                    "p.resident_id WHERE v.period_id = ?") +
                         RegisterRows::households(m_scope, QStringLiteral("r.household_id")) +
                         QStringLiteral(" ORDER BY v.id"));
    if (m_scope.isSignedIn() && q.exec(periodId))
        while (q.next())
            list << TagValueChange{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString()};
    return list;
}

SaveResult ResidentTags::refused(const QString &field, const QString &message) const
{
    return SaveResult{false, 0, {{field, message}}, {}};
}

QString ResidentTags::refusal(qint64 residentId) const
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return why;
    SqlQuery q(m_db, QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
    if (!q.exec(residentId) || !q.next())
        return tr("This resident no longer exists.");
    return m_scope.householdRefusal(m_db, q.value(0).toLongLong());
}

bool ResidentTags::checkValues(qint64 tagId, QMap<QString, QString> &values, QMap<QString, qint64> *ids,
                               QList<FieldError> &errors) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, name, type, choices FROM tag_attribute WHERE tag_id = ? AND "
                                    "archived = 0"));
    QMap<QString, TagAttribute> byCode;
    if (q.exec(tagId))
        while (q.next()) {
            TagAttribute a;
            a.id = q.value(0).toLongLong();
            a.code = q.value(1).toString();
            a.name = q.value(2).toString();
            a.type = q.value(3).toString();
            a.choices = q.value(4).toString().split(u'|', Qt::SkipEmptyParts);
            byCode.insert(a.code, a);
        }
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto found = byCode.constFind(it.key());
        if (found == byCode.constEnd()) {
            errors << FieldError{QStringLiteral("values/") + it.key(),
                                 tr("%1: this tag has no such attribute.").arg(it.key())};
            continue;
        }
        QString error;
        it.value() = AttributeType::normalize(*found, it.value(), &error);
        if (!error.isEmpty())
            errors << FieldError{QStringLiteral("values/") + it.key(), error};
        ids->insert(it.key(), found->id);
    }
    return errors.isEmpty();
}

qint64 ResidentTags::openPeriod(qint64 residentId, qint64 tagId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM resident_tag_period WHERE resident_id = ? AND tag_id = ? AND "
                                    "end_date IS NULL ORDER BY id DESC"));
    return q.exec(residentId, tagId) && q.next() ? q.value(0).toLongLong() : 0;
}

bool ResidentTags::writeValue(qint64 periodId, qint64 attributeId, const QString &value, const QString &stamp)
{
    SqlQuery old(m_db, QStringLiteral("SELECT id, value FROM resident_tag_value WHERE period_id = ? AND attribute_id = "
                                      "? AND replaced_at IS NULL"));
    if (!old.exec(periodId, attributeId))
        return false;
    if (old.next()) {
        if (old.value(1).toString() == value)
            return true;
        if (!SqlQuery(m_db, QStringLiteral("UPDATE resident_tag_value SET replaced_at = ? WHERE id = ?"))
                 .exec(stamp, old.value(0).toLongLong()))
            return false;
    }
    if (value.isEmpty())
        return true;
    return SqlQuery(m_db, QStringLiteral("INSERT INTO resident_tag_value (period_id, attribute_id, value, set_at, "
                                         "user_name) VALUES (?, ?, ?, ?, ?)"))
        .exec(periodId, attributeId, value, stamp, m_scope.userName());
}

QString ResidentTags::periodJson(qint64 periodId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT p.resident_id, t.code, p.start_date, p.end_date, p.note FROM "
                                    "resident_tag_period p JOIN tag t ON t.id = p.tag_id WHERE p.id = ?"));
    if (!q.exec(periodId) || !q.next())
        return {};
    QJsonObject values;
    SqlQuery v(m_db, QStringLiteral("SELECT a.code, v.value FROM resident_tag_value v JOIN tag_attribute a ON a.id = "
                                    "v.attribute_id WHERE v.period_id = ? AND v.replaced_at IS NULL"));
    if (v.exec(periodId))
        while (v.next())
            values.insert(v.value(0).toString(), v.value(1).toString());
    const QJsonObject o{
        {QStringLiteral("residentId"), q.value(0).toLongLong()}, {QStringLiteral("tag"), q.value(1).toString()},
        {QStringLiteral("start"), q.value(2).toString()},        {QStringLiteral("end"), q.value(3).toString()},
        {QStringLiteral("note"), q.value(4).toString()},         {QStringLiteral("values"), values}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool ResidentTags::audit(qint64 periodId, const QString &action, const QString &before, const QString &after) const
{
    return AuditLog(m_db, m_scope).record(QStringLiteral("resident_tag_period"), periodId, action, before, after);
}

SaveResult ResidentTags::start(qint64 residentId, qint64 tagId, const QDate &start,
                               const QMap<QString, QString> &values, const QString &note)
{
    if (const QString why = refusal(residentId); !why.isEmpty())
        return refused(QString(), why);
    SqlQuery tag(m_db, QStringLiteral("SELECT name, archived FROM tag WHERE id = ?"));
    if (!tag.exec(tagId) || !tag.next() || tag.value(1).toInt() != 0)
        return refused(QStringLiteral("tag"), tr("Tag: choose a tag in use."));
    const QString tagName = tag.value(0).toString();
    if (!start.isValid())
        return refused(QStringLiteral("start"), tr("Start date: please enter when %1 began.").arg(tagName));
    if (start > QDate::currentDate())
        return refused(QStringLiteral("start"), tr("Start date: %1 cannot begin after today.").arg(tagName));
    if (openPeriod(residentId, tagId))
        return refused(QStringLiteral("tag"),
                       tr("Tag: the resident already has %1; change its values or end it first.").arg(tagName));
    SqlQuery last(m_db, QStringLiteral("SELECT max(end_date) FROM resident_tag_period WHERE resident_id = ? AND "
                                       "tag_id = ?"));
    const QDate lastEnd =
        last.exec(residentId, tagId) ? QDate::fromString(last.scalar().toString(), Qt::ISODate) : QDate();
    if (lastEnd.isValid() && start < lastEnd)
        return refused(QStringLiteral("start"), tr("Start date: %1 last ended on %2; a new period starts on or after "
                                                   "that day.")
                                                    .arg(tagName, isoDate(lastEnd)));
    QMap<QString, QString> clean = values;
    QMap<QString, qint64> ids;
    QList<FieldError> errors;
    if (!checkValues(tagId, clean, &ids, errors))
        return SaveResult{false, 0, errors, {}};
    const QString failed = tr("%1 could not be saved; nothing was changed.").arg(tagName);
    const QString stamp = SqlValues::now();
    Transaction tx(m_db);
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, start_date, note, "
                                      "user_name, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!tx.isActive() || !ins.exec(residentId, tagId, isoDate(start), note.trimmed(), m_scope.userName(), stamp))
        return refused(QString(), failed);
    const qint64 periodId = ins.lastInsertId();
    for (auto it = clean.cbegin(); it != clean.cend(); ++it)
        if (!writeValue(periodId, ids.value(it.key()), it.value(), stamp))
            return refused(QString(), failed);
    if (!SqlQuery(m_db,
                  QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"))
             .exec(residentId, tagId) ||
        !audit(periodId, QStringLiteral("insert"), QString(), periodJson(periodId)) || !tx.commit())
        return refused(QString(), failed);
    return {true, periodId, {}, {}};
}

SaveResult ResidentTags::end(qint64 residentId, qint64 tagId, const QDate &end, const QString &note)
{
    if (const QString why = refusal(residentId); !why.isEmpty())
        return refused(QString(), why);
    const qint64 periodId = openPeriod(residentId, tagId);
    SqlQuery info(m_db, QStringLiteral("SELECT t.name, p.start_date FROM resident_tag_period p JOIN tag t ON t.id = "
                                       "p.tag_id WHERE p.id = ?"));
    if (!periodId || !info.exec(periodId) || !info.next())
        return refused(QStringLiteral("tag"), tr("Tag: the resident does not have this tag now."));
    const QString tagName = info.value(0).toString();
    const QDate started = QDate::fromString(info.value(1).toString(), Qt::ISODate);
    if (!end.isValid())
        return refused(QStringLiteral("end"), tr("End date: please enter when %1 ended.").arg(tagName));
    if (end > QDate::currentDate())
        return refused(QStringLiteral("end"), tr("End date: %1 cannot end after today.").arg(tagName));
    if (started.isValid() && end < started)
        return refused(QStringLiteral("end"),
                       tr("End date: %1 began on %2; it cannot end before.").arg(tagName, isoDate(started)));
    const QString failed = tr("%1 could not be ended; nothing was changed.").arg(tagName);
    const QString before = periodJson(periodId);
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !SqlQuery(m_db, QStringLiteral("UPDATE resident_tag_period SET end_date = ?, ended_by = ?, note = CASE WHEN ? "
                                       "= '' THEN note ELSE ? END WHERE id = ?"))
             .exec(isoDate(end), m_scope.userName(), note.trimmed(), note.trimmed(), periodId) ||
        !SqlQuery(m_db, QStringLiteral("DELETE FROM resident_tag WHERE resident_id = ? AND tag_id = ?"))
             .exec(residentId, tagId) ||
        !audit(periodId, QStringLiteral("end"), before, periodJson(periodId)) || !tx.commit())
        return refused(QString(), failed);
    return {true, periodId, {}, {}};
}

SaveResult ResidentTags::setValues(qint64 residentId, qint64 tagId, const QMap<QString, QString> &values)
{
    if (const QString why = refusal(residentId); !why.isEmpty())
        return refused(QString(), why);
    const qint64 periodId = openPeriod(residentId, tagId);
    if (!periodId)
        return refused(QStringLiteral("tag"), tr("Tag: the resident does not have this tag now."));
    QMap<QString, QString> clean = values;
    QMap<QString, qint64> ids;
    QList<FieldError> errors;
    if (!checkValues(tagId, clean, &ids, errors))
        return SaveResult{false, 0, errors, {}};
    const QString before = periodJson(periodId);
    const QString stamp = SqlValues::now();
    const QString failed = tr("The tag's values could not be saved; nothing was changed.");
    Transaction tx(m_db);
    if (!tx.isActive())
        return refused(QString(), failed);
    for (auto it = clean.cbegin(); it != clean.cend(); ++it)
        if (!writeValue(periodId, ids.value(it.key()), it.value(), stamp))
            return refused(QString(), failed);
    const QString after = periodJson(periodId);
    if ((after != before && !audit(periodId, QStringLiteral("update"), before, after)) || !tx.commit())
        return refused(QString(), failed);
    return {true, periodId, {}, {}};
}

QString ResidentTags::attributeValue(qint64 residentId, const QString &tagCode, const QString &attributeCode) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM resident r WHERE r.id = ?") +
                         RegisterRows::households(m_scope, QStringLiteral("r.household_id")));
    if (!m_scope.isSignedIn() || !q.exec(residentId) || q.scalar().toInt() == 0)
        return {};
    return attributeValue(m_db, residentId, tagCode, attributeCode);
}

QString ResidentTags::attributeValue(const QSqlDatabase &db, qint64 residentId, const QString &tagCode,
                                     const QString &attributeCode)
{
    SqlQuery q(db, QStringLiteral("SELECT v.value FROM resident_tag_period p JOIN tag t ON t.id = p.tag_id JOIN "
                                  "tag_attribute a ON a.tag_id = t.id JOIN resident_tag_value v ON v.period_id = p.id "
                                  "AND v.attribute_id = a.id WHERE p.resident_id = ? AND t.code = ? AND a.code = ? AND "
                                  "p.end_date IS NULL AND v.replaced_at IS NULL ORDER BY v.id DESC"));
    return q.exec(residentId, tagCode, attributeCode) ? q.scalar().toString() : QString();
}

QList<ResidentTags::DateHit> ResidentTags::withDateBetween(const QString &tagCode, const QString &attributeCode,
                                                           const QDate &from, const QDate &to) const
{
    QList<DateHit> hits;
    if (!m_scope.isSignedIn())
        return hits;
    SqlQuery q(m_db,
               QStringLiteral("SELECT r.id, r.household_id, r.name, v.value FROM resident_tag_period p JOIN tag t "
                              "ON t.id = p.tag_id JOIN tag_attribute a ON a.tag_id = t.id JOIN "
                              "resident_tag_value v ON v.period_id = p.id AND v.attribute_id = a.id JOIN "
                              "resident r ON r.id = p.resident_id WHERE t.code = ? AND a.code = ? AND "
                              "p.end_date IS NULL AND v.replaced_at IS NULL AND r.status = 'living' AND v.value "
                              ">= ? AND v.value <= ?") +
                   RegisterRows::households(m_scope, QStringLiteral("r.household_id")) +
                   QStringLiteral(" ORDER BY v.value, r.id"));
    if (q.exec(tagCode, attributeCode, isoDate(from), isoDate(to)))
        while (q.next())
            hits << DateHit{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                            QDate::fromString(q.value(3).toString(), Qt::ISODate)};
    return hits;
}
