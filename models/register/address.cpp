#include "address.h"

#include <QCoreApplication>
#include <QStringList>

QString Address::format(const QString &compound, const QString &building, const QString &unit, const QString &room)
{
    QStringList parts;
    if (!compound.isEmpty())
        parts << compound;
    if (!building.isEmpty())
        parts << building;
    if (!unit.isEmpty())
        parts << QCoreApplication::translate("Address", "Unit %1").arg(unit);
    if (!room.isEmpty())
        parts << room;
    return parts.join(QLatin1Char(' '));
}
