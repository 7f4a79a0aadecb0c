#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;

// A table as PagedDocument prints it: column headers, then rows whose cells wrap their text
// (a word too wide for its cell first gets a smaller font, then breaks, so nothing is cut
// off), bold or shaded rows and marked cells. It is measured once on the device, then painted
// a run of rows at a time with the header on top of each run: a table continued on the next
// page repeats its header there.
class PageTable final
{
public:
    struct Column
    {
        QString header;
        qreal width = 1; // relative to the other columns
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
        bool bold = false;
    };
    struct Row
    {
        QStringList cells;
        bool bold = false;
        bool shaded = false;
        QList<int> marked = {}; // columns whose cell is tinted, e.g. a shift still short of people
    };
    struct Style
    {
        qreal points = 9.5; // body text
        qreal minRowMm = 0; // e.g. tall enough to sign
        QString emptyText;  // shown in one full-width row when there are no rows
        // The whole table on the rest of the page: the fonts shrink (to half at most) until it
        // fits; rows then stretch to fill the page (to twice at most) or, if it still does not
        // fit, the last rows are cut, whole lines at a time, and marked with "…".
        bool onePage = false;
    };
    // Sizes on one device for one width, in device units.
    struct Metrics
    {
        qreal scale = 1;
        qreal padX = 0;
        qreal padY = 0;
        QFont header, body, bold;
        QList<qreal> x;      // left edge of each column
        QList<qreal> widths; // of each column
        qreal headerHeight = 0;
        QList<qreal> rows; // height of each row that is painted (one for the empty text)
        qreal height(int firstRow, int rowCount) const;
    };

    PageTable() = default;
    PageTable(QList<Column> columns, QList<Row> rows, Style style);

    const QList<Column> &columns() const { return m_columns; }
    const QList<Row> &rows() const { return m_rows; }
    const Style &style() const { return m_style; }

    Metrics measure(QPaintDevice *device, qreal width, qreal scale = 1) const;
    // For Style::onePage: the sizes at which the table fills `height`.
    Metrics fit(QPaintDevice *device, qreal width, qreal height) const;
    // The header at `y`, then rows firstRow … firstRow + rowCount - 1 under it.
    void paint(QPainter &painter, const Metrics &m, qreal y, int firstRow, int rowCount) const;
    // The header and then each row, the cells separated by spaces, as a reader of the PDF finds them.
    QStringList text() const;

private:
    QList<Column> m_columns;
    QList<Row> m_rows;
    Style m_style;
};
