#include "accountschema.h"

QStringList AccountSchema::statements(bool postgres)
{
    QStringList list = {
        // role: AccessScope::roleCode(). password_hash: PasswordHasher's self-describing text
        // ($argon2id$…, or the older pbkdf2-sha256$iterations$salt$hash), so the cost can rise without a migration.
        QStringLiteral("CREATE TABLE account (id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, display_name TEXT "
                       "NOT NULL, role TEXT NOT NULL, password_hash TEXT NOT NULL, failed_count INTEGER NOT NULL "
                       "DEFAULT 0, locked_until TEXT, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE account_grid (account_id INTEGER NOT NULL REFERENCES account(id), grid_id INTEGER "
                       "NOT NULL REFERENCES grid(id), PRIMARY KEY (account_id, grid_id))"),
        QStringLiteral("CREATE TABLE login_attempt (id INTEGER PRIMARY KEY, login TEXT NOT NULL, at TEXT NOT NULL, ok "
                       "INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX login_attempt_login ON login_attempt(login, at)"),
        // The audit page filters by user and by date, newest first.
        QStringLiteral("CREATE INDEX audit_log_user ON audit_log(user_name, id)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at, id)"),
    };
    // Audit rows are written once and never changed nor removed, whoever asks.
    if (!postgres) {
        list << QStringLiteral(
                    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, "
                    "'audit_log rows cannot be changed'); END")
             << QStringLiteral(
                    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, "
                    "'audit_log rows cannot be deleted'); END");
        return list;
    }
    // The functions keep the names the databases upgraded before native triggers already have.
    list << QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_no_update_fn() RETURNS trigger LANGUAGE plpgsql AS "
                           "$cd$ BEGIN RAISE EXCEPTION USING MESSAGE = 'audit_log rows cannot be changed'; RETURN NEW; "
                           "END $cd$")
         << QStringLiteral(
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW EXECUTE FUNCTION "
                "audit_log_no_update_fn()")
         << QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_no_delete_fn() RETURNS trigger LANGUAGE plpgsql AS "
                           "$cd$ BEGIN RAISE EXCEPTION USING MESSAGE = 'audit_log rows cannot be deleted'; RETURN OLD; "
                           "END $cd$")
         << QStringLiteral(
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION "
                "audit_log_no_delete_fn()");
    return list;
}
