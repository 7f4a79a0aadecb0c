#include "birthdayscommand.h"
#include "clicommandregistry.h"
#include "clioptions.h"
#include "clioutput.h"
#include "models/birthdays/birthdaycounts.h"
#include "models/birthdays/birthdaypreferences.h"
#include "models/birthdays/birthdayquery.h"
#include "models/birthdays/birthdaysheet.h"
#include "models/core/database.h"
#include "models/register/registerlookups.h"
#include "models/workspace/appsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

int runBirthdays(const CliContext &c)
{
    const QString month = c.args.at(1);
    const QCommandLineParser &parser = c.parser;
    const CliOptions &o = c.options;
    const QSqlDatabase db = c.db.connection();
    const AccessScope &scope = c.scope;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(month);
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid() || first.year() < 1901 || first.year() > 2100) {
        c.err << Cli::tr("birthdays: expected a month as YYYY-MM (1901-01 to 2100-12), got \"%1\".").arg(month)
              << Qt::endl;
        return 2;
    }
    const QString path = parser.value(o.out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() ||
        !QStringList{QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")}.contains(suffix)) {
        c.err << Cli::tr("birthdays: --out: please give a file ending in .pdf, .csv or .xlsx.") << Qt::endl;
        return 2;
    }
    int minimumAge = AppSettings::elderlyAge();
    if (parser.isSet(o.minAge)) {
        bool ok = false;
        minimumAge = parser.value(o.minAge).toInt(&ok);
        if (!ok || minimumAge < 0 || minimumAge > 150) {
            c.err << Cli::tr("--min-age: expected an age from 0 to 150, got \"%1\".").arg(parser.value(o.minAge))
                  << Qt::endl;
            return 2;
        }
    }

    BirthdayQuery query(db, scope);
    query.setMinimumAge(minimumAge);
    query.setDefaultCalendar(parser.isSet(o.lunar) ? BirthdayRules::Calendar::Lunar
                                                   : BirthdayPreferences(db, scope).officeCalendar());
    QList<BirthdayEntry> entries = query.monthWithMissed(first.year(), first.month());
    BirthdayQuery::sort(entries, parser.isSet(o.perGrid));

    BirthdaySheet::Options options;
    options.year = first.year();
    options.month = first.month();
    options.community = RegisterLookups(db, scope).communityName();
    options.minimumAge = minimumAge;
    options.revealPhones = parser.isSet(o.showPhones);
    options.perGrid = parser.isSet(o.perGrid);
    const BirthdaySheet sheet(entries, options, scope);
    QString error;
    if (!sheet.writeAudited(db, scope, path, &error)) {
        c.err << error << Qt::endl;
        return 1;
    }
    const BirthdayCounts counts = BirthdayCounts::of(entries);
    c.out << Cli::tr("%1: %2 residents (80 and over: %3, 100 and over: %4, living alone: %5) written to %6.")
                 .arg(sheet.monthText())
                 .arg(counts.total)
                 .arg(counts.aged80)
                 .arg(counts.aged100)
                 .arg(counts.livingAlone)
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    return 0;
}
