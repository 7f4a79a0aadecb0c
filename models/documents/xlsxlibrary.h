#pragma once

#include <QString>
#include <xlsxwriter.h>

// The libxlsxwriter functions XlsxWriter calls, found once per process.
//
// On Linux the library is not linked but opened on first use with deep binding
// (QLibrary::DeepBindHint, RTLD_DEEPBIND). QuaZip, which the .xlsx reader links, exports its
// own changed copy of minizip (zipOpen, zipClose, …), and an ELF process resolves every name to
// the first definition loaded: libxlsxwriter's calls into libminizip would land in QuaZip's
// copy and crash on the first save. Deep binding makes libxlsxwriter look in its own
// dependencies first. Windows and macOS bind each import to the library it names, so there
// libxlsxwriter is linked as usual. (Deep binding does not mix with AddressSanitizer.)
struct XlsxLibrary
{
    // The functions, or nullptr if the library cannot be loaded (errorString() says why).
    static const XlsxLibrary *get();
    static QString errorString();

    decltype(&::workbook_new_opt) workbookNewOpt = nullptr;
    decltype(&::workbook_set_properties) workbookSetProperties = nullptr;
    decltype(&::workbook_add_worksheet) workbookAddWorksheet = nullptr;
    decltype(&::workbook_add_format) workbookAddFormat = nullptr;
    decltype(&::workbook_close) workbookClose = nullptr;
    decltype(&::format_set_bold) formatSetBold = nullptr;
    decltype(&::format_set_bg_color) formatSetBgColor = nullptr;
    decltype(&::format_set_num_format) formatSetNumFormat = nullptr;
    decltype(&::worksheet_set_column) worksheetSetColumn = nullptr;
    decltype(&::worksheet_freeze_panes) worksheetFreezePanes = nullptr;
    decltype(&::worksheet_write_number) worksheetWriteNumber = nullptr;
    decltype(&::worksheet_write_string) worksheetWriteString = nullptr;
    decltype(&::worksheet_write_datetime) worksheetWriteDatetime = nullptr;
    decltype(&::worksheet_write_blank) worksheetWriteBlank = nullptr;
    decltype(&::lxw_strerror) strerror = nullptr;
    // For tests that build a street's form as the street makes it (merged titles, borders, a 合计 formula).
    decltype(&::worksheet_merge_range) worksheetMergeRange = nullptr;
    decltype(&::worksheet_write_formula) worksheetWriteFormula = nullptr;
    decltype(&::format_set_border) formatSetBorder = nullptr;
};
