#include "pageddocument.h"

#include "pdffile.h"
#include "printfont.h"
#include "textfit.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>

struct PagedDocument::Metrics
{
    QPaintDevice *device = nullptr;
    qreal dpi = 72;
    qreal width = 0;
    qreal height = 0;
    qreal footerTop = 0; // y where the footer starts; blocks end 2 mm above it
    QFont title, subtitle, heading, body, note, figure, figureLabel, footer;
    QHash<int, PageTable::Metrics> tables; // by block, measured by the layout for the painting

    qreal mm(qreal v) const { return v * dpi / 25.4; }
    qreal gap() const { return mm(3); }
    qreal bottom() const { return footerTop - mm(2); }
};

struct PagedDocument::Piece
{
    int block = -1; // -1: a block of the running head
    int page = 0;
    qreal y = 0;
    qreal height = 0;
    int first = 0; // tables and paragraphs: the rows or lines on this page
    int count = 0;
};

struct PagedDocument::Page
{
    int head = 0;    // the running head printed at its top
    int section = 0; // pages are numbered within their section
};

namespace {

// Titles, headings and paragraphs keep their font size and wrap as TextFit sets them.
qreal textHeight(const QFont &font, QPaintDevice *device, qreal width, const QString &text)
{
    return TextFit(font, device, width, text, false).height(text);
}

void drawText(QPainter &painter, const QRectF &rect, int alignment, const QFont &font, const QString &text)
{
    const TextFit fit(font, painter.device(), rect.width(), text, false);
    painter.setFont(font);
    painter.drawText(rect, alignment | fit.flags(), text);
}

} // namespace

void PagedDocument::setUpPage(QPagedPaintDevice *device, QPageLayout::Orientation orientation,
                              QPageSize::PageSizeId size)
{
    device->setPageLayout(
        QPageLayout(QPageSize(size), orientation, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
}

void PagedDocument::add(Kind kind, const QStringList &texts, const QStringList &others)
{
    Block b;
    b.kind = kind;
    b.texts = texts;
    b.others = others;
    m_blocks << b;
}

void PagedDocument::addSection(const QString &title, const QString &subtitle, const QStringList &left,
                               const QStringList &right)
{
    QList<Block> head;
    if (!title.isEmpty() || !subtitle.isEmpty()) {
        head << Block();
        head.last().kind = Kind::Title;
        head.last().texts = {title, subtitle};
    }
    if (!left.isEmpty() || !right.isEmpty()) {
        head << Block();
        head.last().kind = Kind::HeaderLines;
        head.last().texts = left;
        head.last().others = right;
    }
    m_heads << head;
    add(Kind::Section, {});
    m_blocks.last().head = int(m_heads.size()) - 1;
}

void PagedDocument::addTitle(const QString &title, const QString &subtitle)
{
    add(Kind::Title, {title, subtitle});
}

void PagedDocument::addHeaderLines(const QStringList &left, const QStringList &right)
{
    add(Kind::HeaderLines, left, right);
}

void PagedDocument::addFields(const QStringList &fields)
{
    add(Kind::Fields, fields);
}

void PagedDocument::addHeading(const QString &text)
{
    add(Kind::Heading, {text});
    m_blocks.last().keepWithNext = true;
}

void PagedDocument::addParagraph(const QString &text)
{
    add(Kind::Paragraph, text.split(QLatin1Char('\n')));
}

void PagedDocument::addLead(const QString &text)
{
    add(Kind::Paragraph, text.split(QLatin1Char('\n')));
    m_blocks.last().keepWithNext = true;
}

void PagedDocument::addNote(const QString &text)
{
    add(Kind::Note, text.split(QLatin1Char('\n')));
}

void PagedDocument::addFigures(const QList<QPair<QString, QString>> &figures, int perRow)
{
    add(Kind::Figures, {});
    m_blocks.last().figures = figures;
    m_blocks.last().perRow = qMax(1, perRow);
}

void PagedDocument::addTable(const QList<Column> &columns, const QList<Row> &rows, const TableStyle &style)
{
    add(Kind::Table, {});
    m_blocks.last().table = PageTable(columns, rows, style);
}

void PagedDocument::addGraphic(qreal heightMm, GraphicPainter paint)
{
    add(Kind::Graphic, {});
    m_blocks.last().heightMm = heightMm;
    m_blocks.last().paint = std::move(paint);
}

void PagedDocument::addPageBreak()
{
    add(Kind::PageBreak, {});
}

QStringList PagedDocument::text() const
{
    QStringList out;
    const auto blockText = [&out](const Block &b) {
        for (const QString &t : b.texts + b.others)
            if (!t.isEmpty())
                out << t;
        for (const auto &f : b.figures)
            out << f.first + QLatin1Char(' ') + f.second;
        if (b.kind == Kind::Table)
            out << b.table.text();
    };
    for (const Block &b : m_blocks) {
        if (b.kind == Kind::Section)
            for (const Block &h : m_heads.at(b.head))
                blockText(h);
        blockText(b);
    }
    return out;
}

QList<qreal> PagedDocument::lineHeights(const Metrics &m, const Block &block) const
{
    QList<qreal> heights;
    for (const QString &line : block.texts)
        heights << textHeight(block.kind == Kind::Note ? m.note : m.body, m.device, m.width, line);
    return heights;
}

qreal PagedDocument::blockHeight(const Metrics &m, const Block &b) const
{
    switch (b.kind) {
    case Kind::Title:
        return textHeight(m.title, m.device, m.width, b.texts.value(0)) +
               (b.texts.value(1).isEmpty() ? 0 : m.mm(2) + textHeight(m.subtitle, m.device, m.width, b.texts.value(1)));
    case Kind::HeaderLines: {
        const qreal line = QFontMetricsF(m.body, m.device).lineSpacing() * 1.4;
        return line * qMax(b.texts.size(), b.others.size());
    }
    case Kind::Fields:
        return m.mm(8) + QFontMetricsF(m.body, m.device).lineSpacing() * 1.4;
    case Kind::Heading:
        return textHeight(m.heading, m.device, m.width, b.texts.value(0)) + m.mm(1.5);
    case Kind::Figures: {
        const int rows = (int(b.figures.size()) + b.perRow - 1) / b.perRow;
        return rows * m.mm(16) + qMax(0, rows - 1) * m.mm(2);
    }
    case Kind::Graphic:
        return m.mm(b.heightMm);
    case Kind::Paragraph:
    case Kind::Note: {
        qreal h = 0;
        for (qreal line : lineHeights(m, b))
            h += line;
        return h;
    }
    case Kind::Section:
    case Kind::Table:
    case Kind::PageBreak:
        return 0;
    }
    return 0;
}

qreal PagedDocument::headHeight(const Metrics &m, int head) const
{
    qreal h = 0;
    for (const Block &b : m_heads.at(head))
        h += blockHeight(m, b) + m.gap();
    return h;
}

QList<PagedDocument::Piece> PagedDocument::layout(Metrics &m, QList<Page> *pages) const
{
    QList<Piece> pieces;
    const qreal bottom = m.bottom();
    Page current;
    int sections = 0;
    qreal top = 0;
    qreal y = 0;
    bool fresh = true; // nothing on this page yet
    const auto newPage = [&] {
        pages->append(current);
        top = headHeight(m, current.head);
        y = top;
        fresh = true;
    };
    const auto place = [&](int block, qreal height, int first, int count, qreal after) {
        pieces << Piece{block, int(pages->size()) - 1, y, height, first, count};
        y += height + after;
        fresh = false;
    };
    // Rows (of a table, under its header `lead`) or lines, as many on each page as fit.
    const auto runs = [&](int block, qreal lead, const QList<qreal> &heights, qreal after) {
        int row = 0;
        do {
            // At least the header and one row on this page, or start on the next.
            if (!fresh && y + lead + heights.value(row, 0) > bottom)
                newPage();
            qreal h = lead;
            int count = 0;
            while (row + count < heights.size() && (count == 0 || y + h + heights.at(row + count) <= bottom))
                h += heights.at(row + count++);
            place(block, h, row, count, row + count < heights.size() ? 0 : after);
            row += count;
            if (row < heights.size())
                newPage();
        } while (row < heights.size());
    };
    // How much of block i must fit under a heading for the heading to stay on this page: a
    // table's header and first row, a paragraph's first line; a block kept with the next (a
    // heading, a lead line), all of it and the next one's first part.
    std::function<qreal(int)> firstPart = [&](int i) -> qreal {
        const Block &b = m_blocks.at(i);
        if (b.keepWithNext)
            return blockHeight(m, b) + m.mm(1) + (i + 1 < m_blocks.size() ? firstPart(i + 1) : 0);
        if (b.kind == Kind::Table) {
            const PageTable::Metrics t = b.table.measure(m.device, m.width);
            return t.headerHeight + t.rows.value(0, 0);
        }
        if (b.kind == Kind::Paragraph || b.kind == Kind::Note)
            return lineHeights(m, b).value(0, 0);
        return blockHeight(m, b);
    };
    // A heading or lead line starts the next page when it and the first part of what follows do
    // not fit on this one.
    const auto keepWithNext = [&](int i) {
        const qreal keep = firstPart(i);
        if (!fresh && y + qMin(keep, bottom - top) > bottom)
            newPage();
    };

    newPage();
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks.at(i);
        switch (b.kind) {
        case Kind::Section:
            current = Page{b.head, ++sections};
            if (fresh && pages->size() == 1 && sections == 1) {
                // The first page, still empty, is this section's.
                pages->clear();
                newPage();
            } else {
                newPage();
            }
            continue;
        case Kind::PageBreak:
            if (!fresh)
                newPage();
            continue;
        case Kind::Table: {
            if (b.table.style().onePage) {
                if (!fresh && bottom - y < (bottom - top) / 3)
                    newPage();
                const PageTable::Metrics t = b.table.fit(m.device, m.width, bottom - y);
                m.tables.insert(i, t);
                place(i, t.height(0, int(t.rows.size())), 0, int(t.rows.size()), m.gap());
                continue;
            }
            PageTable::Metrics t = b.table.measure(m.device, m.width);
            // A row taller than a whole page is cut at its foot rather than run into the footer.
            for (qreal &h : t.rows)
                h = qMin(h, bottom - top - t.headerHeight);
            m.tables.insert(i, t);
            runs(i, t.headerHeight, t.rows, m.gap());
            continue;
        }
        case Kind::Paragraph:
        case Kind::Note:
            if (b.keepWithNext) {
                keepWithNext(i);
                // A lead line sits close to what it leads into, as a heading does.
                runs(i, 0, lineHeights(m, b), m.mm(1));
                continue;
            }
            runs(i, 0, lineHeights(m, b), m.gap());
            continue;
        default:
            break;
        }
        if (b.keepWithNext) {
            keepWithNext(i);
        } else if (!fresh && y + qMin(blockHeight(m, b), bottom - top) > bottom) {
            newPage();
        }
        place(i, blockHeight(m, b), 0, 0, b.keepWithNext ? m.mm(1) : m.gap());
    }
    return pieces;
}

void PagedDocument::paintBlock(QPainter &painter, const Metrics &m, const Block &b, const Piece &piece) const
{
    const QRectF rect(0, piece.y, m.width, piece.height);
    painter.setPen(Qt::black);
    switch (b.kind) {
    case Kind::Title: {
        const qreal h = textHeight(m.title, m.device, m.width, b.texts.value(0));
        drawText(painter, QRectF(0, piece.y, m.width, h), Qt::AlignHCenter, m.title, b.texts.value(0));
        drawText(painter, QRectF(0, piece.y + h + m.mm(2), m.width, piece.height - h), Qt::AlignHCenter, m.subtitle,
                 b.texts.value(1));
        break;
    }
    case Kind::HeaderLines: {
        painter.setFont(m.body);
        const qreal line = QFontMetricsF(m.body, m.device).lineSpacing() * 1.4;
        for (int i = 0; i < b.texts.size(); ++i)
            painter.drawText(QRectF(0, piece.y + i * line, m.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                             b.texts.at(i));
        for (int i = 0; i < b.others.size(); ++i)
            painter.drawText(QRectF(0, piece.y + i * line, m.width, line), Qt::AlignRight | Qt::AlignVCenter,
                             b.others.at(i));
        break;
    }
    case Kind::Fields: {
        painter.setFont(m.body);
        const qreal w = m.width / qMax(1, int(b.texts.size()));
        for (int i = 0; i < b.texts.size(); ++i)
            painter.drawText(QRectF(i * w, piece.y + m.mm(8), w, piece.height - m.mm(8)),
                             Qt::AlignLeft | Qt::AlignVCenter, b.texts.at(i));
        break;
    }
    case Kind::Heading:
        drawText(painter, rect, Qt::AlignLeft, m.heading, b.texts.value(0));
        painter.setPen(QPen(QColor(0x2f, 0x55, 0x97), m.mm(0.4)));
        painter.drawLine(QPointF(0, rect.bottom() - m.mm(0.5)), QPointF(m.width, rect.bottom() - m.mm(0.5)));
        break;
    case Kind::Paragraph:
    case Kind::Note: {
        const QFont &font = b.kind == Kind::Note ? m.note : m.body;
        qreal y = piece.y;
        for (int i = piece.first; i < piece.first + piece.count; ++i) {
            const qreal h = textHeight(font, m.device, m.width, b.texts.at(i));
            drawText(painter, QRectF(0, y, m.width, h), Qt::AlignLeft, font, b.texts.at(i));
            y += h;
        }
        break;
    }
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
            drawText(painter, box.adjusted(m.mm(1), box.height() / 2, -m.mm(1), -m.mm(1)), Qt::AlignCenter,
                     m.figureLabel, b.figures.at(i).first);
        }
        painter.setBrush(Qt::NoBrush);
        break;
    }
    case Kind::Table:
        b.table.paint(painter, m.tables.value(piece.block), piece.y, piece.first, piece.count);
        break;
    case Kind::Graphic:
        if (b.paint) {
            painter.save();
            b.paint(painter, rect);
            painter.restore();
        }
        break;
    case Kind::Section:
    case Kind::PageBreak:
        break;
    }
}

void PagedDocument::paintFooter(QPainter &painter, const Metrics &m, int number, int count) const
{
    painter.setFont(m.footer);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QFontMetricsF fm(m.footer, m.device);
    const QRectF r(0, m.height - fm.lineSpacing(), m.width, fm.lineSpacing());
    const QString page = tr("Page %1 of %2").arg(number).arg(count);
    // A long footer text gives way to the page number.
    const qreal room = m.width - fm.horizontalAdvance(page) - m.mm(4);
    painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(m_footer, Qt::ElideRight, room));
    painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, page);
}

int PagedDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!device || !painter.begin(device))
        return 0;
    Metrics m;
    m.device = device;
    m.dpi = device->logicalDpiY();
    m.width = device->width();
    m.height = device->height();
    m.title = PrintFont::font(16, true);
    m.subtitle = PrintFont::font(11);
    m.heading = PrintFont::font(12, true);
    m.body = PrintFont::font(9.5);
    m.note = PrintFont::font(8);
    m.figure = PrintFont::font(15, true);
    m.figureLabel = PrintFont::font(8.5);
    m.footer = PrintFont::font(8);
    m.footerTop = m.height - QFontMetricsF(m.footer, device).lineSpacing() - m.mm(2);

    QList<Page> pages;
    const QList<Piece> pieces = layout(m, &pages);
    int next = 0;
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            device->newPage();
        qreal y = 0;
        for (const Block &b : m_heads.at(pages.at(p).head)) {
            const qreal h = blockHeight(m, b);
            paintBlock(painter, m, b, Piece{-1, p, y, h, 0, 0});
            y += h + m.gap();
        }
        for (; next < pieces.size() && pieces.at(next).page == p; ++next)
            paintBlock(painter, m, m_blocks.at(pieces.at(next).block), pieces.at(next));
        int number = 0;
        int count = 0;
        for (int q = 0; q < pages.size(); ++q) {
            if (pages.at(q).section != pages.at(p).section)
                continue;
            ++count;
            if (q <= p)
                ++number;
        }
        paintFooter(painter, m, number, count);
    }
    painter.end();
    return int(pages.size());
}

bool PagedDocument::writePdf(const QString &path, const QString &title, QString *error) const
{
    return PdfFile::write(
        path, title,
        [this](QPagedPaintDevice *pdf) {
            setUpPage(pdf, m_orientation);
            return print(pdf) > 0;
        },
        error);
}
