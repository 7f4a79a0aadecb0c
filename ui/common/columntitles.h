#pragma once

class QTableView;

// Column titles a clerk can read whatever the language: widens each visible column of `view`
// that is narrower than its title (and the sorted column's arrow).
// Widths set for the content stay when they are wider already.
class ColumnTitles final
{
public:
    static void fit(QTableView *view);
};
