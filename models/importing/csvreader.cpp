#include "csvreader.h"

#include <QFile>
#include <QFileInfo>

namespace {

constexpr qsizetype kChunk = 1 << 20;

} // namespace

bool CsvReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the file %1.").arg(QFileInfo(path).fileName());
        return false;
    }
    return setData(file.readAll());
}

bool CsvReader::setData(const QByteArray &data)
{
    m_data = data;
    m_error.clear();
    m_encoding = TextEncoding::detect(m_data);
    if (m_encoding == TextEncoding::Kind::Unknown) {
        m_error = TextEncoding::hasGb18030()
                      ? tr("The file is neither UTF-8 nor GBK text; please save it again as \"CSV UTF-8\".")
                      : tr("The file is not UTF-8 text, and this computer cannot read GBK; please save it again as "
                           "\"CSV UTF-8\".");
        return false;
    }
    if (!rewind())
        return false;
    // The delimiter is whichever of comma, tab and semicolon the first line uses most.
    const qsizetype lineEnd = m_buffer.indexOf(QLatin1Char('\n'));
    const QStringView first = QStringView(m_buffer).left(lineEnd < 0 ? m_buffer.size() : lineEnd);
    const qsizetype commas = first.count(QLatin1Char(','));
    const qsizetype tabs = first.count(QLatin1Char('\t'));
    const qsizetype semicolons = first.count(QLatin1Char(';'));
    m_delimiter = QLatin1Char(',');
    if (tabs > commas && tabs >= semicolons)
        m_delimiter = QLatin1Char('\t');
    else if (semicolons > commas && semicolons > tabs)
        m_delimiter = QLatin1Char(';');
    return true;
}

bool CsvReader::rewind()
{
    if (m_encoding == TextEncoding::Kind::Unknown)
        return false;
    m_decoder = QStringDecoder(TextEncoding::codecName(m_encoding).constData());
    m_offset = TextEncoding::byteOrderMarkLength(m_data, m_encoding);
    m_buffer.clear();
    m_pos = 0;
    m_row = 0;
    fill();
    return true;
}

bool CsvReader::fill()
{
    if (m_offset >= m_data.size())
        return false;
    const qsizetype n = qMin(kChunk, m_data.size() - m_offset);
    m_buffer = m_buffer.mid(m_pos) + QString(m_decoder(QByteArrayView(m_data).sliced(m_offset, n)));
    m_pos = 0;
    m_offset += n;
    return true;
}

double CsvReader::progress() const
{
    if (m_data.isEmpty())
        return 1.0;
    const double unread = m_buffer.size() - m_pos; // in characters, close enough for a progress bar
    return qBound(0.0, (m_offset - unread) / double(m_data.size()), 1.0);
}

QString CsvReader::description() const
{
    return tr("CSV, %1").arg(TextEncoding::displayName(m_encoding));
}

bool CsvReader::readRow(QStringList *cells, int *rowNumber)
{
    m_rowProblem.clear();
    if (m_encoding == TextEncoding::Kind::Unknown)
        return false;
    for (;;) {
        switch (parseRecord(cells)) {
        case Parse::Record:
            if (rowNumber)
                *rowNumber = ++m_row;
            return true;
        case Parse::End:
            return false;
        case Parse::NeedMore:
            fill();
            break;
        }
    }
}

CsvReader::Parse CsvReader::parseRecord(QStringList *cells)
{
    const bool atEnd = m_offset >= m_data.size();
    const qsizetype size = m_buffer.size();
    if (m_pos >= size)
        return atEnd ? Parse::End : Parse::NeedMore;
    const QChar *text = m_buffer.constData();
    QStringList fields;
    QString field;
    bool inQuotes = false;
    // A quoted field's first line break, to end the record there when the quote is never closed
    // (or spans more lines than any cell does): one stray quote must not swallow the file.
    qsizetype firstBreak = -1;
    QString fieldAtBreak;
    int breaks = 0;
    qsizetype p = m_pos;
    auto cutAtBreak = [&] {
        fields << fieldAtBreak;
        p = firstBreak + 1;
        if (text[firstBreak] == QLatin1Char('\r') && p < size && text[p] == QLatin1Char('\n'))
            ++p;
        m_pos = p;
        *cells = fields;
        m_rowProblem = tr("A quotation mark opened in this row is never closed; the row was read up to its line end.");
        return Parse::Record;
    };
    while (true) {
        if (p >= size) {
            if (!atEnd)
                return Parse::NeedMore;
            if (inQuotes && firstBreak >= 0)
                return cutAtBreak();
            if (inQuotes)
                m_rowProblem =
                    tr("A quotation mark opened in this row is never closed; the row was read up to its line end.");
            break; // last record without a line end
        }
        const QChar c = text[p];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (p + 1 >= size && !atEnd)
                    return Parse::NeedMore;
                if (p + 1 < size && text[p + 1] == QLatin1Char('"')) {
                    field += c;
                    p += 2;
                } else {
                    inQuotes = false;
                    firstBreak = -1;
                    breaks = 0;
                    ++p;
                }
            } else {
                if (c == QLatin1Char('\n') ||
                    (c == QLatin1Char('\r') && !(p + 1 < size && text[p + 1] == QLatin1Char('\n')))) {
                    if (firstBreak < 0) {
                        firstBreak = p;
                        fieldAtBreak = field;
                    }
                    if (++breaks > kMaxQuotedLineBreaks)
                        return cutAtBreak();
                } else if (c == QLatin1Char('\r') && firstBreak < 0) {
                    firstBreak = p;
                    fieldAtBreak = field;
                }
                field += c;
                ++p;
            }
            continue;
        }
        if (c == m_delimiter) {
            fields << field;
            field.clear();
            ++p;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            inQuotes = true;
            ++p;
        } else if (c == QLatin1Char('\n')) {
            ++p;
            break;
        } else if (c == QLatin1Char('\r')) {
            if (p + 1 >= size && !atEnd)
                return Parse::NeedMore;
            p += (p + 1 < size && text[p + 1] == QLatin1Char('\n')) ? 2 : 1;
            break;
        } else {
            field += c;
            ++p;
        }
    }
    fields << field;
    m_pos = p;
    *cells = fields;
    return Parse::Record;
}
