#pragma once

#include <QSqlDatabase>
#include <QString>

// On a PostgreSQL server the server itself enforces who sees and changes what, whatever program
// connects (the desk, psql, a spreadsheet's ODBC link):
// - one NOLOGIN group role per desk role, "<base>:admin", ":clerk", ":grid_worker", ":viewer", with
//   the table privileges of that role (viewers read only; nobody deletes personal data, changes
//   the audit log, reads password hashes or changes roles and grids but administrators);
// - one LOGIN role per account, "<base>.<login>", in its role's group, created, moved, disabled and
//   given its password by the account table's triggers and cd_set_password() (AccountStore);
// - row-level security on residents, households, visits, cases, events and volunteers (and the
//   tags, moves, case steps and visit needs hanging off them) keyed on the connected account
//   (cd_my_role(), cd_my_grids()): a grid worker's role reads and changes only their grids' rows;
// - deferred triggers that write the audit row of every change made by a desk role which the
//   program did not audit itself in the same transaction, naming the account (the audit_log's
//   own trigger stamps user_name with the connected account, so it cannot be forged either).
// <base> is the schema name (the database name for "public"), so the roles of two offices, or of
// two test schemas, on one server never meet. The schema owner (the office's administration
// login) bypasses all this: it creates and upgrades the schema and the roles, and its sessions
// audit as before (the program writes the rows).
class ServerSecurity final
{
public:
    // Brings the roles, grants, policies and triggers up to date; run by Workspace::open after the
    // migrations. Does nothing (true) on SQLite, for a login that does not own the schema, or when
    // already current; false (with *detail) when the owner may not create roles or the work
    // failed, in which case nothing was changed.
    static bool install(QSqlDatabase db, QString *detail = nullptr);
    // The prefix of this schema's role names, or empty when it cannot be used for role names.
    static QString roleBase(const QSqlDatabase &db);
    // Bumped whenever the statements below change, so servers set up by an older program refresh.
    static constexpr int kVersion = 2; // 2: attendance, participants, party contacts
};
