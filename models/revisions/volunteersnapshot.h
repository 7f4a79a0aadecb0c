#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/volunteers/volunteer.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a volunteer's change: the volunteer and the dual-report flag
// (在职党员双报到) together through DualReportStore::saveVolunteer; an added volunteer gets status
// "left" (volunteers are never deleted).
struct VolunteerSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(VolunteerSnapshot)

public:
    struct Record
    {
        Volunteer volunteer;
        bool dualReport = false;
    };

    static QString table() { return QStringLiteral("volunteer"); }
    static qint64 id(const Record &r) { return r.volunteer.id; }
    static std::optional<Record> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Record &target, const Record &current);
    static Record retired(Record added);
    // The flag is a row of its own: it counts as a change of the volunteer.
    static QString version(const Record &r)
    {
        return QString::number(r.volunteer.rowVersion) + (r.dualReport ? QLatin1Char('d') : QLatin1Char('-'));
    }
    static QString name(const Record &r) { return r.volunteer.name; }
    static QString text(bool added, const Record &r);
};
