#include "zipwriter.h"

#include <array>

namespace {

constexpr quint16 kVersion = 20;       // 2.0: what readers of plain stored entries expect
constexpr quint16 kUtf8Names = 0x0800; // general purpose bit 11: names are UTF-8

constexpr std::array<quint32, 256> CrcTable = [] {
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}();

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

} // namespace

ZipWriter::ZipWriter(const QDateTime &modified)
{
    const QDate d = modified.date();
    const QTime t = modified.time();
    if (d.isValid() && d.year() >= 1980) {
        m_dosDate = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
        m_dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    } else {
        m_dosDate = (1 << 5) | 1; // 1980-01-01
    }
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = CrcTable[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    m_entries.append({name.toUtf8(), data, crc32(data)});
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QList<quint32> offsets;
    for (const Entry &e : m_entries) {
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0); // stored
        put16(out, m_dosTime);
        put16(out, m_dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0); // no extra field
        out += e.name;
        out += e.data;
    }
    const quint32 directoryOffset = quint32(out.size());
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        put32(out, 0x02014b50);
        put16(out, kVersion);
        put16(out, kVersion);
        put16(out, kUtf8Names);
        put16(out, 0);
        put16(out, m_dosTime);
        put16(out, m_dosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint16(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, offsets.at(i));
        out += e.name;
    }
    const quint32 directorySize = quint32(out.size()) - directoryOffset;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, directorySize);
    put32(out, directoryOffset);
    put16(out, 0); // comment
    return out;
}
