#include "reportchart.h"

#include "printfont.h"

#include <cmath>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

ReportChart::ReportChart(Type type, QString title)
    : m_type(type)
    , m_title(std::move(title))
{}

void ReportChart::addSeries(const QString &name, const QColor &color, const QList<double> &values)
{
    m_series << Series{name, color, values};
}

QColor ReportChart::color(int index)
{
    static const QList<QColor> palette = {QColor(0x2f, 0x6f, 0xb5), QColor(0x3a, 0xa6, 0x6b), QColor(0xe0, 0x8a, 0x2c),
                                          QColor(0xc0, 0x39, 0x2b), QColor(0x8e, 0x5c, 0xb5), QColor(0x4a, 0xa8, 0xc0)};
    return palette.at(index % palette.size());
}

double ReportChart::maximum() const
{
    double top = 0;
    for (const Series &s : m_series)
        for (double v : s.values)
            top = qMax(top, v);
    return top;
}

namespace {

// A round axis top and step (1, 2 or 5 times a power of ten) with about four grid lines.
double niceStep(double top)
{
    if (top <= 0)
        return 1;
    const double raw = top / 4;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double f : {1.0, 2.0, 5.0, 10.0})
        if (f * power >= raw)
            return qMax(1.0, f * power);
    return qMax(1.0, 10 * power);
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v))) : QString::number(v, 'f', 1);
}

} // namespace

void ReportChart::paint(QPainter &painter, const QRectF &rect) const
{
    const qreal unit = rect.height() / 100; // sizes relative to the block, so any device works
    QFont font = PrintFont::font(10);
    font.setPixelSize(qMax(1, int(unit * 4.2)));
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPixelSize(qMax(1, int(unit * 5)));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    const QFontMetricsF tm(titleFont, painter.device());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), tm.height()), Qt::AlignHCenter, m_title);

    // Legend under the title.
    painter.setFont(font);
    const QFontMetricsF fm(font, painter.device());
    qreal legendWidth = 0;
    for (const Series &s : m_series)
        legendWidth += fm.height() * 1.6 + fm.horizontalAdvance(s.name);
    qreal lx = rect.center().x() - legendWidth / 2;
    const qreal ly = rect.top() + tm.height() + unit;
    for (const Series &s : m_series) {
        painter.fillRect(QRectF(lx, ly + fm.height() * 0.2, fm.height() * 0.6, fm.height() * 0.6), s.color);
        painter.drawText(QPointF(lx + fm.height() * 0.8, ly + fm.ascent()), s.name);
        lx += fm.height() * 1.6 + fm.horizontalAdvance(s.name);
    }

    const double step = niceStep(maximum());
    // A little headroom, so the value over the tallest bar stays inside the plot.
    const double top = std::ceil(qMax(maximum() * 1.08, 1.0) / step) * step;
    const qreal axisWidth = fm.horizontalAdvance(number(top)) + unit * 2;
    // Category labels may need up to three lines; leave room for them under the plot.
    const QRectF plot(rect.left() + axisWidth, ly + fm.height() * 1.8, rect.width() - axisWidth - unit,
                      rect.bottom() - ly - fm.height() * 1.8 - fm.height() * 3.4);
    painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0));
    for (double v = 0; v <= top + 1e-9; v += step) {
        const qreal y = plot.bottom() - plot.height() * v / top;
        painter.setPen(QPen(QColor(0xd8, 0xd8, 0xd8), 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axisWidth - unit, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, number(v));
    }
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const int n = int(m_categories.size());
    if (n == 0) {
        painter.restore();
        return;
    }
    const qreal slot = plot.width() / n;
    painter.setPen(Qt::black);
    QFont labelFont = font;
    if (n > 12) // narrow slots: a smaller label wraps into fewer lines
        labelFont.setPixelSize(qMax(1, int(font.pixelSize() * 0.8)));
    painter.setFont(labelFont);
    for (int i = 0; i < n; ++i)
        painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + unit, slot, fm.height() * 3.3),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, m_categories.at(i));

    painter.setFont(font);
    const int seriesCount = int(m_series.size());
    if (m_type == Type::Bars) {
        const qreal groupWidth = slot * 0.75;
        const qreal barWidth = groupWidth / qMax(1, seriesCount);
        for (int s = 0; s < seriesCount; ++s) {
            const Series &series = m_series.at(s);
            for (int i = 0; i < n; ++i) {
                const double v = series.values.value(i);
                const qreal h = plot.height() * v / top;
                const QRectF bar(plot.left() + i * slot + (slot - groupWidth) / 2 + s * barWidth, plot.bottom() - h,
                                 barWidth * 0.92, h);
                painter.fillRect(bar, series.color);
                if (v > 0 && barWidth > fm.horizontalAdvance(number(v)) * 0.6) {
                    painter.setPen(QColor(0x22, 0x22, 0x22));
                    painter.drawText(QRectF(bar.left() - barWidth, bar.top() - fm.height(), barWidth * 3, fm.height()),
                                     Qt::AlignHCenter | Qt::AlignBottom, number(v));
                }
            }
        }
    } else {
        for (const Series &series : m_series) {
            QPainterPath path;
            for (int i = 0; i < n; ++i) {
                const QPointF p(plot.left() + i * slot + slot / 2,
                                plot.bottom() - plot.height() * series.values.value(i) / top);
                i == 0 ? path.moveTo(p) : path.lineTo(p);
            }
            painter.setPen(QPen(series.color, unit * 0.7));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setBrush(series.color);
            for (int i = 0; i < n; ++i)
                painter.drawEllipse(QPointF(plot.left() + i * slot + slot / 2,
                                            plot.bottom() - plot.height() * series.values.value(i) / top),
                                    unit * 1.1, unit * 1.1);
        }
    }
    painter.restore();
}
