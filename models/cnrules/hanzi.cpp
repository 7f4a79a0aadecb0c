#include "hanzi.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>
#include <QtDebug>

namespace {

struct Tables
{
    Tables();

    QHash<char32_t, quint16> readingIndex; // code point -> index into syllables
    QList<QString> syllables;              // ~420 distinct toneless syllables
    QHash<char32_t, char32_t> simplified;  // traditional -> simplified

    char32_t simplify(char32_t ucs) const { return simplified.value(ucs, ucs); }

    // Reading of the simplified form (OpenCC maps a traditional character to
    // the simplified one it is used as, e.g. 査 -> 查 cha); falls back to the
    // character's own reading for simplified forms Unihan does not cover.
    const QString *reading(char32_t original, char32_t simple) const
    {
        auto it = readingIndex.constFind(simple);
        if (it == readingIndex.cend() && simple != original)
            it = readingIndex.constFind(original);
        return it == readingIndex.cend() ? nullptr : &syllables.at(*it);
    }
};

// Calls fn(code point) for each code point; unpaired surrogates are reported
// as themselves so they survive round trips.
template<typename Fn> void forEachCodePoint(QStringView text, Fn fn)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            fn(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            fn(char32_t(c.unicode()));
        }
    }
}

void appendUcs4(QString &out, char32_t ucs)
{
    if (QChar::requiresSurrogates(ucs)) {
        out.append(QChar(QChar::highSurrogate(ucs)));
        out.append(QChar(QChar::lowSurrogate(ucs)));
    } else {
        out.append(QChar(char16_t(ucs)));
    }
}

// A table key must be exactly one code point.
bool singleCodePoint(QStringView s, char32_t *ucs)
{
    if (s.size() == 1 && !s.front().isSurrogate()) {
        *ucs = s.front().unicode();
        return true;
    }
    if (s.size() == 2 && s.front().isHighSurrogate() && s.back().isLowSurrogate()) {
        *ucs = QChar::surrogateToUcs4(s.front(), s.back());
        return true;
    }
    return false;
}

// Calls fn(key, value) for each "key\tvalue" line, skipping "#" comments.
template<typename Fn> void forEachEntry(const QString &path, Fn fn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Hanzi: cannot open %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QStringView all(text);
    qsizetype pos = 0;
    while (pos < all.size()) {
        qsizetype end = all.indexOf(u'\n', pos);
        if (end < 0)
            end = all.size();
        QStringView line = all.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith(u'\r'))
            line.chop(1); // a checkout with CRLF line endings
        if (line.isEmpty() || line.front() == u'#')
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        fn(line.first(tab), line.sliced(tab + 1));
    }
}

Tables::Tables()
{
    readingIndex.reserve(42000);
    // Keys view the character data of the QStrings in `syllables`, which stays
    // put when the list itself grows.
    QHash<QStringView, quint16> syllableIds;
    forEachEntry(QStringLiteral(":/hanzi/pinyin.txt"), [&](QStringView key, QStringView value) {
        char32_t ucs;
        if (!singleCodePoint(key, &ucs) || value.isEmpty())
            return;
        auto it = syllableIds.constFind(value);
        if (it == syllableIds.cend()) {
            if (syllables.size() > 0xFFFF)
                return; // malformed data; quint16 indexes are plenty for ~420 syllables
            syllables.append(value.toString());
            it = syllableIds.insert(QStringView(syllables.constLast()), quint16(syllables.size() - 1));
        }
        readingIndex.insert(ucs, *it);
    });

    simplified.reserve(4200);
    forEachEntry(QStringLiteral(":/hanzi/t2s.txt"), [&](QStringView key, QStringView value) {
        char32_t from;
        char32_t to;
        if (singleCodePoint(key, &from) && singleCodePoint(value, &to) && from != to)
            simplified.insert(from, to);
    });
}

const Tables &tables()
{
    // C++11 guarantees thread-safe one-time initialisation.
    static const Tables instance;
    return instance;
}

bool isAsciiDigit(char32_t ucs)
{
    return ucs >= u'0' && ucs <= u'9';
}

bool isAsciiLetter(char32_t ucs)
{
    return (ucs >= u'a' && ucs <= u'z') || (ucs >= u'A' && ucs <= u'Z');
}

bool isMark(char32_t ucs)
{
    const QChar::Category cat = QChar::category(ucs);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

// Full-width forms, compatibility ideographs and combining sequences get one
// spelling, so stored keys and typed queries agree.
QString normalizedForKeys(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

// Surnames whose reading as a surname is not the character's most common
// reading (or that are worth stating explicitly, such as 长孙). Keys are
// simplified; the compound ones are tried first, so 单于 is chan yu, not shan.
struct Surname
{
    const char16_t *name;
    const char *reading; // toneless syllables, space-separated
};

constexpr Surname kSurnames[] = {
    // compound surnames
    {u"尉迟", "yu chi"},
    {u"万俟", "mo qi"},
    {u"长孙", "zhang sun"},
    {u"单于", "chan yu"},
    {u"澹台", "tan tai"},
    {u"乐正", "yue zheng"},
    {u"令狐", "ling hu"},
    {u"鲜于", "xian yu"},
    // single surnames
    {u"曾", "zeng"},
    {u"覃", "qin"},
    {u"单", "shan"},
    {u"仇", "qiu"},
    {u"区", "ou"},
    {u"解", "xie"},
    {u"查", "zha"},
    {u"朴", "piao"},
    {u"乐", "yue"},
    {u"缪", "miao"},
    {u"翟", "zhai"},
    {u"盖", "ge"},
    {u"任", "ren"},
    {u"秘", "bi"},
    {u"繁", "po"},
    {u"葛", "ge"},
    {u"召", "shao"},
    {u"折", "she"},
    {u"员", "yun"},
    {u"黑", "he"},
    {u"句", "gou"},
    {u"种", "chong"},
    {u"重", "chong"},
    {u"洗", "xian"},
    {u"能", "nai"},
    {u"牟", "mu"},
    {u"卜", "bu"},
    {u"薄", "bo"},
    {u"都", "du"},
    {u"藏", "zang"},
    {u"粘", "nian"},
    {u"隗", "wei"},
    {u"阚", "kan"},
    {u"祭", "zhai"},
    {u"便", "pian"},
    {u"乜", "nie"},
    {u"佴", "nai"},
    {u"郇", "xun"},
    {u"枞", "zong"},
};

// The surname at the start of `text` (already NFKC-normalised): its length in
// UTF-16 units and its syllables; 0 when it is not a listed surname.
qsizetype surnameAt(const QString &text, QStringList *syllables)
{
    const QString head = Hanzi::toSimplified(text.left(2));
    for (const Surname &s : kSurnames) {
        const QStringView name(s.name);
        if (head.startsWith(name) && !text.at(name.size() - 1).isSurrogate()) {
            *syllables = QString::fromLatin1(s.reading).split(u' ');
            return name.size();
        }
    }
    return 0;
}

} // namespace

QString Hanzi::namePinyin(const QString &name)
{
    const QString text = normalizedForKeys(name).trimmed();
    QStringList syllables;
    const qsizetype length = surnameAt(text, &syllables);
    if (length == 0)
        return pinyin(text);
    const QString rest = pinyin(text.mid(length));
    return rest.isEmpty() ? syllables.join(u' ') : syllables.join(u' ') + u' ' + rest;
}

QString Hanzi::nameInitials(const QString &name)
{
    const QString text = normalizedForKeys(name).trimmed();
    QStringList syllables;
    const qsizetype length = surnameAt(text, &syllables);
    if (length == 0)
        return initials(text);
    QString out;
    for (const QString &syllable : syllables)
        out.append(syllable.front());
    return out + initials(text.mid(length));
}

bool Hanzi::isHan(char32_t ucs)
{
    return (ucs >= 0x4E00 && ucs <= 0x9FFF)       // CJK Unified Ideographs
           || (ucs >= 0x3400 && ucs <= 0x4DBF)    // Extension A
           || (ucs >= 0xF900 && ucs <= 0xFAFF)    // Compatibility Ideographs
           || (ucs >= 0x20000 && ucs <= 0x3FFFF); // planes 2 and 3: Extensions B..H, compatibility supplement
}

bool Hanzi::looksLikeInitials(const QString &input)
{
    if (input.isEmpty() || input.size() > 10)
        return false;
    for (const QChar c : input) {
        if (!isAsciiLetter(c.unicode()))
            return false;
    }
    return true;
}

QString Hanzi::toSimplified(const QString &text)
{
    const Tables &t = tables();
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&](char32_t ucs) { appendUcs4(out, t.simplify(ucs)); });
    return out;
}

QString Hanzi::initials(const QString &text)
{
    const Tables &t = tables();
    QString out;
    forEachCodePoint(normalizedForKeys(text), [&](char32_t ucs) {
        if (isHan(ucs)) {
            if (const QString *syllable = t.reading(ucs, t.simplify(ucs)))
                out.append(syllable->front());
        } else if (isAsciiLetter(ucs) || isAsciiDigit(ucs)) {
            out.append(QChar(char16_t(QChar::toLower(ucs))));
        }
    });
    return out;
}

QString Hanzi::pinyin(const QString &text)
{
    const Tables &t = tables();
    QString out;
    bool inRun = false; // inside a run of non-Han, non-space characters
    const auto separate = [&out] {
        if (!out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    };
    forEachCodePoint(normalizedForKeys(text), [&](char32_t ucs) {
        if (isHan(ucs)) {
            separate();
            const char32_t simple = t.simplify(ucs);
            if (const QString *syllable = t.reading(ucs, simple))
                out.append(*syllable);
            else
                appendUcs4(out, simple);
            inRun = false;
        } else if (QChar::isSpace(ucs)) {
            inRun = false;
        } else {
            if (!inRun)
                separate();
            appendUcs4(out, QChar::toLower(ucs));
            inRun = true;
        }
    });
    return out;
}

QString Hanzi::searchTokens(const QString &text)
{
    const Tables &t = tables();
    QString out;
    bool inWord = false; // inside a run of letters that stays one token
    const auto separate = [&out] {
        if (!out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    };
    forEachCodePoint(normalizedForKeys(text), [&](char32_t ucs) {
        // Han characters one per token, so a phrase query finds any substring
        // of a name or address. Digit runs stay whole ("501" is one token):
        // single-digit tokens would make every room-number query intersect
        // huge doclists. Private-use code points are rare name characters
        // from legacy GBK systems.
        if (isHan(ucs) || QChar::category(ucs) == QChar::Other_PrivateUse) {
            separate();
            appendUcs4(out, t.simplify(ucs));
            inWord = false;
        } else if (QChar::isLetterOrNumber(ucs)) {
            if (!inWord)
                separate();
            appendUcs4(out, QChar::toLower(ucs));
            inWord = true;
        } else if (inWord && isMark(ucs)) {
            appendUcs4(out, ucs); // combining mark belongs to the word before it
        } else {
            inWord = false;
        }
    });
    return out;
}

QString Hanzi::ftsPhraseQuery(const QString &userInput)
{
    const QStringList tokens = searchTokens(userInput).split(u' ', Qt::SkipEmptyParts);
    QString query;
    for (const QString &token : tokens) {
        if (!query.isEmpty())
            query += QLatin1String(" + ");
        // Quoted strings are the only FTS5 syntax whose content is never an
        // operator; doubling is the only escape inside them.
        QString quoted = token;
        quoted.replace(u'"', QLatin1String("\"\""));
        query += u'"' + quoted + u'"';
    }
    return query;
}
