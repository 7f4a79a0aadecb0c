#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

// A printed table: a title and subtitle on every page, an information line, column headers
// repeated on every page, rows that wrap their text, an optional signature column, and a
// footer with "Page n of m". Sections (e.g. one per grid) each start on a new page and count
// their own pages, so each can be handed out on its own. Paints on any QPagedPaintDevice:
// QPdfWriter for files, QPrinter for the print preview.
class TableDocument final
{
    Q_DECLARE_TR_FUNCTIONS(TableDocument)

public:
    struct Column
    {
        QString header;
        qreal width = 1; // relative to the other columns
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    };
    struct Row
    {
        QStringList cells;
        bool bold = false;
        bool shaded = false;
    };
    struct Section
    {
        QString heading; // shown after the subtitle, e.g. the grid
        QString summary; // right of the information line, e.g. "12 residents"
        QList<Row> rows;
    };

    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }
    void setSubtitle(const QString &subtitle) { m_subtitle = subtitle; }
    // A line above the table, e.g. "Date: ______  Place: ______".
    void setInfoLine(const QString &info) { m_info = info; }
    void setColumns(const QList<Column> &columns) { m_columns = columns; }
    // Adds an empty last column to sign in and makes rows tall enough to sign.
    void setSignatureColumn(const QString &header, qreal width = 2.5);
    void setFooterText(const QString &text) { m_footer = text; }
    void addSection(const Section &section) { m_sections.append(section); }
    QList<Section> sections() const { return m_sections; }

    // Paints every page; returns the number of pages, 0 if painting could not start.
    int print(QPagedPaintDevice *device) const;

    // A4, the given orientation, 12 mm margins.
    static void setUpA4(QPagedPaintDevice *device, QPageLayout::Orientation orientation = QPageLayout::Portrait);
    // A font that has Chinese glyphs and whose PDF text extracts correctly (WenQuanYi Micro Hei,
    // Microsoft YaHei, SimSun, then Noto Sans CJK SC); empty if none is installed.
    static QString fontFamily();
    // That family (or the default one) at the given size in points.
    static QFont font(qreal points, bool bold = false);

private:
    struct Page
    {
        int section = 0;
        int firstRow = 0;
        int rowCount = 0;
        int number = 0; // within its section, from 1
        int count = 0;  // pages of its section
    };
    struct Metrics;
    QList<Column> allColumns() const;
    QList<Page> paginate(const Metrics &m) const;
    void paintPage(QPainter &painter, const Metrics &m, const Page &page) const;

    QString m_title;
    QString m_subtitle;
    QString m_info;
    QString m_footer;
    QString m_signatureHeader;
    qreal m_signatureWidth = 0;
    QList<Column> m_columns;
    QList<Section> m_sections;
};
