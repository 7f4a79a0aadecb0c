#include "attributetype.h"

#include <QDate>
#include <QRegularExpression>

QStringList AttributeType::codes()
{
    return {QStringLiteral("text"), QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("choice")};
}

bool AttributeType::isKnown(const QString &type)
{
    return codes().contains(type);
}

QString AttributeType::label(const QString &type)
{
    if (type == QLatin1String("number"))
        return tr("Number");
    if (type == QLatin1String("date"))
        return tr("Date");
    if (type == QLatin1String("choice"))
        return tr("Choice");
    return tr("Text");
}

QString AttributeType::normalize(const TagAttribute &attribute, const QString &value, QString *error)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (attribute.type == QLatin1String("number")) {
        bool ok = false;
        const double number = v.toDouble(&ok);
        if (!ok) {
            *error = tr("%1: enter a number, e.g. 850.50.").arg(attribute.name);
            return {};
        }
        return QString::number(number, 'g', 15);
    }
    if (attribute.type == QLatin1String("date")) {
        // 2026-03-31, 2026/3/31, 2026.3.31 and 2026年3月31日 are the same day.
        static const QRegularExpression parts(QStringLiteral("^(\\d{4})\\D{1,2}(\\d{1,2})\\D{1,2}(\\d{1,2})\\D?$"));
        const QRegularExpressionMatch m = parts.match(v);
        const QDate date = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                                        : QDate::fromString(v, QStringLiteral("yyyyMMdd"));
        if (!date.isValid()) {
            *error = tr("%1: enter a date as 2026-03-31.").arg(attribute.name);
            return {};
        }
        return date.toString(Qt::ISODate);
    }
    if (attribute.type == QLatin1String("choice") && !attribute.choices.contains(v)) {
        *error = tr("%1: choose one of %2.").arg(attribute.name, attribute.choices.join(QStringLiteral("、")));
        return {};
    }
    return v;
}

FieldError AttributeType::definitionError(const TagAttribute &attribute)
{
    if (attribute.name.trimmed().isEmpty())
        return {QStringLiteral("name"), tr("Name: please enter the attribute's name.")};
    if (!isKnown(attribute.type))
        return {QStringLiteral("type"), tr("Type: choose text, number, date or choice.")};
    if (attribute.type == QLatin1String("choice")) {
        QStringList clean;
        for (const QString &c : attribute.choices)
            if (!c.trimmed().isEmpty())
                clean << c.trimmed();
        if (clean.isEmpty())
            return {QStringLiteral("choices"),
                    tr("Choices: enter at least one choice for %1.").arg(attribute.name.trimmed())};
        for (const QString &c : clean)
            if (c.contains(u'|'))
                return {QStringLiteral("choices"),
                        tr("Choices: a choice of %1 may not contain \"|\".").arg(attribute.name.trimmed())};
    }
    return {};
}
