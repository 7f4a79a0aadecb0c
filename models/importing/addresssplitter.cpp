#include "addresssplitter.h"

#include "importcleaner.h"

#include <QHash>
#include <QRegularExpression>

namespace {

const QString kNumeral = QStringLiteral("[0-9一二三四五六七八九十两〇零]+");

// The same few building, unit and room spellings come back on every row of a register: each is
// worked out once per thread (the table is dropped when it grows past any real register's).
template<typename F> QString remembered(QHash<QString, QString> &table, const QString &text, F work)
{
    if (const auto it = table.constFind(text); it != table.constEnd())
        return it.value();
    if (table.size() > 100000)
        table.clear();
    const QString result = work(text);
    table.insert(text, result);
    return result;
}

QString digits(const QString &number)
{
    const QString n = AddressSplitter::chineseNumber(number);
    return n.isEmpty() ? number : n;
}

} // namespace

QString AddressSplitter::chineseNumber(const QString &text)
{
    static const QString ones = QStringLiteral("〇一二三四五六七八九");
    if (text.isEmpty())
        return QString();
    bool allDigits = true;
    for (const QChar c : text)
        allDigits = allDigits && c.isDigit() && c.unicode() < 128;
    if (allDigits)
        return text;
    QString t = text;
    t.replace(QChar(u'两'), QChar(u'二')).replace(QChar(u'零'), QChar(u'〇'));
    const qsizetype ten = t.indexOf(QChar(u'十'));
    auto one = [&](const QString &s, int empty) {
        if (s.isEmpty())
            return empty;
        if (s.size() != 1)
            return -1;
        return int(ones.indexOf(s.at(0)));
    };
    int value = -1;
    if (ten < 0) {
        // 二〇一 style: digit by digit.
        QString out;
        for (const QChar c : t) {
            const qsizetype d = ones.indexOf(c);
            if (d < 0)
                return QString();
            out += QChar(char16_t(u'0' + d));
        }
        return out;
    }
    const int tens = one(t.left(ten), 1);
    const int units = one(t.mid(ten + 1), 0);
    if (tens < 0 || units < 0)
        return QString();
    value = tens * 10 + units;
    return QString::number(value);
}

AddressSplitter::Parts AddressSplitter::split(const QString &text)
{
    Parts parts;
    const QString t = ImportCleaner::folded(text);
    if (t.isEmpty())
        return parts;
    // 幸福里3栋2单元501室, 3号楼2-501, 三幢201室, 幸福里小区3号楼2单元501
    static const QRegularExpression named(
        QStringLiteral("^(.*?)(%1|[A-Za-z])(号楼|栋|幢|座|号|#楼|#)(?:(%1)(?:单元|-))?(\\d+)(?:室|号)?$")
            .arg(kNumeral));
    QRegularExpressionMatch m = named.match(t);
    if (m.hasMatch()) {
        parts.ok = true;
        parts.compound = m.captured(1);
        parts.building = digits(m.captured(2)) + m.captured(3);
        parts.unit = digits(m.captured(4));
        parts.room = m.captured(5);
        return parts;
    }
    // 幸福里3-2-501: building, unit and room by dashes.
    static const QRegularExpression dashed(QStringLiteral("^(.*?\\D)?(\\d+)-(\\d+)-(\\d+)(?:室|号)?$"));
    m = dashed.match(t);
    if (m.hasMatch()) {
        parts.ok = true;
        parts.compound = m.captured(1);
        parts.building = m.captured(2) + QStringLiteral("栋");
        parts.unit = m.captured(3);
        parts.room = m.captured(4);
    }
    return parts;
}

QString AddressSplitter::buildingKey(const QString &building)
{
    static thread_local QHash<QString, QString> table;
    return remembered(table, building, [](const QString &text) -> QString {
        const QString t = ImportCleaner::folded(text);
        static const QRegularExpression numbered(QStringLiteral("^(%1)(号楼|栋|幢|座|号|#楼|#|楼)?$").arg(kNumeral));
        const QRegularExpressionMatch m = numbered.match(t);
        if (m.hasMatch()) {
            const QString n = chineseNumber(m.captured(1));
            if (!n.isEmpty())
                return QString::number(n.toInt()); // 03栋 is 3栋
        }
        return t.toLower();
    });
}

QString AddressSplitter::buildingName(const QString &building)
{
    static thread_local QHash<QString, QString> table;
    return remembered(table, building, [](const QString &text) -> QString {
        const QString t = ImportCleaner::folded(text);
        static const QRegularExpression numbered(QStringLiteral("^(%1)(号楼|栋|幢|座|号|#楼|#|楼)?$").arg(kNumeral));
        const QRegularExpressionMatch m = numbered.match(t);
        if (m.hasMatch() && !chineseNumber(m.captured(1)).isEmpty())
            return chineseNumber(m.captured(1)) + m.captured(2);
        return t;
    });
}

QString AddressSplitter::unitName(const QString &unit)
{
    static thread_local QHash<QString, QString> table;
    return remembered(table, unit, [](const QString &text) -> QString {
        const QString t = ImportCleaner::folded(text);
        static const QRegularExpression numbered(QStringLiteral("^(%1)(单元)?$").arg(kNumeral));
        const QRegularExpressionMatch m = numbered.match(t);
        if (m.hasMatch() && !chineseNumber(m.captured(1)).isEmpty())
            return chineseNumber(m.captured(1));
        return t;
    });
}

QString AddressSplitter::roomName(const QString &room)
{
    static thread_local QHash<QString, QString> table;
    return remembered(table, room, [](const QString &text) -> QString {
        QString t = ImportCleaner::folded(text);
        static const QRegularExpression suffix(QStringLiteral("^(\\d+)(室|号|房)$"));
        const QRegularExpressionMatch m = suffix.match(t);
        return m.hasMatch() ? m.captured(1) : t;
    });
}
