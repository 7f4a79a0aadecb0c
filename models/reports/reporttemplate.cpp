#include "reporttemplate.h"

#include <QSettings>

namespace {
const QString kGroup = QStringLiteral("report");
}

ReportTemplate ReportTemplate::defaults()
{
    ReportTemplate t;
    t.title = tr("%1 Monthly Work Report, %2");
    return t;
}

ReportTemplate ReportTemplate::load()
{
    ReportTemplate t = defaults();
    QSettings s;
    s.beginGroup(kGroup);
    t.title = s.value(QStringLiteral("title"), t.title).toString();
    t.subtitle = s.value(QStringLiteral("subtitle")).toString();
    t.headerLeft = s.value(QStringLiteral("headerLeft")).toStringList();
    t.headerRight = s.value(QStringLiteral("headerRight")).toStringList();
    t.preparedBy = s.value(QStringLiteral("preparedBy")).toString();
    t.reviewedBy = s.value(QStringLiteral("reviewedBy")).toString();
    t.summary = s.value(QStringLiteral("summary"), true).toBool();
    t.gridTable = s.value(QStringLiteral("gridTable"), true).toBool();
    t.gridWork = s.value(QStringLiteral("gridWork"), true).toBool();
    t.charts = s.value(QStringLiteral("charts"), true).toBool();
    t.birthdays = s.value(QStringLiteral("birthdays"), true).toBool();
    t.notableCases = s.value(QStringLiteral("notableCases"), true).toBool();
    t.byArea = s.value(QStringLiteral("byArea"), false).toBool();
    return t;
}

void ReportTemplate::save() const
{
    QSettings s;
    s.beginGroup(kGroup);
    s.setValue(QStringLiteral("title"), title);
    s.setValue(QStringLiteral("subtitle"), subtitle);
    s.setValue(QStringLiteral("headerLeft"), headerLeft);
    s.setValue(QStringLiteral("headerRight"), headerRight);
    s.setValue(QStringLiteral("preparedBy"), preparedBy);
    s.setValue(QStringLiteral("reviewedBy"), reviewedBy);
    s.setValue(QStringLiteral("summary"), summary);
    s.setValue(QStringLiteral("gridTable"), gridTable);
    s.setValue(QStringLiteral("gridWork"), gridWork);
    s.setValue(QStringLiteral("charts"), charts);
    s.setValue(QStringLiteral("birthdays"), birthdays);
    s.setValue(QStringLiteral("notableCases"), notableCases);
    s.setValue(QStringLiteral("byArea"), byArea);
}

QString ReportTemplate::titleFor(const QString &community, const QString &month) const
{
    QString t = title.trimmed().isEmpty() ? defaults().title : title;
    // A clerk's own title need not use both placeholders.
    if (t.contains(QLatin1String("%1")))
        t.replace(QLatin1String("%1"), community);
    if (t.contains(QLatin1String("%2")))
        t.replace(QLatin1String("%2"), month);
    return t.simplified();
}
