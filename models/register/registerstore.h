#pragma once

#include "models/access/accessscope.h"

#include "household.h"
#include "models/core/fielderror.h"
#include "resident.h"
#include "residentchange.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

class ResidentWriter;

// Reads and writes households and residents. Every write validates, runs in one transaction
// with its history, search-index and audit rows, and either all of it lands or none of it.
// Nothing is ever deleted: people move out or die, with dates.
class RegisterStore final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterStore)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    RegisterStore(QSqlDatabase db, const AccessScope &scope);

    SaveResult saveHousehold(Household &household, QList<Resident> &members);
    SaveResult saveResident(Resident &resident);
    // status: "moved_out", "deceased" or "living" (moved back in).
    SaveResult changeStatus(qint64 residentId, const QString &status, const QDate &date, const QString &note);
    SaveResult moveToHousehold(qint64 residentId, qint64 householdId, const QDate &date, const QString &note);

    std::optional<Resident> resident(qint64 id) const;
    std::optional<Household> household(qint64 id) const;
    QList<Resident> members(qint64 householdId) const;
    QList<ResidentChange> history(qint64 residentId) const;
    // 0 when the number is free; `exceptId` skips the record being edited.
    qint64 residentWithIdNumber(const QString &idNumber, qint64 exceptId = 0) const;
    QString residentName(qint64 id) const;
    QString householdAddress(qint64 householdId) const;
    // The name of the record a merged resident went into, or empty.
    QString mergedIntoName(qint64 residentId) const;

    // Test hook: fail the write after this many member rows, to prove a failing save leaves nothing behind.
    void setFailAfterMembersForTesting(int count) { m_failAfterMembers = count; }

private:
    bool checkDuplicates(const QList<Resident> &members, const QString &prefix, QList<FieldError> &errors) const;
    bool writeHousehold(Household &h);
    // A new member (id 0) moves in on `movedIn`; a known one is written over the stored record.
    bool writeResident(ResidentWriter &writer, Resident &r, const QDate &movedIn, bool *conflict);
    bool audit(const QString &table, qint64 id, const QString &action, const QString &before, const QString &after);
    SaveResult failed(const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    int m_failAfterMembers = -1;
};
