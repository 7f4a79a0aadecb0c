#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QtCore/qobjectdefs.h>

// A Chinese resident identity card number (GB 11643-1999), parsed and checked once.
//
// parse() accepts what clerks type or paste: spaces anywhere, full-width digits and Ｘ, a lower-case x,
// and old 15-digit numbers (upgraded to 18 digits). Everything derived from the number
// (normalized(), birthDate(), gender(), regionCode(), provinceName()) is only filled in when isValid();
// otherwise those return empty values (and gender() Male), so check isValid() first.
class IdNumber final
{
    Q_GADGET

public:
    // Unscoped on purpose: both IdNumber::BadLength and IdNumber::Error::BadLength compile.
    // parse() reports the first failing check, in this order: Empty, BadLength, BadCharacters,
    // UnknownRegion, ImpossibleDate, TooOld, FutureDate, BadCheckDigit. The check digit comes last
    // because the field checks say better where a typo is.
    enum Error {
        None,
        Empty,
        BadLength,      // not 18 (or 15) characters
        BadCharacters,  // not digits, or an X anywhere but as the 18th character
        BadCheckDigit,  // ISO 7064 MOD 11-2 check character does not match
        UnknownRegion,  // first two digits not a province code, or digits 3-6 all zero
        ImpossibleDate, // e.g. 19900230
        FutureDate,     // born after "today"
        TooOld,         // born before 1900-01-01
    };
    Q_ENUM(Error)

    enum Gender {
        Male,
        Female,
    };
    Q_ENUM(Gender)

    // Same as parse(QString()): error() == Empty.
    IdNumber() = default;

    // `today` bounds the birth date; pass a fixed date in tests. An invalid `today` skips that check.
    static IdNumber parse(const QString &input, const QDate &today = QDate::currentDate());

    bool isValid() const { return m_error == None; }
    Error error() const { return m_error; }
    // Translated sentence for the clerk (context "IdNumber"); empty when valid.
    QString errorText() const;

    // The 18-character form (upper-case X), empty unless valid.
    QString normalized() const { return m_normalized; }
    // True if the input was a valid 15-digit number.
    bool wasUpgraded() const { return isValid() && m_input.size() == 15; }
    QDate birthDate() const { return m_birthDate; }
    // From the 17th digit: odd = male. Male for invalid numbers.
    Gender gender() const;
    // The 6-digit administrative division code (GB/T 2260), empty unless valid.
    QString regionCode() const { return m_normalized.left(6); }
    // Chinese name of the province-level division ("北京", "内蒙古", ...), empty unless valid.
    QString provinceName() const;

    // The check character (0-9 or X) for 17 ASCII digits; a null QChar for anything else.
    static QChar checkDigit(const QString &first17);

    // For lists and prints. Spaces and full-width characters are folded first, validity is not required.
    //   18 characters: first 6 + 8 stars + last 4   "110101********1234"
    //   15 characters: first 6 + 6 stars + last 3   "130503******001"
    //     (both hide exactly the birth date and show region and sequence)
    //   any other length >= 8: first 2 + stars + last 2 (reveals at most 4 characters of a typo)
    //   shorter than 8: all stars; empty: empty. The result always has the folded input's length.
    static QString mask(const QString &number);

    // A valid-by-format 18-digit number, for demo data and tests. The last sequence digit is flipped
    // if needed so the gender digit matches `male`; sequence3 is taken modulo 1000.
    // Region and date are NOT checked for plausibility (tests use that to build UnknownRegion,
    // FutureDate, TooOld numbers with a correct check digit). Returns an empty string if region6
    // is not 6 ASCII digits or birth is invalid or outside the years 1-9999.
    static QString generate(const QString &region6, const QDate &birth, int sequence3, bool male);

    // Two valid numbers are equal when they name the same number (a 15-digit number equals its
    // 18-digit upgrade); invalid ones when they have the same error and the same folded input.
    friend bool operator==(const IdNumber &a, const IdNumber &b)
    {
        return a.m_error == b.m_error &&
               (a.m_error == None ? a.m_normalized == b.m_normalized : a.m_input == b.m_input);
    }
    friend bool operator!=(const IdNumber &a, const IdNumber &b) { return !(a == b); }

private:
    QString m_input;      // folded input; errorText() explains it
    QString m_normalized; // 18 characters when valid
    QDate m_birthDate;    // valid when valid
    Error m_error = Empty;
};

Q_DECLARE_TYPEINFO(IdNumber, Q_RELOCATABLE_TYPE);
