#include "phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {

// "010-12345678转123" is how extensions are usually written in China.
constexpr char16_t ExtensionMark = u'转';

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Full-width forms U+FF01..U+FF5E become ASCII (１, －, （, ＋); the dashes and minus signs that word
// processors and IMEs substitute for '-' become '-'.
QChar fold(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF01 && u <= 0xFF5E)
        return QChar(char16_t(u - 0xFEE0));
    if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE58 || u == 0xFE63)
        return QChar(u'-');
    return c;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Other_Format || c == u'-' || c == u'(' || c == u')';
}

struct Parts
{
    enum Kind { Empty, Unrecognised, Mobile, Landline } kind = Empty;
    QString text;         // folded input without spaces: what normalize() returns when Unrecognised
    QChar badChar;        // Unrecognised because of this character
    bool foreign = false; // Unrecognised because of a country code other than +86
    QString digits;       // Mobile
    QString area;         // Landline: "010", or empty for a local number
    QString local;
    QString extension;
};

// Removes n digits from the front of the digit groups.
void dropDigits(QStringList &groups, qsizetype n)
{
    while (n > 0 && !groups.isEmpty()) {
        const qsizetype take = qMin(n, groups.first().size());
        groups.first().remove(0, take);
        n -= take;
        if (groups.first().isEmpty())
            groups.removeFirst();
    }
}

Parts split(const QString &input)
{
    Parts p;
    QString folded;
    for (QChar c : input)
        folded.append(fold(c));
    for (QChar c : folded) {
        if (!c.isSpace() && c.category() != QChar::Other_Format)
            p.text.append(c);
    }
    if (p.text.isEmpty())
        return p;
    p.kind = Parts::Unrecognised;

    QString main = folded.trimmed();
    QString extension;
    const qsizetype mark = main.indexOf(QChar(ExtensionMark));
    if (mark >= 0) {
        for (QChar c : main.mid(mark + 1)) {
            if (isAsciiDigit(c))
                extension.append(c);
            else if (!isSeparator(c)) {
                p.badChar = c;
                return p;
            }
        }
        main.truncate(mark);
    }

    // Digit groups between separators tell where a local number ends and an extension begins.
    QStringList groups;
    QString group;
    bool plus = false;
    for (qsizetype i = 0; i < main.size(); ++i) {
        const QChar c = main.at(i);
        if (isAsciiDigit(c)) {
            group.append(c);
            continue;
        }
        if (!group.isEmpty())
            groups.append(group);
        group.clear();
        if (c == u'+' && i == 0)
            plus = true;
        else if (!isSeparator(c)) {
            p.badChar = c;
            return p;
        }
    }
    if (!group.isEmpty())
        groups.append(group);
    QString digits = groups.join(QString());

    // Country code: only +86 / 0086, after which a landline's area code has lost its leading 0.
    bool international = false;
    if (plus || digits.startsWith(QLatin1String("00"))) {
        const QLatin1String prefix = plus ? QLatin1String("86") : QLatin1String("0086");
        if (!digits.startsWith(prefix)) {
            p.foreign = true;
            return p;
        }
        dropDigits(groups, prefix.size());
        digits.remove(0, prefix.size());
        international = true;
    }
    if (digits.isEmpty())
        return p;

    if (digits.size() == 11 && digits.startsWith(u'1')) {
        if (!extension.isEmpty())
            return p;
        p.kind = Parts::Mobile;
        p.digits = digits;
        return p;
    }
    if (international && !digits.startsWith(u'0')) {
        digits.prepend(u'0');
        groups.first().prepend(u'0');
    }

    if (!digits.startsWith(u'0') && digits.startsWith(u'1') && digits.size() > 8 && extension.isEmpty()) {
        p.kind = Parts::Mobile; // no area code, long, starts with 1: a mistyped mobile
        p.digits = digits;
        return p;
    }

    p.kind = Parts::Landline;
    if (digits.startsWith(u'0')) {
        p.area = digits.left(digits.size() > 1 && (digits.at(1) == u'1' || digits.at(1) == u'2') ? 3 : 4);
        dropDigits(groups, p.area.size());
    }
    // Whole groups until the local number has 7 digits; the groups after it are an extension.
    qsizetype i = 0;
    while (i < groups.size() && p.local.size() < 7)
        p.local.append(groups.at(i++));
    const QString rest = groups.mid(i).join(QString());
    if (!rest.isEmpty() && !extension.isEmpty()) {
        p.kind = Parts::Unrecognised; // two extensions
        return p;
    }
    p.extension = rest.isEmpty() ? extension : rest;
    return p;
}

QString render(const Parts &p)
{
    switch (p.kind) {
    case Parts::Empty:
        return {};
    case Parts::Unrecognised:
        return p.text;
    case Parts::Mobile:
        return p.digits;
    case Parts::Landline:
        break;
    }
    QStringList fields;
    for (const QString &f : {p.area, p.local, p.extension}) {
        if (!f.isEmpty())
            fields.append(f);
    }
    return fields.join(u'-');
}

const QRegularExpression &mobilePattern()
{
    static const QRegularExpression re(QStringLiteral("^1[3-9][0-9]{9}$"));
    return re;
}

const QRegularExpression &landlinePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:0[12][0-9]-|0[3-9][0-9]{2}-)[1-9][0-9]{6,7}(?:-[0-9]{1,6})?$|^[1-9][0-9]{6,7}$"));
    return re;
}

QString stars(qsizetype n)
{
    return QString(qMax<qsizetype>(n, 0), u'*');
}

} // namespace

QString PhoneNumber::normalize(const QString &input)
{
    return render(split(input));
}

bool PhoneNumber::isValid(const QString &normalized)
{
    return isMobile(normalized) || landlinePattern().match(normalized).hasMatch();
}

bool PhoneNumber::isMobile(const QString &normalized)
{
    return mobilePattern().match(normalized).hasMatch();
}

QString PhoneNumber::errorText(const QString &input)
{
    const Parts p = split(input);
    if (isValid(render(p)))
        return {};
    switch (p.kind) {
    case Parts::Empty:
        return QCoreApplication::translate("PhoneNumber", "Please enter the phone number.");
    case Parts::Unrecognised:
        if (!p.badChar.isNull())
            //: %1 is a character the clerk typed
            return QCoreApplication::translate("PhoneNumber", "\"%1\" cannot be part of a phone number.")
                .arg(p.badChar);
        if (p.foreign)
            return QCoreApplication::translate("PhoneNumber",
                                               "Only phone numbers in mainland China (+86) can be entered.");
        break;
    case Parts::Mobile:
        if (p.digits.size() != 11)
            //: %1 is the number of digits entered
            return QCoreApplication::translate("PhoneNumber", "A mobile number has 11 digits; this one has %1.")
                .arg(p.digits.size());
        //: %1 is the first two digits entered
        return QCoreApplication::translate("PhoneNumber", "A mobile number starts with 13 to 19; this one starts "
                                                          "with %1.")
            .arg(p.digits.left(2));
    case Parts::Landline:
        if (!p.area.isEmpty()) {
            if (p.local.size() < 7 || p.local.size() > 8)
                //: %1 is an area code such as 010, %2 a number of digits
                return QCoreApplication::translate("PhoneNumber", "After the area code %1 come 7 or 8 digits; "
                                                                  "this number has %2.")
                    .arg(p.area)
                    .arg(p.local.size());
            if (p.local.startsWith(u'0'))
                return QCoreApplication::translate("PhoneNumber", "The number after the area code cannot start "
                                                                  "with 0.");
            if (p.extension.size() > 6)
                //: %1 is a number of digits
                return QCoreApplication::translate("PhoneNumber", "An extension has at most 6 digits; this one has %1.")
                    .arg(p.extension.size());
            break;
        }
        if (!p.extension.isEmpty())
            return QCoreApplication::translate("PhoneNumber", "A number with an extension needs the area code in "
                                                              "front, e.g. 010-12345678-123.");
        if (p.local.size() < 7)
            return QCoreApplication::translate("PhoneNumber", "The number is too short: a mobile number has 11 "
                                                              "digits, a landline 7 or 8 after the area code.");
        //: %1 is a number of digits
        return QCoreApplication::translate("PhoneNumber", "A landline number without area code has 7 or 8 "
                                                          "digits; this one has %1.")
            .arg(p.local.size());
    }
    return QCoreApplication::translate("PhoneNumber", "This is not a phone number. Enter a mobile number "
                                                      "(11 digits) or a landline with area code, e.g. 010-12345678.");
}

QString PhoneNumber::mask(const QString &number)
{
    const Parts p = split(number);
    const QString n = render(p);
    if (n.isEmpty())
        return {};
    if (isMobile(n))
        return n.left(3) % stars(4) % n.right(4);
    if (isValid(n)) {
        QString masked = stars(p.local.size() - 2) % p.local.right(2);
        if (!p.area.isEmpty())
            masked = p.area % u'-' % masked;
        if (!p.extension.isEmpty())
            masked = masked % u'-' % stars(p.extension.size());
        return masked;
    }
    return n.size() < 7 ? stars(n.size()) : QString(stars(n.size() - 2) % n.right(2));
}
