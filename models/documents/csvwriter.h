#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when
// it holds a comma, a double quote, CR or LF (quotes doubled inside). UTF-8 with a byte order
// mark by default, which is what makes Excel on a Chinese Windows read the text as UTF-8
// rather than GBK. Every CSV the program writes goes through here, so every file is safe to open:
// a text cell that Excel or WPS would run as a formula (it begins with = + - @, a tab or CR) gets
// an apostrophe in front (the OWASP rule). A cell that is a plain number ("-12.5") is a number,
// not a formula, and stays as it is, so amount columns still sum.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = true);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // False once a write to the device failed.
    bool writeRow(const QStringList &fields);
    bool isOk() const { return m_ok; }

    // The cell as written: neutralised (safeText()), then quoted where RFC 4180 needs it.
    static QString field(const QString &text);
    // `text` with an apostrophe in front when a spreadsheet would read it as a formula.
    static QString safeText(const QString &text);
    static QByteArray encode(const QList<QStringList> &rows, bool byteOrderMark = true);

private:
    QIODevice *m_device;
    bool m_bomPending;
    bool m_ok = true;
};
