#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "volunteer.h"
#include "volunteerteam.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Volunteers and their teams. Every save is one transaction with its audit row; nothing is
// deleted (a volunteer who leaves gets status "left", a team is archived, a member gets left_on).
class VolunteerStore final
{
    Q_DECLARE_TR_FUNCTIONS(VolunteerStore)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    VolunteerStore(QSqlDatabase db, const AccessScope &scope);
    void setToday(const QDate &today) { m_today = today; }

    // Inserts (id 0) or updates a volunteer and their current teams.
    SaveResult save(Volunteer &volunteer);
    // Makes a resident of the register a volunteer in one step, name and phone taken from the
    // register. Refused if the resident already is one (result.errors[0].existingId names them).
    SaveResult addResident(qint64 residentId, const QList<qint64> &teamIds = {});
    SaveResult setStatus(qint64 volunteerId, const QString &status);
    std::optional<Volunteer> volunteer(qint64 id) const;
    qint64 volunteerOfResident(qint64 residentId) const;

    SaveResult saveTeam(VolunteerTeam &team);
    QList<VolunteerTeam> teams(bool includeArchived = false) const;
    std::optional<VolunteerTeam> team(qint64 id) const;
    // Current members (left_on NULL) by name: (volunteer id, name).
    QList<std::pair<qint64, QString>> members(qint64 teamId) const;

private:
    QList<FieldError> validate(const Volunteer &v) const;
    bool writeTeams(qint64 volunteerId, const QList<qint64> &teamIds);
    QList<qint64> currentTeams(qint64 volunteerId) const;
    SaveResult failed(const QString &message, const QString &field = QString(), qint64 existing = 0) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today = QDate::currentDate();
};
