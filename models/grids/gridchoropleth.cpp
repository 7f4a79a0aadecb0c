#include "gridchoropleth.h"

#include <algorithm>
#include <cmath>

GridChoropleth::GridChoropleth(const QList<int> &values, int classes)
{
    if (values.isEmpty() || classes < 1)
        return;
    QList<int> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    m_min = sorted.constFirst();
    const qsizetype n = sorted.size();
    for (int i = 1; i <= classes; ++i) {
        const qsizetype index = qsizetype(std::ceil(double(i) * double(n) / classes)) - 1;
        const int bound = sorted.at(qBound<qsizetype>(0, index, n - 1));
        if (m_upper.isEmpty() || bound > m_upper.constLast())
            m_upper << bound;
    }
}

int GridChoropleth::lowerBound(int cls) const
{
    if (cls <= 0)
        return m_min;
    return m_upper.at(cls - 1) + 1;
}

int GridChoropleth::classOf(int value) const
{
    if (m_upper.isEmpty())
        return -1;
    for (int i = 0; i < m_upper.size(); ++i)
        if (value <= m_upper.at(i))
            return i;
    return int(m_upper.size()) - 1;
}

QColor GridChoropleth::color(int cls) const
{
    // ColorBrewer YlOrRd, sampled evenly over the classes in use.
    static const QList<QColor> ramp = {QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xd9, 0x76), QColor(0xfe, 0xb2, 0x4c),
                                       QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20), QColor(0xbd, 0x00, 0x26)};
    if (cls < 0 || m_upper.isEmpty())
        return QColor(0xdd, 0xdd, 0xdd);
    if (m_upper.size() == 1)
        return ramp.at(3);
    const double t = double(cls) / double(m_upper.size() - 1);
    return ramp.at(int(std::lround(t * double(ramp.size() - 1))));
}

QString GridChoropleth::label(int cls) const
{
    const int lo = lowerBound(cls);
    const int hi = m_upper.at(cls);
    return lo == hi ? QString::number(hi) : QStringLiteral("%1–%2").arg(lo).arg(hi);
}
