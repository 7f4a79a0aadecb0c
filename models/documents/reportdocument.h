#pragma once

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class QRectF;

// A printed report laid out as a flow of blocks down A4 pages: title, headings, paragraphs,
// boxes of figures, tables, graphics (charts painted as vectors) and signature lines. Tables
// repeat their column headers on every page they continue onto and never split a row; a
// heading stays with what follows it; every page ends with "Page N of M" and the footer text.
// Paints on any QPagedPaintDevice: QPdfWriter for files, QPrinter for the print preview.
class ReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    struct Column
    {
        QString header;
        qreal width = 1; // relative to the other columns
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };
    struct TableRow
    {
        QStringList cells;
        bool bold = false;
    };
    using GraphicPainter = std::function<void(QPainter &painter, const QRectF &rect)>;

    void setFooterText(const QString &text) { m_footer = text; }

    void addTitle(const QString &title, const QString &subtitle = QString());
    // Short lines on either side under the title, e.g. "Prepared by: ____".
    void addHeaderLines(const QStringList &left, const QStringList &right);
    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    // Labelled figures in boxes, `perRow` to a row.
    void addFigures(const QList<QPair<QString, QString>> &figures, int perRow = 4);
    void addTable(const QList<Column> &columns, const QList<TableRow> &rows);
    // A block of the given height in millimetres painted by `paint` (device units, vectors kept).
    void addGraphic(qreal heightMm, GraphicPainter paint);
    void addPageBreak();

    // Every block's text in order, as a reader of the PDF would find it (for the exports and tests).
    QStringList text() const;

    // Paints every page; returns the number of pages, 0 if painting could not start.
    int print(QPagedPaintDevice *device) const;

private:
    enum class Kind { Title, HeaderLines, Heading, Paragraph, Figures, Table, Graphic, PageBreak };
    struct Block
    {
        Kind kind = Kind::Paragraph;
        QStringList texts;  // title+subtitle, paragraph, heading, or left lines
        QStringList others; // right-hand header lines
        QList<QPair<QString, QString>> figures;
        int perRow = 4;
        QList<Column> columns;
        QList<TableRow> rows;
        qreal heightMm = 0;
        GraphicPainter paint;
    };
    struct Metrics;
    struct Piece; // a block, or a run of a table's rows, placed on a page
    QList<Piece> layout(const Metrics &m) const;
    void paintPiece(QPainter &painter, const Metrics &m, const Piece &piece) const;
    qreal blockHeight(const Metrics &m, const Block &block) const;
    QList<qreal> rowHeights(const Metrics &m, const Block &block) const;
    qreal headerHeight(const Metrics &m, const Block &block) const;

    QList<Block> m_blocks;
    QString m_footer;
};
