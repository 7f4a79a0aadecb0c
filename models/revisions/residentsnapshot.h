#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/register/resident.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a resident's change: through RegisterStore::saveResident; an
// added resident is marked moved out (the register deletes nobody).
struct ResidentSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ResidentSnapshot)

public:
    using Record = Resident;

    static QString table() { return QStringLiteral("resident"); }
    static qint64 id(const Resident &r) { return r.id; }
    static std::optional<Resident> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Resident &target, const Resident &current);
    static Resident retired(Resident added);
    static QString version(const Resident &r) { return QString::number(r.rowVersion); }
    static QString name(const Resident &r) { return r.name; }
    static QString text(bool added, const Resident &r);
};
