#pragma once

#include <QString>

// Street forms as streets make them, written with libxlsxwriter (models/documents/xlsxlibrary.h):
// merged title rows, a two-row header, bordered empty rows, a 合计 row with formulas, a second sheet.
namespace FormTemplates {

// 高龄老人补贴申报表: 序号 姓名 性别 身份证号码 出生日期 年龄 联系方式(联系电话 住址) 所属网格 审核意见;
// one empty row (5), 合计 on row 6 (COUNTA(B5:B5), SUM(F5:F5)), 填表人 on row 7 merged A7:J7.
bool writePeopleForm(const QString &path, QString *error);
// 各网格人口统计表: 网格 户数 人数 男 女 80岁以上, rows 第一网格, 第二网格, 80岁以上, 合计 (人数 by SUM).
bool writeCountsForm(const QString &path, QString *error);

} // namespace FormTemplates
