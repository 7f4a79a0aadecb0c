#pragma once

#include <QColor>
#include <QList>
#include <QString>

// Class breaks and colours for a choropleth of whole-number figures (residents, 60+ …).
// Quantile breaks: each class holds about the same number of grids; classes that would repeat
// a break are merged, so a flat distribution gives fewer classes rather than empty ones.
class GridChoropleth final
{
public:
    GridChoropleth() = default;
    GridChoropleth(const QList<int> &values, int classes);

    int classCount() const { return int(m_upper.size()); }
    // Inclusive upper bound of each class, ascending; the last is the maximum.
    QList<int> upperBounds() const { return m_upper; }
    int lowerBound(int cls) const;
    // -1 for an empty scale.
    int classOf(int value) const;
    QColor color(int cls) const;
    QColor colorFor(int value) const { return color(classOf(value)); }
    // "120–245"
    QString label(int cls) const;

private:
    QList<int> m_upper;
    int m_min = 0;
};
