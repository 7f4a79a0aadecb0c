#include "xlsxwriter.h"

#include "zipwriter.h"

#include <QSaveFile>

namespace {

const QString kXmlHead = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
const QString kMainNs = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelNs = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kDocRel = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// XML 1.0 forbids most control characters even when escaped; drop them.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            continue;
        if (u == 0xFFFE || u == 0xFFFF)
            continue;
        switch (u) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

int styleIndex(XlsxWriter::Style style)
{
    switch (style) {
    case XlsxWriter::Style::Bold:
        return 1;
    case XlsxWriter::Style::Highlight:
        return 2;
    case XlsxWriter::Style::Normal:
        break;
    }
    return 0;
}

QString validSheetName(QString name, const QStringList &taken)
{
    static const QString forbidden = QStringLiteral(":\\/?*[]");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    name = name.trimmed();
    if (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet%1").arg(taken.size() + 1);
    name.truncate(31);
    const QString base = name;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

QByteArray contentTypes(int sheets)
{
    QString xml =
        kXmlHead +
        QStringLiteral("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                       "<Default Extension=\"rels\" "
                       "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/xl/workbook.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                       "<Override PartName=\"/xl/styles.xml\" "
                       "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    for (int i = 1; i <= sheets; ++i)
        xml += QStringLiteral("<Override PartName=\"/xl/worksheets/sheet%1.xml\" ContentType=\"application/"
                              "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
                   .arg(i);
    xml += QStringLiteral("</Types>");
    return xml.toUtf8();
}

QByteArray rootRels()
{
    return (kXmlHead +
            QStringLiteral("<Relationships xmlns=\"%1\"><Relationship Id=\"rId1\" Type=\"%2/officeDocument\" "
                           "Target=\"xl/workbook.xml\"/></Relationships>")
                .arg(kRelNs, kDocRel))
        .toUtf8();
}

QByteArray styles()
{
    return (kXmlHead +
            QStringLiteral(
                "<styleSheet xmlns=\"%1\">"
                "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
                "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
                "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
                "<fill><patternFill patternType=\"gray125\"/></fill>"
                "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/>"
                "</patternFill></fill></fills>"
                "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
                "</cellStyleXfs>"
                "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" "
                "applyFill=\"1\"/></cellXfs>"
                "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                "</styleSheet>")
                .arg(kMainNs))
        .toUtf8();
}

} // namespace

QString XlsxWriter::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

XlsxWriter::Sheet &XlsxWriter::current()
{
    if (m_sheets.isEmpty())
        addSheet(QString());
    return m_sheets.last();
}

void XlsxWriter::addSheet(const QString &name)
{
    Sheet sheet;
    sheet.name = validSheetName(name, sheetNames());
    m_sheets.append(sheet);
}

void XlsxWriter::setColumnWidths(const QList<double> &widths)
{
    current().widths = widths;
}

void XlsxWriter::setFrozenRows(int rows)
{
    current().frozenRows = qMax(0, rows);
}

void XlsxWriter::addRow(const QVariantList &cells, Style style)
{
    current().rows.append({cells, style});
}

void XlsxWriter::addRow(const QStringList &cells, Style style)
{
    QVariantList values;
    values.reserve(cells.size());
    for (const QString &c : cells)
        values.append(c);
    addRow(values, style);
}

QStringList XlsxWriter::sheetNames() const
{
    QStringList names;
    for (const Sheet &s : m_sheets)
        names << s.name;
    return names;
}

QByteArray XlsxWriter::sheetXml(const Sheet &sheet) const
{
    QString xml = kXmlHead + QStringLiteral("<worksheet xmlns=\"%1\" xmlns:r=\"%2\">").arg(kMainNs, kDocRel);
    int columns = 0;
    for (const Row &row : sheet.rows)
        columns = qMax(columns, int(row.cells.size()));
    if (columns > 0 && !sheet.rows.isEmpty())
        xml += QStringLiteral("<dimension ref=\"A1:%1%2\"/>").arg(columnName(columns - 1)).arg(sheet.rows.size());
    xml += QStringLiteral("<sheetViews><sheetView workbookViewId=\"0\">");
    if (sheet.frozenRows > 0)
        xml += QStringLiteral("<pane ySplit=\"%1\" topLeftCell=\"A%2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                              "<selection pane=\"bottomLeft\"/>")
                   .arg(sheet.frozenRows)
                   .arg(sheet.frozenRows + 1);
    xml += QStringLiteral("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    if (!sheet.widths.isEmpty()) {
        xml += QStringLiteral("<cols>");
        for (int i = 0; i < sheet.widths.size(); ++i)
            xml += QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"%2\" customWidth=\"1\"/>")
                       .arg(i + 1)
                       .arg(sheet.widths.at(i), 0, 'f', 2);
        xml += QStringLiteral("</cols>");
    }
    xml += QStringLiteral("<sheetData>");
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const Row &row = sheet.rows.at(r);
        const int style = styleIndex(row.style);
        xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
        for (int c = 0; c < row.cells.size(); ++c) {
            const QVariant &v = row.cells.at(c);
            const QString ref = columnName(c) + QString::number(r + 1);
            const QString styleAttr = style ? QStringLiteral(" s=\"%1\"").arg(style) : QString();
            if (isNumber(v)) {
                xml += QStringLiteral("<c r=\"%1\"%2><v>%3</v></c>")
                           .arg(ref, styleAttr, QString::number(v.toDouble(), 'g', 15));
                continue;
            }
            const QString text = v.toString();
            if (text.isEmpty()) {
                if (style)
                    xml += QStringLiteral("<c r=\"%1\"%2/>").arg(ref, styleAttr);
                continue;
            }
            xml += QStringLiteral("<c r=\"%1\"%2 t=\"inlineStr\"><is><t xml:space=\"preserve\">%3</t></is></c>")
                       .arg(ref, styleAttr, escaped(text));
        }
        xml += QStringLiteral("</row>");
    }
    xml += QStringLiteral("</sheetData></worksheet>");
    return xml.toUtf8();
}

QByteArray XlsxWriter::toByteArray(const QDateTime &modified) const
{
    QList<Sheet> sheets = m_sheets;
    if (sheets.isEmpty())
        sheets.append({QStringLiteral("Sheet1"), {}, 0, {}});

    QString workbook =
        kXmlHead + QStringLiteral("<workbook xmlns=\"%1\" xmlns:r=\"%2\"><sheets>").arg(kMainNs, kDocRel);
    QString rels = kXmlHead + QStringLiteral("<Relationships xmlns=\"%1\">").arg(kRelNs);
    for (int i = 0; i < sheets.size(); ++i) {
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                        .arg(escaped(sheets.at(i).name))
                        .arg(i + 1);
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(i + 1)
                    .arg(kDocRel);
    }
    workbook += QStringLiteral("</sheets></workbook>");
    rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2/styles\" Target=\"styles.xml\"/></Relationships>")
                .arg(sheets.size() + 1)
                .arg(kDocRel);

    ZipWriter zip(modified);
    zip.addFile(QStringLiteral("[Content_Types].xml"), contentTypes(int(sheets.size())));
    zip.addFile(QStringLiteral("_rels/.rels"), rootRels());
    zip.addFile(QStringLiteral("xl/workbook.xml"), workbook.toUtf8());
    zip.addFile(QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8());
    zip.addFile(QStringLiteral("xl/styles.xml"), styles());
    for (int i = 0; i < sheets.size(); ++i)
        zip.addFile(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets.at(i)));
    return zip.finish();
}

bool XlsxWriter::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const QByteArray bytes = toByteArray();
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}
