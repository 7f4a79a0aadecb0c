#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/volunteers/volunteer.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a volunteer's change: through VolunteerStore::save; an added
// volunteer gets status "left" (volunteers are never deleted).
struct VolunteerSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(VolunteerSnapshot)

public:
    using Record = Volunteer;

    static QString table() { return QStringLiteral("volunteer"); }
    static qint64 id(const Volunteer &v) { return v.id; }
    static std::optional<Volunteer> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Volunteer &target, const Volunteer &current);
    static Volunteer retired(Volunteer added);
    static QString version(const Volunteer &v) { return QString::number(v.rowVersion); }
    static QString name(const Volunteer &v) { return v.name; }
    static QString text(bool added, const Volunteer &v);
};
