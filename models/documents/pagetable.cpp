#include "pagetable.h"

#include "printfont.h"
#include "textfit.h"

#include <QPaintDevice>
#include <QPainter>

namespace {

qreal textHeight(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    return TextFit(font, device, width, text).height(text);
}

void drawCellText(QPainter &painter, const QRectF &rect, int alignment, const QFont &font, const QString &text)
{
    const TextFit fit(font, painter.device(), rect.width(), text);
    QString shown = text;
    const bool cut = fit.height(text) > rect.height() + 0.5;
    if (cut) {
        // Whole lines go, so that no name is half printed; "…" says something is missing.
        const QString more = QStringLiteral("\n…");
        QStringList lines = text.split(QLatin1Char('\n'));
        while (lines.size() > 1 && fit.height(lines.join(QLatin1Char('\n')) + more) > rect.height() + 0.5)
            lines.removeLast();
        shown = lines.join(QLatin1Char('\n')) + more;
        painter.save();
        painter.setClipRect(rect);
    }
    painter.setFont(fit.font());
    painter.drawText(rect, alignment | fit.flags(), shown);
    if (cut)
        painter.restore();
}

} // namespace

qreal PageTable::Metrics::height(int firstRow, int rowCount) const
{
    qreal h = headerHeight;
    for (int r = firstRow; r < firstRow + rowCount && r < rows.size(); ++r)
        h += rows.at(r);
    return h;
}

PageTable::PageTable(QList<Column> columns, QList<Row> rows, Style style)
    : m_columns(std::move(columns))
    , m_rows(std::move(rows))
    , m_style(std::move(style))
{}

PageTable::Metrics PageTable::measure(QPaintDevice *device, qreal width, qreal scale) const
{
    const qreal mm = device->logicalDpiY() / 25.4;
    Metrics m;
    m.scale = scale;
    m.padX = 1.2 * mm * scale;
    m.padY = 0.8 * mm * scale;
    m.header = PrintFont::font(m_style.points * scale, true);
    m.body = PrintFont::font(m_style.points * scale, false);
    m.bold = PrintFont::font(m_style.points * scale, true);

    qreal total = 0;
    for (const Column &c : m_columns)
        total += qMax<qreal>(c.width, 0.01);
    qreal x = 0;
    for (const Column &c : m_columns) {
        const qreal w = width * qMax<qreal>(c.width, 0.01) / qMax<qreal>(total, 0.01);
        m.x << x;
        m.widths << w;
        x += w;
    }

    m.headerHeight = 7 * mm * scale;
    for (int c = 0; c < m_columns.size(); ++c)
        m.headerHeight =
            qMax(m.headerHeight,
                 textHeight(m.header, device, m.widths.at(c) - 2 * m.padX, m_columns.at(c).header) + 2 * m.padY);
    const qreal minRow = m_style.minRowMm * mm;
    if (m_rows.isEmpty() && !m_style.emptyText.isEmpty())
        m.rows << qMax(minRow, textHeight(m.body, device, width - 2 * m.padX, m_style.emptyText) + 2 * m.padY);
    for (const Row &row : m_rows) {
        qreal h = minRow;
        for (int c = 0; c < row.cells.size() && c < m_columns.size(); ++c) {
            const QFont &font = row.bold || m_columns.at(c).bold ? m.bold : m.body;
            h = qMax(h, textHeight(font, device, m.widths.at(c) - 2 * m.padX, row.cells.at(c)) + 2 * m.padY);
        }
        m.rows << h;
    }
    return m;
}

PageTable::Metrics PageTable::fit(QPaintDevice *device, qreal width, qreal height) const
{
    Metrics m;
    for (int step = 0; step <= 10; ++step) {
        m = measure(device, width, 1.0 - 0.05 * step);
        if (m.height(0, int(m.rows.size())) <= height)
            break;
    }
    const qreal used = m.height(0, int(m.rows.size()));
    const qreal body = used - m.headerHeight;
    if (used < height && body > 0) {
        // Rows stretched to fill the page make a sheet easy to write on.
        const qreal stretch = qMin<qreal>(2.0, (height - m.headerHeight) / body);
        for (qreal &h : m.rows)
            h *= stretch;
    } else if (used > height) {
        qreal y = m.headerHeight;
        for (int r = 0; r < m.rows.size(); ++r) {
            const qreal h = qMin(m.rows.at(r), height - y);
            if (h <= 0) {
                m.rows.resize(r);
                break;
            }
            m.rows[r] = h;
            y += h;
        }
    }
    return m;
}

void PageTable::paint(QPainter &painter, const Metrics &m, qreal y, int firstRow, int rowCount) const
{
    const qreal mm = painter.device()->logicalDpiY() / 25.4;
    const QPen grid(QColor(0x33, 0x33, 0x33), 0.2 * mm);
    painter.save();
    for (int c = 0; c < m_columns.size(); ++c) {
        const QRectF cell(m.x.at(c), y, m.widths.at(c), m.headerHeight);
        painter.fillRect(cell, QColor(0xe4, 0xe8, 0xee));
        painter.setPen(grid);
        painter.drawRect(cell);
        painter.setPen(Qt::black);
        drawCellText(painter, cell.adjusted(m.padX, m.padY, -m.padX, -m.padY), Qt::AlignCenter, m.header,
                     m_columns.at(c).header);
    }
    y += m.headerHeight;

    if (m_rows.isEmpty() && !m.rows.isEmpty()) {
        const QRectF cell(0, y, m.x.value(m_columns.size() - 1) + m.widths.value(m_columns.size() - 1), m.rows.at(0));
        painter.setPen(grid);
        painter.drawRect(cell);
        painter.setPen(Qt::black);
        drawCellText(painter, cell.adjusted(m.padX, m.padY, -m.padX, -m.padY), Qt::AlignCenter, m.body,
                     m_style.emptyText);
    }
    for (int r = firstRow; r < firstRow + rowCount && r < m_rows.size() && r < m.rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        const qreal h = m.rows.at(r);
        for (int c = 0; c < m_columns.size(); ++c) {
            const QRectF cell(m.x.at(c), y, m.widths.at(c), h);
            if (row.shaded)
                painter.fillRect(cell, QColor(0xf0, 0xf0, 0xf0));
            if (row.marked.contains(c))
                painter.fillRect(cell, QColor(0xfd, 0xf0, 0xe0));
            painter.setPen(grid);
            painter.drawRect(cell);
            const QString text = row.cells.value(c);
            if (text.isEmpty())
                continue;
            painter.setPen(Qt::black);
            drawCellText(painter, cell.adjusted(m.padX, m.padY, -m.padX, -m.padY), int(m_columns.at(c).alignment),
                         row.bold || m_columns.at(c).bold ? m.bold : m.body, text);
        }
        y += h;
    }
    painter.restore();
}

QStringList PageTable::text() const
{
    QStringList headers;
    for (const Column &c : m_columns)
        headers << c.header;
    QStringList out{headers.join(QLatin1Char(' '))};
    if (m_rows.isEmpty() && !m_style.emptyText.isEmpty())
        out << m_style.emptyText;
    for (const Row &r : m_rows)
        out << r.cells.join(QLatin1Char(' '));
    return out;
}
