#include "casestore.h"

#include "caserows.h"
#include "casesummary.h"
#include "caseworkflow.h"
#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/cnrules/age.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::idOrNull;
using SqlValues::textOrNull;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString stamp(const QDateTime &t)
{
    // Seconds only, local time without offset, so stored times compare as text.
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(stamp(t)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

CaseStore::CaseStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult CaseStore::failed(const QString &field, const QString &message) const
{
    return {false, 0, {{field, message}}, {}};
}

qint64 CaseStore::gridOfBuilding(qint64 buildingId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT grid_id FROM building WHERE id = ?"));
    q.exec(buildingId);
    return q.scalar().toLongLong();
}

QString CaseStore::nextCaseNo(int year) const
{
    // Case numbers are yyyy-nnnnnn, counted per year of receipt.
    const QString prefix = QString::number(year) + QLatin1Char('-');
    // A grid worker's own server login sees only their grids' cases (row-level security, see
    // models/workspace/serversecurity.h): the server counts the numbers of all of them.
    bool server = false;
    if (SqlDialect::isPostgres(m_db)) {
        SqlQuery has(m_db, QStringLiteral("SELECT to_regproc('cd_last_case_no') IS NOT NULL"));
        server = has.scalar().toBool();
    }
    SqlQuery q(m_db, server ? QStringLiteral("SELECT cd_last_case_no(?, ?)")
                            : QStringLiteral("SELECT max(case_no) FROM cases WHERE case_no >= ? AND case_no < ?"));
    q.exec(prefix, QString(QString::number(year) + QLatin1Char('.')));
    const int last = q.scalar().toString().mid(prefix.size()).toInt();
    return prefix + QStringLiteral("%1").arg(last + 1, 6, 10, QLatin1Char('0'));
}

SaveResult CaseStore::intake(const CaseIntake &in)
{
    SaveResult r;
    auto error = [&r](const QString &field, const QString &message) { r.errors.append({field, message}); };
    if (in.description.trimmed().isEmpty())
        error(QStringLiteral("description"), tr("Description: describe the request or problem."));
    int deadlineDays = 0;
    {
        SqlQuery c(m_db, QStringLiteral("SELECT deadline_days, archived FROM case_category WHERE id = ?"));
        if (!in.categoryId || !c.exec(in.categoryId) || !c.next())
            error(QStringLiteral("category"), tr("Category: choose the kind of case."));
        else if (c.value(1).toInt() != 0)
            error(QStringLiteral("category"), tr("Category: that category is archived; choose another."));
        else
            deadlineDays = c.value(0).toInt();
    }
    bool knownSource = false;
    for (const CaseWorkflow::Choice &s : CaseWorkflow::sources())
        knownSource = knownSource || s.code == in.source;
    if (!knownSource)
        error(QStringLiteral("source"), tr("Source: choose how the case came in."));
    if (!in.receivedAt.isValid())
        error(QStringLiteral("receivedAt"), tr("Received: enter when the case was received."));
    const QString kind = in.kind.isEmpty() ? QStringLiteral("case") : in.kind;
    if (kind != QLatin1String("case") && kind != QLatin1String("errand"))
        error(QStringLiteral("kind"), tr("Kind: choose case or errand."));
    if (CaseWorkflow::isErrand(kind)) {
        SqlQuery t(m_db, QStringLiteral("SELECT archived FROM errand_type WHERE code = ?"));
        if (!t.exec(in.errandType) || !t.next() || t.value(0).toInt() != 0)
            error(QStringLiteral("errandType"), tr("Errand type: choose the kind of errand."));
    }

    qint64 gridId = in.gridId;
    if (in.buildingId > 0) {
        SqlQuery b(m_db, QStringLiteral("SELECT grid_id FROM building WHERE id = ?"));
        if (!b.exec(in.buildingId) || !b.next())
            error(QStringLiteral("building"), tr("Building: that building does not exist."));
        else
            gridId = b.value(0).toLongLong();
    } else if (gridId > 0) {
        SqlQuery g(m_db, QStringLiteral("SELECT id FROM grid WHERE id = ?"));
        if (!g.exec(gridId) || !g.next())
            error(QStringLiteral("grid"), tr("Grid: that grid does not exist."));
    }
    // Viewers log nothing; a grid worker logs cases of their own grids only.
    if (const QString why = m_scope.gridRefusal(m_db, gridId); !why.isEmpty())
        error(QStringLiteral("grid"), why);

    QString reporterName = in.reporterName.trimmed();
    QString reporterPhone = in.reporterPhone.trimmed();
    if (in.reporterResidentId > 0) {
        SqlQuery p(m_db, QStringLiteral("SELECT name, phone FROM resident WHERE id = ?"));
        if (!p.exec(in.reporterResidentId) || !p.next()) {
            error(QStringLiteral("reporter"), tr("Reporter: that resident is not in the register."));
        } else {
            // A copy, so the list shows and searches the reporter without joining the register.
            reporterName = p.value(0).toString();
            if (reporterPhone.isEmpty())
                reporterPhone = p.value(1).toString();
        }
    }
    QDateTime deadline = in.deadline;
    if (in.receivedAt.isValid() && !deadline.isValid() && deadlineDays > 0)
        deadline = in.receivedAt.addDays(deadlineDays);
    if (deadline.isValid() && in.receivedAt.isValid() && deadline <= in.receivedAt)
        error(QStringLiteral("deadline"), tr("Deadline: must be after the time received."));
    if (!r.errors.isEmpty())
        return r;

    Transaction tx(m_db);
    const QString caseNo = nextCaseNo(in.receivedAt.date().year());
    const QString now = SqlValues::now();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, building_id, location, "
                                    "reporter_resident_id, reporter_name, reporter_phone, description, received_at, "
                                    "deadline, status, user_name, created_at, updated_at, kind, errand_type, "
                                    "visit_need_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, "
                                    "?, ?, ?)"));
    if (!q.exec(caseNo, in.source, in.categoryId, idOrNull(gridId), idOrNull(in.buildingId), textOrNull(in.location),
                idOrNull(in.reporterResidentId), textOrNull(reporterName), textOrNull(reporterPhone),
                in.description.trimmed(), stamp(in.receivedAt), stamp(deadline), textOrNull(m_scope.userName()), now,
                now, kind, CaseWorkflow::isErrand(kind) ? textOrNull(in.errandType) : textOrNull(QString()),
                idOrNull(in.visitNeedId)))
        return failed(QString(), tr("The case could not be saved."));
    const qint64 id = q.lastInsertId();
    if (!CaseSummary::add(m_db, {readTime(stamp(in.receivedAt)), {}, gridId, in.categoryId}))
        return failed(QString(), tr("The case could not be saved."));
    SqlQuery step(m_db, QStringLiteral("INSERT INTO case_step (case_id, action, from_status, to_status, at, by_name, "
                                       "user_name, created_at) VALUES (?, 'receive', NULL, 'received', ?, ?, ?, ?)"));
    const QJsonObject after{{QStringLiteral("case_no"), caseNo},
                            {QStringLiteral("status"), QStringLiteral("received")},
                            {QStringLiteral("category_id"), in.categoryId},
                            {QStringLiteral("grid_id"), gridId},
                            {QStringLiteral("deadline"), stamp(deadline)}};
    if (!step.exec(id, stamp(in.receivedAt), textOrNull(in.byName), textOrNull(m_scope.userName()), now) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("cases"), id, QStringLiteral("intake"), QString(), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The case could not be saved."));
    return {true, id, {}, {}};
}

SaveResult CaseStore::applyStep(const CaseStepRequest &req)
{
    const std::optional<CaseRecord> current = record(req.caseId);
    if (!current)
        return failed(QString(), tr("That case does not exist."));
    if (const QString why = m_scope.gridRefusal(m_db, current->gridId); !why.isEmpty())
        return failed(QString(), why);
    if (req.rowVersion != current->rowVersion)
        return failed(QString(), tr("Someone else changed this case meanwhile; look at it again and retry."));
    const QList<FieldError> errors = CaseWorkflow::check(current->status, req, current->kind);
    if (!errors.isEmpty())
        return {false, 0, errors, {}};

    const QString to = CaseWorkflow::target(current->status, req.action, current->kind);
    const QString now = SqlValues::now();
    Transaction tx(m_db);
    // The step first: if the case row turns out to be stale, the rollback takes the step with it.
    SqlQuery step(m_db, QStringLiteral("INSERT INTO case_step (case_id, action, from_status, to_status, at, by_name, "
                                       "to_whom, note, result, satisfaction, reason, user_name, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!step.exec(req.caseId, req.action, current->status, to, stamp(req.at), textOrNull(req.byName),
                   textOrNull(req.toWhom), textOrNull(req.note), textOrNull(req.result), textOrNull(req.satisfaction),
                   textOrNull(req.reason), textOrNull(m_scope.userName()), now))
        return failed(QString(), tr("The step could not be saved."));

    QString assignee = current->assignee;
    if (!req.toWhom.trimmed().isEmpty())
        assignee = req.toWhom.trimmed();
    QString result = current->result;
    QDateTime closedAt = current->closedAt;
    QString satisfaction = current->satisfaction;
    QDateTime followedUpAt = current->followedUpAt;
    int reopenCount = current->reopenCount;
    if (req.action == QLatin1String("close")) {
        result = req.result.trimmed();
        closedAt = req.at;
    } else if (req.action == QLatin1String("follow_up")) {
        satisfaction = req.satisfaction;
        followedUpAt = req.at;
    } else if (req.action == QLatin1String("reopen")) {
        // The earlier result stays in the timeline; the case is open again and will be timed anew.
        result.clear();
        closedAt = {};
        satisfaction.clear();
        followedUpAt = {};
        ++reopenCount;
    }
    SqlQuery update(m_db, QStringLiteral("UPDATE cases SET status = ?, assignee = ?, result = ?, closed_at = ?, "
                                         "satisfaction = ?, followed_up_at = ?, reopen_count = ?, updated_at = ?, "
                                         "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!update.exec(to, textOrNull(assignee), textOrNull(result), timeOrNull(closedAt), textOrNull(satisfaction),
                     timeOrNull(followedUpAt), reopenCount, now, req.caseId, req.rowVersion))
        return failed(QString(), tr("The step could not be saved."));
    if (update.numRowsAffected() != 1)
        return failed(QString(), tr("Someone else changed this case meanwhile; look at it again and retry."));
    if (!CaseSummary::change(
            m_db, {current->receivedAt, current->closedAt, current->gridId, current->categoryId},
            {current->receivedAt, readTime(timeOrNull(closedAt)), current->gridId, current->categoryId}))
        return failed(QString(), tr("The step could not be saved."));
    const QJsonObject before{{QStringLiteral("status"), current->status},
                             {QStringLiteral("row_version"), current->rowVersion}};
    const QJsonObject after{{QStringLiteral("status"), to},
                            {QStringLiteral("assignee"), assignee},
                            {QStringLiteral("step_id"), step.lastInsertId()},
                            {QStringLiteral("row_version"), current->rowVersion + 1}};
    if (!AuditLog(m_db, m_scope).record(QStringLiteral("cases"), req.caseId, req.action, json(before), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The step could not be saved."));
    return {true, req.caseId, {}, {}};
}

SaveResult CaseStore::restoreState(const CaseRecord &target)
{
    const std::optional<CaseRecord> current = record(target.id);
    if (!current)
        return failed(QString(), tr("That case does not exist."));
    if (const QString why = m_scope.gridRefusal(m_db, current->gridId); !why.isEmpty())
        return failed(QString(), why);
    if (target.rowVersion != current->rowVersion)
        return failed(QString(), tr("Someone else changed this case meanwhile; look at it again and retry."));
    // Withdrawing and reinstating have their own writers, which keep the counts.
    if (CaseWorkflow::isWithdrawn(current->status) || CaseWorkflow::isWithdrawn(target.status))
        return failed(QStringLiteral("status"),
                      tr("Status: case %1 is withdrawn; reinstate it first.").arg(current->caseNo));
    const QString now = SqlValues::now();
    Transaction tx(m_db);
    SqlQuery step(m_db, QStringLiteral("INSERT INTO case_step (case_id, action, from_status, to_status, at, by_name, "
                                       "user_name, created_at) VALUES (?, 'restore', ?, ?, ?, ?, ?, ?)"));
    if (!step.exec(target.id, current->status, target.status, stamp(QDateTime::currentDateTime()),
                   textOrNull(m_scope.displayName()), textOrNull(m_scope.userName()), now))
        return failed(QString(), tr("The step could not be saved."));
    SqlQuery update(m_db, QStringLiteral("UPDATE cases SET status = ?, assignee = ?, result = ?, closed_at = ?, "
                                         "satisfaction = ?, followed_up_at = ?, reopen_count = ?, updated_at = ?, "
                                         "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!update.exec(target.status, textOrNull(target.assignee), textOrNull(target.result), timeOrNull(target.closedAt),
                     textOrNull(target.satisfaction), timeOrNull(target.followedUpAt), target.reopenCount, now,
                     target.id, target.rowVersion) ||
        update.numRowsAffected() != 1)
        return failed(QString(), tr("Someone else changed this case meanwhile; look at it again and retry."));
    if (!CaseSummary::change(
            m_db, {current->receivedAt, current->closedAt, current->gridId, current->categoryId},
            {current->receivedAt, readTime(timeOrNull(target.closedAt)), current->gridId, current->categoryId}))
        return failed(QString(), tr("The step could not be saved."));
    const QJsonObject before{{QStringLiteral("status"), current->status},
                             {QStringLiteral("row_version"), current->rowVersion}};
    const QJsonObject after{{QStringLiteral("status"), target.status},
                            {QStringLiteral("assignee"), target.assignee},
                            {QStringLiteral("step_id"), step.lastInsertId()},
                            {QStringLiteral("row_version"), current->rowVersion + 1}};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("cases"), target.id, QStringLiteral("restore"), json(before), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The step could not be saved."));
    return {true, target.id, {}, {}};
}

SaveResult CaseStore::withdraw(qint64 caseId, int rowVersion)
{
    return setWithdrawn(caseId, rowVersion, true);
}

SaveResult CaseStore::reinstate(qint64 caseId, int rowVersion)
{
    return setWithdrawn(caseId, rowVersion, false);
}

SaveResult CaseStore::setWithdrawn(qint64 caseId, int rowVersion, bool withdrawn)
{
    const std::optional<CaseRecord> current = record(caseId);
    if (!current)
        return failed(QString(), tr("That case does not exist."));
    if (const QString why = m_scope.gridRefusal(m_db, current->gridId); !why.isEmpty())
        return failed(QString(), why);
    if (rowVersion != current->rowVersion)
        return failed(QString(), tr("Someone else changed this case meanwhile; look at it again and retry."));
    if (withdrawn == CaseWorkflow::isWithdrawn(current->status))
        return failed(QStringLiteral("status"), withdrawn
                                                    ? tr("Status: case %1 is already withdrawn.").arg(current->caseNo)
                                                    : tr("Status: case %1 is not withdrawn.").arg(current->caseNo));
    // Every withdrawal keeps withdrawn_from; "received" only guards a row edited by hand.
    const QString to = withdrawn
                           ? QStringLiteral("withdrawn")
                           : (current->withdrawnFrom.isEmpty() ? QStringLiteral("received") : current->withdrawnFrom);
    const QString action = withdrawn ? QStringLiteral("withdraw") : QStringLiteral("reinstate");
    const QString now = SqlValues::now();
    const QString failure =
        withdrawn ? tr("The case could not be withdrawn.") : tr("The case could not be reinstated.");
    Transaction tx(m_db);
    SqlQuery step(m_db, QStringLiteral("INSERT INTO case_step (case_id, action, from_status, to_status, at, by_name, "
                                       "user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!step.exec(caseId, action, current->status, to, stamp(QDateTime::currentDateTime()),
                   textOrNull(m_scope.displayName()), textOrNull(m_scope.userName()), now))
        return failed(QString(), failure);
    SqlQuery update(m_db, QStringLiteral("UPDATE cases SET status = ?, withdrawn_from = ?, updated_at = ?, "
                                         "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    if (!update.exec(to, withdrawn ? textOrNull(current->status) : textOrNull(QString()), now, caseId, rowVersion) ||
        update.numRowsAffected() != 1)
        return failed(QString(), tr("Someone else changed this case meanwhile; look at it again and retry."));
    // Out of (or back into) the month's counts, in this transaction.
    const CaseSummary::Facts facts{current->receivedAt, current->closedAt, current->gridId, current->categoryId};
    if (!(withdrawn ? CaseSummary::remove(m_db, facts) : CaseSummary::add(m_db, facts)))
        return failed(QString(), failure);
    const QJsonObject before{{QStringLiteral("status"), current->status},
                             {QStringLiteral("row_version"), current->rowVersion}};
    const QJsonObject after{{QStringLiteral("status"), to},
                            {QStringLiteral("step_id"), step.lastInsertId()},
                            {QStringLiteral("row_version"), current->rowVersion + 1}};
    if (!AuditLog(m_db, m_scope).record(QStringLiteral("cases"), caseId, action, json(before), json(after)) ||
        !tx.commit())
        return failed(QString(), failure);
    return {true, caseId, {}, {}};
}

qint64 CaseStore::idOfCaseNo(const QString &caseNo) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT c.id FROM cases c WHERE c.case_no = ?") +
                         CaseRows::cases(m_scope, QStringLiteral("c")));
    q.exec(caseNo.trimmed());
    return q.scalar().toLongLong();
}

std::optional<CaseRecord> CaseStore::record(qint64 caseId) const
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT c.id, c.case_no, c.source, c.category_id, k.name, c.grid_id, g.name, c.building_id, "
                       "coalesce(p.name || ' ', '') || b.name, c.location, c.reporter_resident_id, c.reporter_name, "
                       "c.reporter_phone, c.description, c.received_at, c.deadline, c.status, c.assignee, c.result, "
                       "c.closed_at, c.satisfaction, c.followed_up_at, c.reopen_count, c.row_version, c.kind, "
                       "c.errand_type, c.visit_need_id, e.name, v.visited_on, v.worker, c.withdrawn_from FROM cases c "
                       "JOIN case_category k ON k.id = c.category_id LEFT JOIN grid g ON g.id = c.grid_id "
                       "LEFT JOIN building b ON b.id = c.building_id LEFT JOIN compound p ON p.id = b.compound_id "
                       "LEFT JOIN errand_type e ON e.code = c.errand_type "
                       "LEFT JOIN visit_need n ON n.id = c.visit_need_id LEFT JOIN visit v ON v.id = n.visit_id "
                       "WHERE c.id = ?"));
    if (!q.exec(caseId) || !q.next())
        return std::nullopt;
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.caseNo = q.value(1).toString();
    c.source = q.value(2).toString();
    c.categoryId = q.value(3).toLongLong();
    c.categoryName = q.value(4).toString();
    c.gridId = q.value(5).toLongLong();
    c.gridName = q.value(6).toString();
    c.buildingId = q.value(7).toLongLong();
    c.buildingName = q.value(8).toString();
    c.location = q.value(9).toString();
    c.reporterResidentId = q.value(10).toLongLong();
    c.reporterName = q.value(11).toString();
    c.reporterPhone = q.value(12).toString();
    c.description = q.value(13).toString();
    c.receivedAt = readTime(q.value(14));
    c.deadline = readTime(q.value(15));
    c.status = q.value(16).toString();
    c.assignee = q.value(17).toString();
    c.result = q.value(18).toString();
    c.closedAt = readTime(q.value(19));
    c.satisfaction = q.value(20).toString();
    c.followedUpAt = readTime(q.value(21));
    c.reopenCount = q.value(22).toInt();
    c.rowVersion = q.value(23).toInt();
    c.kind = q.value(24).toString();
    c.errandType = q.value(25).toString();
    c.visitNeedId = q.value(26).toLongLong();
    c.errandTypeName = q.value(27).toString();
    c.visitedOn = QDate::fromString(q.value(28).toString(), Qt::ISODate);
    c.visitWorker = q.value(29).toString();
    c.withdrawnFrom = q.value(30).toString();
    return c;
}

QList<CaseStep> CaseStore::timeline(qint64 caseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, action, from_status, to_status, at, by_name, to_whom, note, result, "
                                    "satisfaction, reason FROM case_step WHERE case_id = ? ORDER BY id"));
    QList<CaseStep> steps;
    if (q.exec(caseId))
        while (q.next()) {
            CaseStep s;
            s.id = q.value(0).toLongLong();
            s.action = q.value(1).toString();
            s.fromStatus = q.value(2).toString();
            s.toStatus = q.value(3).toString();
            s.at = readTime(q.value(4));
            s.byName = q.value(5).toString();
            s.toWhom = q.value(6).toString();
            s.note = q.value(7).toString();
            s.result = q.value(8).toString();
            s.satisfaction = q.value(9).toString();
            s.reason = q.value(10).toString();
            steps.append(s);
        }
    return steps;
}

QList<CaseStore::Person> CaseStore::findResidents(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    QList<Person> people;
    if (t.isEmpty())
        return people;
    SqlQuery q(
        m_db,
        QStringLiteral(
            "SELECT r.id, r.name, r.phone, coalesce(p.name || ' ', '') || coalesce(b.name, "
            "'') || ' ' || h.unit || ' ' || h.room, r.birth_date FROM resident r "
            "LEFT JOIN household h ON h.id = r.household_id "
            "LEFT JOIN building b ON b.id = h.building_id "
            "LEFT JOIN compound p ON p.id = b.compound_id "
            "WHERE r.status = 'living' AND (lower(r.name) LIKE lower(CAST(? AS TEXT)) ESCAPE '\\' OR r.phone LIKE ?) "
            "ORDER BY r.name_pinyin, r.name, r.id LIMIT ?"));
    QString escaped = t;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    if (q.exec(QString(escaped + QLatin1Char('%')), QString(t + QLatin1Char('%')), limit))
        while (q.next())
            people.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString().simplified(),
                 Age::fullYears(QDate::fromString(q.value(4).toString(), Qt::ISODate), QDate::currentDate())});
    return people;
}

QList<CaseCategory> CaseStore::categories(bool includeArchived) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, name, deadline_days, sort_order, archived FROM case_category "
                                    "WHERE archived = 0 OR ? = 1 ORDER BY sort_order, id"));
    QList<CaseCategory> list;
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                         q.value(4).toInt(), q.value(5).toInt() != 0});
    return list;
}

SaveResult CaseStore::saveCategory(CaseCategory &category)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    category.name = category.name.trimmed();
    if (category.name.isEmpty())
        return failed(QStringLiteral("name"), tr("Name: enter the category's name."));
    if (category.deadlineDays < 1 || category.deadlineDays > 365)
        return failed(QStringLiteral("deadlineDays"), tr("Deadline: between 1 and 365 days."));
    SqlQuery dup(m_db, QStringLiteral("SELECT id FROM case_category WHERE name = ? AND id <> ?"));
    if (dup.exec(category.name, category.id) && dup.next())
        return failed(QStringLiteral("name"), tr("Name: another category is already called %1.").arg(category.name));

    Transaction tx(m_db);
    if (category.id == 0) {
        SqlQuery order(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM case_category"));
        category.sortOrder = order.scalar().toInt();
        // A unique placeholder code, replaced by one made from the id once it is known.
        category.code = QStringLiteral("new-") + QString::number(category.sortOrder);
        SqlQuery q(m_db, QStringLiteral("INSERT INTO case_category (code, name, deadline_days, sort_order) "
                                        "VALUES (?, ?, ?, ?)"));
        if (!q.exec(category.code, category.name, category.deadlineDays, category.sortOrder))
            return failed(QString(), tr("The category could not be saved."));
        category.id = q.lastInsertId();
        category.code = QStringLiteral("c") + QString::number(category.id);
        SqlQuery code(m_db, QStringLiteral("UPDATE case_category SET code = ? WHERE id = ?"));
        if (!code.exec(category.code, category.id))
            return failed(QString(), tr("The category could not be saved."));
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE case_category SET name = ?, deadline_days = ? WHERE id = ?"));
        if (!q.exec(category.name, category.deadlineDays, category.id) || q.numRowsAffected() != 1)
            return failed(QString(), tr("The category could not be saved."));
    }
    const QJsonObject after{{QStringLiteral("name"), category.name},
                            {QStringLiteral("deadline_days"), category.deadlineDays}};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("case_category"), category.id, QStringLiteral("save"), QString(), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The category could not be saved."));
    return {true, category.id, {}, {}};
}

SaveResult CaseStore::setCategoryArchived(qint64 categoryId, bool archived)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE case_category SET archived = ? WHERE id = ?"));
    if (!q.exec(archived ? 1 : 0, categoryId) || q.numRowsAffected() != 1)
        return failed(QString(), tr("The category could not be archived."));
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("case_category"), categoryId,
                     archived ? QStringLiteral("archive") : QStringLiteral("restore"), QString(), QString()) ||
        !tx.commit())
        return failed(QString(), tr("The category could not be archived."));
    return {true, categoryId, {}, {}};
}
