#pragma once

#include <functional>
#include <QString>

// Cell references inside a formula, a defined name or a sqref ("B5", "$F$5:$F$9",
// "'名单'!A1:H1"), found by a small tokenizer that skips string literals, function names such as
// LOG10( and references to other sheets, so a form's rows can move without breaking its formulas.
namespace CellReferences {

struct Ref
{
    int column = 0; // 0 for A
    int row = 0;    // as Excel numbers it (1 = first row)
    bool absoluteColumn = false;
    bool absoluteRow = false;
};

// "B5" -> column 1, row 5; false when `text` is not a cell reference.
bool parse(const QString &text, Ref *ref);
QString format(const Ref &ref);
// "A", "Z", "AA" for 0, 25, 26.
QString columnName(int column);

// Calls `change(first, second)` for every reference to `sheet` in `formula` (second is null for a
// single cell) and writes back what it changed. References without a sheet name count as `sheet`
// when `bareIsSheet` (a formula on that sheet), and are left alone otherwise (a defined name).
QString map(const QString &formula, const QString &sheet, bool bareIsSheet,
            const std::function<void(Ref &first, Ref *second)> &change);

// Rows inserted: `count` rows at row `at` (rows from `at` on move down). A range ending on the row
// just above `at` and starting at or below `areaFirst` (the rows of people a 合计 row sums) grows
// to take the new rows in, as Excel does when rows are inserted inside a range.
struct Insertion
{
    int at = 0;
    int count = 0;
    int areaFirst = 0;

    void apply(Ref &first, Ref *second) const;
};

// A formula copied from row `from` to row `to`: relative row references move with it.
QString offset(const QString &formula, const QString &sheet, int rows);

} // namespace CellReferences
