#include "carelevels.h"

QStringList CareLevels::codes()
{
    return {QStringLiteral("normal"), QStringLiteral("focus"), QStringLiteral("severe")};
}

QString CareLevels::name(const QString &code)
{
    if (code == QLatin1String("normal"))
        return tr("Normal");
    if (code == QLatin1String("focus"))
        return tr("Focus");
    if (code == QLatin1String("severe"))
        return tr("Severe");
    return code;
}

int CareLevels::rank(const QString &code)
{
    return int(codes().indexOf(code)) + 1;
}
