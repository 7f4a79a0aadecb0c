#pragma once

#include <QString>

// Where a grid sits in the hierarchy: its area (0: none) and whether it is an ordinary grid or an
// exclusive grid (专属网格) of one unit, such as a school, market or enterprise.
struct GridPlacement
{
    qint64 areaId = 0;
    QString kind = QStringLiteral("regular"); // "regular" or "exclusive"
    QString unitName;                         // the unit of an exclusive grid

    bool isExclusive() const { return kind == QLatin1String("exclusive"); }
    bool operator==(const GridPlacement &o) const
    {
        return areaId == o.areaId && kind == o.kind && unitName == o.unitName;
    }
};
