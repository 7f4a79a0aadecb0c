#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

// The options only `care` takes; main() adds them to its parser and hands it back to read them.
struct CareOptions
{
    CareOptions();
    QList<QCommandLineOption> all() const;

    QCommandLineOption household;
    QCommandLineOption resident;
    QCommandLineOption kind;
    QCommandLineOption amount;
    QCommandLineOption items;
    QCommandLineOption givenBy;
    QCommandLineOption helper;
    QCommandLineOption month;
};

// `communitydesk-cli care overdue [--grid CODE] [--date D]` (households overdue for a follow-up
// visit, one a line: grid, address, head, last visit, days overdue, level, why),
// `care assist list [--grid CODE] [--month YYYY-MM] [--household ID]`,
// `care assist add --household ID --kind KIND [--amount YUAN] [--items TEXT] --by NAME [--date D] [--resident ID]`,
// `care pair list [--grid CODE] [--household ID]`,
// `care pair add --household ID --helper NAME --kind cadre|party_member|volunteer [--date D]`,
// `care export overdue|pairs|assist --out F.csv|F.xlsx [--grid CODE] [--date D]` (audited).
// gridCode and date come from the common --grid and --date. Exit code 0, 1 when refused, 2 for
// wrong arguments.
int runCareCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                   const QCommandLineParser &parser, const CareOptions &options, const QString &gridCode,
                   const QString &date, const QString &outPath, QTextStream &out, QTextStream &err);
