#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when
// it holds a comma, a double quote, CR or LF (quotes doubled inside). UTF-8 with a byte order
// mark by default, which is what makes Excel on a Chinese Windows read the text as UTF-8
// rather than GBK.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = true);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // False once a write to the device failed.
    bool writeRow(const QStringList &fields);
    bool isOk() const { return m_ok; }

    static QString field(const QString &text);
    static QByteArray encode(const QList<QStringList> &rows, bool byteOrderMark = true);

private:
    QIODevice *m_device;
    bool m_bomPending;
    bool m_ok = true;
};
