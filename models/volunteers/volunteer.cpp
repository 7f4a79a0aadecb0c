#include "volunteer.h"

QStringList Volunteer::statusCodes()
{
    return {QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("left")};
}

QString Volunteer::statusLabel(const QString &code)
{
    if (code == QLatin1String("active"))
        return tr("Active");
    if (code == QLatin1String("paused"))
        return tr("Paused");
    if (code == QLatin1String("left"))
        return tr("Left");
    return code;
}

QString Volunteer::daysToText(const QList<int> &days)
{
    QStringList parts;
    for (int d = 1; d <= 7; ++d)
        if (days.contains(d))
            parts.append(QString::number(d));
    return parts.join(QLatin1Char(','));
}

QList<int> Volunteer::daysFromText(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int d = part.trimmed().toInt();
        if (d >= 1 && d <= 7 && !days.contains(d))
            days.append(d);
    }
    std::sort(days.begin(), days.end());
    return days;
}
