#include "customfieldstore.h"

#include "attributetype.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fieldJson(const CustomField &f)
{
    return {{QStringLiteral("entity"), f.entity},
            {QStringLiteral("code"), f.code},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("type"), f.type},
            {QStringLiteral("choices"), f.choices.join(u'|')},
            {QStringLiteral("archived"), f.archived}};
}

QJsonObject valuesJson(const QMap<QString, QString> &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

CustomFieldStore::CustomFieldStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<CustomField> CustomFieldStore::list(const QString &entity, bool includeArchived) const
{
    QList<CustomField> fields;
    SqlQuery q(m_db, QStringLiteral("SELECT id, entity, code, name, type, choices, sort_order, archived FROM "
                                    "custom_field WHERE entity = ?") +
                         (includeArchived ? QString() : QStringLiteral(" AND archived = 0")) +
                         QStringLiteral(" ORDER BY archived, sort_order, id"));
    if (m_scope.isSignedIn() && q.exec(entity))
        while (q.next()) {
            CustomField f;
            f.id = q.value(0).toLongLong();
            f.entity = q.value(1).toString();
            f.code = q.value(2).toString();
            f.name = q.value(3).toString();
            f.type = q.value(4).toString();
            f.choices = q.value(5).toString().split(u'|', Qt::SkipEmptyParts);
            f.sortOrder = q.value(6).toInt();
            f.archived = q.value(7).toInt() != 0;
            fields << f;
        }
    return fields;
}

std::optional<CustomField> CustomFieldStore::field(const QString &entity, const QString &codeOrName) const
{
    const QList<CustomField> fields = list(entity);
    for (const CustomField &f : fields)
        if (f.code == codeOrName.trimmed())
            return f;
    for (const CustomField &f : fields)
        if (f.name == codeOrName.trimmed())
            return f;
    return std::nullopt;
}

SaveResult CustomFieldStore::refused(const QString &field, const QString &message) const
{
    return SaveResult{false, 0, {{field, message}}, {}};
}

SaveResult CustomFieldStore::save(CustomField &field)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    if (field.entity != residentEntity() && field.entity != householdEntity())
        return refused(QStringLiteral("entity"), tr("Kind: a custom field belongs to residents or households."));
    field.name = field.name.trimmed();
    QStringList choices;
    for (const QString &c : std::as_const(field.choices))
        if (!c.trimmed().isEmpty() && !choices.contains(c.trimmed()))
            choices << c.trimmed();
    field.choices = choices;
    CustomField before;
    for (const CustomField &f : list(field.entity, true))
        if (f.id == field.id)
            before = f;
    if (field.id && !before.id)
        return refused(QString(), tr("This field no longer exists."));
    if (field.id)
        field.type = before.type; // stored values were checked against it
    if (const FieldError why = AttributeType::definitionError(field); !why.message.isEmpty())
        return refused(why.field, why.message);
    for (const CustomField &f : list(field.entity))
        if (f.id != field.id && f.name == field.name)
            return refused(QStringLiteral("name"), tr("Name: there is already a field named %1.").arg(field.name));
    const QString failed = tr("The field could not be saved; nothing was changed.");
    Transaction tx(m_db);
    if (!tx.isActive())
        return refused(QString(), failed);
    if (!field.id) {
        if (field.code.trimmed().isEmpty())
            field.code = QUuid::createUuid().toString(QUuid::WithoutBraces);
        field.code = field.code.trimmed();
        SqlQuery order(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM custom_field"));
        field.sortOrder = order.scalar().toInt();
        SqlQuery ins(m_db, QStringLiteral("INSERT INTO custom_field (entity, code, name, type, choices, sort_order) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
        if (!ins.exec(field.entity, field.code, field.name, field.type, field.choices.join(u'|'), field.sortOrder))
            return refused(QStringLiteral("code"), tr("Code: the code %1 is taken by another field.").arg(field.code));
        field.id = ins.lastInsertId();
    } else if (!SqlQuery(m_db, QStringLiteral("UPDATE custom_field SET name = ?, choices = ? WHERE id = ?"))
                    .exec(field.name, field.choices.join(u'|'), field.id)) {
        return refused(QString(), failed);
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("custom_field"), field.id,
                     before.id ? QStringLiteral("update") : QStringLiteral("insert"),
                     before.id ? json(fieldJson(before)) : QString(), json(fieldJson(field))) ||
        !tx.commit())
        return refused(QString(), failed);
    return {true, field.id, {}, {}};
}

SaveResult CustomFieldStore::archive(qint64 fieldId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !SqlQuery(m_db, QStringLiteral("UPDATE custom_field SET archived = 1 WHERE id = ?")).exec(fieldId) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("custom_field"), fieldId, QStringLiteral("archive"), QString(), QString()) ||
        !tx.commit())
        return refused(QString(), tr("The field could not be archived; nothing was changed."));
    return {true, fieldId, {}, {}};
}

QMap<QString, QString> CustomFieldStore::values(const QString &entity, qint64 recordId) const
{
    QMap<QString, QString> map;
    const QString visible = entity == residentEntity()
                                ? QStringLiteral(" AND v.record_id IN (SELECT r.id FROM resident r WHERE 1 = 1%1)")
                                      .arg(RegisterRows::households(m_scope, QStringLiteral("r.household_id")))
                                : RegisterRows::households(m_scope, QStringLiteral("v.record_id"));
    SqlQuery q(m_db, QStringLiteral("SELECT f.code, v.value FROM custom_value v JOIN custom_field f ON f.id = "
                                    "v.field_id WHERE f.entity = ? AND v.record_id = ?") +
                         visible);
    if (m_scope.isSignedIn() && q.exec(entity, recordId))
        while (q.next())
            map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

QString CustomFieldStore::refusal(const QString &entity, qint64 recordId) const
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return why;
    qint64 household = recordId;
    if (entity == residentEntity()) {
        SqlQuery q(m_db, QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
        if (!q.exec(recordId) || !q.next())
            return tr("This resident no longer exists.");
        household = q.value(0).toLongLong();
    }
    return m_scope.householdRefusal(m_db, household);
}

QList<FieldError> CustomFieldStore::normalize(const QString &entity, const QMap<QString, QString> &values,
                                              QMap<QString, QString> *clean, QMap<QString, qint64> *ids) const
{
    const QList<CustomField> fields = list(entity);
    QList<FieldError> errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const CustomField *found = nullptr;
        for (const CustomField &f : fields)
            if (f.code == it.key())
                found = &f;
        if (!found) {
            errors << FieldError{QStringLiteral("custom/") + it.key(),
                                 tr("%1: there is no such field in use.").arg(it.key())};
            continue;
        }
        QString error;
        clean->insert(it.key(), AttributeType::normalize(*found, it.value(), &error));
        ids->insert(it.key(), found->id);
        if (!error.isEmpty())
            errors << FieldError{QStringLiteral("custom/") + it.key(), error};
    }
    return errors;
}

QList<FieldError> CustomFieldStore::check(const QString &entity, const QMap<QString, QString> &values) const
{
    QMap<QString, QString> clean;
    QMap<QString, qint64> ids;
    return normalize(entity, values, &clean, &ids);
}

SaveResult CustomFieldStore::setValues(const QString &entity, qint64 recordId, const QMap<QString, QString> &values)
{
    if (const QString why = refusal(entity, recordId); !why.isEmpty())
        return refused(QString(), why);
    QMap<QString, QString> clean;
    QMap<QString, qint64> ids;
    const QList<FieldError> errors = normalize(entity, values, &clean, &ids);
    if (!errors.isEmpty())
        return SaveResult{false, 0, errors, {}};
    const QMap<QString, QString> before = this->values(entity, recordId);
    QMap<QString, QString> after = before;
    for (auto it = clean.cbegin(); it != clean.cend(); ++it)
        if (it.value().isEmpty())
            after.remove(it.key());
        else
            after.insert(it.key(), it.value());
    if (after == before)
        return {true, recordId, {}, {}};
    const QString failed = tr("The custom fields could not be saved; nothing was changed.");
    Transaction tx(m_db);
    SqlQuery drop(m_db, QStringLiteral("DELETE FROM custom_value WHERE field_id = ? AND record_id = ?"));
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)"));
    if (!tx.isActive())
        return refused(QString(), failed);
    // The old value is in the audit row written with the new one.
    for (auto it = clean.cbegin(); it != clean.cend(); ++it) {
        if (before.value(it.key()) == it.value())
            continue;
        if (!drop.exec(ids.value(it.key()), recordId) ||
            (!it.value().isEmpty() && !ins.exec(ids.value(it.key()), recordId, it.value())))
            return refused(QString(), failed);
    }
    if (!AuditLog(m_db, m_scope)
             .record(entity, recordId, QStringLiteral("custom_fields"), json(valuesJson(before)),
                     json(valuesJson(after))) ||
        !tx.commit())
        return refused(QString(), failed);
    return {true, recordId, {}, {}};
}
