#include "xlsxlibrary.h"

#include <type_traits>

#ifdef CD_XLSXWRITER_RUNTIME_LOAD
#include <QLibrary>
#endif

namespace {

struct Loaded
{
    XlsxLibrary functions;
    QString error;
};

Loaded load()
{
    Loaded loaded;
    XlsxLibrary &f = loaded.functions;
#ifdef CD_XLSXWRITER_RUNTIME_LOAD
    // "libxlsxwriter.so.4": the version the headers were built for. The library stays loaded
    // when the QLibrary object goes.
    QLibrary library(QStringLiteral("xlsxwriter"), QString::fromLatin1(LXW_SOVERSION));
    library.setLoadHints(QLibrary::DeepBindHint);
    if (!library.load()) {
        loaded.error = library.errorString();
        return loaded;
    }
    const auto resolve = [&](auto &pointer, const char *name) {
        pointer = reinterpret_cast<std::remove_reference_t<decltype(pointer)>>(library.resolve(name));
        if (!pointer && loaded.error.isEmpty())
            loaded.error = library.errorString();
    };
#define CD_XLSX_FUNCTION(member, name) resolve(f.member, #name)
#else
#define CD_XLSX_FUNCTION(member, name) f.member = &::name
#endif
    CD_XLSX_FUNCTION(workbookNewOpt, workbook_new_opt);
    CD_XLSX_FUNCTION(workbookSetProperties, workbook_set_properties);
    CD_XLSX_FUNCTION(workbookAddWorksheet, workbook_add_worksheet);
    CD_XLSX_FUNCTION(workbookAddFormat, workbook_add_format);
    CD_XLSX_FUNCTION(workbookClose, workbook_close);
    CD_XLSX_FUNCTION(formatSetBold, format_set_bold);
    CD_XLSX_FUNCTION(formatSetBgColor, format_set_bg_color);
    CD_XLSX_FUNCTION(formatSetNumFormat, format_set_num_format);
    CD_XLSX_FUNCTION(worksheetSetColumn, worksheet_set_column);
    CD_XLSX_FUNCTION(worksheetFreezePanes, worksheet_freeze_panes);
    CD_XLSX_FUNCTION(worksheetWriteNumber, worksheet_write_number);
    CD_XLSX_FUNCTION(worksheetWriteString, worksheet_write_string);
    CD_XLSX_FUNCTION(worksheetWriteDatetime, worksheet_write_datetime);
    CD_XLSX_FUNCTION(worksheetWriteBlank, worksheet_write_blank);
    CD_XLSX_FUNCTION(strerror, lxw_strerror);
    CD_XLSX_FUNCTION(worksheetMergeRange, worksheet_merge_range);
    CD_XLSX_FUNCTION(worksheetWriteFormula, worksheet_write_formula);
    CD_XLSX_FUNCTION(formatSetBorder, format_set_border);
#undef CD_XLSX_FUNCTION
    return loaded;
}

const Loaded &loaded()
{
    static const Loaded once = load(); // thread-safe, and only when an .xlsx is first written
    return once;
}

} // namespace

const XlsxLibrary *XlsxLibrary::get()
{
    return loaded().error.isEmpty() ? &loaded().functions : nullptr;
}

QString XlsxLibrary::errorString()
{
    return loaded().error;
}
