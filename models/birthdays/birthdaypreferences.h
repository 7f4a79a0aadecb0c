#pragma once

#include "models/access/accessscope.h"

#include "birthdayrules.h"

#include <optional>
#include <QSqlDatabase>
#include <QString>

// Which calendar birthdays are kept by: the office default, shared by every desk of the
// database (table setting, key "birthdays/calendar"), and each resident's own choice.
class BirthdayPreferences final
{
public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    BirthdayPreferences(QSqlDatabase db, const AccessScope &scope);

    BirthdayRules::Calendar officeCalendar() const;
    bool setOfficeCalendar(BirthdayRules::Calendar calendar);

    // nullopt: the resident follows the office default.
    std::optional<BirthdayRules::Calendar> residentCalendar(qint64 residentId) const;
    // Written with an audit row; false if the resident does not exist or the write failed.
    bool setResidentCalendar(qint64 residentId, std::optional<BirthdayRules::Calendar> calendar);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
