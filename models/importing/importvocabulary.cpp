#include "importvocabulary.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

namespace {

struct Entry
{
    QString section;
    QString code;
    QString alias; // folded
};

const QList<Entry> &entries()
{
    static const QList<Entry> list = [] {
        QList<Entry> result;
        QFile file(QStringLiteral(":/import/vocabulary.txt"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return result;
        QTextStream in(&file);
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
                result.append({section, code, ImportVocabulary::fold(alias)});
            result.append({section, code, ImportVocabulary::fold(code)});
        }
        return result;
    }();
    return list;
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
    for (const Entry &e : entries())
        if (e.section == section && e.alias == key)
            return e.code;
    return QString();
}

QString ImportVocabulary::lookupPrefix(const QString &section, const QString &text)
{
    const QString exact = lookup(section, text);
    if (!exact.isEmpty())
        return exact;
    const QString key = fold(text);
    const Entry *best = nullptr;
    for (const Entry &e : entries())
        if (e.section == section && e.alias.size() >= 2 && key.startsWith(e.alias) &&
            (!best || e.alias.size() > best->alias.size()))
            best = &e;
    return best ? best->code : QString();
}
