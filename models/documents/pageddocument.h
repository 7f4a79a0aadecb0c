#pragma once

#include "pagetable.h"

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QPair>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QRectF;

// Every printed document of the desk (the monthly report, the sign-in and visit sheets, the
// rota, the minutes) laid out as a flow of blocks down the pages: titles, header lines,
// headings, paragraphs, boxes of figures, tables, graphics (charts painted as vectors) and
// signature fields. Tables repeat their column headers on every page they continue onto and
// never split a row; paragraphs break between lines; a heading (or a lead line) stays with what
// follows it.
// Every page ends with the footer text and "Page N of M". A section starts a page, restarts the
// numbering and may repeat a title block at the top of each of its pages, so that each section
// (e.g. each grid's sheet) can be handed out on its own. Pages are A4 with 12 mm margins, text
// in PrintFont. Paints on any QPagedPaintDevice: QPdfWriter for files, QPrinter for previews.
class PagedDocument final
{
    Q_DECLARE_TR_FUNCTIONS(PagedDocument)

public:
    using Column = PageTable::Column;
    using Row = PageTable::Row;
    using TableStyle = PageTable::Style;
    using GraphicPainter = std::function<void(QPainter &painter, const QRectF &rect)>;

    // A4 (or `size`), the given orientation, 12 mm margins.
    static void setUpPage(QPagedPaintDevice *device, QPageLayout::Orientation orientation = QPageLayout::Portrait,
                          QPageSize::PageSizeId size = QPageSize::A4);

    // The orientation writePdf() sets up.
    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    // Left of "Page N of M" at the foot of every page.
    void setFooterText(const QString &text) { m_footer = text; }

    // Starts a new page, numbered from 1 again; the title, subtitle and the lines on either side
    // under them are printed at the top of this page and of every further page of the section.
    void addSection(const QString &title, const QString &subtitle = QString(), const QStringList &left = {},
                    const QStringList &right = {});
    void addTitle(const QString &title, const QString &subtitle = QString());
    // Short lines on either side, e.g. "Prepared by: ____" on the left, "Date: ____" on the right.
    void addHeaderLines(const QStringList &left, const QStringList &right);
    // Fields side by side across the page, with room above them to sign, e.g. "Chair: ____".
    void addFields(const QStringList &fields);
    void addHeading(const QString &text);
    // Lines (separated by '\n') wrap, and flow onto the next page between them.
    void addParagraph(const QString &text);
    // A line that introduces what follows ("By kind of dispute:"): kept on its page with the
    // first part of the next block, as a heading is, never left alone at a page's foot.
    void addLead(const QString &text);
    // A paragraph in small print, e.g. how a rule counts.
    void addNote(const QString &text);
    // Labelled figures in boxes, `perRow` to a row.
    void addFigures(const QList<QPair<QString, QString>> &figures, int perRow = 4);
    void addTable(const QList<Column> &columns, const QList<Row> &rows, const TableStyle &style = {});
    // A block of the given height in millimetres painted by `paint` (device units, vectors kept).
    void addGraphic(qreal heightMm, GraphicPainter paint);
    void addPageBreak();

    // Every block's text in order, as a reader of the PDF would find it (for the exports and tests).
    QStringList text() const;

    // Paints every page on the device as it is set up; returns the number of pages, 0 if
    // painting could not start.
    int print(QPagedPaintDevice *device) const;
    // Sets up A4 in orientation() and writes the PDF; on failure *error says why, for the clerk.
    bool writePdf(const QString &path, const QString &title, QString *error = nullptr) const;

private:
    enum class Kind {
        Section,
        Title,
        HeaderLines,
        Fields,
        Heading,
        Paragraph,
        Note,
        Figures,
        Table,
        Graphic,
        PageBreak
    };
    struct Block
    {
        Kind kind = Kind::Paragraph;
        QStringList texts;  // title and subtitle, heading, paragraph lines, fields, or left lines
        QStringList others; // right-hand header lines
        QList<QPair<QString, QString>> figures;
        int perRow = 4;
        PageTable table;
        qreal heightMm = 0;
        GraphicPainter paint;
        int head = 0;              // Section: its running head in m_heads
        bool keepWithNext = false; // a heading, or a paragraph that leads into the next block
    };
    struct Metrics;
    struct Piece; // a block, or a run of a table's rows or a paragraph's lines, placed on a page
    struct Page;
    QList<Piece> layout(Metrics &m, QList<Page> *pages) const;
    qreal blockHeight(const Metrics &m, const Block &block) const;
    qreal headHeight(const Metrics &m, int head) const;
    QList<qreal> lineHeights(const Metrics &m, const Block &block) const;
    void paintBlock(QPainter &painter, const Metrics &m, const Block &block, const Piece &piece) const;
    void paintFooter(QPainter &painter, const Metrics &m, int number, int count) const;
    void add(Kind kind, const QStringList &texts, const QStringList &others = {});

    QList<Block> m_blocks;
    QList<QList<Block>> m_heads{{}}; // the first is empty: pages before any section have no running head
    QString m_footer;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
};
