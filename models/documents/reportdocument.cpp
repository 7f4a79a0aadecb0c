#include "reportdocument.h"

#include "tabledocument.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>

struct ReportDocument::Metrics
{
    qreal dpi = 72;
    qreal width = 0;
    qreal footerTop = 0; // y where the footer starts; blocks end above it
    QFont title, subtitle, heading, body, bold, figure, figureLabel, footer;
    QPaintDevice *device = nullptr;
    // Row heights of each table, measured once for the layout and again used for painting.
    mutable QHash<const void *, QList<qreal>> rowHeights;

    qreal mm(qreal v) const { return v * dpi / 25.4; }
    qreal gap() const { return mm(3); }
};

struct ReportDocument::Piece
{
    int block = 0;
    int page = 0;
    qreal y = 0;
    qreal height = 0;
    int firstRow = 0; // tables: the rows on this page
    int rowCount = 0;
};

namespace {

constexpr int kWrap = Qt::TextWordWrap | Qt::TextWrapAnywhere;

qreal textHeight(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    const QFontMetricsF fm(font, device);
    return fm.boundingRect(QRectF(0, 0, width, 1e6), kWrap, text).height();
}

QList<qreal> columnWidths(const QList<ReportDocument::Column> &columns, qreal total)
{
    qreal sum = 0;
    for (const auto &c : columns)
        sum += c.width;
    QList<qreal> widths;
    for (const auto &c : columns)
        widths << (sum > 0 ? total * c.width / sum : 0);
    return widths;
}

} // namespace

void ReportDocument::addTitle(const QString &title, const QString &subtitle)
{
    Block b;
    b.kind = Kind::Title;
    b.texts = {title, subtitle};
    m_blocks << b;
}

void ReportDocument::addHeaderLines(const QStringList &left, const QStringList &right)
{
    Block b;
    b.kind = Kind::HeaderLines;
    b.texts = left;
    b.others = right;
    m_blocks << b;
}

void ReportDocument::addHeading(const QString &text)
{
    Block b;
    b.kind = Kind::Heading;
    b.texts = {text};
    m_blocks << b;
}

void ReportDocument::addParagraph(const QString &text)
{
    Block b;
    b.kind = Kind::Paragraph;
    b.texts = {text};
    m_blocks << b;
}

void ReportDocument::addFigures(const QList<QPair<QString, QString>> &figures, int perRow)
{
    Block b;
    b.kind = Kind::Figures;
    b.figures = figures;
    b.perRow = qMax(1, perRow);
    m_blocks << b;
}

void ReportDocument::addTable(const QList<Column> &columns, const QList<TableRow> &rows)
{
    Block b;
    b.kind = Kind::Table;
    b.columns = columns;
    b.rows = rows;
    m_blocks << b;
}

void ReportDocument::addGraphic(qreal heightMm, GraphicPainter paint)
{
    Block b;
    b.kind = Kind::Graphic;
    b.heightMm = heightMm;
    b.paint = std::move(paint);
    m_blocks << b;
}

void ReportDocument::addPageBreak()
{
    Block b;
    b.kind = Kind::PageBreak;
    m_blocks << b;
}

QStringList ReportDocument::text() const
{
    QStringList out;
    for (const Block &b : m_blocks) {
        for (const QString &t : b.texts + b.others)
            if (!t.isEmpty())
                out << t;
        for (const auto &f : b.figures)
            out << f.first + QLatin1Char(' ') + f.second;
        if (b.kind == Kind::Table) {
            QStringList headers;
            for (const Column &c : b.columns)
                headers << c.header;
            out << headers.join(QLatin1Char(' '));
            for (const TableRow &r : b.rows)
                out << r.cells.join(QLatin1Char(' '));
        }
    }
    return out;
}

QList<qreal> ReportDocument::rowHeights(const Metrics &m, const Block &block) const
{
    const auto cached = m.rowHeights.constFind(&block);
    if (cached != m.rowHeights.constEnd())
        return *cached;
    const QList<qreal> widths = columnWidths(block.columns, m.width);
    const qreal pad = m.mm(1.2);
    QList<qreal> heights;
    for (const TableRow &row : block.rows) {
        qreal h = 0;
        for (int c = 0; c < widths.size(); ++c)
            h = qMax(h, textHeight(row.bold ? m.bold : m.body, m.device, widths.at(c) - 2 * pad, row.cells.value(c)));
        heights << h + 2 * m.mm(1.0);
    }
    m.rowHeights.insert(&block, heights);
    return heights;
}

qreal ReportDocument::headerHeight(const Metrics &m, const Block &block) const
{
    const QList<qreal> widths = columnWidths(block.columns, m.width);
    qreal h = 0;
    for (int c = 0; c < widths.size(); ++c)
        h = qMax(h, textHeight(m.bold, m.device, widths.at(c) - 2 * m.mm(1.2), block.columns.at(c).header));
    return h + 2 * m.mm(1.2);
}

qreal ReportDocument::blockHeight(const Metrics &m, const Block &b) const
{
    switch (b.kind) {
    case Kind::Title:
        return textHeight(m.title, m.device, m.width, b.texts.value(0)) +
               (b.texts.value(1).isEmpty() ? 0 : m.mm(2) + textHeight(m.subtitle, m.device, m.width, b.texts.value(1)));
    case Kind::HeaderLines: {
        const qreal line = QFontMetricsF(m.body, m.device).lineSpacing() * 1.4;
        return line * qMax(b.texts.size(), b.others.size());
    }
    case Kind::Heading:
        return textHeight(m.heading, m.device, m.width, b.texts.value(0)) + m.mm(1.5);
    case Kind::Paragraph:
        return textHeight(m.body, m.device, m.width, b.texts.value(0));
    case Kind::Figures: {
        const int rows = (int(b.figures.size()) + b.perRow - 1) / b.perRow;
        return rows * m.mm(16) + qMax(0, rows - 1) * m.mm(2);
    }
    case Kind::Graphic:
        return m.mm(b.heightMm);
    case Kind::Table:
    case Kind::PageBreak:
        return 0;
    }
    return 0;
}

QList<ReportDocument::Piece> ReportDocument::layout(const Metrics &m) const
{
    QList<Piece> pieces;
    int page = 0;
    qreal y = 0;
    const qreal bottom = m.footerTop - m.mm(2);
    auto newPage = [&] {
        ++page;
        y = 0;
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks.at(i);
        if (b.kind == Kind::PageBreak) {
            if (y > 0)
                newPage();
            continue;
        }
        if (b.kind == Kind::Table) {
            const qreal header = headerHeight(m, b);
            const QList<qreal> heights = rowHeights(m, b);
            int row = 0;
            do {
                // At least the header and one row on this page, or start the table on the next.
                if (y > 0 && y + header + heights.value(row, 0) > bottom)
                    newPage();
                Piece p{i, page, y, header, row, 0};
                while (row < heights.size() && (p.rowCount == 0 || y + p.height + heights.at(row) <= bottom)) {
                    p.height += heights.at(row);
                    ++p.rowCount;
                    ++row;
                }
                pieces << p;
                y += p.height + m.gap();
                if (row < heights.size())
                    newPage();
            } while (row < heights.size());
            continue;
        }
        qreal h = blockHeight(m, b);
        // A heading is kept with the start of what follows it.
        qreal keep = h;
        if (b.kind == Kind::Heading && i + 1 < m_blocks.size()) {
            const Block &next = m_blocks.at(i + 1);
            keep += next.kind == Kind::Table ? headerHeight(m, next) + rowHeights(m, next).value(0, 0)
                                             : blockHeight(m, next);
        }
        if (y > 0 && y + qMin(keep, bottom) > bottom)
            newPage();
        pieces << Piece{i, page, y, h, 0, 0};
        y += h + (b.kind == Kind::Heading ? m.mm(1) : m.gap());
    }
    return pieces;
}

void ReportDocument::paintPiece(QPainter &painter, const Metrics &m, const Piece &piece) const
{
    const Block &b = m_blocks.at(piece.block);
    const QRectF rect(0, piece.y, m.width, piece.height);
    painter.setPen(Qt::black);
    switch (b.kind) {
    case Kind::Title: {
        painter.setFont(m.title);
        const qreal h = textHeight(m.title, m.device, m.width, b.texts.value(0));
        painter.drawText(QRectF(0, piece.y, m.width, h), Qt::AlignHCenter | kWrap, b.texts.value(0));
        painter.setFont(m.subtitle);
        painter.drawText(QRectF(0, piece.y + h + m.mm(2), m.width, piece.height - h), Qt::AlignHCenter | kWrap,
                         b.texts.value(1));
        break;
    }
    case Kind::HeaderLines: {
        painter.setFont(m.body);
        const qreal line = QFontMetricsF(m.body, m.device).lineSpacing() * 1.4;
        for (int i = 0; i < b.texts.size(); ++i)
            painter.drawText(QRectF(0, piece.y + i * line, m.width / 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                             b.texts.at(i));
        for (int i = 0; i < b.others.size(); ++i)
            painter.drawText(QRectF(m.width / 2, piece.y + i * line, m.width / 2, line),
                             Qt::AlignRight | Qt::AlignVCenter, b.others.at(i));
        break;
    }
    case Kind::Heading:
        painter.setFont(m.heading);
        painter.drawText(rect, Qt::AlignLeft | kWrap, b.texts.value(0));
        painter.setPen(QPen(QColor(0x2f, 0x55, 0x97), m.mm(0.4)));
        painter.drawLine(QPointF(0, rect.bottom() - m.mm(0.5)), QPointF(m.width, rect.bottom() - m.mm(0.5)));
        break;
    case Kind::Paragraph:
        painter.setFont(m.body);
        painter.drawText(rect, Qt::AlignLeft | kWrap, b.texts.value(0));
        break;
    case Kind::Figures: {
        const qreal gap = m.mm(2);
        const qreal w = (m.width - (b.perRow - 1) * gap) / b.perRow;
        for (int i = 0; i < b.figures.size(); ++i) {
            const QRectF box((i % b.perRow) * (w + gap), piece.y + (i / b.perRow) * (m.mm(16) + gap), w, m.mm(16));
            painter.setPen(QPen(QColor(0xb8, 0xc4, 0xd6), m.mm(0.3)));
            painter.setBrush(QColor(0xf3, 0xf6, 0xfa));
            painter.drawRect(box);
            painter.setPen(Qt::black);
            painter.setFont(m.figure);
            painter.drawText(box.adjusted(0, m.mm(1.5), 0, -box.height() / 2 + m.mm(1)), Qt::AlignCenter,
                             b.figures.at(i).second);
            painter.setFont(m.figureLabel);
            painter.drawText(box.adjusted(m.mm(1), box.height() / 2, -m.mm(1), -m.mm(1)), Qt::AlignCenter | kWrap,
                             b.figures.at(i).first);
        }
        painter.setBrush(Qt::NoBrush);
        break;
    }
    case Kind::Table: {
        const QList<qreal> widths = columnWidths(b.columns, m.width);
        const QList<qreal> heights = rowHeights(m, b);
        const qreal pad = m.mm(1.2);
        const QPen grid(QColor(0x80, 0x80, 0x80), m.mm(0.2));
        qreal y = piece.y;
        const qreal header = headerHeight(m, b);
        auto drawRow = [&](const QStringList &cells, qreal h, const QFont &font, bool head) {
            qreal x = 0;
            for (int c = 0; c < widths.size(); ++c) {
                const QRectF cell(x, y, widths.at(c), h);
                if (head)
                    painter.fillRect(cell, QColor(0xe4, 0xea, 0xf3));
                painter.setPen(grid);
                painter.drawRect(cell);
                painter.setPen(Qt::black);
                painter.setFont(font);
                const Qt::Alignment align = head ? Qt::AlignCenter : b.columns.at(c).alignment;
                painter.drawText(cell.adjusted(pad, 0, -pad, 0), int(align) | kWrap, cells.value(c));
                x += widths.at(c);
            }
            y += h;
        };
        QStringList headers;
        for (const Column &c : b.columns)
            headers << c.header;
        drawRow(headers, header, m.bold, true);
        for (int r = piece.firstRow; r < piece.firstRow + piece.rowCount; ++r)
            drawRow(b.rows.at(r).cells, heights.at(r), b.rows.at(r).bold ? m.bold : m.body, false);
        break;
    }
    case Kind::Graphic:
        if (b.paint) {
            painter.save();
            b.paint(painter, rect);
            painter.restore();
        }
        break;
    case Kind::PageBreak:
        break;
    }
}

int ReportDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return 0;
    Metrics m;
    m.device = device;
    m.dpi = device->logicalDpiY();
    m.width = device->width();
    m.title = TableDocument::font(17, true);
    m.subtitle = TableDocument::font(11, false);
    m.heading = TableDocument::font(12, true);
    m.body = TableDocument::font(9.5, false);
    m.bold = TableDocument::font(9.5, true);
    m.figure = TableDocument::font(15, true);
    m.figureLabel = TableDocument::font(8.5, false);
    m.footer = TableDocument::font(8, false);
    const qreal footerHeight = QFontMetricsF(m.footer, device).lineSpacing() + m.mm(2);
    m.footerTop = device->height() - footerHeight;

    const QList<Piece> pieces = layout(m);
    const int pages = pieces.isEmpty() ? 1 : pieces.constLast().page + 1;
    int current = -1;
    auto footer = [&](int index) {
        painter.setFont(m.footer);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF r(0, m.footerTop + m.mm(2), m.width, footerHeight - m.mm(2));
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
        painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(index + 1).arg(pages));
    };
    for (const Piece &p : pieces) {
        while (current < p.page) {
            if (current >= 0) {
                footer(current);
                device->newPage();
            }
            ++current;
        }
        paintPiece(painter, m, p);
    }
    footer(qMax(current, 0));
    painter.end();
    return pages;
}
