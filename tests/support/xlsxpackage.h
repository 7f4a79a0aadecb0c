#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class QuaZip;

// An .xlsx file taken apart for tests, independently of the reader the program imports with:
// every ZIP entry through QuaZip (CRC checked) with its compression method, and a sheet's
// cells exactly as written (type, style index, raw value, shared strings resolved), with what
// each style means (bold, fill, number format).
class XlsxPackage final
{
public:
    struct Cell
    {
        QString type;  // "s" shared string, "inlineStr", "" number, …
        int style = 0; // index into cellXfs
        QString value; // the <v> as written (a shared string's index, a number)
        QString text;  // the text a string cell shows
    };
    struct CellStyle
    {
        bool bold = false;
        QString fill;         // ARGB of a solid fill, empty if none
        int numberFormat = 0; // 0 General, 14 a built-in date, 164+ custom
        QString formatCode;   // a custom format's code, e.g. "yyyy-mm-dd"
    };

    bool open(const QString &path);
    bool open(const QByteArray &bytes);
    QString errorText() const { return m_error; }

    QStringList entries() const { return m_entries.keys(); }
    QByteArray entry(const QString &name) const { return m_entries.value(name); }
    int method(const QString &name) const { return m_methods.value(name, -1); } // 8: deflate
    QByteArray sheetXml(int sheet = 1) const;
    QMap<QString, Cell> cells(int sheet = 1) const;
    CellStyle style(int index) const;
    QStringList sharedStrings() const;

private:
    bool read(QuaZip &zip);

    QMap<QString, QByteArray> m_entries;
    QMap<QString, int> m_methods;
    QString m_error;
};
