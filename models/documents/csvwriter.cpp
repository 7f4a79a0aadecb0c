#include "csvwriter.h"

#include <QBuffer>
#include <QIODevice>
#include <QRegularExpression>

namespace {
const char kBom[] = "\xEF\xBB\xBF";

// A signed decimal number: what a spreadsheet reads as a value, never as a formula.
bool isPlainNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

// TableExporter's own marker for a long run of digits (an ID number) that must stay text: a tab,
// then digits and X only. Excel drops the tab on opening; nothing in it can run.
bool isDigitsKeptAsText(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\t[0-9X]+$"));
    return digits.match(text).hasMatch();
}
} // namespace

QString CsvWriter::safeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                       first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    if (!risky || isPlainNumber(text) || isDigitsKeptAsText(text))
        return text;
    return QLatin1Char('\'') + text;
}

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
    , m_bomPending(byteOrderMark)
{}

QString CsvWriter::field(const QString &text)
{
    const QString safe = safeText(text);
    const bool quote = safe.contains(QLatin1Char(',')) || safe.contains(QLatin1Char('"')) ||
                       safe.contains(QLatin1Char('\r')) || safe.contains(QLatin1Char('\n'));
    if (!quote)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_ok || !m_device)
        return false;
    QByteArray bytes;
    if (m_bomPending) {
        bytes.append(kBom, 3);
        m_bomPending = false;
    }
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted << field(f);
    bytes += quoted.join(QLatin1Char(',')).toUtf8();
    bytes += "\r\n";
    m_ok = m_device->write(bytes) == bytes.size();
    return m_ok;
}

QByteArray CsvWriter::encode(const QList<QStringList> &rows, bool byteOrderMark)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, byteOrderMark);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    return bytes;
}
