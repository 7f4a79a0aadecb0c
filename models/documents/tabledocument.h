#pragma once

#include "pageddocument.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

// A printed sheet to hand out (sign-in sheet, visit sheet): a title, subtitle and information
// line on every page, column headers repeated on every page, rows that wrap their text, an
// optional signature column, and a footer with "Page n of m". Sections (e.g. one per grid) each
// start on a new page and count their own pages, so each can be handed out on its own. Laid out
// by PagedDocument.
class TableDocument final
{
    Q_DECLARE_TR_FUNCTIONS(TableDocument)

public:
    using Column = PagedDocument::Column;
    using Row = PagedDocument::Row;
    struct Section
    {
        QString heading;   // shown after the subtitle, e.g. the grid
        QString summary;   // right of the information line, e.g. "12 residents"
        QStringList lines; // under the information line, e.g. the building's contact people
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
    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    void addSection(const Section &section) { m_sections.append(section); }
    QList<Section> sections() const { return m_sections; }

    // The sheet as the pages print it.
    PagedDocument document() const;
    // Paints every page; returns the number of pages, 0 if painting could not start.
    int print(QPagedPaintDevice *device) const { return document().print(device); }
    // On failure *error says why, for the clerk.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    QString m_title;
    QString m_subtitle;
    QString m_info;
    QString m_footer;
    QString m_signatureHeader;
    qreal m_signatureWidth = 0;
    QList<Column> m_columns;
    QList<Section> m_sections;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
};
