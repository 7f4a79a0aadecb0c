#include "serversecurity.h"

#include "migrations.h"

#include "models/core/sqldialect.h"
#include "models/core/transaction.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

Q_LOGGING_CATEGORY(lcServerSecurity, "communitydesk.serversecurity", QtWarningMsg)

namespace {

// The tables whose rows belong to a grid, with who may see a row: @all@ stands for "the
// connected account sees every grid". Every expression reads the account through SECURITY
// DEFINER functions wrapped in a sub-select, so they are evaluated once per statement.
struct Policy
{
    QString table;
    QString rows;
};

// The cast keeps ANY on the array (not a sub-select of arrays) and the call an init plan.
const QString kMyGrids = QStringLiteral("ANY ((SELECT cd_my_grids())::bigint[])");
const QString kMyResidents =
    QStringLiteral("(SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = "
                   "h.building_id WHERE b.grid_id = ") +
    kMyGrids + u')';

QList<Policy> policies()
{
    return {
        {QStringLiteral("household"),
         QStringLiteral("building_id IN (SELECT b.id FROM building b WHERE b.grid_id = ") + kMyGrids + u')'},
        {QStringLiteral("resident"),
         QStringLiteral("household_id IN (SELECT h.id FROM household h JOIN building b ON b.id = h.building_id WHERE "
                        "b.grid_id = ") +
             kMyGrids + u')'},
        // The search tokens spell the residents' names and addresses.
        {QStringLiteral("resident_fts"), QStringLiteral("rowid IN ") + kMyResidents},
        {QStringLiteral("resident_token"), QStringLiteral("resident_id IN ") + kMyResidents},
        {QStringLiteral("visit"), QStringLiteral("grid_id = ") + kMyGrids},
        // Cases with no grid belong to the office, as in CaseRows.
        {QStringLiteral("cases"), QStringLiteral("grid_id = ") + kMyGrids},
        // Community-wide events (no grid) are everybody's.
        {QStringLiteral("event"), QStringLiteral("grid_id IS NULL OR grid_id = ") + kMyGrids},
        // Outside volunteers live in no grid; residents who volunteer are their grid's.
        {QStringLiteral("volunteer"), QStringLiteral("resident_id IS NULL OR resident_id IN ") + kMyResidents},
        // What hangs off those rows says as much about the people: their tags (低保, 残疾), their
        // moves, a case's steps, a visit's needs. The parents' own policies apply in the sub-selects.
        {QStringLiteral("resident_tag"), QStringLiteral("resident_id IN ") + kMyResidents},
        {QStringLiteral("resident_change"), QStringLiteral("resident_id IN ") + kMyResidents},
        // A tag's periods and values (低保证号, 残疾等级) and the office's own fields are about the person
        // or household too.
        {QStringLiteral("resident_tag_period"), QStringLiteral("resident_id IN ") + kMyResidents},
        {QStringLiteral("resident_tag_value"), QStringLiteral("period_id IN (SELECT p.id FROM resident_tag_period p)")},
        {QStringLiteral("custom_value"),
         QStringLiteral(
             "(field_id IN (SELECT f.id FROM custom_field f WHERE f.entity = 'resident') AND record_id IN ") +
             kMyResidents +
             QStringLiteral(") OR (field_id IN (SELECT f.id FROM custom_field f WHERE f.entity = 'household') AND "
                            "record_id IN (SELECT h.id FROM household h))")},
        {QStringLiteral("case_step"), QStringLiteral("case_id IN (SELECT c.id FROM cases c)")},
        {QStringLiteral("visit_need"), QStringLiteral("visit_id IN (SELECT v.id FROM visit v)")},
        // Who came to which event, meeting or birthday party names residents too.
        {QStringLiteral("event_participant"), QStringLiteral("resident_id IN ") + kMyResidents},
        {QStringLiteral("meeting_attendee"), QStringLiteral("resident_id IN ") + kMyResidents},
        {QStringLiteral("birthday_attendance"), QStringLiteral("resident_id IN ") + kMyResidents},
        // Which life event opened an errand for whom (a death, a birth) is about the person.
        {QStringLiteral("life_event_errand"), QStringLiteral("resident_id IN ") + kMyResidents},
        {QStringLiteral("event_volunteer"), QStringLiteral("volunteer_id IN (SELECT v.id FROM volunteer v)")},
        // A grid's 党员中心户 are households of that grid.
        {QStringLiteral("party_contact"), QStringLiteral("grid_id = ") + kMyGrids},
        // A merge keeps both records' values; a pair marked distinct names two residents.
        {QStringLiteral("resident_merge"), QStringLiteral("kept_id IN ") + kMyResidents},
        {QStringLiteral("resident_distinct"), QStringLiteral("first_id IN ") + kMyResidents},
        // Who is followed at what level, who helps them and what they were given (models/care).
        {QStringLiteral("care_attention"), QStringLiteral("resident_id IN ") + kMyResidents},
        {QStringLiteral("care_pair"), QStringLiteral("household_id IN (SELECT h.id FROM household h)")},
        {QStringLiteral("care_pair_activity"), QStringLiteral("pair_id IN (SELECT p.id FROM care_pair p)")},
        {QStringLiteral("assistance"), QStringLiteral("household_id IN (SELECT h.id FROM household h)")},
        // The mediation ledger (as MediationStore) and rented rooms (as RentalStore) are their grid's.
        {QStringLiteral("mediation"), QStringLiteral("grid_id = ") + kMyGrids},
        {QStringLiteral("mediation_party"), QStringLiteral("mediation_id IN (SELECT m.id FROM mediation m)")},
        {QStringLiteral("mediation_session"), QStringLiteral("mediation_id IN (SELECT m.id FROM mediation m)")},
        {QStringLiteral("rental_room"),
         QStringLiteral("household_id IN (SELECT h.id FROM household h JOIN building b ON b.id = h.building_id WHERE "
                        "b.grid_id = ") +
             kMyGrids + u')'},
        {QStringLiteral("rental_tenant"), QStringLiteral("room_id IN (SELECT r.id FROM rental_room r)")},
    };
}

// Changes to these are audited by the server when a desk role makes them.
const QStringList kAudited = {QStringLiteral("account"),  QStringLiteral("resident"), QStringLiteral("household"),
                              QStringLiteral("visit"),    QStringLiteral("cases"),    QStringLiteral("event"),
                              QStringLiteral("volunteer")};

QString quoted(const QString &identifier)
{
    // Only ever called with names matching the strict patterns checked in roleBase().
    return u'"' + identifier + u'"';
}

QStringList functionStatements()
{
    // Every function names its search path, so a desk's own search_path (with a schema of its
    // making ahead) cannot put other functions in place of these.
    const QString pinned = QStringLiteral("SET search_path = @schema@, pg_temp");
    const QString definer = QStringLiteral("SECURITY DEFINER ") + pinned;
    const QString stamp = QStringLiteral("to_char(localtimestamp(0), 'YYYY-MM-DD\"T\"HH24:MI:SS')");
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_desk_base() RETURNS text LANGUAGE sql IMMUTABLE AS $cd$ SELECT "
                       "'@base@'::text $cd$"),
        // The schema's owner (and superusers) administer it; their sessions are not desks.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_is_owner() RETURNS boolean LANGUAGE sql STABLE ") + pinned +
            QStringLiteral(" AS $cd$ SELECT "
                           "coalesce((SELECT pg_has_role(session_user, n.nspowner, 'MEMBER') FROM pg_namespace n WHERE "
                           "n.nspname = '@schema@'), false) $cd$"),
        // session_user: inside a SECURITY DEFINER function current_user is the owner.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_my_account() RETURNS bigint LANGUAGE sql STABLE ") + definer +
            QStringLiteral(" AS $cd$ SELECT a.id FROM account a WHERE '@base@.' || a.login = session_user::text AND "
                           "a.disabled = 0 $cd$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_my_role() RETURNS text LANGUAGE sql STABLE ") + definer +
            QStringLiteral(" AS $cd$ SELECT a.role FROM account a WHERE a.id = cd_my_account() $cd$"),
        // The grids whose rows the desk reads: a grid worker's own, or every grid of the account's
        // community (NULL community: the street's), so a community's clerk on plain SQL reads no
        // other community's residents, households, cases or visits.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_my_grids() RETURNS bigint[] LANGUAGE sql STABLE ") + definer +
            QStringLiteral(" AS $cd$ SELECT coalesce(array_agg(g.id), '{}') FROM account a JOIN grid g ON "
                           "(a.community_id IS NULL OR g.community_id = a.community_id) WHERE a.id = cd_my_account() "
                           "AND (a.role <> 'grid_worker' OR g.id IN (SELECT ag.grid_id FROM account_grid ag WHERE "
                           "ag.account_id = a.id)) $cd$"),
        // The desk's community (NULL: the street), read by the program at sign-in.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_my_community() RETURNS bigint LANGUAGE sql STABLE ") + definer +
            QStringLiteral(" AS $cd$ SELECT a.community_id FROM account a WHERE a.id = cd_my_account() $cd$"),
        // Everything: the street's administrators, clerks and viewers (of no one community).
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_sees_all() RETURNS boolean LANGUAGE sql STABLE ") + pinned +
            QStringLiteral(" AS $cd$ SELECT "
                           "coalesce(cd_my_role() IN ('admin', 'clerk', 'viewer') AND cd_my_community() IS NULL, "
                           "false) $cd$"),
        // What audit rows name: the account's login, or the database login of anyone else.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_session_login() RETURNS text LANGUAGE sql STABLE ") + definer +
            QStringLiteral(" AS $cd$ SELECT coalesce((SELECT a.login FROM account a WHERE '@base@.' || a.login = "
                           "session_user::text), session_user::text) $cd$"),
        // The account table's triggers keep each account's login role in step: created on
        // insert, moved to its role's group, NOLOGIN while disabled. A role of that name that is
        // not already one of this schema's desks is never taken over.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_account_role_sync() RETURNS trigger LANGUAGE plpgsql ") +
            definer +
            QStringLiteral(
                " AS $cd$ DECLARE r text := '@base@.' || NEW.login; want text; g text; BEGIN "
                "IF length(r) > 63 THEN RAISE EXCEPTION 'database login % is too long', r; END IF; "
                "want := '@base@:' || CASE NEW.role WHEN 'admin' THEN 'admin' WHEN 'clerk' THEN 'clerk' "
                "WHEN 'grid_worker' THEN 'grid_worker' ELSE 'viewer' END; "
                "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN "
                "EXECUTE format('CREATE ROLE %I NOLOGIN', r); "
                "ELSIF NOT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid JOIN pg_roles u "
                "ON u.oid = m.member WHERE u.rolname = r AND left(gr.rolname, length('@base@:')) = '@base@:') THEN "
                "RAISE EXCEPTION 'the database role % exists and is not a desk of this office', r; END IF; "
                "FOREACH g IN ARRAY ARRAY['@base@:admin', '@base@:clerk', '@base@:grid_worker', '@base@:viewer'] LOOP "
                "IF g <> want AND EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid JOIN "
                "pg_roles u ON u.oid = m.member WHERE u.rolname = r AND gr.rolname = g) THEN "
                "EXECUTE format('REVOKE %I FROM %I', g, r); END IF; END LOOP; "
                "IF NOT pg_has_role(r, want, 'MEMBER') THEN EXECUTE format('GRANT %I TO %I', want, r); END IF; "
                "EXECUTE format('ALTER ROLE %I ' || CASE WHEN NEW.disabled = 0 THEN 'LOGIN' ELSE 'NOLOGIN' END, r); "
                "RETURN NULL; END $cd$"),
        // The password of an account's login role, given as a SCRAM-SHA-256 verifier so the
        // password itself never travels in SQL text (AccountStore makes it). An administrator
        // may set anyone's, a person their own.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_set_password(p_account bigint, p_verifier text) RETURNS void "
                       "LANGUAGE plpgsql ") +
            definer +
            QStringLiteral(
                " AS $cd$ DECLARE r text; BEGIN "
                "IF NOT (cd_is_owner() OR cd_my_role() = 'admin' OR cd_my_account() = p_account) THEN "
                "RAISE EXCEPTION 'permission denied to set this password' USING ERRCODE = '42501'; END IF; "
                "IF p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/]+=*\\$[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$' "
                "THEN RAISE EXCEPTION 'not a SCRAM-SHA-256 verifier'; END IF; "
                "SELECT '@base@.' || a.login INTO r FROM account a WHERE a.id = p_account; "
                "IF r IS NULL OR NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN "
                "RAISE EXCEPTION 'no database login for account %', p_account; END IF; "
                "EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier); END $cd$"),
        // A desk's sign-in: the server has checked the password when it connected; this tells the
        // desk who it is (it cannot read the account table's hashes) and logs the attempt.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_desk_sign_in() RETURNS TABLE (account_id bigint, "
                       "account_login text, account_name text, account_role text, account_grids text) LANGUAGE "
                       "plpgsql ") +
            definer +
            QStringLiteral(" AS $cd$ DECLARE me bigint := cd_my_account(); BEGIN IF me IS NULL THEN RETURN; END IF; "
                           "INSERT INTO login_attempt (login, at, ok) SELECT a.login, ") +
            stamp +
            QStringLiteral(", 1 FROM account a WHERE a.id = me; "
                           "RETURN QUERY SELECT a.id, a.login, a.display_name, a.role, (SELECT string_agg("
                           "g.grid_id::text, ',' ORDER BY g.grid_id) FROM account_grid g WHERE g.account_id = a.id) "
                           "FROM account a WHERE a.id = me; END $cd$"),
        // Case numbers count every grid's cases, which a grid worker's login does not see.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION cd_last_case_no(lo text, hi text) RETURNS text LANGUAGE sql STABLE ") +
            definer +
            QStringLiteral(" AS $cd$ SELECT max(case_no) FROM cases WHERE case_no >= lo AND case_no < hi $cd$"),
        // Audit rows a desk writes itself name the connected account, whatever it put there.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_audit_stamp() RETURNS trigger LANGUAGE plpgsql ") + definer +
            QStringLiteral(" AS $cd$ BEGIN NEW.tx := txid_current(); IF NOT cd_is_owner() THEN "
                           "NEW.user_name := cd_session_login(); END IF; RETURN NEW; END $cd$"),
        // Runs at commit (deferred), after the program's own audit row of the same record and
        // transaction if there is one; otherwise it writes one with the row before and after.
        QStringLiteral("CREATE OR REPLACE FUNCTION cd_audit_row() RETURNS trigger LANGUAGE plpgsql ") + definer +
            QStringLiteral(" AS $cd$ DECLARE rec bigint; before_row jsonb; after_row jsonb; BEGIN "
                           "IF cd_is_owner() THEN RETURN NULL; END IF; "
                           "IF TG_OP = 'DELETE' THEN rec := OLD.id; ELSE rec := NEW.id; END IF; "
                           "IF EXISTS (SELECT FROM audit_log WHERE table_name = TG_TABLE_NAME AND record_id = rec AND "
                           "tx = txid_current()) THEN RETURN NULL; END IF; "
                           "IF TG_OP <> 'INSERT' THEN before_row := to_jsonb(OLD) - 'password_hash'; END IF; "
                           "IF TG_OP <> 'DELETE' THEN after_row := to_jsonb(NEW) - 'password_hash'; END IF; "
                           "INSERT INTO audit_log (at, user_name, table_name, record_id, action, before_json, "
                           "after_json) VALUES (") +
            stamp +
            QStringLiteral(", cd_session_login(), TG_TABLE_NAME, rec, lower(TG_OP), before_row::text, "
                           "after_row::text); RETURN NULL; END $cd$"),
    };
}

QStringList grantStatements()
{
    const QString all = QStringLiteral("@admin@, @clerk@, @grid@, @viewer@");
    const QString writers = QStringLiteral("@admin@, @clerk@, @grid@");
    return {
        QStringLiteral("GRANT USAGE ON SCHEMA @schema@ TO ") + all,
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA @schema@ TO ") + all,
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA @schema@ TO ") + writers,
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA @schema@ TO ") + writers,
        // Personal data is never deleted; the audit log is append only; the version is the owner's.
        QStringLiteral("REVOKE DELETE ON resident, household, visit, cases, event, volunteer FROM ") + writers,
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON audit_log, schema_version, login_attempt, account, "
                       "account_grid FROM ") +
            writers,
        QStringLiteral("GRANT INSERT ON audit_log TO ") + writers,
        // Nobody but the owner reads password hashes; the attempts log is the administrators'.
        QStringLiteral("REVOKE SELECT ON account, login_attempt FROM ") + all,
        QStringLiteral("GRANT SELECT (id, login, display_name, role, failed_count, locked_until, disabled, "
                       "created_at, updated_at, row_version, community_id) ON account TO ") +
            all,
        QStringLiteral("GRANT SELECT ON login_attempt TO @admin@"),
        // Roles and grids are the administrators' (the account triggers follow with the login
        // roles); anyone may set their own password.
        QStringLiteral("GRANT INSERT, UPDATE ON account TO @admin@"),
        QStringLiteral("GRANT INSERT, DELETE ON account_grid TO @admin@"),
        QStringLiteral("GRANT UPDATE (password_hash, failed_count, locked_until, updated_at, row_version) ON account "
                       "TO @clerk@, @grid@, "
                       "@viewer@"),
        // The departments a case is handed to are a list the administrators keep (CaseDepartments).
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON case_department FROM @clerk@, @grid@"),
        // A grid worker moving a building into their grid would see its people.
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON community, grid, area, building FROM @grid@"),
    };
}

QStringList policyStatements()
{
    QStringList out;
    for (const Policy &p : policies()) {
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(p.table)
            << QStringLiteral("DROP POLICY IF EXISTS desk_rows ON %1").arg(p.table)
            << QStringLiteral("CREATE POLICY desk_rows ON %1 USING ((SELECT cd_sees_all()) OR %2)")
                   .arg(p.table, p.rows);
    }
    out << QStringLiteral("ALTER TABLE account ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS desk_read ON account")
        << QStringLiteral("CREATE POLICY desk_read ON account FOR SELECT USING (true)")
        << QStringLiteral("DROP POLICY IF EXISTS desk_add ON account")
        << QStringLiteral("CREATE POLICY desk_add ON account FOR INSERT WITH CHECK ((SELECT cd_my_role()) = 'admin')")
        << QStringLiteral("DROP POLICY IF EXISTS desk_change ON account")
        << QStringLiteral("CREATE POLICY desk_change ON account FOR UPDATE USING ((SELECT cd_my_role()) = 'admin' OR "
                          "id = (SELECT cd_my_account()))")
        // Audit rows: administrators read them all, everyone the rows naming them (which
        // INSERT … RETURNING needs); anyone may append.
        << QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS desk_read ON audit_log")
        << QStringLiteral("CREATE POLICY desk_read ON audit_log FOR SELECT USING ((SELECT cd_my_role()) = 'admin' OR "
                          "user_name = (SELECT cd_session_login()))")
        << QStringLiteral("DROP POLICY IF EXISTS desk_append ON audit_log")
        << QStringLiteral("CREATE POLICY desk_append ON audit_log FOR INSERT WITH CHECK (true)");
    return out;
}

QStringList triggerStatements()
{
    QStringList out = {
        QStringLiteral("ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS tx BIGINT DEFAULT txid_current()"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_tx ON audit_log(tx)"),
        QStringLiteral("CREATE OR REPLACE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE "
                       "FUNCTION cd_audit_stamp()"),
        QStringLiteral("CREATE OR REPLACE TRIGGER account_role_sync AFTER INSERT OR UPDATE OF login, role, disabled ON "
                       "account FOR EACH ROW EXECUTE FUNCTION cd_account_role_sync()"),
    };
    for (const QString &table : kAudited)
        out << QStringLiteral("DROP TRIGGER IF EXISTS cd_audit ON %1").arg(table)
            << QStringLiteral("CREATE CONSTRAINT TRIGGER cd_audit AFTER INSERT OR UPDATE OR DELETE ON %1 DEFERRABLE "
                              "INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION cd_audit_row()")
                   .arg(table);
    return out;
}

QString stateKey()
{
    return QStringLiteral("server/security");
}

QString stateValue()
{
    // Later migrations add tables that need their grants: the schema version is part of it.
    return QStringLiteral("%1/%2").arg(ServerSecurity::kVersion).arg(Migrations::latestVersion());
}

bool fail(QString *detail, const QString &why)
{
    qCWarning(lcServerSecurity) << "server security not installed:" << why;
    if (detail)
        *detail = why;
    return false;
}

} // namespace

QString ServerSecurity::roleBase(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_schema(), current_database()")) || !q.next())
        return {};
    const QString schema = q.value(0).toString();
    const QString base = schema == QLatin1String("public") ? q.value(1).toString() : schema;
    // Role names are put into statements: only plain lower-case names, short enough that
    // "<base>.<login>" (logins have up to 32 characters) stays within PostgreSQL's 63.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,29}$"));
    return plain.match(base).hasMatch() ? base : QString();
}

bool ServerSecurity::install(QSqlDatabase db, QString *detail)
{
    if (!SqlDialect::isPostgres(db))
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_schema(), coalesce((SELECT pg_has_role(session_user, n.nspowner, "
                               "'MEMBER') FROM pg_namespace n WHERE n.nspname = current_schema()), false), "
                               "(SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user)")) ||
        !q.next())
        return fail(detail, q.lastError().text());
    const QString schema = q.value(0).toString();
    if (!q.value(1).toBool())
        return true; // a desk: the owner sets the server up
    if (!q.value(2).toBool())
        return fail(detail, QStringLiteral("the schema owner may not create roles (ALTER ROLE … CREATEROLE)"));
    const QString base = roleBase(db);
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (base.isEmpty() || !plain.match(schema).hasMatch())
        return fail(detail, QStringLiteral("the schema or database name is not a short plain name"));

    // Already current: nothing to lock or rewrite (policies and triggers take table locks).
    if (q.exec(QStringLiteral("SELECT value FROM setting WHERE key = '%1'").arg(stateKey())) && q.next() &&
        q.value(0).toString() == stateValue() &&
        q.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname "
                              "IN ('%1:admin', '%1:clerk', '%1:grid_worker', "
                              "'%1:viewer')")
                   .arg(base)) &&
        q.next() && q.value(0).toInt() == 4)
        return true;

    Transaction tx(db);
    if (!tx.isActive())
        return fail(detail, db.lastError().text());
    QStringList statements = {QStringLiteral("SELECT pg_advisory_xact_lock(20261207)")};
    for (const QString &role :
         {QStringLiteral("admin"), QStringLiteral("clerk"), QStringLiteral("grid_worker"), QStringLiteral("viewer")})
        statements << QStringLiteral("DO $cd$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                                     "CREATE ROLE %2 NOLOGIN; END IF; END $cd$")
                          .arg(base + u':' + role, quoted(base + u':' + role));
    statements << triggerStatements().mid(0, 2) << functionStatements() << grantStatements() << policyStatements()
               << triggerStatements().mid(2)
               // Accounts made before: their login roles (a password is set at the next reset).
               << QStringLiteral("UPDATE account SET role = role WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname "
                                 "= '@base@.' || account.login)")
               << QStringLiteral("DELETE FROM setting WHERE key = '%1'").arg(stateKey())
               << QStringLiteral("INSERT INTO setting (key, value) VALUES ('%1', '%2')").arg(stateKey(), stateValue());
    for (QString statement : std::as_const(statements)) {
        statement.replace(QLatin1String("@schema@"), schema)
            .replace(QLatin1String("@base@"), base)
            .replace(QLatin1String("@admin@"), quoted(base + QLatin1String(":admin")))
            .replace(QLatin1String("@clerk@"), quoted(base + QLatin1String(":clerk")))
            .replace(QLatin1String("@grid@"), quoted(base + QLatin1String(":grid_worker")))
            .replace(QLatin1String("@viewer@"), quoted(base + QLatin1String(":viewer")));
        // Raw QSqlQuery: this SQL is PostgreSQL's own and must not go through SqlDialect.
        if (!q.exec(statement))
            return fail(detail, q.lastError().text() + QStringLiteral(" (") + statement.left(200) + u')');
    }
    return tx.commit() || fail(detail, db.lastError().text());
}
