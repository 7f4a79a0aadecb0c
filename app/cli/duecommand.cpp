#include "duecommand.h"

#include "models/access/accessscope.h"
#include "models/lifeevents/dueerrands.h"

#include <QCoreApplication>
#include <QDate>

namespace {

struct DueCli
{
    Q_DECLARE_TR_FUNCTIONS(DueCli)
};

} // namespace

int runDueCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &date, bool open, QTextStream &out,
                  QTextStream &err)
{
    const QDate day = date.isEmpty() ? QDate::currentDate() : QDate::fromString(date, Qt::ISODate);
    if (!day.isValid()) {
        err << DueCli::tr("due: --date \"%1\" is not a date; write it as YYYY-MM-DD.").arg(date) << Qt::endl;
        return 2;
    }
    DueErrands due(db, scope);
    const QList<DueErrand> list = due.list(day);
    for (const DueErrand &d : list)
        out << d.errandTypeName << '\t' << d.residentName << '\t'
            << (d.gridName.isEmpty() ? DueCli::tr("(no grid)") : d.gridName) << '\t'
            << d.eventDate.toString(Qt::ISODate) << '\t' << d.text << Qt::endl;
    if (!open) {
        err << DueCli::tr("%n errand(s) due on %1.", nullptr, int(list.size())).arg(day.toString(Qt::ISODate))
            << Qt::endl;
        return 0;
    }
    const SaveResult opened = due.open(list);
    if (!opened.ok) {
        err << opened.firstMessage() << Qt::endl;
        return 1;
    }
    err << DueCli::tr("%n errand(s) opened.", nullptr, int(opened.id)) << Qt::endl;
    return 0;
}
