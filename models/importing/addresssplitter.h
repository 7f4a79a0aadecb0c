#pragma once

#include <QString>

// Addresses as clerks write them. A combined cell (幸福里3栋2单元501, 3号楼2-501, 三幢201室,
// 幸福里3-2-501) is split into compound, building, unit and room; and the spellings of one
// building (3栋, 3号楼, 3幢, 三号楼) or unit (2单元, 2) are brought to one key, so an address
// never reads "2单元单元" and one building is not created twice.
class AddressSplitter final
{
public:
    AddressSplitter() = delete;

    struct Parts
    {
        bool ok = false;  // false: the text is not an address this recognises
        QString compound; // may be empty: 三幢201室 names no compound
        QString building; // as written, numerals in digits: "3栋", "3号楼"
        QString unit;     // digits only: "2"
        QString room;     // "501"
    };

    static Parts split(const QString &text);

    // The building's identity within its compound: "3" for 3栋 / 3号楼 / 3幢 / 三号楼 / 3#, else
    // the folded text.
    static QString buildingKey(const QString &building);
    // The building as it is stored for a new building: Chinese numerals in digits (三幢 → 3幢).
    static QString buildingName(const QString &building);
    // "2单元", "二单元", "2" → "2"; anything else folded as it is.
    static QString unitName(const QString &unit);
    // "501室", "501号" → "501".
    static QString roomName(const QString &room);
    // 一 … 九十九 (and 两, 〇) as digits; empty when the text is not such a numeral.
    static QString chineseNumber(const QString &text);
};
