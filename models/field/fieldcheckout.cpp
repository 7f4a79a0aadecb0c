#include "fieldcheckout.h"

#include "fieldcopyinfo.h"
#include "fieldfile.h"

#include "models/access/auditlog.h"
#include "models/access/passwordhasher.h"
#include "models/cases/caserows.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/events/eventrows.h"
#include "models/grids/gridrows.h"
#include "models/meetings/meetingrows.h"
#include "models/register/registerrows.h"
#include "models/register/residentsearchindex.h"
#include "models/visits/visitrows.h"
#include "models/volunteers/volunteerrows.h"
#include "models/workspace/migrations.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "fieldchangelog.h"

namespace {

// A field copy carries a grid's personal data out of the office: its password is not a PIN.
constexpr int kMinPasswordLength = 8;

// Removes the in-memory connection a check-out builds in, however the check-out ends.
class MemoryConnection final
{
public:
    explicit MemoryConnection(const QString &name)
        : m_name(name)
    {
        FieldFile::addMemoryConnection(name);
    }
    ~MemoryConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(MemoryConnection)
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString name() const { return m_name; }

private:
    QString m_name;
};

// Hands the new copy to the change capture (models/field/fieldchangelog.h, the merge's half):
// its triggers and the base snapshot the merge compares against.
bool installChangeLog(const QSqlDatabase &field)
{
    // Every change made in the field from now on is logged for the merge back.
    return FieldChangeLog::install(field);
}

} // namespace

FieldCheckout::FieldCheckout(QSqlDatabase office, const QString &officeLocation, const AccessScope &scope)
    : m_office(std::move(office))
    , m_officeLocation(officeLocation)
    , m_scope(scope)
{
    // The window knows only its connection: the office is named by it, never with a password.
    if (m_officeLocation.isEmpty())
        m_officeLocation = SqlDialect::isPostgres(m_office) ? QStringLiteral("postgresql://%1@%2:%3/%4")
                                                                  .arg(m_office.userName(), m_office.hostName())
                                                                  .arg(m_office.port())
                                                                  .arg(m_office.databaseName())
                                                            : m_office.databaseName();
}

bool FieldCheckout::fail(const QString &text, const QString &detail)
{
    m_errorText = text;
    m_errorDetail = detail;
    return false;
}

int FieldCheckout::residentCount() const
{
    for (const auto &[table, rows] : m_rowCounts)
        if (table == QLatin1String("resident"))
            return rows;
    return 0;
}

QList<std::pair<QString, QString>> FieldCheckout::grids(const QSqlDatabase &office)
{
    QList<std::pair<QString, QString>> result;
    SqlQuery q(office, QStringLiteral("SELECT code, name FROM grid WHERE archived = 0 ORDER BY code"));
    if (q.exec())
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QList<std::pair<QString, QString>> FieldCheckout::workers(const QSqlDatabase &office)
{
    QList<std::pair<QString, QString>> result;
    SqlQuery q(office, QStringLiteral("SELECT login, display_name FROM account WHERE disabled = 0 AND role <> ? "
                                      "ORDER BY login"));
    if (q.exec(AccessScope::roleCode(AccessScope::Role::Viewer)))
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

bool FieldCheckout::findWorker(const QString &login, Worker *worker)
{
    SqlQuery q(m_office, QStringLiteral("SELECT id, display_name, role, disabled FROM account WHERE login = ?"));
    if (!q.exec(login))
        return fail(tr("The accounts could not be read."), q.errorDetail());
    if (!q.next())
        return fail(tr("There is no account %1.").arg(login));
    worker->id = q.value(0).toLongLong();
    worker->name = q.value(1).toString();
    worker->role = AccessScope::roleFromCode(q.value(2).toString());
    if (q.value(3).toInt() != 0)
        return fail(tr("The account %1 is disabled.").arg(login));
    if (worker->role == AccessScope::Role::Viewer)
        return fail(tr("%1 is a viewer and cannot work on a field copy.").arg(login));
    return true;
}

bool FieldCheckout::findGrids(const QStringList &codes, const Worker &worker, QList<qint64> *ids)
{
    // The codes of the community in view: each community of a street has its own G01.
    SqlQuery q(m_office, QStringLiteral("SELECT id FROM grid WHERE code = ? AND archived = 0") +
                             RegisterRows::communities(m_scope, QStringLiteral("community_id")));
    SqlQuery own(m_office, QStringLiteral("SELECT count(*) FROM account_grid WHERE account_id = ? AND grid_id = ?"));
    for (const QString &code : codes) {
        if (!q.exec(code))
            return fail(tr("The grids could not be read."), q.errorDetail());
        QList<qint64> found;
        while (q.next())
            found.append(q.value(0).toLongLong());
        if (found.isEmpty())
            return fail(tr("There is no grid %1.").arg(code));
        if (found.size() > 1)
            return fail(tr("The grid code %1 is used in more than one community; choose the community "
                           "(--community CODE).")
                            .arg(code));
        // A grid worker signs in on the laptop with their own grids: a grid they do not work in
        // would come out and stay invisible to them.
        if (worker.role == AccessScope::Role::GridWorker) {
            own.query().finish();
            if (!own.exec(worker.id, found.first()) || own.scalar().toInt() == 0)
                return fail(tr("%1 does not work in the grid %2.").arg(worker.name, code));
        }
        if (!ids->contains(found.first()))
            ids->append(found.first());
    }
    return true;
}

bool FieldCheckout::copyTable(const QSqlDatabase &field, const QString &table, const QString &filter,
                              const QVariantList &binds, const QVariantMap &fixed)
{
    QStringList columns;
    {
        SqlQuery info(field, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
        if (!info.exec(table))
            return fail(tr("The field copy could not be made."), info.errorDetail());
        while (info.next())
            columns.append(info.value(0).toString());
    }
    QStringList selected;
    QStringList marks;
    for (const QString &column : std::as_const(columns)) {
        selected.append(fixed.contains(column) ? QStringLiteral("NULL") : QStringLiteral("src.") + column);
        marks.append(QStringLiteral("?"));
    }
    // The table and column names come from the copy's own schema, the filters from the *Rows
    // helpers (integer ids); every value travels as a bound parameter.
    SqlQuery read(
        m_office,
        QStringLiteral("SELECT %1 FROM %2 src WHERE 1 = 1%3").arg(selected.join(QStringLiteral(", ")), table, filter));
    for (const QVariant &value : binds)
        read.bind(value);
    if (!read.exec())
        return fail(tr("The office database could not be read."), read.errorDetail());
    SqlQuery write(field, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    int rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i) {
            QVariant value = fixed.contains(columns.at(i)) ? fixed.value(columns.at(i)) : read.value(i);
            if (value.typeId() == QMetaType::Bool)
                value = value.toBool() ? 1 : 0;
            write.bind(value);
        }
        if (!write.exec())
            return fail(tr("The field copy could not be made."), table + QStringLiteral(": ") + write.errorDetail());
        ++rows;
    }
    m_rowCounts.append({table, rows});
    return true;
}

bool FieldCheckout::copyTables(const QSqlDatabase &field, const AccessScope &worker, qint64 workerId,
                               const QString &copyPassword)
{
    const QString all;
    // Sets of ids several tables depend on, each limited by its module's scoping helper.
    const QString openCases = QStringLiteral("SELECT c.id FROM cases c WHERE c.status NOT IN ('closed', "
                                             "'followed_up', 'withdrawn')") +
                              CaseRows::cases(worker, QStringLiteral("c"));
    const QString events =
        QStringLiteral("SELECT e.id FROM event e WHERE 1 = 1") + EventRows::events(worker, QStringLiteral("e"));
    const QString volunteers = QStringLiteral("SELECT v.id FROM volunteer v WHERE 1 = 1") +
                               VolunteerRows::volunteers(worker, QStringLiteral("v"));
    const QString teams = QStringLiteral("SELECT t.id FROM volunteer_team t WHERE 1 = 1") +
                          VolunteerRows::placed(worker, QStringLiteral("t"));
    const QString posts = QStringLiteral("SELECT p.id FROM volunteer_post p WHERE 1 = 1") +
                          VolunteerRows::placed(worker, QStringLiteral("p"));
    const QString shifts = QStringLiteral("SELECT s.id FROM volunteer_shift s WHERE s.post_id IN (%1)").arg(posts);
    const QString assignments =
        QStringLiteral("SELECT a.id FROM volunteer_assignment a WHERE a.shift_id IN (%1) AND a.volunteer_id IN (%2)")
            .arg(shifts, volunteers);
    const QString parties = QStringLiteral("SELECT bp.id FROM birthday_party bp WHERE (bp.grid_id IS NULL OR 1 = 1%1)")
                                .arg(RegisterRows::grids(worker, QStringLiteral("bp.grid_id")));
    const QString meetings =
        QStringLiteral("SELECT m.id FROM meeting m WHERE 1 = 1") + MeetingRows::meetings(worker, QStringLiteral("m"));
    const QString since = QDate::currentDate().addMonths(-12).toString(Qt::ISODate);
    const QString visits = QStringLiteral("SELECT vv.id FROM visit vv WHERE vv.visited_on >= ?") +
                           VisitRows::visits(worker, QStringLiteral("vv"));
    const QString residents = RegisterRows::residents(worker, QStringLiteral("src.resident_id"));
    // Tag periods and their values, the office's custom values (residents' and households'), and the
    // care ledgers (models/tags, models/care) of the grids' people.
    const QString periods = QStringLiteral("SELECT p.id FROM resident_tag_period p WHERE 1 = 1") +
                            RegisterRows::residents(worker, QStringLiteral("p.resident_id"));
    const QString customValues =
        QStringLiteral(" AND ((src.field_id IN (SELECT cf.id FROM custom_field cf WHERE cf.entity = 'resident')%1) OR "
                       "(src.field_id IN (SELECT cf.id FROM custom_field cf WHERE cf.entity = 'household')%2))")
            .arg(RegisterRows::residents(worker, QStringLiteral("src.record_id")),
                 RegisterRows::households(worker, QStringLiteral("src.record_id")));
    const QString pairs = QStringLiteral("SELECT cp.id FROM care_pair cp WHERE 1 = 1") +
                          RegisterRows::households(worker, QStringLiteral("cp.household_id"));

    struct Part
    {
        QString table;
        QString filter;
        QVariantList binds;
    };
    const QList<Part> parts = {
        // Lookups and settings the forms read: the whole office's (no personal data).
        {QStringLiteral("setting"), all, {}},
        // Only the chosen grids' community (and its base image): the copy then belongs to that
        // community, so what is added on the laptop goes to it at the merge.
        {QStringLiteral("community"),
         QStringLiteral(" AND src.id IN (SELECT g.community_id FROM grid g WHERE 1 = 1%1)")
             .arg(RegisterRows::grids(worker, QStringLiteral("g.id"))),
         {}},
        {QStringLiteral("tag"), all, {}},
        {QStringLiteral("lunar_month"), all, {}},
        {QStringLiteral("case_category"), all, {}},
        {QStringLiteral("errand_type"), all, {}},
        {QStringLiteral("event_type"), all, {}},
        {QStringLiteral("meeting_kind"), all, {}},
        {QStringLiteral("tag_attribute"), all, {}},
        {QStringLiteral("custom_field"), all, {}},
        {QStringLiteral("care_rule"), all, {}},
        {QStringLiteral("assistance_kind"), all, {}},
        {QStringLiteral("volunteer_point_rule"), all, {}},
        {QStringLiteral("volunteer_reward"), all, {}},
        {QStringLiteral("map_image"),
         QStringLiteral(" AND src.community_id IN (SELECT g.community_id FROM grid g WHERE 1 = 1%1)")
             .arg(RegisterRows::grids(worker, QStringLiteral("g.id"))),
         {}},
        // The places of the chosen grids.
        {QStringLiteral("grid"), RegisterRows::grids(worker, QStringLiteral("src.id")), {}},
        {QStringLiteral("area"),
         QStringLiteral(" AND src.id IN (SELECT g.area_id FROM grid g WHERE 1 = 1%1)")
             .arg(RegisterRows::grids(worker, QStringLiteral("g.id"))),
         {}},
        {QStringLiteral("compound"),
         QStringLiteral(" AND src.id IN (SELECT b.compound_id FROM building b WHERE 1 = 1%1)")
             .arg(RegisterRows::grids(worker, QStringLiteral("b.grid_id"))),
         {}},
        {QStringLiteral("building"), RegisterRows::grids(worker, QStringLiteral("src.grid_id")), {}},
        // Their 楼栋长, 单元长, 物业 contacts (the visit sheets print them): the compounds' own and
        // the chosen grids' buildings'.
        {QStringLiteral("place_role"),
         QStringLiteral(" AND src.compound_id IN (SELECT b.compound_id FROM building b WHERE 1 = 1%1) AND "
                        "(src.building_id IS NULL OR src.building_id IN (SELECT b.id FROM building b WHERE 1 = 1%1))")
             .arg(RegisterRows::grids(worker, QStringLiteral("b.grid_id"))),
         {}},
        // Their people.
        {QStringLiteral("household"), RegisterRows::households(worker, QStringLiteral("src.id")), {}},
        {QStringLiteral("resident"), RegisterRows::households(worker, QStringLiteral("src.household_id")), {}},
        {QStringLiteral("resident_tag"), residents, {}},
        {QStringLiteral("resident_change"), residents, {}},
        {QStringLiteral("resident_tag_period"), residents, {}},
        {QStringLiteral("resident_tag_value"), QStringLiteral(" AND src.period_id IN (%1)").arg(periods), {}},
        {QStringLiteral("custom_value"), customValues, {}},
        {QStringLiteral("care_attention"), residents, {}},
        {QStringLiteral("care_pair"), RegisterRows::households(worker, QStringLiteral("src.household_id")), {}},
        {QStringLiteral("care_pair_activity"), QStringLiteral(" AND src.pair_id IN (%1)").arg(pairs), {}},
        {QStringLiteral("assistance"), RegisterRows::households(worker, QStringLiteral("src.household_id")), {}},
        {QStringLiteral("party_contact"), GridRows::partyContacts(worker, QStringLiteral("src")), {}},
        {QStringLiteral("birthday_party"), QStringLiteral(" AND src.id IN (%1)").arg(parties), {}},
        {QStringLiteral("birthday_attendance"),
         QStringLiteral(" AND src.party_id IN (%1)").arg(parties) + residents,
         {}},
        // Open cases and errands with their steps, and the figures of the chosen grids.
        {QStringLiteral("cases"), QStringLiteral(" AND src.id IN (%1)").arg(openCases), {}},
        {QStringLiteral("case_step"), QStringLiteral(" AND src.case_id IN (%1)").arg(openCases), {}},
        {QStringLiteral("case_month"), RegisterRows::grids(worker, QStringLiteral("src.grid_id")), {}},
        {QStringLiteral("case_close_minutes"), RegisterRows::grids(worker, QStringLiteral("src.grid_id")), {}},
        // The last twelve months of visits.
        {QStringLiteral("visit"), QStringLiteral(" AND src.id IN (%1)").arg(visits), {since}},
        {QStringLiteral("visit_need"), QStringLiteral(" AND src.visit_id IN (%1)").arg(visits), {since}},
        // Events of those grids (and the community's), with those grids' participants.
        {QStringLiteral("event"), QStringLiteral(" AND src.id IN (%1)").arg(events), {}},
        {QStringLiteral("event_participant"), QStringLiteral(" AND src.event_id IN (%1)").arg(events) + residents, {}},
        {QStringLiteral("event_photo"), QStringLiteral(" AND src.event_id IN (%1)").arg(events), {}},
        // Volunteers, teams, posts and shifts of those grids.
        {QStringLiteral("volunteer"), QStringLiteral(" AND src.id IN (%1)").arg(volunteers), {}},
        {QStringLiteral("volunteer_team"), QStringLiteral(" AND src.id IN (%1)").arg(teams), {}},
        {QStringLiteral("volunteer_team_member"),
         QStringLiteral(" AND src.team_id IN (%1) AND src.volunteer_id IN (%2)").arg(teams, volunteers),
         {}},
        {QStringLiteral("volunteer_post"), QStringLiteral(" AND src.id IN (%1)").arg(posts), {}},
        {QStringLiteral("volunteer_shift_pattern"), QStringLiteral(" AND src.post_id IN (%1)").arg(posts), {}},
        {QStringLiteral("volunteer_shift"), QStringLiteral(" AND src.id IN (%1)").arg(shifts), {}},
        {QStringLiteral("volunteer_assignment"), QStringLiteral(" AND src.id IN (%1)").arg(assignments), {}},
        {QStringLiteral("volunteer_hour_adjustment"),
         QStringLiteral(" AND src.assignment_id IN (%1)").arg(assignments),
         {}},
        {QStringLiteral("volunteer_point_entry"), QStringLiteral(" AND src.volunteer_id IN (%1)").arg(volunteers), {}},
        {QStringLiteral("event_volunteer"),
         QStringLiteral(" AND src.event_id IN (%1) AND src.volunteer_id IN (%2)").arg(events, volunteers),
         {}},
        // Meetings held for those grids.
        {QStringLiteral("meeting"), QStringLiteral(" AND src.id IN (%1)").arg(meetings), {}},
        {QStringLiteral("meeting_attendee"),
         QStringLiteral(" AND src.meeting_id IN (%1)").arg(meetings) + residents,
         {}},
        {QStringLiteral("meeting_case"),
         QStringLiteral(" AND src.meeting_id IN (%1) AND src.case_id IN (%2)").arg(meetings, openCases),
         {}},
        {QStringLiteral("motion"), QStringLiteral(" AND src.meeting_id IN (%1)").arg(meetings), {}},
        {QStringLiteral("meeting_task"), QStringLiteral(" AND src.meeting_id IN (%1)").arg(meetings), {}},
        // The worker's own account (the Argon2id hash signs them in on the laptop) and grids.
        {QStringLiteral("account"), QStringLiteral(" AND src.id = ?"), {workerId}},
        {QStringLiteral("account_grid"),
         QStringLiteral(" AND src.account_id = ?") + RegisterRows::grids(worker, QStringLiteral("src.grid_id")),
         {workerId}},
    };

    // Start from empty tables: the migrations' default rows give way to the office's own, and a
    // table this list does not know (added later) goes out empty rather than whole.
    QStringList tables;
    {
        SqlQuery q(field,
                   QStringLiteral(
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' AND name NOT LIKE 'resident_fts%' AND name NOT IN ('schema_version', 'audit_log')"));
        if (!q.exec())
            return fail(tr("The field copy could not be made."), q.errorDetail());
        while (q.next())
            tables.append(q.value(0).toString());
    }
    for (const QString &table : std::as_const(tables))
        if (!SqlQuery(field, QStringLiteral("DELETE FROM ") + table).exec())
            return fail(tr("The field copy could not be made."), table);
    // A desk's own server login may not read password hashes (ServerSecurity): the worker's
    // account on the copy then signs in with the copy's password.
    QVariantMap account;
    if (SqlDialect::isPostgres(m_office)) {
        SqlQuery mayRead(m_office, QStringLiteral("SELECT has_column_privilege('account', 'password_hash', 'SELECT')"));
        m_copyPasswordSignsIn = !mayRead.scalar().toBool();
        if (m_copyPasswordSignsIn)
            account.insert(QStringLiteral("password_hash"), PasswordHasher().hash(copyPassword));
    }
    for (const Part &part : parts) {
        if (!tables.contains(part.table))
            continue;
        if (!copyTable(field, part.table, part.filter, part.binds,
                       part.table == QLatin1String("account") ? account : QVariantMap()))
            return false;
    }
    return true;
}

bool FieldCheckout::run(const FieldCheckoutRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    m_rowCounts.clear();
    m_copyPasswordSignsIn = false;
    m_errorText.clear();
    m_errorDetail.clear();
    if (m_scope.role() != AccessScope::Role::Administrator && m_scope.role() != AccessScope::Role::Clerk)
        return fail(tr("Only an administrator or a clerk may check out a field copy."));
    if (request.gridCodes.isEmpty())
        return fail(tr("Please choose at least one grid to check out."));
    if (request.workerLogin.trimmed().isEmpty())
        return fail(tr("Please choose the worker the field copy is for."));
    if (request.outPath.isEmpty())
        return fail(tr("Please choose the file to write the field copy to."));
    if (request.password.size() < kMinPasswordLength)
        return fail(tr("The field copy's password must have at least %1 characters.").arg(kMinPasswordLength));
    const QString shownFile = QDir::toNativeSeparators(request.outPath);
    // Never over another copy: it may hold field work not yet merged.
    if (QFileInfo::exists(request.outPath))
        return fail(tr("The file %1 already exists; please choose a new file for the field copy.").arg(shownFile));

    // One snapshot of the office: on PostgreSQL a transaction sees one only when asked for.
    Transaction read(m_office);
    if (!read.isActive())
        return fail(tr("The office database could not be read."));
    if (SqlDialect::isPostgres(m_office))
        QSqlQuery(m_office).exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));

    Worker worker;
    if (!findWorker(request.workerLogin.trimmed(), &worker))
        return false;
    QList<qint64> gridIds;
    if (!findGrids(request.gridCodes, worker, &gridIds))
        return false;
    const AccessScope workerScope(AccessScope::Role::GridWorker, worker.id, request.workerLogin.trimmed(), gridIds);

    const MemoryConnection memory(QStringLiteral("fieldcheckout-") +
                                  QUuid::createUuid().toString(QUuid::WithoutBraces));
    const QSqlDatabase field = memory.db();
    QString detail;
    if (!Migrations::upgrade(field, &detail))
        return fail(tr("The field copy could not be made."), detail);
    // The copy keeps the office's ids, and some rows point at what stays at the office (a case
    // reported by someone from another grid): such references are kept, unresolved.
    SqlQuery(field, QStringLiteral("PRAGMA foreign_keys = OFF")).exec();

    m_checkoutId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    FieldCopyInfo info;
    info.checkoutId = m_checkoutId;
    info.office = m_officeLocation;
    info.workerLogin = request.workerLogin.trimmed();
    info.workerName = worker.name;
    info.gridCodes = request.gridCodes;
    info.checkedOutAt = QDateTime::currentDateTime();
    info.checkedOutBy = m_scope.userName();
    {
        Transaction write(field);
        if (!copyTables(field, workerScope, worker.id, request.password))
            return false;
        if (!FieldCopyInfo::write(field, info) || !ResidentSearchIndex::rebuildAll(field))
            return fail(tr("The field copy could not be made."), QStringLiteral("field_checkout / search index"));
        if (!write.commit())
            return fail(tr("The field copy could not be made."), field.lastError().text());
    }
    SqlQuery(field, QStringLiteral("ANALYZE")).exec();
    SqlQuery(field, QStringLiteral("PRAGMA foreign_keys = ON")).exec();
    if (!installChangeLog(field))
        return fail(tr("The field copy could not be made."), QStringLiteral("FieldChangeLog::install"));

    {
        FieldFile file;
        if (!file.create(request.outPath, request.password, memory.name()))
            return fail(file.errorText());
        m_fileBytes = file.lastSaveBytes();
        file.close();
    }

    // The audit row goes in with the read: no audit row, no field copy.
    QJsonArray gridArray;
    for (const QString &code : request.gridCodes)
        gridArray.append(code);
    const QJsonObject after{{QStringLiteral("checkout_id"), m_checkoutId},
                            {QStringLiteral("worker"), info.workerLogin},
                            {QStringLiteral("grids"), gridArray},
                            {QStringLiteral("residents"), residentCount()},
                            {QStringLiteral("file"), QFileInfo(request.outPath).fileName()}};
    const AuditLog audit(m_office, m_scope);
    if (!audit.record(QStringLiteral("field_checkout"), 0, QStringLiteral("checkout"), QString(),
                      QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))) ||
        !read.commit()) {
        QFile::remove(request.outPath);
        return fail(tr("The check-out could not be recorded in the office's audit log, so the field copy %1 was "
                       "removed.")
                        .arg(shownFile));
    }
    m_elapsedMs = timer.elapsed();
    return true;
}
