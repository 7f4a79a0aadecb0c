#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Finds how a text file from a clerk's PC is encoded: UTF-8 (with or without a byte order mark),
// UTF-16 with a byte order mark, or GB18030 (which includes GBK and GB2312, what Excel on a
// Chinese Windows writes). GB18030 needs Qt built with ICU; without it such files are refused
// with a clear message instead of being read as garbage.
class TextEncoding final
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    enum class Kind { Unknown, Utf8, Utf16LE, Utf16BE, Gb18030 };

    // Looks at the whole data. Unknown when no supported encoding decodes it cleanly.
    static Kind detect(const QByteArray &data);
    // Length of the byte order mark at the start of data for that encoding (0 if none).
    static int byteOrderMarkLength(const QByteArray &data, Kind kind);
    // The name QStringDecoder takes ("UTF-8", "GB18030", ...).
    static QByteArray codecName(Kind kind);
    static QString displayName(Kind kind);
    // True when this Qt can decode GB18030 (it is built with ICU).
    static bool hasGb18030();
    // Decodes all of data (byte order mark dropped); *ok false if it did not decode cleanly.
    static QString decode(const QByteArray &data, bool *ok = nullptr, Kind *kind = nullptr);
};
