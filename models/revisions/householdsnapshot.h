#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/register/household.h"
#include "models/register/resident.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// How SnapshotRevision undoes a household's change: the household with all its members, through
// RegisterStore::saveHousehold. A member the change added is marked moved out; an added
// household has every member moved out (the register deletes nobody).
struct HouseholdSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdSnapshot)

public:
    struct Record
    {
        Household household;
        QList<Resident> members;
        QString address; // for the menu and messages
    };

    static QString table() { return QStringLiteral("household"); }
    static qint64 id(const Record &r) { return r.household.id; }
    static std::optional<Record> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Record &target, const Record &current);
    static Record retired(Record added);
    static QString version(const Record &r);
    static QString name(const Record &r) { return r.address; }
    static QString text(bool added, const Record &r);
};
