#include "idnumber.h"

#include <QCoreApplication>

namespace {

// GB 11643-1999 / ISO 7064 MOD 11-2: weight of digit i is 2^(17-i) mod 11.
constexpr int Weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t CheckChars[] = u"10X98765432";

struct Province
{
    int code;
    const char16_t *name;
};

// Province-level divisions of GB/T 2260. 81/82/83 also head the numbers on the residence permits of
// Hong Kong, Macau and Taiwan residents, whose region part is 810000/820000/830000.
constexpr Province Provinces[] = {
    {11, u"北京"},   {12, u"天津"}, {13, u"河北"}, {14, u"山西"}, {15, u"内蒙古"}, {21, u"辽宁"}, {22, u"吉林"},
    {23, u"黑龙江"}, {31, u"上海"}, {32, u"江苏"}, {33, u"浙江"}, {34, u"安徽"},   {35, u"福建"}, {36, u"江西"},
    {37, u"山东"},   {41, u"河南"}, {42, u"湖北"}, {43, u"湖南"}, {44, u"广东"},   {45, u"广西"}, {46, u"海南"},
    {50, u"重庆"},   {51, u"四川"}, {52, u"贵州"}, {53, u"云南"}, {54, u"西藏"},   {61, u"陕西"}, {62, u"甘肃"},
    {63, u"青海"},   {64, u"宁夏"}, {65, u"新疆"}, {71, u"台湾"}, {81, u"香港"},   {82, u"澳门"}, {83, u"台湾"},
};

bool isPermitProvince(int code)
{
    return code == 81 || code == 82 || code == 83;
}

// ASCII only: QChar::isDigit() would also accept Arabic-Indic and other digits.
bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiDigits(QStringView s)
{
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

// Folds what clerks paste from full-width IMEs, Word or WeChat: full-width forms U+FF01..U+FF5E become
// ASCII, whitespace (including U+3000) and invisible format characters (zero-width space, BOM) go,
// and x becomes X.
QString fold(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        if (c.isSpace() || c.category() == QChar::Other_Format)
            continue;
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(char16_t(c.unicode() - 0xFEE0));
        out.append(c == u'x' ? QChar(u'X') : c);
    }
    return out;
}

const char16_t *provinceFor(int code)
{
    for (const Province &p : Provinces) {
        if (p.code == code)
            return p.name;
    }
    return nullptr;
}

// Index of the first character that cannot be where it is (input already of length 15 or 18), or -1.
qsizetype firstBadCharacter(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool checkPlace = s.size() == 18 && i == 17;
        if (!isAsciiDigit(s.at(i)) && !(checkPlace && s.at(i) == u'X'))
            return i;
    }
    return -1;
}

// The first 17 characters of the 18-digit form: old numbers gain the century "19" after the region.
QString first17(const QString &s)
{
    return s.size() == 18 ? s.left(17) : QString(s.left(6) % QLatin1String("19") % s.mid(6));
}

QString dateText(const QString &digits17)
{
    return digits17.mid(6, 4) % u'-' % digits17.mid(10, 2) % u'-' % digits17.mid(12, 2);
}

} // namespace

IdNumber IdNumber::parse(const QString &input, const QDate &today)
{
    IdNumber id;
    id.m_input = fold(input);
    const QString &s = id.m_input;

    if (s.isEmpty()) {
        id.m_error = Empty;
        return id;
    }
    if (s.size() != 18 && s.size() != 15) {
        id.m_error = BadLength;
        return id;
    }
    if (firstBadCharacter(s) >= 0) {
        id.m_error = BadCharacters;
        return id;
    }

    const int province = s.left(2).toInt();
    if (!provinceFor(province) || (s.mid(2, 4) == QLatin1String("0000") && !isPermitProvince(province))) {
        id.m_error = UnknownRegion;
        return id;
    }

    const QString digits = first17(s);
    const int year = digits.mid(6, 4).toInt();
    const int month = digits.mid(10, 2).toInt();
    const int day = digits.mid(12, 2).toInt();
    if (!QDate::isValid(year, month, day)) {
        id.m_error = ImpossibleDate;
        return id;
    }
    const QDate birth(year, month, day);
    if (birth < QDate(1900, 1, 1)) {
        id.m_error = TooOld;
        return id;
    }
    if (today.isValid() && birth > today) {
        id.m_error = FutureDate;
        return id;
    }

    const QChar check = checkDigit(digits);
    if (s.size() == 18 && s.at(17) != check) {
        id.m_error = BadCheckDigit;
        return id;
    }

    id.m_error = None;
    id.m_normalized = digits + check;
    id.m_birthDate = birth;
    return id;
}

QString IdNumber::errorText() const
{
    const QString &s = m_input;
    switch (m_error) {
    case None:
        return {};
    case Empty:
        return QCoreApplication::translate("IdNumber", "Please enter the ID number.");
    case BadLength:
        //: %1 is the number of characters entered
        return QCoreApplication::translate("IdNumber",
                                           "An ID number has 18 characters (or 15 for old cards); this one has %1.")
            .arg(s.size());
    case BadCharacters: {
        const qsizetype i = firstBadCharacter(s);
        //: %1 is the position (1 = first), %2 the character
        return QCoreApplication::translate("IdNumber", "Character %1 (\"%2\") is not allowed: an ID number has only "
                                                       "digits, and X only as the 18th character.")
            .arg(i + 1)
            .arg(s.at(i));
    }
    case BadCheckDigit:
        //: %1 is the expected last character, a digit or X
        return QCoreApplication::translate("IdNumber", "The check digit is wrong: the last character should be %1. "
                                                       "Please check the whole number for typing errors.")
            .arg(checkDigit(s.left(17)));
    case UnknownRegion:
        if (!provinceFor(s.left(2).toInt()))
            //: %1 is the first two digits of the number
            return QCoreApplication::translate("IdNumber", "The number starts with %1, which is not a province code.")
                .arg(s.left(2));
        //: %1 is a 6-digit region code such as 110000
        return QCoreApplication::translate("IdNumber", "The region code %1 names a whole province, not a county: "
                                                       "digits 3 to 6 cannot all be 0.")
            .arg(s.left(6));
    case ImpossibleDate:
        //: %1 is the date as written in the number (yyyy-MM-dd), %2 and %3 the positions of the date digits
        return QCoreApplication::translate("IdNumber",
                                           "The birth date in the number, %1, does not exist. Check digits %2 to %3.")
            .arg(dateText(first17(s)))
            .arg(7)
            .arg(s.size() == 18 ? 14 : 12);
    case FutureDate:
        //: %1 is a date (yyyy-MM-dd)
        return QCoreApplication::translate("IdNumber", "The birth date in the number, %1, is in the future.")
            .arg(dateText(first17(s)));
    case TooOld:
        //: %1 is a date (yyyy-MM-dd)
        return QCoreApplication::translate("IdNumber", "The birth date in the number, %1, is before 1900.")
            .arg(dateText(first17(s)));
    }
    return {};
}

IdNumber::Gender IdNumber::gender() const
{
    if (m_normalized.size() != 18)
        return Male;
    return (m_normalized.at(16).unicode() - u'0') % 2 == 1 ? Male : Female;
}

QString IdNumber::provinceName() const
{
    if (!isValid())
        return {};
    const char16_t *name = provinceFor(m_normalized.left(2).toInt());
    return name ? QString::fromUtf16(name) : QString();
}

QChar IdNumber::checkDigit(const QString &first17)
{
    if (first17.size() != 17 || !isAsciiDigits(first17))
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * Weights[i];
    return QChar(CheckChars[sum % 11]);
}

QString IdNumber::mask(const QString &number)
{
    const QString s = fold(number);
    const qsizetype n = s.size();
    qsizetype head = 0;
    qsizetype tail = 0;
    if (n == 18) {
        head = 6;
        tail = 4;
    } else if (n == 15) {
        head = 6;
        tail = 3;
    } else if (n >= 8) {
        head = 2;
        tail = 2;
    }
    return s.left(head) % QString(n - head - tail, u'*') % s.right(tail);
}

QString IdNumber::generate(const QString &region6, const QDate &birth, int sequence3, bool male)
{
    if (region6.size() != 6 || !isAsciiDigits(region6) || !birth.isValid() || birth.year() < 1 || birth.year() > 9999)
        return {};
    int sequence = (sequence3 % 1000 + 1000) % 1000;
    if ((sequence % 2 == 1) != male)
        sequence ^= 1; // flips only the gender digit and stays within 000..999
    const QString digits =
        region6 % QString::asprintf("%04d%02d%02d%03d", birth.year(), birth.month(), birth.day(), sequence);
    return digits + checkDigit(digits);
}
