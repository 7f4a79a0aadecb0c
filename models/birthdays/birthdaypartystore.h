#pragma once

#include "models/access/accessscope.h"

#include "birthdayparty.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Records birthday parties with their attendance, in one transaction with an audit row.
// A party's list is kept whole (absent residents too), so the next month's list can show who
// was missed. Parties are records of what happened: corrected, never deleted.
class BirthdayPartyStore final
{
    Q_DECLARE_TR_FUNCTIONS(BirthdayPartyStore)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    BirthdayPartyStore(QSqlDatabase db, const AccessScope &scope);
    void setToday(const QDate &today) { m_today = today; }

    // Inserts (id 0) or replaces a party and its whole attendance list.
    SaveResult save(BirthdayParty &party);
    std::optional<BirthdayParty> party(qint64 id) const;
    // Parties held for a month ("yyyy-MM"), by date.
    QList<BirthdayParty> parties(const QString &month) const;

private:
    QList<FieldError> validate(const BirthdayParty &party) const;
    bool writeAttendance(const BirthdayParty &party);
    SaveResult failed(const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today = QDate::currentDate();
};
