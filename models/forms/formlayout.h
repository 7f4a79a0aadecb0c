#pragma once

#include "models/formmaps/formmapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Where things are on a street's form: the sheet, its title, the header (one row or two), the
// empty rows for people under it and the 合计 / 填表人 line below them; for a form that asks for
// counts, the rows' labels (网格, 年龄段, 人员类别). Read with XlsxReader; the file is not changed.
struct FormLayout
{
    Q_DECLARE_TR_FUNCTIONS(FormLayout)

public:
    enum class Kind { People, Counts };

    QString path;
    int sheetIndex = 0;
    QString sheetName;
    QString sheetEntry; // the worksheet's part in the ZIP
    QString title;      // the first title row's text (the form's name for the clerk)
    int headerRow = 0;  // as Excel numbers rows
    int headerLastRow = 0;
    QStringList titles;   // per column; a two-row header's lower title where given
    int dataRow = 0;      // the first row under the header
    int templateRows = 0; // empty rows the form has for people, above the footer
    int footerRow = 0;    // 合计 / 填表人…, 0 when none
    Kind kind = Kind::People;
    int labelColumn = -1;                     // a counts form's column naming the rows
    QList<std::pair<int, QString>> rowLabels; // a counts form's rows: row number, label
    QString fingerprint;                      // the sheet's name and header, for remembering the mapping

    // Reads the form; false with *error (translated, naming the file) when it cannot be read or
    // no header is found.
    static bool read(const QString &path, FormLayout *layout, QString *error);
    static QString fingerprintOf(const QString &sheetName, const QStringList &titles);
    // Each column's field as its title says (FormField::guess, or guessCount on a counts form).
    FormMapping guessMapping() const;
    QString kindCode() const { return kind == Kind::Counts ? QStringLiteral("counts") : QStringLiteral("people"); }
};
