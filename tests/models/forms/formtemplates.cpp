#include "formtemplates.h"

#include "models/documents/xlsxlibrary.h"

namespace {

struct Book
{
    const XlsxLibrary *f = nullptr;
    lxw_workbook *book = nullptr;
};

bool open(Book *b, const QString &path, QString *error)
{
    b->f = XlsxLibrary::get();
    if (!b->f) {
        *error = XlsxLibrary::errorString();
        return false;
    }
    lxw_workbook_options options{};
    b->book = b->f->workbookNewOpt(path.toUtf8().constData(), &options);
    if (!b->book)
        *error = QStringLiteral("workbook_new failed");
    return b->book != nullptr;
}

bool close(Book *b, QString *error)
{
    const lxw_error e = b->f->workbookClose(b->book);
    if (e != LXW_NO_ERROR)
        *error = QString::fromUtf8(b->f->strerror(e));
    return e == LXW_NO_ERROR;
}

} // namespace

bool FormTemplates::writePeopleForm(const QString &path, QString *error)
{
    Book b;
    if (!open(&b, path, error))
        return false;
    const XlsxLibrary &f = *b.f;
    lxw_worksheet *sheet = f.workbookAddWorksheet(b.book, "名单");
    lxw_format *title = f.workbookAddFormat(b.book);
    f.formatSetBold(title);
    lxw_format *boxed = f.workbookAddFormat(b.book);
    f.formatSetBorder(boxed, LXW_BORDER_THIN);
    lxw_format *head = f.workbookAddFormat(b.book);
    f.formatSetBorder(head, LXW_BORDER_THIN);
    f.formatSetBold(head);
    f.worksheetSetColumn(sheet, 0, 0, 6, nullptr);
    f.worksheetSetColumn(sheet, 3, 3, 22, nullptr);
    f.worksheetSetColumn(sheet, 7, 7, 30, nullptr);
    f.worksheetMergeRange(sheet, 0, 0, 0, 9, "某某街道高龄老人补贴申报表", title);
    f.worksheetMergeRange(sheet, 1, 0, 1, 9, "填报单位：幸福社区（盖章）    填报日期：    年  月  日", nullptr);
    const char *vertical[] = {"序号", "姓名", "性别", "身份证号码", "出生日期", "年龄"};
    for (int c = 0; c < 6; ++c)
        f.worksheetMergeRange(sheet, 2, lxw_col_t(c), 3, lxw_col_t(c), vertical[c], head);
    f.worksheetMergeRange(sheet, 2, 6, 2, 7, "联系方式", head);
    f.worksheetWriteString(sheet, 3, 6, "联系电话", head);
    f.worksheetWriteString(sheet, 3, 7, "住址", head);
    f.worksheetMergeRange(sheet, 2, 8, 3, 8, "所属网格", head);
    f.worksheetMergeRange(sheet, 2, 9, 3, 9, "审核意见", head);
    for (int c = 0; c < 10; ++c)
        f.worksheetWriteBlank(sheet, 4, lxw_col_t(c), boxed);
    f.worksheetWriteString(sheet, 5, 0, "合计", boxed);
    f.worksheetWriteFormula(sheet, 5, 1, "=COUNTA(B5:B5)", boxed);
    f.worksheetWriteFormula(sheet, 5, 5, "=SUM(F5:F5)", boxed);
    f.worksheetMergeRange(sheet, 6, 0, 6, 9, "填表人：          审核人：", nullptr);
    lxw_worksheet *notes = f.workbookAddWorksheet(b.book, "填表说明");
    f.worksheetWriteString(notes, 0, 0, "年龄按申报当月计算。", nullptr);
    f.worksheetWriteFormula(notes, 1, 0, "=名单!F6+'名单'!B6+B1", nullptr);
    return close(&b, error);
}

bool FormTemplates::writeCountsForm(const QString &path, QString *error)
{
    Book b;
    if (!open(&b, path, error))
        return false;
    const XlsxLibrary &f = *b.f;
    lxw_worksheet *sheet = f.workbookAddWorksheet(b.book, "统计");
    lxw_format *boxed = f.workbookAddFormat(b.book);
    f.formatSetBorder(boxed, LXW_BORDER_THIN);
    f.worksheetMergeRange(sheet, 0, 0, 0, 5, "各网格人口情况统计表", nullptr);
    const char *titles[] = {"网格", "户数", "人数", "男", "女", "80岁以上"};
    for (int c = 0; c < 6; ++c)
        f.worksheetWriteString(sheet, 1, lxw_col_t(c), titles[c], boxed);
    const char *rows[] = {"第一网格", "第二网格", "80岁以上"};
    for (int r = 0; r < 3; ++r) {
        f.worksheetWriteString(sheet, lxw_row_t(2 + r), 0, rows[r], boxed);
        for (int c = 1; c < 6; ++c)
            f.worksheetWriteBlank(sheet, lxw_row_t(2 + r), lxw_col_t(c), boxed);
    }
    f.worksheetWriteString(sheet, 5, 0, "合计", boxed);
    f.worksheetWriteBlank(sheet, 5, 1, boxed);
    f.worksheetWriteFormula(sheet, 5, 2, "=SUM(C3:C4)", boxed);
    for (int c = 3; c < 6; ++c)
        f.worksheetWriteBlank(sheet, 5, lxw_col_t(c), boxed);
    f.worksheetWriteString(sheet, 6, 0, "填表人：", nullptr);
    return close(&b, error);
}
