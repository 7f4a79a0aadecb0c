#include "volunteerstore.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/cnrules/hanzi.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "volunteerrows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::dateOrNull;
using SqlValues::idOrNull;
using SqlValues::textOrNull;

QVariant timeOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

QString volunteerJson(const Volunteer &v)
{
    QJsonArray teams;
    for (const qint64 t : v.teamIds)
        teams.append(t);
    const QJsonObject o{{QStringLiteral("resident"), v.residentId},
                        {QStringLiteral("name"), v.name},
                        {QStringLiteral("phone"), v.phone},
                        {QStringLiteral("idNumber"), v.idNumber},
                        {QStringLiteral("skills"), v.skills},
                        {QStringLiteral("availability"), v.availability},
                        {QStringLiteral("days"), Volunteer::daysToText(v.availableDays)},
                        {QStringLiteral("from"), v.availableFrom.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("to"), v.availableTo.toString(QStringLiteral("HH:mm"))},
                        {QStringLiteral("joined"), v.joinedOn.toString(Qt::ISODate)},
                        {QStringLiteral("status"), v.status},
                        {QStringLiteral("workUnit"), v.workUnit},
                        {QStringLiteral("notes"), v.notes},
                        {QStringLiteral("teams"), teams}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString teamJson(const VolunteerTeam &t)
{
    const QJsonObject o{{QStringLiteral("name"), t.name},
                        {QStringLiteral("grid"), t.gridId},
                        {QStringLiteral("leader"), t.leaderId},
                        {QStringLiteral("description"), t.description},
                        {QStringLiteral("archived"), t.archived}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

VolunteerStore::VolunteerStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult VolunteerStore::failed(const QString &message, const QString &field, qint64 existing) const
{
    SaveResult result;
    result.errors.append({field, message, existing});
    return result;
}

QList<FieldError> VolunteerStore::validate(const Volunteer &v) const
{
    QList<FieldError> errors;
    if (v.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Name: please enter the volunteer's name."), 0});
    if (!Volunteer::statusCodes().contains(v.status))
        errors.append({QStringLiteral("status"), tr("Status: please choose active, paused or left."), 0});
    if (!v.phone.trimmed().isEmpty() && !PhoneNumber::isValid(PhoneNumber::normalize(v.phone)))
        errors.append({QStringLiteral("phone"), tr("Phone: %1").arg(PhoneNumber::errorText(v.phone)), 0});
    if (v.availableFrom.isValid() != v.availableTo.isValid() ||
        (v.availableFrom.isValid() && v.availableFrom >= v.availableTo))
        errors.append(
            {QStringLiteral("availability"), tr("Available hours: the end must be later than the start."), 0});
    if (v.joinedOn.isValid() && v.joinedOn > m_today)
        errors.append({QStringLiteral("joinedOn"), tr("Joined: the date cannot be in the future."), 0});
    return errors;
}

SaveResult VolunteerStore::save(Volunteer &v)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString(), 0);
    SaveResult result;
    result.errors = validate(v);
    if (!result.errors.isEmpty())
        return result;
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const bool isNew = v.id == 0;
    const std::optional<Volunteer> before = isNew ? std::nullopt : volunteer(v.id);
    if (!isNew && !before)
        return failed(tr("This volunteer no longer exists."));
    if (v.residentId > 0) {
        const qint64 other = volunteerOfResident(v.residentId);
        if (other > 0 && other != v.id)
            return failed(tr("Resident: this resident already is a volunteer."), QStringLiteral("resident"), other);
    }
    if (!v.phone.trimmed().isEmpty())
        v.phone = PhoneNumber::normalize(v.phone);
    const QString stamp = SqlValues::now();
    if (isNew) {
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO volunteer (resident_id, name, phone, id_number, skills, "
                                  "availability, available_days, available_from, available_to, joined_on, "
                                  "status, work_unit, notes, user_name, created_at, updated_at, name_pinyin) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q.exec(idOrNull(v.residentId), v.name.trimmed(), textOrNull(v.phone), textOrNull(v.idNumber),
                    textOrNull(v.skills), textOrNull(v.availability),
                    textOrNull(Volunteer::daysToText(v.availableDays)), timeOrNull(v.availableFrom),
                    timeOrNull(v.availableTo), dateOrNull(v.joinedOn), v.status, textOrNull(v.workUnit),
                    textOrNull(v.notes), textOrNull(m_scope.userName()), stamp, stamp,
                    Hanzi::namePinyin(v.name.trimmed())))
            return failed(tr("The volunteer could not be saved."));
        v.id = q.lastInsertId();
        v.rowVersion = 1;
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE volunteer SET resident_id = ?, name = ?, phone = ?, id_number = ?, "
                                        "skills = ?, availability = ?, available_days = ?, available_from = ?, "
                                        "available_to = ?, joined_on = ?, status = ?, work_unit = ?, notes = ?, "
                                        "user_name = ?, updated_at = ?, name_pinyin = ?, row_version = row_version + 1 "
                                        "WHERE id = ? AND row_version = ?"));
        if (!q.exec(idOrNull(v.residentId), v.name.trimmed(), textOrNull(v.phone), textOrNull(v.idNumber),
                    textOrNull(v.skills), textOrNull(v.availability),
                    textOrNull(Volunteer::daysToText(v.availableDays)), timeOrNull(v.availableFrom),
                    timeOrNull(v.availableTo), dateOrNull(v.joinedOn), v.status, textOrNull(v.workUnit),
                    textOrNull(v.notes), textOrNull(m_scope.userName()), stamp, Hanzi::namePinyin(v.name.trimmed()),
                    v.id, v.rowVersion))
            return failed(tr("The volunteer could not be saved."));
        if (q.numRowsAffected() != 1)
            return failed(tr("This volunteer was changed by someone else since you opened it; please reopen the "
                             "record and make your change again."));
        ++v.rowVersion;
    }
    if (!writeTeams(v.id, v.teamIds))
        return failed(tr("The volunteer's teams could not be saved."));
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer"), v.id, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     before ? volunteerJson(*before) : QString(), volunteerJson(v)))
        return failed(tr("The volunteer could not be saved."));
    if (!tx.commit())
        return failed(tr("The volunteer could not be saved; nothing was changed."));
    result.ok = true;
    result.id = v.id;
    return result;
}

SaveResult VolunteerStore::addResident(qint64 residentId, const QList<qint64> &teamIds)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString(), 0);
    SqlQuery q(m_db, QStringLiteral("SELECT name, phone, status FROM resident WHERE id = ?"));
    if (!q.exec(residentId) || !q.next())
        return failed(tr("Resident: this resident is not in the register."), QStringLiteral("resident"));
    if (q.value(2).toString() != QLatin1String("living"))
        return failed(tr("Resident: only a living resident can become a volunteer."), QStringLiteral("resident"));
    const qint64 existing = volunteerOfResident(residentId);
    if (existing > 0)
        return failed(tr("Resident: this resident already is a volunteer."), QStringLiteral("resident"), existing);
    Volunteer v;
    v.residentId = residentId;
    v.name = q.value(0).toString();
    v.phone = q.value(1).toString();
    if (!v.phone.isEmpty() && !PhoneNumber::isValid(PhoneNumber::normalize(v.phone)))
        v.phone.clear(); // a register typo must not block the one-click step
    v.joinedOn = m_today;
    v.teamIds = teamIds;
    return save(v);
}

SaveResult VolunteerStore::setStatus(qint64 volunteerId, const QString &status)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString(), 0);
    std::optional<Volunteer> v = volunteer(volunteerId);
    if (!v)
        return failed(tr("This volunteer no longer exists."));
    v->status = status;
    return save(*v);
}

std::optional<Volunteer> VolunteerStore::volunteer(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT resident_id, name, phone, id_number, skills, availability, "
                                    "available_days, available_from, available_to, joined_on, status, work_unit, "
                                    "notes, row_version FROM volunteer WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    Volunteer v;
    v.id = id;
    v.residentId = q.value(0).toLongLong();
    v.name = q.value(1).toString();
    v.phone = q.value(2).toString();
    v.idNumber = q.value(3).toString();
    v.skills = q.value(4).toString();
    v.availability = q.value(5).toString();
    v.availableDays = Volunteer::daysFromText(q.value(6).toString());
    v.availableFrom = QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
    v.availableTo = QTime::fromString(q.value(8).toString(), QStringLiteral("HH:mm"));
    v.joinedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    v.status = q.value(10).toString();
    v.workUnit = q.value(11).toString();
    v.notes = q.value(12).toString();
    v.rowVersion = q.value(13).toInt();
    v.teamIds = currentTeams(id);
    return v;
}

qint64 VolunteerStore::volunteerOfResident(qint64 residentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM volunteer WHERE resident_id = ?"));
    return q.exec(residentId) ? q.scalar().toLongLong() : 0;
}

QList<qint64> VolunteerStore::currentTeams(qint64 volunteerId) const
{
    QList<qint64> ids;
    SqlQuery q(m_db, QStringLiteral("SELECT team_id FROM volunteer_team_member WHERE volunteer_id = ? AND left_on IS "
                                    "NULL ORDER BY team_id"));
    if (q.exec(volunteerId))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

bool VolunteerStore::writeTeams(qint64 volunteerId, const QList<qint64> &teamIds)
{
    const QList<qint64> current = currentTeams(volunteerId);
    const QString today = m_today.toString(Qt::ISODate);
    for (const qint64 t : current) {
        if (teamIds.contains(t))
            continue;
        SqlQuery leave(m_db, QStringLiteral("UPDATE volunteer_team_member SET left_on = ? WHERE team_id = ? AND "
                                            "volunteer_id = ?"));
        if (!leave.exec(today, t, volunteerId))
            return false;
    }
    for (const qint64 t : teamIds) {
        if (current.contains(t))
            continue;
        // Rejoining a team starts a new membership in the same row.
        SqlQuery join(m_db, QStringLiteral("INSERT INTO volunteer_team_member (team_id, volunteer_id, joined_on) "
                                           "VALUES (?, ?, ?) ON CONFLICT (team_id, volunteer_id) DO UPDATE SET "
                                           "joined_on = excluded.joined_on, left_on = NULL"));
        if (!join.exec(t, volunteerId, today))
            return false;
    }
    return true;
}

SaveResult VolunteerStore::saveTeam(VolunteerTeam &t)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why, QString(), 0);
    if (t.name.trimmed().isEmpty())
        return failed(tr("Name: please enter the team's name."), QStringLiteral("name"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const bool isNew = t.id == 0;
    const std::optional<VolunteerTeam> before = isNew ? std::nullopt : team(t.id);
    if (!isNew && !before)
        return failed(tr("This team no longer exists."));
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO volunteer_team (name, grid_id, leader_id, description, archived, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!q.exec(t.name.trimmed(), idOrNull(t.gridId), idOrNull(t.leaderId), textOrNull(t.description),
                    t.archived ? 1 : 0, SqlValues::now()))
            return failed(tr("The team could not be saved."));
        t.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE volunteer_team SET name = ?, grid_id = ?, leader_id = ?, description = "
                                        "?, archived = ? WHERE id = ?"));
        if (!q.exec(t.name.trimmed(), idOrNull(t.gridId), idOrNull(t.leaderId), textOrNull(t.description),
                    t.archived ? 1 : 0, t.id))
            return failed(tr("The team could not be saved."));
    }
    // A leader is a member of the team they lead.
    if (t.leaderId > 0) {
        SqlQuery join(m_db, QStringLiteral("INSERT INTO volunteer_team_member (team_id, volunteer_id, joined_on) "
                                           "VALUES (?, ?, ?) ON CONFLICT (team_id, volunteer_id) DO UPDATE SET "
                                           "left_on = NULL"));
        if (!join.exec(t.id, t.leaderId, m_today.toString(Qt::ISODate)))
            return failed(tr("The team could not be saved."));
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("volunteer_team"), t.id,
                     isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     before ? teamJson(*before) : QString(), teamJson(t)))
        return failed(tr("The team could not be saved."));
    if (!tx.commit())
        return failed(tr("The team could not be saved; nothing was changed."));
    SaveResult result;
    result.ok = true;
    result.id = t.id;
    return result;
}

QList<VolunteerTeam> VolunteerStore::teams(bool includeArchived) const
{
    QList<VolunteerTeam> list;
    SqlQuery q(m_db, QStringLiteral("SELECT t.id, t.name, t.grid_id, t.leader_id, v.name, t.description, t.archived, "
                                    "(SELECT count(*) FROM volunteer_team_member m WHERE m.team_id = t.id AND "
                                    "m.left_on IS NULL) FROM volunteer_team t LEFT JOIN volunteer v ON v.id = "
                                    "t.leader_id WHERE (t.archived = 0 OR ? = 1)") +
                         VolunteerRows::placed(m_scope, QStringLiteral("t")) +
                         QStringLiteral(" ORDER BY t.archived, t.name, t.id"));
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next()) {
            VolunteerTeam t;
            t.id = q.value(0).toLongLong();
            t.name = q.value(1).toString();
            t.gridId = q.value(2).toLongLong();
            t.leaderId = q.value(3).toLongLong();
            t.leaderName = q.value(4).toString();
            t.description = q.value(5).toString();
            t.archived = q.value(6).toBool();
            t.memberCount = q.value(7).toInt();
            list.append(t);
        }
    return list;
}

std::optional<VolunteerTeam> VolunteerStore::team(qint64 id) const
{
    for (const VolunteerTeam &t : teams(true))
        if (t.id == id)
            return t;
    return std::nullopt;
}

QList<std::pair<qint64, QString>> VolunteerStore::members(qint64 teamId) const
{
    QList<std::pair<qint64, QString>> list;
    SqlQuery q(m_db,
               QStringLiteral(
                   "SELECT v.id, v.name FROM volunteer_team_member m JOIN volunteer v ON v.id = "
                   "m.volunteer_id WHERE m.team_id = ? AND m.left_on IS NULL ORDER BY v.name_pinyin, v.name, v.id"));
    if (q.exec(teamId))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}
