#include "xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

// Built-in number formats that show dates (ECMA-376 part 1, 18.8.30).
bool isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

// A custom format shows a date when it has y, m or d outside quotes and brackets, and no 0 or #.
bool isDateFormatCode(const QString &code)
{
    bool quoted = false;
    int bracket = 0;
    bool dateLetter = false;
    for (const QChar ch : code) {
        if (ch == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (ch == QLatin1Char('['))
            ++bracket;
        else if (ch == QLatin1Char(']'))
            bracket = qMax(0, bracket - 1);
        else if (bracket == 0) {
            const QChar c = ch.toLower();
            if (c == QLatin1Char('y') || c == QLatin1Char('d') || c == QLatin1Char('m'))
                dateLetter = true;
            else if (c == QLatin1Char('0') || c == QLatin1Char('#'))
                return false;
        }
    }
    return dateLetter;
}

QString joinPath(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.removeLast();
        else if (p != QLatin1String("."))
            parts << p;
        if (parts.isEmpty() && p == QLatin1String(".."))
            break;
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader()
{
    m_xml.reset();
    if (m_sheetFile)
        m_sheetFile->close();
    m_sheetFile.reset();
    if (m_zip)
        m_zip->close();
}

bool XlsxReader::fail(const QString &message)
{
    m_error = message;
    m_done = true;
    return false;
}

bool XlsxReader::open(const QString &path)
{
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(tr("%1 is not an Excel workbook (.xlsx) or it is damaged.").arg(QFileInfo(path).fileName()));
    if (!loadWorkbook())
        return false;
    if (!loadSharedStrings())
        return false;
    loadStyles();
    return openSheet();
}

QByteArray XlsxReader::readEntry(const QString &name, bool *found)
{
    *found = false;
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive))
        return QByteArray();
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    // Guard against a "zip bomb" entry claiming gigabytes of XML for a small table.
    constexpr qint64 kLimit = 512LL * 1024 * 1024;
    // Read in pieces: read(kLimit) would allocate the whole limit up front.
    QByteArray data;
    while (!file.atEnd() && data.size() < kLimit) {
        const QByteArray piece = file.read(1 << 20);
        if (piece.isEmpty())
            break;
        data += piece;
    }
    file.close();
    *found = file.getZipError() == UNZ_OK;
    return data;
}

bool XlsxReader::loadWorkbook()
{
    bool found = false;
    const QByteArray workbook = readEntry(QStringLiteral("xl/workbook.xml"), &found);
    if (!found)
        return fail(tr("The workbook has no worksheets; is it an Excel file?"));
    QList<std::pair<QString, QString>> sheets; // name, relation id
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            QString relationId;
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == QLatin1String("id"))
                    relationId = a.value().toString();
            sheets.append({xml.attributes().value(QLatin1String("name")).toString(), relationId});
        }
    }
    QHash<QString, QString> targets; // relation id: path
    const QByteArray rels = readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &found);
    if (found) {
        QXmlStreamReader r(rels);
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("Relationship"))
                targets.insert(
                    r.attributes().value(QLatin1String("Id")).toString(),
                    joinPath(QStringLiteral("xl"), r.attributes().value(QLatin1String("Target")).toString()));
        }
    }
    m_sheets.clear();
    for (int i = 0; i < sheets.size(); ++i)
        m_sheets.append({sheets.at(i).first,
                         targets.value(sheets.at(i).second, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1))});
    if (m_sheets.isEmpty())
        m_sheets.append({QString(), QStringLiteral("xl/worksheets/sheet1.xml")});
    m_sheetName = m_sheets.first().first;
    m_sheetPath = m_sheets.first().second;
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const auto &sheet : m_sheets)
        names << sheet.first;
    return names;
}

bool XlsxReader::selectSheet(int index)
{
    if (!m_zip || index < 0 || index >= m_sheets.size())
        return false;
    m_error.clear();
    m_sheetName = m_sheets.at(index).first;
    m_sheetPath = m_sheets.at(index).second;
    return openSheet();
}

bool XlsxReader::loadSharedStrings()
{
    if (!m_zip->setCurrentFile(QStringLiteral("xl/sharedStrings.xml"), QuaZip::csInsensitive))
        return true; // a workbook with inline strings only
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The workbook's text table cannot be read."));
    // Streamed from the ZIP entry into one buffer of characters: no copy of the XML in memory, and
    // a workbook whose text table would not fit (a "zip bomb") is refused at the cap, not read.
    m_stringText.clear();
    m_stringEnds.clear();
    QXmlStreamReader xml(&file);
    bool inItem = false;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                inItem = true;
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && inItem && phonetic == 0) {
                m_stringText += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (m_stringText.size() > kMaxSharedChars) {
                    file.close();
                    m_stringText.clear();
                    m_stringEnds.clear();
                    return fail(tr("The workbook's text table is larger than any register (over %n million "
                                   "characters); it cannot be read.",
                                   nullptr, int(kMaxSharedChars / 1000000)));
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si")) {
                if (m_stringEnds.size() >= kMaxSharedStrings) {
                    file.close();
                    m_stringText.clear();
                    m_stringEnds.clear();
                    return fail(tr("The workbook's text table has more entries than any register; it cannot be "
                                   "read."));
                }
                m_stringEnds.append(m_stringText.size());
                inItem = false;
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            }
        }
    }
    file.close();
    if (xml.hasError())
        return fail(tr("The workbook's text table is damaged (%1).").arg(xml.errorString()));
    m_stringText.squeeze();
    m_stringEnds.squeeze();
    return true;
}

QString XlsxReader::sharedString(qsizetype index) const
{
    if (index < 0 || index >= m_stringEnds.size())
        return QString();
    const qsizetype begin = index == 0 ? 0 : m_stringEnds.at(index - 1);
    return m_stringText.mid(begin, m_stringEnds.at(index) - begin);
}

QStringList XlsxReader::sharedStrings() const
{
    QStringList list;
    for (qsizetype i = 0; i < m_stringEnds.size(); ++i)
        list << sharedString(i);
    return list;
}

void XlsxReader::loadStyles()
{
    bool found = false;
    const QByteArray data = readEntry(QStringLiteral("xl/styles.xml"), &found);
    if (!found)
        return;
    QSet<int> dateFormats;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormatCode(xml.attributes().value(QLatin1String("formatCode")).toString()))
                    dateFormats.insert(id);
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isBuiltInDateFormat(id) || dateFormats.contains(id))
                    m_dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
}

bool XlsxReader::openSheet()
{
    m_xml.reset();
    if (m_sheetFile)
        m_sheetFile->close();
    m_done = false;
    m_lastRow = 0;
    if (!m_zip->setCurrentFile(m_sheetPath, QuaZip::csInsensitive))
        return fail(tr("The workbook has no worksheets; is it an Excel file?"));
    m_sheetFile = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheetFile->open(QIODevice::ReadOnly))
        return fail(tr("The worksheet cannot be read; the file may be damaged."));
    m_xml = std::make_unique<QXmlStreamReader>(m_sheetFile.get());
    return true;
}

bool XlsxReader::rewind()
{
    if (!m_zip)
        return false;
    m_error.clear();
    return openSheet();
}

double XlsxReader::progress() const
{
    if (!m_sheetFile || m_done)
        return 1.0;
    const qint64 size = m_sheetFile->usize();
    return size > 0 ? qBound(0.0, double(m_sheetFile->pos()) / double(size), 1.0) : 0.0;
}

QString XlsxReader::description() const
{
    return tr("Excel workbook, sheet \"%1\"").arg(m_sheetName);
}

int XlsxReader::columnIndex(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar ch : reference) {
        const char16_t c = ch.toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        if (++letters > 3)
            return -1; // Excel stops at XFD
        column = column * 26 + (c - u'A' + 1);
    }
    return letters == 0 ? -1 : column - 1;
}

QDate XlsxReader::dateFromSerial(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial > 2958465) // 9999-12-31
        return QDate();
    int days = int(std::floor(serial));
    if (days >= 60)
        --days; // Lotus' 1900-02-29 that never was
    return QDate(1899, 12, 31).addDays(days);
}

QString XlsxReader::numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::fabs(value) < 1e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

bool XlsxReader::readRow(QStringList *cells, int *rowNumber)
{
    if (m_done || !m_xml)
        return false;
    QXmlStreamReader &xml = *m_xml;
    // Stop at any error: reading from a device, a premature end is not "at end" (more data might
    // come), and a damaged ZIP entry keeps failing the same way, so waiting would loop for ever.
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("row"))
            continue;
        int row = xml.attributes().value(QLatin1String("r")).toInt();
        if (row <= m_lastRow)
            row = m_lastRow + 1; // no or out-of-order row number: count on
        m_lastRow = row;
        QStringList values;
        int nextColumn = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("c")) {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            int column = columnIndex(a.value(QLatin1String("r")));
            if (column < 0)
                column = nextColumn;
            QString value;
            QString raw;
            bool hasValue = false;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("v")) {
                    raw = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == QLatin1String("is")) {
                    // Inline string: <t> directly or rich-text runs <r><t>.
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("t"))
                            value += xml.readElementText();
                        else if (xml.name() == QLatin1String("r")) {
                            while (xml.readNextStartElement()) {
                                if (xml.name() == QLatin1String("t"))
                                    value += xml.readElementText();
                                else
                                    xml.skipCurrentElement();
                            }
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (hasValue) {
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = raw.toInt(&ok);
                    value = ok ? sharedString(index) : QString();
                } else if (type == QLatin1String("b")) {
                    value = raw == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type == QLatin1String("str") || type == QLatin1String("inlineStr") ||
                           type == QLatin1String("e")) {
                    value = raw;
                } else if (m_dateStyles.contains(style)) {
                    const QDate date = dateFromSerial(raw.toDouble());
                    value = date.isValid() ? date.toString(Qt::ISODate) : raw;
                } else {
                    value = numberText(raw);
                }
            }
            if (column >= 16384)
                continue;
            while (values.size() <= column)
                values << QString();
            values[column] = value;
            nextColumn = column + 1;
        }
        if (xml.hasError())
            break;
        *cells = values;
        if (rowNumber)
            *rowNumber = row;
        return true;
    }
    if (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        return fail(tr("The worksheet is damaged near row %1 (%2).").arg(xml.lineNumber()).arg(xml.errorString()));
    if (xml.hasError())
        return fail(tr("The worksheet ends too early; the file may be damaged."));
    m_done = true;
    return false;
}
