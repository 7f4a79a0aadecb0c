#include "textencoding.h"

#include <QStringDecoder>

namespace {

bool decodesCleanly(const QByteArray &data, const char *codec)
{
    QStringDecoder decoder(codec, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    const QString text = decoder(data);
    // ICU converters substitute rather than flag errors: a replacement character means a bad byte.
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

} // namespace

TextEncoding::Kind TextEncoding::detect(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return decodesCleanly(data.mid(3), "UTF-8") ? Kind::Utf8 : Kind::Unknown;
    if (data.startsWith("\xFF\xFE"))
        return Kind::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return Kind::Utf16BE;
    if (decodesCleanly(data, "UTF-8"))
        return Kind::Utf8;
    if (hasGb18030() && decodesCleanly(data, "GB18030"))
        return Kind::Gb18030;
    return Kind::Unknown;
}

int TextEncoding::byteOrderMarkLength(const QByteArray &data, Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
        return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case Kind::Utf16LE:
        return data.startsWith("\xFF\xFE") ? 2 : 0;
    case Kind::Utf16BE:
        return data.startsWith("\xFE\xFF") ? 2 : 0;
    default:
        return 0;
    }
}

QByteArray TextEncoding::codecName(Kind kind)
{
    switch (kind) {
    case Kind::Utf8:
        return QByteArrayLiteral("UTF-8");
    case Kind::Utf16LE:
        return QByteArrayLiteral("UTF-16LE");
    case Kind::Utf16BE:
        return QByteArrayLiteral("UTF-16BE");
    case Kind::Gb18030:
        return QByteArrayLiteral("GB18030");
    case Kind::Unknown:
        break;
    }
    return QByteArray();
}

QString TextEncoding::displayName(Kind kind)
{
    if (kind == Kind::Gb18030)
        return QStringLiteral("GBK/GB18030");
    if (kind == Kind::Unknown)
        return tr("unknown");
    return QString::fromLatin1(codecName(kind));
}

bool TextEncoding::hasGb18030()
{
    static const bool available = QStringDecoder("GB18030").isValid();
    return available;
}

QString TextEncoding::decode(const QByteArray &data, bool *ok, Kind *kindOut)
{
    const Kind kind = detect(data);
    if (kindOut)
        *kindOut = kind;
    if (ok)
        *ok = kind != Kind::Unknown;
    if (kind == Kind::Unknown)
        return QString();
    QStringDecoder decoder(codecName(kind).constData(), QStringDecoder::Flag::Stateless);
    return decoder(QByteArrayView(data).sliced(byteOrderMarkLength(data, kind)));
}
