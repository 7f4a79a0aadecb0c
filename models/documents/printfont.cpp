#include "printfont.h"

#include <QFontDatabase>
#include <QStringList>

QString PrintFont::family()
{
    static const QStringList preferred = {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                                          QStringLiteral("SimSun"), QStringLiteral("Noto Sans CJK SC"),
                                          QStringLiteral("Source Han Sans SC")};
    const QStringList families = QFontDatabase::families();
    for (const QString &family : preferred)
        if (families.contains(family, Qt::CaseInsensitive))
            return family;
    return {};
}

QFont PrintFont::font(qreal points, bool bold)
{
    QFont f;
    const QString name = family();
    if (!name.isEmpty())
        f.setFamilies({name});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}
