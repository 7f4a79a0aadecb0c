#include "fieldvalues.h"

#include <cmath>
#include <QJsonDocument>
#include <QJsonObject>

namespace FieldValues {

QVariantMap parseRow(const QString &json)
{
    QVariantMap row;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        row.insert(it.key(), it.value().isNull() ? QVariant() : it.value().toVariant());
    return row;
}

// Values from SQLite's JSON and from either office driver, compared as text: 2.0 and 2 are one.
QString canon(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QVariant bindable(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QVariant(static_cast<qint64>(d));
    }
    return v;
}

QString jsonOf(const QVariantMap &row)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
}

} // namespace FieldValues
