#include "mediationstore.h"

#include "mediationtypes.h"
#include "models/access/auditlog.h"
#include "models/cnrules/idnumber.h"
#include "models/core/dialectsql.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"
#include "models/register/registerstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using SqlValues::dateOrNull;
using SqlValues::idOrNull;
using SqlValues::textOrNull;

QString mediationJson(const Mediation &m)
{
    QJsonArray parties;
    for (const Mediation::Party &p : m.parties)
        parties.append(QJsonObject{{QStringLiteral("side"), p.side},
                                   {QStringLiteral("resident"), p.residentId},
                                   {QStringLiteral("name"), p.name}});
    QJsonArray sessions;
    for (const Mediation::Session &s : m.sessions)
        sessions.append(
            QJsonObject{{QStringLiteral("held"), s.heldOn.toString(Qt::ISODate)}, {QStringLiteral("notes"), s.notes}});
    const QJsonObject o{{QStringLiteral("received"), m.receivedOn.toString(Qt::ISODate)},
                        {QStringLiteral("kind"), m.kind},
                        {QStringLiteral("matter"), m.matter},
                        {QStringLiteral("grid"), m.gridId},
                        {QStringLiteral("case"), m.caseId},
                        {QStringLiteral("mediator"), m.mediator},
                        {QStringLiteral("status"), m.status},
                        {QStringLiteral("agreement"), m.agreement},
                        {QStringLiteral("kept"), m.kept},
                        {QStringLiteral("parties"), parties},
                        {QStringLiteral("sessions"), sessions},
                        {QStringLiteral("archived"), m.archived}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariant keptOrNull(int kept)
{
    return kept < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(kept > 0 ? 1 : 0);
}

} // namespace

MediationStore::MediationStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult MediationStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

QList<FieldError> MediationStore::validate(const Mediation &m, const std::optional<Mediation> &before,
                                           bool restoring) const
{
    QList<FieldError> errors;
    if (!m.receivedOn.isValid())
        errors.append({QStringLiteral("receivedOn"), tr("Received on: enter the day the dispute was brought."), 0});
    if (!MediationTypes::contains(MediationTypes::kinds(), m.kind))
        errors.append({QStringLiteral("kind"), tr("Kind: choose the kind of dispute."), 0});
    if (m.matter.trimmed().isEmpty())
        errors.append({QStringLiteral("matter"), tr("Matter: say what the dispute is about."), 0});
    if (m.mediator.trimmed().isEmpty())
        errors.append({QStringLiteral("mediator"), tr("Mediator: enter who mediates."), 0});
    if (!MediationTypes::contains(MediationTypes::statuses(), m.status)) {
        errors.append({QStringLiteral("status"), tr("Status: choose one."), 0});
    } else {
        const QString from = before ? before->status : QStringLiteral("received");
        if (!restoring && !MediationTypes::canMove(from, m.status))
            errors.append({QStringLiteral("status"),
                           tr("Status: a mediation cannot go from \"%1\" to \"%2\".")
                               .arg(MediationTypes::label(MediationTypes::statuses(), from),
                                    MediationTypes::label(MediationTypes::statuses(), m.status)),
                           0});
    }
    if (MediationTypes::needsAgreement(m.status) && m.agreement.trimmed().isEmpty())
        errors.append({QStringLiteral("agreement"), tr("Agreement: enter what the parties agreed."), 0});
    if (m.status == QLatin1String("fulfilled") && m.kept == 0)
        errors.append({QStringLiteral("kept"), tr("Kept: a fulfilled agreement was kept."), 0});
    bool applicant = false;
    bool respondent = false;
    for (int i = 0; i < m.parties.size(); ++i) {
        const Mediation::Party &p = m.parties.at(i);
        const QString field = QStringLiteral("parties/%1").arg(i);
        applicant = applicant || p.side == QLatin1String("applicant");
        respondent = respondent || p.side == QLatin1String("respondent");
        if (!MediationTypes::contains(MediationTypes::sides(), p.side))
            errors.append({field, tr("Party %1: choose applicant or respondent.").arg(i + 1), 0});
        if (p.residentId <= 0 && p.name.trimmed().isEmpty())
            errors.append({field, tr("Party %1: enter the name, or choose the resident.").arg(i + 1), 0});
        if (p.residentId <= 0 && !p.idNumber.trimmed().isEmpty()) {
            const IdNumber id = IdNumber::parse(p.idNumber);
            if (!id.isValid())
                errors.append({field, tr("Party %1: ID number: %2").arg(i + 1).arg(id.errorText()), 0});
        }
        for (int j = 0; j < i; ++j)
            if (p.residentId > 0 && m.parties.at(j).residentId == p.residentId)
                errors.append({field, tr("Party %1: this resident is already a party.").arg(i + 1), 0});
    }
    if (!applicant || !respondent)
        errors.append({QStringLiteral("parties"), tr("Parties: name at least one applicant and one respondent."), 0});
    for (int i = 0; i < m.sessions.size(); ++i) {
        const Mediation::Session &s = m.sessions.at(i);
        const QString field = QStringLiteral("sessions/%1").arg(i);
        if (!s.heldOn.isValid())
            errors.append({field, tr("Session %1: enter the date.").arg(i + 1), 0});
        else if (m.receivedOn.isValid() && s.heldOn < m.receivedOn)
            errors.append({field, tr("Session %1: it cannot be before the day received.").arg(i + 1), 0});
        if (s.notes.trimmed().isEmpty())
            errors.append({field, tr("Session %1: enter what was said and done.").arg(i + 1), 0});
    }
    if (m.caseId > 0 && caseNumber(m.caseId).isEmpty())
        errors.append({QStringLiteral("case"), tr("Case: the case it came from no longer exists."), 0});
    return errors;
}

bool MediationStore::fillFromRegister(Mediation &m) const
{
    // The agreement names people as they were when it was made: the register's values are copied.
    SqlQuery q(m_db, QStringLiteral("SELECT r.name, r.phone, r.id_number, r.household_id, b.grid_id FROM resident r "
                                    "LEFT JOIN household h ON h.id = r.household_id LEFT JOIN building b ON b.id = "
                                    "h.building_id WHERE r.id = ?"));
    const RegisterStore reg(m_db, m_scope);
    for (Mediation::Party &p : m.parties) {
        p.name = p.name.trimmed();
        p.phone = p.phone.trimmed();
        p.idNumber = p.idNumber.trimmed();
        if (p.residentId <= 0) {
            if (!p.idNumber.isEmpty())
                p.idNumber = IdNumber::parse(p.idNumber).normalized();
            continue;
        }
        if (!q.exec(p.residentId) || !q.next())
            return false;
        p.name = q.value(0).toString();
        p.phone = q.value(1).toString();
        p.idNumber = q.value(2).toString();
        p.address = reg.householdAddress(q.value(3).toLongLong());
        if (m.gridId <= 0 && m.caseId <= 0)
            m.gridId = q.value(4).toLongLong();
    }
    if (m.gridId <= 0 && m.caseId > 0) {
        SqlQuery c(m_db, QStringLiteral("SELECT grid_id FROM cases WHERE id = ?"));
        if (c.exec(m.caseId))
            m.gridId = c.scalar().toLongLong();
    }
    return true;
}

SaveResult MediationStore::save(Mediation &m)
{
    return write(m, false);
}

SaveResult MediationStore::restore(Mediation &m)
{
    if (m.id <= 0)
        return failed(QString(), tr("This mediation no longer exists."));
    return write(m, true);
}

SaveResult MediationStore::write(Mediation &m, bool restoring)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);
    m.matter = m.matter.trimmed();
    m.mediator = m.mediator.trimmed();
    m.agreement = m.agreement.trimmed();
    const bool isNew = m.id == 0;
    const std::optional<Mediation> before = isNew ? std::nullopt : mediation(m.id);
    if (!isNew && !before)
        return failed(QString(), tr("This mediation no longer exists."));
    SaveResult result;
    result.errors = validate(m, before, restoring);
    if (!result.errors.isEmpty())
        return result;
    if (!fillFromRegister(m))
        return failed(QStringLiteral("parties"), tr("Parties: a resident chosen is no longer in the register."));
    // A grid worker records the mediations of their own grids only, before and after.
    if (!m_scope.seesAllGrids()) {
        if (const QString why = m_scope.gridRefusal(m.gridId); !why.isEmpty())
            return failed(QString(), why);
        if (before)
            if (const QString why = m_scope.gridRefusal(before->gridId); !why.isEmpty())
                return failed(QString(), why);
    }
    if (MediationTypes::needsAgreement(m.status) && !m.agreedOn.isValid())
        m.agreedOn = m.sessions.isEmpty() ? m.receivedOn : m.sessions.constLast().heldOn;
    if (m.status == QLatin1String("fulfilled"))
        m.kept = 1;

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const QString stamp = SqlValues::now();
    if (isNew) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO mediation (received_on, kind, matter, grid_id, case_id, mediator, "
                                        "status, agreement, agreed_on, kept, notes, archived, user_name, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
        if (!q.exec(m.receivedOn.toString(Qt::ISODate), m.kind, m.matter, idOrNull(m.gridId), idOrNull(m.caseId),
                    m.mediator, m.status, textOrNull(m.agreement), dateOrNull(m.agreedOn), keptOrNull(m.kept),
                    textOrNull(m.notes), textOrNull(m_scope.userName()), stamp, stamp))
            return failed(QString(), tr("The mediation could not be saved."));
        m.id = q.lastInsertId();
        m.archived = false;
    } else {
        SqlQuery q(m_db,
                   QStringLiteral("UPDATE mediation SET received_on = ?, kind = ?, matter = ?, grid_id = ?, "
                                  "case_id = ?, mediator = ?, status = ?, agreement = ?, agreed_on = ?, kept = ?, "
                                  "notes = ?, archived = ?, user_name = ?, updated_at = ?, row_version = "
                                  "row_version + 1 WHERE id = ? AND row_version = ?"));
        // A form's save leaves the archived flag as it is; an undo puts it back too.
        if (!restoring)
            m.archived = before->archived;
        if (!q.exec(m.receivedOn.toString(Qt::ISODate), m.kind, m.matter, idOrNull(m.gridId), idOrNull(m.caseId),
                    m.mediator, m.status, textOrNull(m.agreement), dateOrNull(m.agreedOn), keptOrNull(m.kept),
                    textOrNull(m.notes), m.archived ? 1 : 0, textOrNull(m_scope.userName()), stamp, m.id, m.rowVersion))
            return failed(QString(), tr("The mediation could not be saved."));
        if (q.numRowsAffected() != 1)
            return failed(QString(), tr("This mediation was changed by someone else since you opened it; please "
                                        "reopen it and make your change again."));
    }
    if (!writeLists(m) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("mediation"), m.id, isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     before ? mediationJson(*before) : QString(), mediationJson(m)) ||
        !tx.commit()) {
        if (isNew)
            m.id = 0;
        return failed(QString(), tr("The mediation could not be saved; nothing was changed."));
    }
    m.rowVersion = isNew ? 1 : m.rowVersion + 1;
    result.ok = true;
    result.id = m.id;
    return result;
}

bool MediationStore::writeLists(Mediation &m)
{
    // Parties and sessions keep their rows; those left out are archived, never deleted.
    SqlQuery insP(m_db,
                  QStringLiteral("INSERT INTO mediation_party (mediation_id, sort_order, side, resident_id, name, "
                                 "phone, id_number, address, archived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    SqlQuery updP(m_db,
                  QStringLiteral("UPDATE mediation_party SET sort_order = ?, side = ?, resident_id = ?, name = ?, "
                                 "phone = ?, id_number = ?, address = ?, archived = 0 WHERE id = ? AND "
                                 "mediation_id = ?"));
    QList<qint64> kept;
    for (int i = 0; i < m.parties.size(); ++i) {
        Mediation::Party &p = m.parties[i];
        if (p.id > 0) {
            if (!updP.exec(i, p.side, idOrNull(p.residentId), p.name, textOrNull(p.phone), textOrNull(p.idNumber),
                           textOrNull(p.address), p.id, m.id) ||
                updP.numRowsAffected() != 1)
                return false;
        } else {
            if (!insP.exec(m.id, i, p.side, idOrNull(p.residentId), p.name, textOrNull(p.phone), textOrNull(p.idNumber),
                           textOrNull(p.address)))
                return false;
            p.id = insP.lastInsertId();
        }
        kept.append(p.id);
    }
    const auto archiveOthers = [this, &m](const QString &table, const QList<qint64> &keep) {
        SqlQuery old(m_db, QStringLiteral("SELECT id FROM ") + table +
                               QStringLiteral(" WHERE mediation_id = ? AND archived = 0"));
        SqlQuery arch(m_db, QStringLiteral("UPDATE ") + table + QStringLiteral(" SET archived = 1 WHERE id = ?"));
        QList<qint64> dropped;
        if (!old.exec(m.id))
            return false;
        while (old.next())
            if (!keep.contains(old.value(0).toLongLong()))
                dropped.append(old.value(0).toLongLong());
        for (const qint64 id : std::as_const(dropped))
            if (!arch.exec(id))
                return false;
        return true;
    };
    if (!archiveOthers(QStringLiteral("mediation_party"), kept))
        return false;

    SqlQuery insS(m_db, QStringLiteral("INSERT INTO mediation_session (mediation_id, held_on, notes, archived) VALUES "
                                       "(?, ?, ?, 0)"));
    SqlQuery updS(m_db, QStringLiteral("UPDATE mediation_session SET held_on = ?, notes = ?, archived = 0 WHERE id = ? "
                                       "AND mediation_id = ?"));
    kept.clear();
    for (Mediation::Session &s : m.sessions) {
        s.notes = s.notes.trimmed();
        if (s.id > 0) {
            if (!updS.exec(s.heldOn.toString(Qt::ISODate), s.notes, s.id, m.id) || updS.numRowsAffected() != 1)
                return false;
        } else {
            if (!insS.exec(m.id, s.heldOn.toString(Qt::ISODate), s.notes))
                return false;
            s.id = insS.lastInsertId();
        }
        kept.append(s.id);
    }
    return archiveOthers(QStringLiteral("mediation_session"), kept);
}

std::optional<Mediation> MediationStore::mediation(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, received_on, kind, matter, grid_id, case_id, mediator, status, "
                                    "agreement, agreed_on, kept, notes, archived, row_version FROM mediation WHERE "
                                    "id = ?") +
                         RegisterRows::grids(m_scope, QStringLiteral("grid_id")));
    if (!m_scope.isSignedIn() || !q.exec(id) || !q.next())
        return std::nullopt;
    Mediation m;
    m.id = q.value(0).toLongLong();
    m.receivedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    m.kind = q.value(2).toString();
    m.matter = q.value(3).toString();
    m.gridId = q.value(4).toLongLong();
    m.caseId = q.value(5).toLongLong();
    m.mediator = q.value(6).toString();
    m.status = q.value(7).toString();
    m.agreement = q.value(8).toString();
    m.agreedOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    m.kept = q.value(10).isNull() ? -1 : q.value(10).toInt();
    m.notes = q.value(11).toString();
    m.archived = q.value(12).toInt() != 0;
    m.rowVersion = q.value(13).toInt();
    SqlQuery p(m_db, QStringLiteral("SELECT id, side, resident_id, name, phone, id_number, address FROM "
                                    "mediation_party WHERE mediation_id = ? AND archived = 0 ORDER BY sort_order, id"));
    if (p.exec(id))
        while (p.next())
            m.parties.append({p.value(0).toLongLong(), p.value(1).toString(), p.value(2).toLongLong(),
                              p.value(3).toString(), p.value(4).toString(), p.value(5).toString(),
                              p.value(6).toString()});
    SqlQuery s(m_db, QStringLiteral("SELECT id, held_on, notes FROM mediation_session WHERE mediation_id = ? AND "
                                    "archived = 0 ORDER BY held_on, id"));
    if (s.exec(id))
        while (s.next())
            m.sessions.append({s.value(0).toLongLong(), QDate::fromString(s.value(1).toString(), Qt::ISODate),
                               s.value(2).toString()});
    return m;
}

SaveResult MediationStore::archive(qint64 id)
{
    return setArchived(id, true);
}

SaveResult MediationStore::unarchive(qint64 id)
{
    return setArchived(id, false);
}

SaveResult MediationStore::setArchived(qint64 id, bool archived)
{
    const std::optional<Mediation> before = mediation(id);
    if (!before || (archived && before->archived))
        return failed(QString(), tr("This mediation no longer exists."));
    if (const QString why = m_scope.seesAllGrids() ? m_scope.editRefusal() : m_scope.gridRefusal(before->gridId);
        !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE mediation SET archived = ?, updated_at = ?, user_name = ?, row_version = "
                                    "row_version + 1 WHERE id = ? AND archived = ?"));
    Mediation after = *before;
    after.archived = archived;
    if (!q.exec(archived ? 1 : 0, SqlValues::now(), textOrNull(m_scope.userName()), id, archived ? 0 : 1) ||
        q.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("mediation"), id, archived ? QStringLiteral("archive") : QStringLiteral("restore"),
                     mediationJson(*before), mediationJson(after)) ||
        !tx.commit())
        return failed(QString(), archived ? tr("The mediation could not be archived.")
                                          : tr("The mediation could not be taken out of the archive."));
    return {true, id, {}, {}};
}

QList<MediationStore::Row> MediationStore::list(const MediationFilter &f) const
{
    QList<Row> rows;
    if (!m_scope.isSignedIn())
        return rows;
    // Each filter given adds its constant condition; the values are bound in the same order.
    QString sql =
        QStringLiteral("SELECT m.id, m.received_on, m.kind, m.matter, m.mediator, m.status, g.name, c.case_no, "
                       "(SELECT count(*) FROM mediation_session s WHERE s.mediation_id = m.id AND s.archived = "
                       "0), m.kept, m.archived FROM mediation m LEFT JOIN grid g ON g.id = m.grid_id LEFT JOIN "
                       "cases c ON c.id = m.case_id WHERE 1 = 1");
    QVariantList values;
    if (!f.includeArchived)
        sql += QStringLiteral(" AND m.archived = 0");
    if (f.from.isValid()) {
        sql += QStringLiteral(" AND m.received_on >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        sql += QStringLiteral(" AND m.received_on <= ?");
        values << f.to.toString(Qt::ISODate);
    }
    if (f.gridId > 0) {
        sql += QStringLiteral(" AND m.grid_id = ?");
        values << f.gridId;
    }
    if (!f.kind.isEmpty()) {
        sql += QStringLiteral(" AND m.kind = ?");
        values << f.kind;
    }
    if (!f.status.isEmpty()) {
        sql += QStringLiteral(" AND m.status = ?");
        values << f.status;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        sql += QStringLiteral(" AND (") + DialectSql::contains(m_db, QStringLiteral("m.matter")) +
               QStringLiteral(" OR ") + DialectSql::contains(m_db, QStringLiteral("coalesce(m.mediator, '')")) +
               QStringLiteral(" OR EXISTS (SELECT 1 FROM mediation_party p WHERE p.mediation_id = m.id AND "
                              "p.archived = 0 AND ") +
               DialectSql::contains(m_db, QStringLiteral("p.name")) + QStringLiteral("))");
        values << text << text << text;
    }
    SqlQuery q(m_db, sql + RegisterRows::grids(m_scope, QStringLiteral("m.grid_id")) +
                         QStringLiteral(" ORDER BY m.received_on DESC, m.id DESC"));
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    if (!q.exec())
        return rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.receivedOn = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        r.kind = MediationTypes::label(MediationTypes::kinds(), q.value(2).toString());
        r.matter = q.value(3).toString();
        r.mediator = q.value(4).toString();
        r.status = MediationTypes::label(MediationTypes::statuses(), q.value(5).toString());
        r.gridName = q.value(6).toString();
        r.caseNo = q.value(7).toString();
        r.sessions = q.value(8).toInt();
        r.kept = q.value(9).isNull() ? -1 : q.value(9).toInt();
        r.archived = q.value(10).toInt() != 0;
        rows.append(r);
    }
    SqlQuery p(m_db, QStringLiteral("SELECT name FROM mediation_party WHERE mediation_id = ? AND archived = 0 ORDER "
                                    "BY CASE WHEN side = 'applicant' THEN 0 ELSE 1 END, sort_order, id"));
    for (Row &r : rows) {
        QStringList names;
        if (p.exec(r.id))
            while (p.next())
                names << p.value(0).toString();
        r.parties = names.join(tr(", ", "between party names: the enumeration comma in Chinese"));
    }
    return rows;
}

std::optional<Mediation> MediationStore::fromCase(qint64 caseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT c.grid_id, c.description, c.reporter_resident_id, c.reporter_name, "
                                    "c.reporter_phone FROM cases c WHERE c.id = ?") +
                         RegisterRows::grids(m_scope, QStringLiteral("c.grid_id")));
    if (!m_scope.isSignedIn() || !q.exec(caseId) || !q.next())
        return std::nullopt;
    Mediation m;
    m.caseId = caseId;
    m.gridId = q.value(0).toLongLong();
    m.matter = q.value(1).toString();
    m.receivedOn = QDate::currentDate();
    m.kind = QStringLiteral("neighbours");
    Mediation::Party applicant;
    applicant.side = QStringLiteral("applicant");
    applicant.residentId = q.value(2).toLongLong();
    applicant.name = q.value(3).toString();
    applicant.phone = q.value(4).toString();
    if (applicant.residentId > 0 || !applicant.name.trimmed().isEmpty())
        m.parties.append(applicant);
    return m;
}

QString MediationStore::caseNumber(qint64 caseId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT case_no FROM cases WHERE id = ?"));
    return caseId > 0 && q.exec(caseId) ? q.scalar().toString() : QString();
}

QString MediationStore::gridName(qint64 gridId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT name FROM grid WHERE id = ?"));
    return gridId > 0 && q.exec(gridId) ? q.scalar().toString() : QString();
}
