#include "tabledocument.h"

void TableDocument::setSignatureColumn(const QString &header, qreal width)
{
    m_signatureHeader = header;
    m_signatureWidth = width;
}

PagedDocument TableDocument::document() const
{
    PagedDocument doc;
    doc.setOrientation(m_orientation);
    doc.setFooterText(m_footer);
    QList<Column> columns = m_columns;
    PagedDocument::TableStyle style;
    style.emptyText = tr("Nobody is on this list.");
    style.minRowMm = 6.5;
    if (m_signatureWidth > 0) {
        columns.append({m_signatureHeader, m_signatureWidth, Qt::AlignCenter});
        style.minRowMm = 10;
    }
    const QList<Section> sections = m_sections.isEmpty() ? QList<Section>{Section()} : m_sections;
    for (const Section &section : sections) {
        QStringList subtitle;
        if (!m_subtitle.isEmpty())
            subtitle << m_subtitle;
        if (!section.heading.isEmpty())
            subtitle << section.heading;
        doc.addSection(m_title, subtitle.join(QStringLiteral("  ·  ")), QStringList{m_info} + section.lines,
                       {section.summary});
        doc.addTable(columns, section.rows, style);
    }
    return doc;
}

bool TableDocument::writePdf(const QString &path, QString *error) const
{
    return document().writePdf(path, m_title, error);
}
