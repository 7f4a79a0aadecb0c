#include "auditentry.h"

#include "idnumber.h"
#include "phonenumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

// Keys that hold ID or phone numbers, whatever table wrote them.
QString masked(const QString &key, const QString &value)
{
    const QString k = key.toLower();
    if (k.contains(QLatin1String("idnumber")) || k.contains(QLatin1String("id_number")))
        return IdNumber::mask(value);
    if (k.contains(QLatin1String("phone")))
        return PhoneNumber::mask(value);
    return value;
}

} // namespace

QList<AuditEntry::Field> AuditEntry::fields(bool revealNumbers) const
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!keys.contains(k))
            keys << k;
    QList<Field> list;
    for (const QString &k : std::as_const(keys)) {
        Field f;
        f.name = k;
        f.before = text(before.value(k));
        f.after = text(after.value(k));
        f.changed = f.before != f.after;
        if (!revealNumbers) {
            f.before = masked(k, f.before);
            f.after = masked(k, f.after);
        }
        list.append(f);
    }
    return list;
}

QString AuditEntry::actionName(const QString &action)
{
    if (action == QLatin1String("insert"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("reveal"))
        return tr("Numbers shown");
    if (action == QLatin1String("password"))
        return tr("Password set");
    if (action == QLatin1String("disable"))
        return tr("Disabled");
    if (action == QLatin1String("enable"))
        return tr("Enabled");
    return action; // other codes as written
}
