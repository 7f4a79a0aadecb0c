#pragma once

#include "importmapping.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ImportSource;

// Finds the header row of a sheet as clerks make it: title rows (often one cell merged across the
// sheet), 填报单位 / 填报日期 lines, blank rows and notes above it, and a second header row under
// it (地址 over 小区 / 楼栋 / 单元 / 门牌号). Below the header, footer rows (合计, 审核人, 制表人) are
// told apart from people.
class HeaderLocator final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderLocator)

public:
    struct Result
    {
        bool found = false;
        int row = 0;          // the header's row as Excel numbers it
        int lastRow = 0;      // row + 1 for a two-row header; data starts below it
        QStringList header;   // the column titles, a two-row header's lower titles where given
        int skippedAbove = 0; // non-blank rows above the header (titles, notes)
    };

    // How many rows are looked at for a header before giving up and taking the first non-blank one.
    static constexpr int ScanRows = 30;

    // Reads the source from its start. forcedRow > 0: that row is the header (with the row under it
    // when that holds only column titles). Leaves the source at an unspecified row: rewind it.
    static Result locate(ImportSource &source, int forcedRow = 0);
    // A row that is not a person: its first filled cell starts with 合计, 审核人, 制表人, …
    static bool isFooter(const QStringList &cells);

private:
    static bool isTitleRow(const QStringList &cells);
    static bool isSecondRow(const QStringList &upper, const QStringList &lower);
    static QStringList merged(const QStringList &upper, const QStringList &lower);
};
