#pragma once

#include <QString>

// The short codes printed on paper that comes back: a sheet's code and each row's code. Letters
// and digits that cannot be misread (no 0/O, 1/I/L), 31 of them, so a weighted sum modulo the
// prime 31 gives a check character that catches any one wrong character and any two neighbours
// swapped: a typo is refused rather than recorded against someone else.
namespace RowCode {
inline constexpr int kRowLength = 5;   // 4 characters and the check
inline constexpr int kSheetLength = 6; // 5 characters and the check

QString alphabet();
// The check character of `body` (characters of the alphabet only).
QChar checkCharacter(const QString &body);
// `body` with its check character appended.
QString withCheck(const QString &body);
// A random code of `length` characters, the last being the check.
QString random(int length);
// What was typed, upper-cased, spaces and dashes dropped.
QString normalized(const QString &typed);
// Right length, only the alphabet's characters and the check character matches.
bool isValid(const QString &code, int length);
} // namespace RowCode
