#include "importvocabulary.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

namespace {

struct Entry
{
    QString code;
    QString alias; // folded
};

// The vocabulary by section, and an exact-match table: a register's rows ask about the same
// words a million times, so a lookup must not walk the whole file.
struct Vocabulary
{
    QHash<QString, QList<Entry>> sections;
    QHash<QString, QString> exact; // section + U+001F + folded alias: code (the first listed wins)
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v = [] {
        Vocabulary result;
        QFile file(QStringLiteral(":/import/vocabulary.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return result;
        QTextStream in(&file);
        auto add = [&result](const QString &section, const QString &code, const QString &alias) {
            result.sections[section].append({code, alias});
            const QString key = section + QChar(0x1F) + alias;
            if (!result.exact.contains(key))
                result.exact.insert(key, code);
        };
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype tab = line.indexOf(QLatin1Char('\t'));
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (tab < 0 || colon < 0 || colon > tab)
                continue;
            const QString section = line.left(colon);
            const QString code = line.mid(colon + 1, tab - colon - 1);
            for (const QString &alias : line.mid(tab + 1).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                add(section, code, ImportVocabulary::fold(alias));
            add(section, code, ImportVocabulary::fold(code));
        }
        return result;
    }();
    return v;
}

} // namespace

QString ImportVocabulary::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (ch.isSpace() || c == u'*')
            continue;
        if (c >= 0xFF01 && c <= 0xFF5E)
            out += QChar(char16_t(c - 0xFEE0)).toLower();
        else
            out += ch.toLower();
    }
    return out;
}

QString ImportVocabulary::lookup(const QString &section, const QString &text)
{
    const QString key = fold(text);
    if (key.isEmpty())
        return QString();
    return vocabulary().exact.value(section + QChar(0x1F) + key);
}

QString ImportVocabulary::lookupPrefix(const QString &section, const QString &text)
{
    const QString exact = lookup(section, text);
    if (!exact.isEmpty())
        return exact;
    const QString key = fold(text);
    const auto entries = vocabulary().sections.constFind(section);
    if (entries == vocabulary().sections.constEnd())
        return QString();
    const Entry *best = nullptr;
    for (const Entry &e : *entries)
        if (e.alias.size() >= 2 && key.startsWith(e.alias) && (!best || e.alias.size() > best->alias.size()))
            best = &e;
    return best ? best->code : QString();
}
