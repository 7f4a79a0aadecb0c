#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a column of a street's form asks for: a field of the register, of a resident's tags, cases,
// visits or volunteer record ("idNumber", "tag:low_income", "lastVisit"), or for a counts form a
// figure ("count.residents"). Recognised from the column's title, or chosen by the clerk.
class FormField final
{
    Q_DECLARE_TR_FUNCTIONS(FormField)

public:
    FormField() = delete;

    // The fields of a form that lists people, in the order the mapping box offers them.
    static QStringList peopleFields();
    // The figures of a form that asks for counts.
    static QStringList countFields();
    // "tag:CODE" or "tag:NAME": 是 for a resident carrying the tag.
    static QString tagField(const QString &tag) { return QStringLiteral("tag:") + tag; }
    static bool isTagField(const QString &code) { return code.startsWith(QLatin1String("tag:")); }
    static bool isCountField(const QString &code) { return code.startsWith(QLatin1String("count.")); }

    // Translated, for the mapping box; a tag field names the tag's code (the dialog shows its name).
    static QString label(const QString &code);

    // The field a people form's column title asks for (姓名 → name, 年龄 → age, 序号 → serial), or empty.
    static QString guess(const QString &title);
    // The figure a counts form's column title asks for (户数 → count.households), or empty.
    static QString guessCount(const QString &title);
    // A column that names the rows of a counts form (网格, 年龄段, 人员类别, 项目).
    static bool isRowLabelTitle(const QString &title);
};
