#include "residentcommand.h"

#include "models/access/accessscope.h"
#include "models/cnrules/idnumber.h"
#include "models/deaths/deathrecord.h"
#include "models/dedupe/duplicatefinder.h"
#include "models/dedupe/residentmerger.h"
#include "models/register/registerstore.h"

#include <QCoreApplication>

namespace {

struct ResidentCli
{
    Q_DECLARE_TR_FUNCTIONS(ResidentCli)
};

QString describe(const RegisterStore &store, qint64 id)
{
    const std::optional<Resident> r = store.resident(id);
    if (!r)
        return QString::number(id);
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(id)
        .arg(r->name, r->idNumber.isEmpty() ? QStringLiteral("-") : IdNumber::mask(r->idNumber),
             r->birthDate.isValid() ? r->birthDate.toString(Qt::ISODate) : QStringLiteral("-"),
             store.householdAddress(r->householdId));
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

int runResidentCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, int limit,
                       QTextStream &out, QTextStream &err)
{
    const QString what = args.value(0);
    if (what == QLatin1String("duplicates") && args.size() == 1) {
        const QList<DuplicatePair> pairs = DuplicateFinder(db, scope).find(limit);
        const RegisterStore store(db, scope);
        for (const DuplicatePair &p : pairs)
            out << p.score << '\t' << p.reasonText() << '\t' << describe(store, p.firstId) << '\t'
                << describe(store, p.secondId) << Qt::endl;
        err << ResidentCli::tr("%n pair(s) of residents may be one person.", nullptr, int(pairs.size())) << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("merge") && args.size() == 3) {
        qint64 keep = 0;
        qint64 other = 0;
        if (!parseId(args.at(1), &keep) || !parseId(args.at(2), &other)) {
            err << ResidentCli::tr("resident merge: KEEP and OTHER are resident numbers, as `resident duplicates` "
                                   "lists them.")
                << Qt::endl;
            return 2;
        }
        const SaveResult r = ResidentMerger(db, scope).merge(keep, other);
        if (!r.ok) {
            err << r.firstMessage() << Qt::endl;
            return 1;
        }
        out << ResidentCli::tr("Resident %1 merged into %2 (merge %3; undo with `resident unmerge %3`).")
                   .arg(other)
                   .arg(keep)
                   .arg(r.id)
            << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("unmerge") && args.size() == 2) {
        qint64 mergeId = 0;
        if (!parseId(args.at(1), &mergeId)) {
            err << ResidentCli::tr("resident unmerge: MERGE_ID is the number `resident merge` printed.") << Qt::endl;
            return 2;
        }
        const SaveResult r = ResidentMerger(db, scope).unmerge(mergeId);
        if (!r.ok) {
            err << r.firstMessage() << Qt::endl;
            return 1;
        }
        out << ResidentCli::tr("Merge %1 undone.").arg(mergeId) << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("died") && (args.size() == 3 || args.size() == 4)) {
        qint64 id = 0;
        const QDate date = QDate::fromString(args.at(2), Qt::ISODate);
        if (!parseId(args.at(1), &id) || !date.isValid()) {
            err << ResidentCli::tr("resident died: ID is a resident number and DATE the date of death (YYYY-MM-DD).")
                << Qt::endl;
            return 2;
        }
        // The register page's way: the status and everything that follows a death (DeathRecord).
        int removed = 0;
        const SaveResult r = DeathRecord(db, scope).record(id, date, args.value(3), &removed);
        if (!r.ok) {
            err << r.firstMessage() << Qt::endl;
            return 1;
        }
        out << ResidentCli::tr("Death of resident %1 recorded on %2; %n shift(s) taken off the rota.", nullptr, removed)
                   .arg(id)
                   .arg(date.toString(Qt::ISODate))
            << Qt::endl;
        return 0;
    }
    err << ResidentCli::tr("resident: use `resident duplicates`, `resident merge KEEP OTHER`, `resident unmerge "
                           "MERGE_ID` or `resident died ID YYYY-MM-DD [NOTE]`.")
        << Qt::endl;
    return 2;
}
