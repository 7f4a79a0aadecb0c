#include "migrations.h"

#include "models/access/accountschema.h"
#include "models/access/streetschema.h"
#include "models/birthdays/birthdaykeys.h"
#include "models/care/careschema.h"
#include "models/cases/casedepartments.h"
#include "models/cases/caseschema.h"
#include "models/cases/casesummary.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/dedupe/dedupeschema.h"
#include "models/events/eventschema.h"
#include "models/formmaps/formschema.h"
#include "models/grids/hierarchyschema.h"
#include "models/lifeevents/lifeeventschema.h"
#include "models/mediation/mediationschema.h"
#include "models/meetings/meetingschema.h"
#include "models/papercodes/paperschema.h"
#include "models/register/communityschema.h"
#include "models/register/placeroleschema.h"
#include "models/register/registercountschema.h"
#include "models/register/residentcountschema.h"
#include "models/register/residentsearchindex.h"
#include "models/register/residentsearchschema.h"
#include "models/register/residenttokenschema.h"
#include "models/tags/tagschema.h"
#include "models/visits/visitschema.h"
#include "models/volunteers/volunteerschema.h"

#include <functional>
#include <QDateTime>
#include <QSqlError>
#include <QStringList>

namespace {

struct Migration
{
    int version;
    QString description;
    QStringList statements;
    // Work SQL cannot express (e.g. search keys computed in C++), run inside the same transaction.
    std::function<bool(QSqlDatabase &)> afterStatements;
};

// `postgres`: the statements written for PostgreSQL where the engines differ (triggers).
QList<Migration> migrationList(bool postgres)
{
    return {
        {1,
         QStringLiteral("register: community, grids, addresses, households, residents, tags"),
         {
             QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, "
                            "description TEXT)"),
             QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)"),
             QStringLiteral("CREATE TABLE community (id INTEGER PRIMARY KEY, name TEXT NOT NULL, street TEXT, "
                            "district TEXT, city TEXT, code TEXT)"),
             QStringLiteral("CREATE TABLE grid (id INTEGER PRIMARY KEY, community_id INTEGER NOT NULL REFERENCES "
                            "community(id), code TEXT NOT NULL, name TEXT NOT NULL, worker_name TEXT, worker_phone "
                            "TEXT, leader_name TEXT, leader_phone TEXT, color TEXT, notes TEXT, archived INTEGER NOT "
                            "NULL DEFAULT 0, UNIQUE (community_id, code))"),
             QStringLiteral("CREATE TABLE compound (id INTEGER PRIMARY KEY, community_id INTEGER NOT NULL REFERENCES "
                            "community(id), name TEXT NOT NULL, address TEXT, archived INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE building (id INTEGER PRIMARY KEY, compound_id INTEGER NOT NULL REFERENCES "
                            "compound(id), grid_id INTEGER REFERENCES grid(id), name TEXT NOT NULL, floors INTEGER, "
                            "map_x REAL, map_y REAL, archived INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE household (id INTEGER PRIMARY KEY, building_id INTEGER REFERENCES "
                            "building(id), unit TEXT NOT NULL DEFAULT '', room TEXT NOT NULL DEFAULT '', housing_type "
                            "TEXT, phone TEXT, moved_in TEXT, moved_out TEXT, status TEXT NOT NULL DEFAULT 'active', "
                            "notes TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE resident (id INTEGER PRIMARY KEY, household_id INTEGER REFERENCES "
                            "household(id), name TEXT NOT NULL, id_number TEXT, birth_date TEXT, gender TEXT, phone "
                            "TEXT, relation TEXT, residency_type TEXT NOT NULL DEFAULT 'registered', status TEXT NOT "
                            "NULL DEFAULT 'living', status_date TEXT, ethnicity TEXT, notes TEXT, created_at TEXT NOT "
                            "NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX resident_id_number ON resident(id_number) WHERE id_number IS NOT "
                            "NULL"),
             QStringLiteral("CREATE INDEX resident_household ON resident(household_id)"),
             QStringLiteral("CREATE INDEX household_building ON household(building_id, unit, room)"),
             QStringLiteral("CREATE INDEX building_grid ON building(grid_id)"),
             QStringLiteral("CREATE INDEX building_compound ON building(compound_id)"),
             QStringLiteral("CREATE TABLE tag (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                            "color TEXT, sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE resident_tag (resident_id INTEGER NOT NULL REFERENCES resident(id), tag_id "
                            "INTEGER NOT NULL REFERENCES tag(id), PRIMARY KEY (resident_id, tag_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX resident_tag_tag ON resident_tag(tag_id, resident_id)"),
             // Built-in special-group tags; names are data (clerks may add their own).
             QStringLiteral("INSERT INTO tag (code, name, color, sort_order) VALUES "
                            "('living_alone', '独居', '#d9534f', 1), ('empty_nest', '空巢', '#f0ad4e', 2), "
                            "('low_income', '低保', '#5bc0de', 3), ('disabled', '残疾', '#8e44ad', 4), "
                            "('veteran', '退役军人', '#2e7d32', 5), ('party_member', '党员', '#c62828', 6)"),
         },
         {}},
        {2,
         QStringLiteral("register search keys, row versions, change history, audit log"),
         {
             QStringLiteral("ALTER TABLE resident ADD COLUMN name_key TEXT"),
             QStringLiteral("ALTER TABLE resident ADD COLUMN name_initials TEXT"),
             QStringLiteral("ALTER TABLE resident ADD COLUMN name_pinyin TEXT"),
             QStringLiteral("ALTER TABLE resident ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE household ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("CREATE INDEX resident_pinyin ON resident(name_pinyin, id)"),
             QStringLiteral("CREATE INDEX resident_initials ON resident(name_initials)"),
             QStringLiteral("CREATE INDEX resident_phone ON resident(phone)"),
             QStringLiteral("CREATE INDEX resident_birth ON resident(birth_date)"),
             QStringLiteral("CREATE INDEX resident_status ON resident(status, name_pinyin)"),
             // The residency filter walks this in name order, so the first page needs no sort.
             QStringLiteral("CREATE INDEX resident_residency ON resident(status, residency_type, name_pinyin)"),
             // One token per Han character so two-character substrings of names and addresses match.
             QStringLiteral("CREATE VIRTUAL TABLE resident_fts USING fts5(tokens)"),
             QStringLiteral("CREATE TABLE resident_change (id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL "
                            "REFERENCES resident(id), kind TEXT NOT NULL, change_date TEXT NOT NULL, "
                            "from_household_id INTEGER REFERENCES household(id), to_household_id INTEGER REFERENCES "
                            "household(id), note TEXT, user_name TEXT, created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX resident_change_resident ON resident_change(resident_id, id)"),
             QStringLiteral("CREATE INDEX resident_change_date ON resident_change(change_date, kind)"),
             QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT, "
                            "table_name TEXT NOT NULL, record_id INTEGER, action TEXT NOT NULL, before_json TEXT, "
                            "after_json TEXT)"),
             QStringLiteral("CREATE INDEX audit_log_record ON audit_log(table_name, record_id)"),
         },
         [](QSqlDatabase &db) { return ResidentSearchIndex::rebuildAll(db); }},
        {3, QStringLiteral("birthdays: stored birthday keys, lunar calendar table, birthday parties and attendance"),
         QStringList{
             // Solar and lunar birthday as month * 100 + day (leap months folded into their
             // ordinary month), kept by BirthdayKeys' triggers; see BirthdayRules.
             QStringLiteral("ALTER TABLE resident ADD COLUMN birth_md INTEGER"),
             QStringLiteral("ALTER TABLE resident ADD COLUMN birth_lunar_md INTEGER"),
             // NULL: the office default (setting 'birthdays/calendar'); 'solar' or 'lunar'.
             QStringLiteral("ALTER TABLE resident ADD COLUMN birthday_calendar TEXT"),
             QStringLiteral("CREATE TABLE lunar_month (start_date TEXT PRIMARY KEY, month INTEGER NOT NULL, leap "
                            "INTEGER NOT NULL, days INTEGER NOT NULL) WITHOUT ROWID"),
             // The month list reads one key range of living residents. Status leads, so the planner
             // prefers these over resident_status even without ANALYZE statistics; the other
             // columns the list shows make them covering, so a month of a large register is read
             // from a few hundred adjacent index pages instead of one table page per resident.
             QStringLiteral("CREATE INDEX resident_birthday_solar ON resident(status, birth_md, birth_date, "
                            "birthday_calendar, birth_lunar_md, household_id, gender, name, name_pinyin, phone)"),
             QStringLiteral("CREATE INDEX resident_birthday_lunar ON resident(status, birth_lunar_md, birth_date, "
                            "birthday_calendar, household_id, gender, name, name_pinyin, phone)"),
             // month: the birthdays celebrated ("yyyy-MM"); grid_id NULL: the whole community.
             QStringLiteral("CREATE TABLE birthday_party (id INTEGER PRIMARY KEY, month TEXT NOT NULL, party_date "
                            "TEXT NOT NULL, grid_id INTEGER REFERENCES grid(id), place TEXT, gift TEXT, hosted_by "
                            "TEXT, notes TEXT, user_name TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX birthday_party_month ON birthday_party(month, grid_id)"),
             // One row per resident on the party's list: outcome 'attended', 'visited' or 'absent'.
             QStringLiteral("CREATE TABLE birthday_attendance (party_id INTEGER NOT NULL REFERENCES "
                            "birthday_party(id), resident_id INTEGER NOT NULL REFERENCES resident(id), outcome TEXT "
                            "NOT NULL, gift TEXT, given_by TEXT, note TEXT, PRIMARY KEY (party_id, resident_id)) "
                            "WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX birthday_attendance_resident ON birthday_attendance(resident_id, party_id)"),
         } + BirthdayKeys::triggerStatements(postgres), // every writer of resident rows keeps the keys right
         [](QSqlDatabase &db) { return BirthdayKeys::fill(db); }},
        {4,
         QStringLiteral("grids and map: grid boundaries, grid archive date, map base image"),
         {
             // JSON array of [x, y] in the base image's pixel space (see GridGeometry).
             QStringLiteral("ALTER TABLE grid ADD COLUMN boundary TEXT"),
             QStringLiteral("ALTER TABLE grid ADD COLUMN archived_at TEXT"),
             // Kept in the database rather than beside it, so a backup or a shared server carries it.
             QStringLiteral("CREATE TABLE map_image (id INTEGER PRIMARY KEY, community_id INTEGER REFERENCES "
                            "community(id), format TEXT NOT NULL, data BLOB NOT NULL, width INTEGER, height "
                            "INTEGER, created_at TEXT NOT NULL)"),
         },
         {}},
        {5,
         QStringLiteral("cases, events and volunteers"),
         CaseSchema::statements() + VolunteerSchema::statements() + EventSchema::statements(),
         {}},
        {6, QStringLiteral("case summary, grid hierarchy, visits and errands, deliberation, accounts"),
         CaseSchema::summaryStatements() + HierarchySchema::statements() + VisitSchema::statements() +
             MeetingSchema::statements() + AccountSchema::statements(postgres),
         [](QSqlDatabase &db) { return CaseSummary::rebuild(db); }},
        // A building set up by hand has units before it has households (PlaceStore).
        {7,
         QStringLiteral("place hierarchy: a building's number of units"),
         {QStringLiteral("ALTER TABLE building ADD COLUMN units INTEGER")},
         {}},
        // Life events that open the errands they cause (DueErrands).
        {8, QStringLiteral("life-event rules and the errands they opened"), LifeEventSchema::statements(), {}},
        // What the office has merged from each field copy (models/field/fieldmerge.h): the last
        // change applied, and the office ids given to rows the field added, so a copy merged
        // twice changes nothing the second time.
        {9,
         QStringLiteral("field copies: merged check-outs and the office ids of field-added rows"),
         {QStringLiteral("CREATE TABLE field_merge (checkout_id TEXT PRIMARY KEY, last_seq INTEGER NOT NULL, "
                         "worker_login TEXT, worker_name TEXT, merged_at TEXT NOT NULL, merged_by TEXT)"),
          QStringLiteral("CREATE TABLE field_merge_row (checkout_id TEXT NOT NULL, table_name TEXT NOT NULL, field_key "
                         "TEXT NOT NULL, office_id INTEGER NOT NULL, PRIMARY KEY (checkout_id, table_name, field_key)) "
                         "WITHOUT ROWID")},
         {}},
        // A list's named filter and columns, shared by the office's desks (SavedViewStore).
        {10,
         QStringLiteral("saved views of the lists"),
         {QStringLiteral("CREATE TABLE saved_view (id INTEGER PRIMARY KEY, list TEXT NOT NULL, name TEXT NOT NULL, "
                         "state TEXT NOT NULL, created_by TEXT, created_at TEXT NOT NULL, updated_at TEXT, "
                         "archived_at TEXT)"),
          QStringLiteral("CREATE INDEX saved_view_list ON saved_view(list, archived_at)")},
         {}},
        // Surnames read as surnames (曾 zeng, 单 shan, 尉迟 yu chi) in every name's sort and search
        // keys; volunteers get a stored sort key too; the departments a case is handed to.
        {11, QStringLiteral("names by their surname's reading, volunteer sort key, case departments"),
         VolunteerSchema::sortKeyStatements() + CaseDepartments::seedStatements(),
         [](QSqlDatabase &db) { return ResidentSearchIndex::rekeyNames(db) && VolunteerSchema::fillSortKeys(db); }},
        // Tags as the office's data: groups, typed attributes, each resident's tag periods with their
        // values, merges; the office's custom fields on residents and households (models/tags).
        {12, QStringLiteral("tags with groups, attributes and history; custom fields"), TagSchema::statements(), {}},
        // People counted once: probable duplicates marked distinct, merges and their undo (ResidentMerger).
        {13, QStringLiteral("duplicate residents: merges and pairs marked distinct"), DedupeSchema::statements(), {}},
        // Following people: follow-up rules, 结对帮扶, assistance records (models/care).
        {14, QStringLiteral("follow-up rules, pairs and assistance"), CareSchema::statements(), {}},
        // The street's forms mapped once and filled again each month (一表通, FormMappingStore).
        {15, QStringLiteral("street forms' column mappings"), FormSchema::statements(), {}},
        // The mediation ledger, rented rooms and their tenants, the contacts of compounds, buildings and units.
        {16,
         QStringLiteral("mediation ledger, rented rooms, building roles"),
         MediationSchema::statements() + PlaceRoleSchema::statements(),
         {}},
        // Sheets printed with row codes and what was keyed back from them (PaperKeyIn).
        {17, QStringLiteral("paper that comes back: sheet and row codes"), PaperSchema::statements(), {}},
        // A street office: several communities in one database, accounts of one community.
        {18, QStringLiteral("street: an account's community"), StreetSchema::statements(), {}},
        // PostgreSQL: name, pinyin-initial, traditional and address search served by a trigram
        // index (pg_trgm) instead of a scan; SQLite's FTS5 table already serves it.
        {19,
         QStringLiteral("resident search index on PostgreSQL"),
         {},
         [](QSqlDatabase &db) { return ResidentSearchSchema::createServerIndex(db); }},
        // The monthly report from a cold cache: its register counts read narrow covering indexes.
        {20, QStringLiteral("register count indexes for the monthly report"), RegisterCountSchema::statements(),
         [](QSqlDatabase &db) { return RegisterCountSchema::createServerIndexes(db); }},
        // A street's communities added, renamed and archived by the street (CommunityEditor).
        {21, QStringLiteral("communities: archived, area"), CommunitySchema::statements(), {}},
        // The 低保 review errand a month before the tag's 复核日期 (life-event rules on a tag's date).
        {22,
         QStringLiteral("life-event rules on a tag's date: the 低保 review"),
         LifeEventSchema::tagDateStatements(),
         {}},
        // Undo of a case's intake withdraws it (撤回) rather than deleting it.
        {23, QStringLiteral("cases: withdrawn intake"), CaseSchema::withdrawalStatements(), {}},
        // Assistance records edited, archived and undone with a row version like the register's.
        {24, QStringLiteral("assistance records: row version"), CareSchema::rowVersionStatements(), {}},
        // The monthly report from a cold cache: living residents counted per community, grid and
        // birth year by triggers; the notable cases' flags in covering indexes.
        {25, QStringLiteral("resident counts and notable-case indexes for the monthly report"),
         ResidentCountSchema::statements(postgres) + CaseSchema::notableStatements(),
         [](QSqlDatabase &db) { return ResidentCountSchema::rebuild(db); }},
        // PostgreSQL at district scale: a search keystroke's or a tag filter's first page is one
        // range of resident_token's key (tokens beside the list's sort key), not every match sorted.
        {26,
         QStringLiteral("resident tokens beside the sort key on PostgreSQL"),
         {},
         [](QSqlDatabase &db) { return ResidentTokenSchema::createServerTable(db); }},
    };
}

bool recordVersion(const QSqlDatabase &db, const Migration &m)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"));
    return q.exec(m.version, QDateTime::currentDateTime().toString(Qt::ISODate), m.description);
}

} // namespace

int Migrations::latestVersion()
{
    return migrationList(false).constLast().version;
}

int Migrations::currentVersion(const QSqlDatabase &db)
{
    if (SqlDialect::isPostgres(db)) {
        // QPSQL's tables() lists every schema's tables; only the search path's first one counts.
        SqlQuery exists(db, QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                           "current_schema() AND table_name = 'schema_version'"));
        if (exists.scalar().toInt() == 0)
            return 0;
    } else if (!db.tables().contains(QStringLiteral("schema_version"))) {
        return 0;
    }
    SqlQuery q(db, QStringLiteral("SELECT max(version) FROM schema_version"));
    return q.scalar().toInt();
}

bool Migrations::upgrade(QSqlDatabase db, QString *detail, int target)
{
    if (target < 0)
        target = latestVersion();
    if (currentVersion(db) >= target)
        return true;

    // One transaction for the whole upgrade: an interrupted upgrade leaves the old file intact.
    // PostgreSQL's DDL is transactional too.
    Transaction tx(db);
    if (!tx.isActive()) {
        if (detail)
            *detail = db.lastError().text();
        return false;
    }
    const bool postgres = SqlDialect::isPostgres(db);
    // Two desks starting at once on one server: the second waits, then finds the work done.
    if (postgres && !SqlQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(20260906)")).exec()) {
        if (detail)
            *detail = QStringLiteral("cannot lock the schema");
        return false;
    }
    const int from = currentVersion(db);
    if (from >= target)
        return tx.commit();
    for (const Migration &m : migrationList(postgres)) {
        if (m.version <= from || m.version > target)
            continue;
        for (const QString &statement : m.statements) {
            SqlQuery q(db, statement);
            if (!q.exec()) {
                if (detail)
                    *detail = QStringLiteral("v%1: %2 (%3)").arg(m.version).arg(q.errorDetail(), statement);
                return false;
            }
        }
        if (m.afterStatements && !m.afterStatements(db)) {
            if (detail)
                *detail = QStringLiteral("v%1: data step failed").arg(m.version);
            return false;
        }
        if (!recordVersion(db, m)) {
            if (detail)
                *detail = QStringLiteral("v%1: cannot record version").arg(m.version);
            return false;
        }
    }
    return tx.commit();
}
