#include "tabledocument.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

struct TableDocument::Metrics
{
    qreal dpi = 72;
    qreal width = 0;
    qreal height = 0;
    QFont title, subtitle, info, header, body, bold, footer;
    QList<qreal> x;      // left edge of each column
    QList<qreal> widths; // of each column
    qreal padX = 0;
    qreal padY = 0;
    qreal minRow = 0;
    qreal top = 0;                  // height of title, subtitle and information line
    qreal headerRow = 0;            // height of the column header row
    qreal footerTop = 0;            // y where the footer starts
    QList<QList<qreal>> rowHeights; // per section, per row

    qreal mm(qreal v) const { return v * dpi / 25.4; }
};

namespace {

// How a cell's text is set: wrapped at spaces and between Chinese characters; a word wider
// than the cell (a phone number, an English word in a narrow column) first gets a smaller font,
// down to three quarters, and only then breaks inside, so that nothing is ever cut off.
struct Fit
{
    QFont font;
    int wrap = Qt::TextWordWrap;
};

Fit fit(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    Fit f{font, Qt::TextWordWrap};
    for (int step = 0; step <= 5; ++step) {
        f.font.setPointSizeF(font.pointSizeF() * (1.0 - 0.05 * step));
        const QFontMetricsF fm(f.font, device);
        bool fits = true;
        for (const QString &word : words)
            fits = fits && fm.horizontalAdvance(word) <= width;
        if (fits)
            return f;
    }
    f.wrap = Qt::TextWrapAnywhere;
    return f;
}

qreal textHeight(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    if (text.isEmpty())
        return QFontMetricsF(font, device).height();
    const Fit f = fit(font, device, width, text);
    return QFontMetricsF(f.font, device).boundingRect(QRectF(0, 0, qMax<qreal>(width, 1), 1e9), f.wrap, text).height();
}

void drawCellText(QPainter &painter, const QRectF &rect, int alignment, const QFont &font, const QString &text)
{
    const Fit f = fit(font, painter.device(), rect.width(), text);
    painter.setFont(f.font);
    painter.drawText(rect, alignment | f.wrap, text);
}

} // namespace

void TableDocument::setSignatureColumn(const QString &header, qreal width)
{
    m_signatureHeader = header;
    m_signatureWidth = width;
}

QList<TableDocument::Column> TableDocument::allColumns() const
{
    QList<Column> columns = m_columns;
    if (m_signatureWidth > 0)
        columns.append({m_signatureHeader, m_signatureWidth, Qt::AlignCenter});
    return columns;
}

QString TableDocument::fontFamily()
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

QFont TableDocument::font(qreal points, bool bold)
{
    QFont f;
    const QString family = fontFamily();
    if (!family.isEmpty())
        f.setFamilies({family});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

void TableDocument::setUpA4(QPagedPaintDevice *device, QPageLayout::Orientation orientation)
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
}

QList<TableDocument::Page> TableDocument::paginate(const Metrics &m) const
{
    QList<Page> pages;
    const qreal available = m.footerTop - m.top - m.headerRow;
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<qreal> &heights = m.rowHeights.at(s);
        QList<Page> sectionPages;
        Page page;
        page.section = s;
        qreal used = 0;
        for (int r = 0; r < heights.size(); ++r) {
            if (page.rowCount > 0 && used + heights.at(r) > available) {
                sectionPages.append(page);
                page.firstRow = r;
                page.rowCount = 0;
                used = 0;
            }
            used += heights.at(r);
            ++page.rowCount;
        }
        sectionPages.append(page); // an empty section still gets its page
        for (int i = 0; i < sectionPages.size(); ++i) {
            sectionPages[i].number = i + 1;
            sectionPages[i].count = int(sectionPages.size());
        }
        pages += sectionPages;
    }
    return pages;
}

void TableDocument::paintPage(QPainter &painter, const Metrics &m, const Page &page) const
{
    const Section &section = m_sections.at(page.section);
    const QList<Column> columns = allColumns();
    qreal y = 0;

    painter.setPen(Qt::black);
    painter.setFont(m.title);
    const qreal titleH = QFontMetricsF(m.title, painter.device()).height();
    painter.drawText(QRectF(0, y, m.width, titleH), Qt::AlignCenter, m_title);
    y += titleH + m.mm(1.5);

    QStringList subtitle;
    if (!m_subtitle.isEmpty())
        subtitle << m_subtitle;
    if (!section.heading.isEmpty())
        subtitle << section.heading;
    painter.setFont(m.subtitle);
    const qreal subH = QFontMetricsF(m.subtitle, painter.device()).height();
    painter.drawText(QRectF(0, y, m.width, subH), Qt::AlignCenter, subtitle.join(QStringLiteral("  ·  ")));
    y += subH + m.mm(3);

    painter.setFont(m.info);
    const qreal infoH = QFontMetricsF(m.info, painter.device()).height();
    painter.drawText(QRectF(0, y, m.width, infoH), Qt::AlignLeft | Qt::AlignVCenter, m_info);
    painter.drawText(QRectF(0, y, m.width, infoH), Qt::AlignRight | Qt::AlignVCenter, section.summary);
    y = m.top;

    const QPen grid(Qt::black, m.mm(0.2));
    // Column headers.
    for (int c = 0; c < columns.size(); ++c) {
        const QRectF cell(m.x.at(c), y, m.widths.at(c), m.headerRow);
        painter.fillRect(cell, QColor(0xe4, 0xe4, 0xe4));
        painter.setPen(grid);
        painter.drawRect(cell);
        drawCellText(painter, cell.adjusted(m.padX, m.padY, -m.padX, -m.padY), Qt::AlignCenter, m.header,
                     columns.at(c).header);
    }
    y += m.headerRow;

    // Rows.
    if (section.rows.isEmpty()) {
        painter.setFont(m.body);
        const QRectF cell(0, y, m.width, m.minRow);
        painter.drawRect(cell);
        painter.drawText(cell, Qt::AlignCenter, tr("Nobody is on this list."));
    }
    for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
        const Row &row = section.rows.at(r);
        const qreal h = m.rowHeights.at(page.section).at(r);
        for (int c = 0; c < columns.size(); ++c) {
            const QRectF cell(m.x.at(c), y, m.widths.at(c), h);
            if (row.shaded)
                painter.fillRect(cell, QColor(0xf0, 0xf0, 0xf0));
            painter.setPen(grid);
            painter.drawRect(cell);
            const QString text = c < row.cells.size() ? row.cells.at(c) : QString();
            if (text.isEmpty())
                continue;
            drawCellText(painter, cell.adjusted(m.padX, m.padY, -m.padX, -m.padY), int(columns.at(c).alignment),
                         row.bold ? m.bold : m.body, text);
        }
        y += h;
    }

    // Footer.
    painter.setFont(m.footer);
    const qreal footH = QFontMetricsF(m.footer, painter.device()).height();
    const QRectF footer(0, m.height - footH, m.width, footH);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    painter.drawText(footer, Qt::AlignCenter, tr("Page %1 of %2").arg(page.number).arg(page.count));
}

int TableDocument::print(QPagedPaintDevice *device) const
{
    if (!device)
        return 0;
    if (m_sections.isEmpty()) {
        TableDocument withPage = *this;
        withPage.m_sections.append(Section());
        return withPage.print(device);
    }
    QPainter painter;
    if (!painter.begin(device))
        return 0;

    Metrics m;
    m.dpi = device->logicalDpiY();
    m.width = device->width();
    m.height = device->height();
    m.title = font(16, true);
    m.subtitle = font(11, false);
    m.info = font(9.5, false);
    m.header = font(9.5, true);
    m.body = font(9.5, false);
    m.bold = font(9.5, true);
    m.footer = font(8, false);
    m.padX = m.mm(1.2);
    m.padY = m.mm(0.8);
    m.minRow = m.mm(m_signatureWidth > 0 ? 10 : 6.5);

    const QList<Column> columns = allColumns();
    qreal total = 0;
    for (const Column &c : columns)
        total += qMax<qreal>(c.width, 0.01);
    qreal x = 0;
    for (const Column &c : columns) {
        const qreal w = m.width * qMax<qreal>(c.width, 0.01) / qMax<qreal>(total, 0.01);
        m.x.append(x);
        m.widths.append(w);
        x += w;
    }

    const qreal titleH = QFontMetricsF(m.title, device).height();
    const qreal subH = QFontMetricsF(m.subtitle, device).height();
    const qreal infoH = QFontMetricsF(m.info, device).height();
    m.top = titleH + m.mm(1.5) + subH + m.mm(3) + infoH + m.mm(1.5);
    m.headerRow = m.mm(7);
    for (int c = 0; c < columns.size(); ++c)
        m.headerRow = qMax(
            m.headerRow, textHeight(m.header, device, m.widths.at(c) - 2 * m.padX, columns.at(c).header) + 2 * m.padY);
    m.footerTop = m.height - QFontMetricsF(m.footer, device).height() - m.mm(3);

    for (const Section &s : m_sections) {
        QList<qreal> heights;
        heights.reserve(s.rows.size());
        for (const Row &row : s.rows) {
            qreal h = m.minRow;
            for (int c = 0; c < row.cells.size() && c < columns.size(); ++c)
                h = qMax(h,
                         textHeight(row.bold ? m.bold : m.body, device, m.widths.at(c) - 2 * m.padX, row.cells.at(c)) +
                             2 * m.padY);
            heights.append(h);
        }
        m.rowHeights.append(heights);
    }

    const QList<Page> pages = paginate(m);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        paintPage(painter, m, pages.at(i));
    }
    painter.end();
    return int(pages.size());
}
