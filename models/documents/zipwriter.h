#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// Writes a ZIP archive whose entries are STORED (not compressed), with their CRC-32: the
// container of an .xlsx file, without a zip library. Entries up to 4 GB, no ZIP64.
class ZipWriter final
{
public:
    explicit ZipWriter(const QDateTime &modified = QDateTime::currentDateTime());

    void addFile(const QString &name, const QByteArray &data);
    // The whole archive: local headers and data, central directory, end record.
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
    };
    QList<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};
