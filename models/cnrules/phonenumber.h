#pragma once

#include <QString>

// Chinese phone numbers as clerks type them. Store the normalize()d text; isValid() checks that form.
//
// Normalized forms:
//   mobile                       "13812345678"        11 digits, 1[3-9]..., no +86 / 0086
//   landline with area code      "010-12345678"       0 + 2-3 digit area code, '-', 7-8 digits
//   ... with an extension        "010-12345678-123"   1-6 digits
//   local landline               "12345678"           7-8 digits, no extension
// The area code length follows the Chinese numbering plan: after the 0, codes starting with 1 or 2 have
// two digits (010, 020-029), all others three (0755), so "01012345678" becomes "010-12345678".
// Extensions need an area code: without one, "138 1234 567" (a mobile missing a digit) would otherwise
// read as local number plus extension.
class PhoneNumber final
{
public:
    PhoneNumber() = delete;

    // Folds full-width characters and dashes, drops spaces, parentheses and grouping hyphens, strips
    // +86 / 0086 (a landline's area code gets its 0 back), writes an extension after 转 as "-123".
    // normalize(normalize(x)) == normalize(x) whenever the result isValid(). Input it cannot make sense
    // of comes back folded with spaces removed, for errorText() to explain.
    static QString normalize(const QString &input);

    static bool isValid(const QString &normalized);
    static bool isMobile(const QString &normalized);

    // Translated sentence naming what is wrong (context "PhoneNumber"); empty if the input normalizes
    // to a valid number.
    static QString errorText(const QString &input);

    // For lists and prints, on the normalized form:
    //   mobile   "138****5678"       first 3 and last 4 digits
    //   landline "010-******78"      area code and last 2 digits; an extension becomes stars too
    //   anything else: all stars but the last 2 characters (all stars below 7 characters); empty: empty
    static QString mask(const QString &number);
};
