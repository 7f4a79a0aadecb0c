#include "visitstore.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/address.h"
#include "models/register/registerrows.h"
#include "visitrows.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::textOrNull;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

VisitStore::VisitStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult VisitStore::failed(const QString &field, const QString &message) const
{
    return {false, 0, {{field, message}}, {}};
}

SaveResult VisitStore::save(Visit &visit, QList<VisitNeed> &needs)
{
    SaveResult r;
    auto error = [&r](const QString &field, const QString &message) { r.errors.append({field, message}); };
    const AccessScope &scope = m_scope;
    if (const QString why = scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);

    qint64 gridId = 0;
    {
        SqlQuery h(m_db, QStringLiteral("SELECT b.grid_id, h.status FROM household h LEFT JOIN building b ON b.id = "
                                        "h.building_id WHERE h.id = ?"));
        if (visit.householdId <= 0 || !h.exec(visit.householdId) || !h.next())
            error(QStringLiteral("household"), tr("Household: choose the household visited."));
        else if (h.value(1).toString() != QLatin1String("active") && visit.id == 0)
            error(QStringLiteral("household"), tr("Household: that household has moved out."));
        else
            gridId = h.value(0).toLongLong();
    }
    if (!visit.visitedOn.isValid())
        error(QStringLiteral("visitedOn"), tr("Date: enter the day of the visit."));
    else if (visit.visitedOn > QDate::currentDate())
        error(QStringLiteral("visitedOn"), tr("Date: a visit cannot be in the future."));
    visit.worker = visit.worker.trimmed();
    if (visit.worker.isEmpty())
        error(QStringLiteral("worker"), tr("Worker: enter who made the visit."));
    for (int i = 0; i < needs.size(); ++i)
        if (!needs.at(i).archived && needs.at(i).description.trimmed().isEmpty())
            error(QStringLiteral("needs/%1/description").arg(i), tr("Need: describe what the household needs."));
    if (!r.errors.isEmpty())
        return r;
    if (const QString why = scope.gridRefusal(m_db, gridId); !why.isEmpty())
        return failed(QStringLiteral("household"), why);

    const QString now = SqlValues::now();
    const QString day = visit.visitedOn.toString(Qt::ISODate);
    Transaction tx(m_db);
    QJsonObject before;
    if (visit.id == 0) {
        visit.gridId = gridId;
        SqlQuery q(m_db, QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, met, notes, "
                                        "user_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!q.exec(visit.householdId, SqlValues::idOrNull(gridId), day, visit.worker, textOrNull(visit.met),
                    textOrNull(visit.notes), textOrNull(m_scope.userName()), now, now))
            return failed(QString(), tr("The visit could not be saved."));
        visit.id = q.lastInsertId();
        visit.rowVersion = 1;
    } else {
        const std::optional<Visit> current = this->visit(visit.id);
        if (!current)
            return failed(QString(), tr("That visit does not exist."));
        if (current->rowVersion != visit.rowVersion)
            return failed(QString(), tr("Someone else changed this visit meanwhile; open it again and retry."));
        before = {{QStringLiteral("visited_on"), current->visitedOn.toString(Qt::ISODate)},
                  {QStringLiteral("worker"), current->worker},
                  {QStringLiteral("met"), current->met},
                  {QStringLiteral("notes"), current->notes}};
        // The grid stays the one of the day of the visit; only a change of household re-reads it.
        visit.gridId = current->householdId == visit.householdId ? current->gridId : gridId;
        SqlQuery q(m_db, QStringLiteral("UPDATE visit SET household_id = ?, grid_id = ?, visited_on = ?, worker = ?, "
                                        "met = ?, notes = ?, updated_at = ?, row_version = row_version + 1 "
                                        "WHERE id = ? AND row_version = ?"));
        if (!q.exec(visit.householdId, SqlValues::idOrNull(visit.gridId), day, visit.worker, textOrNull(visit.met),
                    textOrNull(visit.notes), now, visit.id, visit.rowVersion) ||
            q.numRowsAffected() != 1)
            return failed(QString(), tr("The visit could not be saved."));
        ++visit.rowVersion;
    }

    for (int i = 0; i < needs.size(); ++i) {
        VisitNeed &need = needs[i];
        need.description = need.description.trimmed();
        if (need.id == 0) {
            if (need.archived)
                continue;
            SqlQuery q(m_db, QStringLiteral("INSERT INTO visit_need (visit_id, description, sort_order) "
                                            "VALUES (?, ?, ?)"));
            if (!q.exec(visit.id, need.description, i))
                return failed(QString(), tr("The visit could not be saved."));
            need.id = q.lastInsertId();
        } else {
            SqlQuery q(m_db, QStringLiteral("UPDATE visit_need SET description = ?, sort_order = ?, archived = ? "
                                            "WHERE id = ? AND visit_id = ?"));
            if (!q.exec(need.description, i, need.archived ? 1 : 0, need.id, visit.id) || q.numRowsAffected() != 1)
                return failed(QString(), tr("The visit could not be saved."));
        }
        if (need.newCase && !need.archived) {
            const SaveResult raised = raiseIn(need.id, *need.newCase);
            if (!raised.ok) {
                SaveResult out = raised;
                for (FieldError &e : out.errors)
                    e.field = QStringLiteral("needs/%1/%2").arg(i).arg(e.field);
                return out;
            }
            need.caseId = raised.id;
        }
    }

    const QJsonObject after{{QStringLiteral("household_id"), visit.householdId},
                            {QStringLiteral("grid_id"), visit.gridId},
                            {QStringLiteral("visited_on"), day},
                            {QStringLiteral("worker"), visit.worker},
                            {QStringLiteral("met"), visit.met},
                            {QStringLiteral("notes"), visit.notes},
                            {QStringLiteral("needs"), int(needs.size())}};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("visit"), visit.id,
                     before.isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"),
                     before.isEmpty() ? QString() : json(before), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The visit could not be saved."));
    for (VisitNeed &need : needs)
        need.newCase.reset();
    return {true, visit.id, {}, {}};
}

SaveResult VisitStore::setArchived(qint64 visitId, bool archived)
{
    const std::optional<Visit> current = visit(visitId);
    if (!current)
        return failed(QString(), tr("That visit does not exist."));
    if (const QString why = m_scope.gridRefusal(m_db, current->gridId); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE visit SET archived = ?, updated_at = ?, row_version = row_version + 1 "
                                    "WHERE id = ?"));
    if (!q.exec(archived ? 1 : 0, SqlValues::now(), visitId) || q.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("visit"), visitId, archived ? QStringLiteral("archive") : QStringLiteral("restore"),
                     QString(), QString()) ||
        !tx.commit())
        return failed(QString(), tr("The visit could not be archived."));
    return {true, visitId, {}, {}};
}

SaveResult VisitStore::raiseCase(qint64 needId, const CaseIntake &intake)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    const SaveResult r = raiseIn(needId, intake);
    if (!r.ok)
        return r;
    if (!tx.commit())
        return failed(QString(), tr("The case could not be saved."));
    return r;
}

SaveResult VisitStore::raiseIn(qint64 needId, CaseIntake intake)
{
    SqlQuery n(m_db, QStringLiteral("SELECT n.description, n.case_id, h.building_id, v.grid_id FROM visit_need n "
                                    "JOIN visit v ON v.id = n.visit_id JOIN household h ON h.id = v.household_id "
                                    "WHERE n.id = ? AND n.archived = 0"));
    if (!n.exec(needId) || !n.next())
        return failed(QStringLiteral("need"), tr("Need: that need does not exist."));
    if (!n.value(1).isNull())
        return failed(QStringLiteral("need"), tr("Need: this need is already a case."));
    if (const QString why = m_scope.gridRefusal(m_db, n.value(3).toLongLong()); !why.isEmpty())
        return failed(QStringLiteral("need"), why);
    if (intake.description.trimmed().isEmpty())
        intake.description = n.value(0).toString();
    if (intake.buildingId <= 0 && intake.gridId <= 0)
        intake.buildingId = n.value(2).toLongLong();
    if (intake.source.isEmpty())
        intake.source = QStringLiteral("patrol");
    intake.visitNeedId = needId;

    // CaseStore's own Transaction becomes a savepoint of ours, so the case, the link and the
    // visit around them are kept or dropped together.
    const SaveResult made = CaseStore(m_db, m_scope).intake(intake);
    if (!made.ok)
        return made;
    SqlQuery link(m_db, QStringLiteral("UPDATE visit_need SET case_id = ? WHERE id = ? AND case_id IS NULL"));
    if (!link.exec(made.id, needId) || link.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("visit_need"), needId, QStringLiteral("raise_case"), QString(),
                     json({{QStringLiteral("case_id"), made.id}})))
        return failed(QString(), tr("The case could not be saved."));
    return made;
}

SaveResult VisitStore::checkCase(const CaseIntake &intake) const
{
    CaseIntake in = intake;
    if (in.source.isEmpty())
        in.source = QStringLiteral("patrol");
    Transaction tx(m_db); // never committed: the destructor rolls the trial case back
    return CaseStore(m_db, m_scope).intake(in);
}

std::optional<Visit> VisitStore::visit(qint64 visitId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT v.id, v.household_id, v.grid_id, v.visited_on, v.worker, v.met, v.notes, "
                                    "v.archived, v.row_version, c.name, b.name, h.unit, h.room FROM visit v "
                                    "JOIN household h ON h.id = v.household_id "
                                    "LEFT JOIN building b ON b.id = h.building_id "
                                    "LEFT JOIN compound c ON c.id = b.compound_id WHERE v.id = ?") +
                         VisitRows::visits(m_scope, QStringLiteral("v")));
    if (!q.exec(visitId) || !q.next())
        return std::nullopt;
    Visit v;
    v.id = q.value(0).toLongLong();
    v.householdId = q.value(1).toLongLong();
    v.gridId = q.value(2).toLongLong();
    v.visitedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    v.worker = q.value(4).toString();
    v.met = q.value(5).toString();
    v.notes = q.value(6).toString();
    v.archived = q.value(7).toInt() != 0;
    v.rowVersion = q.value(8).toInt();
    v.address =
        Address::format(q.value(9).toString(), q.value(10).toString(), q.value(11).toString(), q.value(12).toString());
    return v;
}

QList<VisitNeed> VisitStore::needs(qint64 visitId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT n.id, n.description, n.case_id, c.case_no FROM visit_need n "
                                    "LEFT JOIN cases c ON c.id = n.case_id WHERE n.visit_id = ? AND n.archived = 0 "
                                    "ORDER BY n.sort_order, n.id"));
    QList<VisitNeed> list;
    if (q.exec(visitId))
        while (q.next()) {
            VisitNeed n;
            n.id = q.value(0).toLongLong();
            n.description = q.value(1).toString();
            n.caseId = q.value(2).toLongLong();
            n.caseNo = q.value(3).toString();
            list.append(n);
        }
    return list;
}

qint64 VisitStore::visitOfCase(qint64 caseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT n.visit_id FROM cases c JOIN visit_need n ON n.id = c.visit_need_id "
                                    "WHERE c.id = ?"));
    return q.exec(caseId) ? q.scalar().toLongLong() : 0;
}

QList<VisitStore::HouseholdChoice> VisitStore::readChoices(const QString &where, const QVariantList &bindings) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT h.id, c.name, b.name, h.unit, h.room, r.name, h.building_id FROM household h "
                              "JOIN building b ON b.id = h.building_id JOIN compound c ON c.id = b.compound_id "
                              "LEFT JOIN resident r ON r.household_id = h.id AND r.status = 'living' "
                              "WHERE h.status = 'active' AND h.id IN (") +
                   where + QStringLiteral(")") + RegisterRows::grids(m_scope, QStringLiteral("b.grid_id")) +
                   QStringLiteral(" ORDER BY c.name, b.name, h.unit, h.room, h.id, "
                                  "CASE WHEN r.relation = 'head' THEN 0 ELSE 1 END, r.id"));
    for (const QVariant &v : bindings)
        q.bind(v);
    QList<HouseholdChoice> list;
    if (!q.exec())
        return list;
    QStringList names;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.constLast().id != id) {
            if (!list.isEmpty())
                list.last().members = names.join(QStringLiteral(", "));
            names.clear();
            list.append({id, q.value(6).toLongLong(),
                         Address::format(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).toString()),
                         QString()});
        }
        if (!q.value(5).isNull())
            names << q.value(5).toString();
    }
    if (!list.isEmpty())
        list.last().members = names.join(QStringLiteral(", "));
    return list;
}

QList<VisitStore::HouseholdChoice> VisitStore::households(qint64 buildingId) const
{
    return readChoices(QStringLiteral("SELECT id FROM household WHERE building_id = ?"), {buildingId});
}

std::optional<VisitStore::HouseholdChoice> VisitStore::household(qint64 householdId) const
{
    const QList<HouseholdChoice> one = readChoices(QStringLiteral("?"), {householdId});
    return one.isEmpty() ? std::nullopt : std::optional<HouseholdChoice>(one.constFirst());
}

QList<VisitStore::HouseholdChoice> VisitStore::findHouseholds(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QString escaped = t;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    // A member's name, a phone, or a room number; the derived table is limited first so a
    // common surname does not pull the whole register.
    return readChoices(QStringLiteral("SELECT f.household_id FROM (SELECT DISTINCT r2.household_id FROM resident r2 "
                                      "WHERE r2.status = 'living' AND (lower(r2.name) LIKE lower(CAST(? AS TEXT)) "
                                      "ESCAPE '\\' OR r2.phone LIKE ?) "
                                      "UNION SELECT h2.id FROM household h2 WHERE h2.room = ? LIMIT ?) AS f"),
                       {QString(escaped + QLatin1Char('%')), QString(t + QLatin1Char('%')), t, limit});
}
