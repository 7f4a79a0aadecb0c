#include "xlsxpackage.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <QBuffer>
#include <QXmlStreamReader>

namespace {

int intAttribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toInt();
}

} // namespace

bool XlsxPackage::open(const QString &path)
{
    QuaZip zip(path);
    return read(zip);
}

bool XlsxPackage::open(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QuaZip zip(&buffer);
    return read(zip);
}

bool XlsxPackage::read(QuaZip &zip)
{
    m_entries.clear();
    m_methods.clear();
    if (!zip.open(QuaZip::mdUnzip)) {
        m_error = QStringLiteral("not a ZIP archive (QuaZip error %1)").arg(zip.getZipError());
        return false;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info)) {
            m_error = QStringLiteral("unreadable directory entry");
            return false;
        }
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot open entry %1").arg(info.name);
            return false;
        }
        const QByteArray data = file.readAll();
        file.close(); // checks the CRC
        if (file.getZipError() != UNZ_OK || quint64(data.size()) != info.uncompressedSize) {
            m_error = QStringLiteral("entry %1 is damaged (size or CRC)").arg(info.name);
            return false;
        }
        m_entries.insert(info.name, data);
        m_methods.insert(info.name, info.method);
    }
    if (zip.getZipError() != UNZ_OK) {
        m_error = QStringLiteral("ZIP directory error %1").arg(zip.getZipError());
        return false;
    }
    return true;
}

QByteArray XlsxPackage::sheetXml(int sheet) const
{
    return entry(QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
}

QStringList XlsxPackage::sharedStrings() const
{
    QStringList strings;
    QXmlStreamReader xml(entry(QStringLiteral("xl/sharedStrings.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings << QString();
        else if (xml.isStartElement() && xml.name() == QLatin1String("t") && !strings.isEmpty())
            strings.last() += xml.readElementText();
    }
    return strings;
}

QMap<QString, XlsxPackage::Cell> XlsxPackage::cells(int sheet) const
{
    const QStringList strings = sharedStrings();
    QMap<QString, Cell> map;
    QXmlStreamReader xml(sheetXml(sheet));
    QString ref;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            map[ref] = {xml.attributes().value(QLatin1String("t")).toString(), intAttribute(xml, "s"), QString(),
                        QString()};
        } else if (xml.name() == QLatin1String("v")) {
            Cell &cell = map[ref];
            cell.value = xml.readElementText();
            if (cell.type == QLatin1String("s"))
                cell.text = strings.value(cell.value.toInt());
        } else if (xml.name() == QLatin1String("t")) {
            map[ref].text += xml.readElementText(); // an inline string
        }
    }
    return map;
}

XlsxPackage::CellStyle XlsxPackage::style(int index) const
{
    QMap<int, QString> formatCodes;
    QList<bool> boldFonts;
    QStringList fills;
    QList<CellStyle> styles;
    QList<std::pair<int, int>> fontAndFill;
    QString section;
    QXmlStreamReader xml(entry(QStringLiteral("xl/styles.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name().toString() == section) {
            section.clear();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QString name = xml.name().toString();
        if (name == QLatin1String("fonts") || name == QLatin1String("fills") || name == QLatin1String("cellXfs"))
            section = name;
        else if (name == QLatin1String("numFmt"))
            formatCodes.insert(intAttribute(xml, "numFmtId"),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
        else if (section == QLatin1String("fonts") && name == QLatin1String("font"))
            boldFonts << false;
        else if (section == QLatin1String("fonts") && name == QLatin1String("b") && !boldFonts.isEmpty())
            boldFonts.last() = xml.attributes().value(QLatin1String("val")) != QLatin1String("0");
        else if (section == QLatin1String("fills") && name == QLatin1String("fill"))
            fills << QString();
        else if (section == QLatin1String("fills") && name == QLatin1String("fgColor") && !fills.isEmpty())
            fills.last() = xml.attributes().value(QLatin1String("rgb")).toString();
        else if (section == QLatin1String("cellXfs") && name == QLatin1String("xf")) {
            CellStyle s;
            s.numberFormat = intAttribute(xml, "numFmtId");
            styles << s;
            fontAndFill.append({intAttribute(xml, "fontId"), intAttribute(xml, "fillId")});
        }
    }
    if (index < 0 || index >= styles.size())
        return {};
    CellStyle s = styles.at(index);
    s.bold = boldFonts.value(fontAndFill.at(index).first);
    s.fill = fills.value(fontAndFill.at(index).second);
    s.formatCode = formatCodes.value(s.numberFormat);
    s.formatCode.remove(QLatin1Char('\\')); // "yyyy\-mm\-dd" and "yyyy-mm-dd" are the same format
    return s;
}
