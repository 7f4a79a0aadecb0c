#include "csvwriter.h"

#include <QBuffer>
#include <QIODevice>

namespace {
const char kBom[] = "\xEF\xBB\xBF";
}

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device)
    , m_bomPending(byteOrderMark)
{}

QString CsvWriter::field(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    QString quoted = text;
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
