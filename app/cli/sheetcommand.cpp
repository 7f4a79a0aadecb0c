#include "sheetcommand.h"

#include "models/access/accessscope.h"
#include "models/paper/paperkeyin.h"
#include "models/paper/papersheets.h"

#include <QCoreApplication>
#include <QDate>

namespace {

struct SheetCli
{
    Q_DECLARE_TR_FUNCTIONS(SheetCli)
};

int keyIn(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, const SheetArguments &options,
          QTextStream &out, QTextStream &err)
{
    if (args.size() < 3) {
        err << SheetCli::tr("sheet keyin: give the sheet code and the ticked row codes.") << Qt::endl;
        return 2;
    }
    const QDate day = options.date.isEmpty() ? QDate::currentDate() : QDate::fromString(options.date, Qt::ISODate);
    if (!day.isValid()) {
        err << SheetCli::tr("sheet keyin: --date \"%1\" is not a date; write it as YYYY-MM-DD.").arg(options.date)
            << Qt::endl;
        return 2;
    }
    const PaperKeyIn::Result r = PaperKeyIn(db, scope).keyIn(args.at(1), args.mid(2), day);
    for (const QString &problem : r.problems)
        err << problem << Qt::endl;
    if (!r.ok)
        return 1;
    for (const QString &row : r.recordedRows)
        out << row << Qt::endl;
    err << SheetCli::tr("%n row(s) recorded", nullptr, r.recorded)
        << SheetCli::tr("; %n keyed before, skipped.", nullptr, r.alreadyKeyed) << Qt::endl;
    return 0;
}

int print(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, const SheetArguments &options,
          QTextStream &out, QTextStream &err)
{
    const QString kind = args.value(1);
    if (args.size() != 3 ||
        !QStringList{QStringLiteral("signin"), QStringLiteral("visit"), QStringLiteral("rota")}.contains(kind)) {
        err << SheetCli::tr("sheet print: write signin EVENT_ID, visit BUILDING_ID or rota YYYY-MM-DD.") << Qt::endl;
        return 2;
    }
    if (options.out.isEmpty()) {
        err << SheetCli::tr("sheet print: give the PDF to write with --out FILE.pdf.") << Qt::endl;
        return 2;
    }
    PaperSheets sheets(db, scope);
    PaperSheets::Printed printed;
    if (kind == QLatin1String("rota")) {
        const QDate day = QDate::fromString(args.at(2), Qt::ISODate);
        if (!day.isValid()) {
            err << SheetCli::tr("sheet print rota: \"%1\" is not a date; write it as YYYY-MM-DD.").arg(args.at(2))
                << Qt::endl;
            return 2;
        }
        printed = sheets.rota(day);
    } else {
        bool number = false;
        const qint64 id = args.at(2).toLongLong(&number);
        if (!number) {
            err << SheetCli::tr("sheet print: \"%1\" is not a number.").arg(args.at(2)) << Qt::endl;
            return 2;
        }
        printed = kind == QLatin1String("visit") ? sheets.visit(id)
                                                 : sheets.signIn(id, sheets.invitees(id, options.minAge.toInt()));
    }
    QString error;
    if (!printed.ok || !PaperSheets::writePdf(printed, options.out, &error)) {
        err << (printed.ok ? error : printed.error) << Qt::endl;
        return 1;
    }
    out << printed.sheet.code << Qt::endl;
    err << SheetCli::tr("Sheet %1 with %n row(s) written to %2.", nullptr, int(printed.sheet.rows.size()))
               .arg(printed.sheet.code, options.out)
        << Qt::endl;
    return 0;
}

} // namespace

int runSheetCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                    const SheetArguments &options, QTextStream &out, QTextStream &err)
{
    if (args.value(0) == QLatin1String("keyin"))
        return keyIn(db, scope, args, options, out, err);
    if (args.value(0) == QLatin1String("print"))
        return print(db, scope, args, options, out, err);
    err << SheetCli::tr("sheet: write sheet print … or sheet keyin SHEET_CODE ROWCODE….") << Qt::endl;
    return 2;
}
