#include "formmapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool FormMapping::isEmpty() const
{
    for (const QString &c : columns)
        if (!c.isEmpty())
            return false;
    return true;
}

QString FormMapping::toJson() const
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact));
}

FormMapping FormMapping::fromJson(const QString &json)
{
    FormMapping m;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        m.columns << v.toString();
    return m;
}

QString FormPeople::toJson() const
{
    const QJsonObject o{{QStringLiteral("view"), QString::number(savedViewId)},
                        {QStringLiteral("grid"), QString::number(gridId)},
                        {QStringLiteral("tag"), QString::number(tagId)},
                        {QStringLiteral("minAge"), minAge},
                        {QStringLiteral("fullNumbers"), fullNumbers}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

FormPeople FormPeople::fromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    FormPeople p;
    p.savedViewId = o.value(QStringLiteral("view")).toString().toLongLong();
    p.gridId = o.value(QStringLiteral("grid")).toString().toLongLong();
    p.tagId = o.value(QStringLiteral("tag")).toString().toLongLong();
    p.minAge = o.value(QStringLiteral("minAge")).toInt(-1);
    p.fullNumbers = o.value(QStringLiteral("fullNumbers")).toBool();
    return p;
}
