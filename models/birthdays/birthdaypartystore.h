#pragma once

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
    explicit BirthdayPartyStore(QSqlDatabase db, QString userName = QString());
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
    QString m_userName;
    QDate m_today = QDate::currentDate();
};
