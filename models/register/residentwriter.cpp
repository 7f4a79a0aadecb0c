#include "residentwriter.h"

#include "address.h"
#include "models/cnrules/lunardate.h"
#include "models/core/servercopy.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "residentsearchindex.h"

#include <QJsonDocument>
#include <QJsonObject>

using SqlValues::dateOrNull;
using SqlValues::idOrNull;
using SqlValues::textOrNull;

namespace {

// Rows per multi-row INSERT on the server: 500 residents of 20 values stay far below
// PostgreSQL's 65,535 bound parameters, and a round trip per 500 rows is lost in the noise.
constexpr int ServerBatch = 500;
constexpr int MaxParameters = 60000;

QString auditJson(const Resident &r)
{
    // What the audit keeps of a person: enough to see what changed, as text.
    const QJsonObject o{{QStringLiteral("name"), r.name},
                        {QStringLiteral("idNumber"), r.idNumber},
                        {QStringLiteral("birthDate"), r.birthDate.toString(Qt::ISODate)},
                        {QStringLiteral("gender"), r.gender},
                        {QStringLiteral("phone"), r.phone},
                        {QStringLiteral("relation"), r.relation},
                        {QStringLiteral("residencyType"), r.residencyType},
                        {QStringLiteral("status"), r.status},
                        {QStringLiteral("householdId"), r.householdId}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ResidentWriter::ResidentWriter(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_userName(scope.userName())
    , m_canEdit(scope.canEdit())
    , m_stamp(SqlValues::now())
    , m_audit(m_db, scope)
{}

ResidentWriter::~ResidentWriter() = default;

SqlQuery &ResidentWriter::statement(std::unique_ptr<SqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot = std::make_unique<SqlQuery>(m_db, sql);
    return *slot;
}

bool ResidentWriter::insert(Resident &r, const QDate &movedIn, const QString &note)
{
    return insert(r, movedIn, note, ResidentSearchIndex::nameKeys(r.name));
}

bool ResidentWriter::insert(Resident &r, const QDate &movedIn, const QString &note,
                            const ResidentSearchIndex::NameKeys &keys)
{
    if (!m_canEdit || r.id != 0)
        return false;
    if (m_serverBulk) {
        if (m_userName.isEmpty())
            return false;
        if (m_idPool.isEmpty()) {
            SqlQuery ids(m_db, QStringLiteral("SELECT nextval(pg_get_serial_sequence('resident', 'id')) FROM "
                                              "generate_series(1, CAST(? AS INTEGER))"));
            if (!ids.exec(ServerBatch))
                return false;
            while (ids.next())
                m_idPool << ids.value(0).toLongLong();
            if (m_idPool.isEmpty())
                return false;
        }
        r.id = m_idPool.takeFirst();
        r.rowVersion = 1;
        add(m_pendingResidents, {r.id,
                                 r.householdId,
                                 r.name,
                                 textOrNull(r.idNumber),
                                 dateOrNull(r.birthDate),
                                 solarKey(r.birthDate),
                                 lunarKey(r.birthDate),
                                 r.gender,
                                 textOrNull(r.phone),
                                 r.relation,
                                 r.residencyType,
                                 r.status,
                                 dateOrNull(r.statusDate),
                                 textOrNull(r.ethnicity),
                                 textOrNull(r.notes),
                                 keys.simplified,
                                 keys.initials,
                                 keys.pinyin,
                                 m_stamp,
                                 m_stamp});
        add(m_pendingSearch,
            {r.id, ResidentSearchIndex::ftsTokens(r.name, address(r.householdId), textOrNull(r.idNumber).toString(),
                                                  textOrNull(r.phone).toString())});
        const QString today = m_stamp.left(10);
        QList<qint64> written;
        for (const qint64 tag : std::as_const(r.tagIds)) {
            if (written.contains(tag))
                continue;
            written << tag;
            add(m_pendingTags, {r.id, tag});
            add(m_pendingPeriods, {r.id, tag, today, m_userName, m_stamp});
        }
        const QDate date = m_deferred ? m_deferredDate : movedIn;
        const QString text = m_deferred ? m_deferredNote : note;
        add(m_pendingChanges, {r.id, QStringLiteral("moved_in"), date.toString(Qt::ISODate), idOrNull(0), r.householdId,
                               textOrNull(text), textOrNull(m_userName), m_stamp});
        add(m_pendingAudit, {SqlValues::now(), m_userName, QStringLiteral("resident"), r.id, QStringLiteral("insert"),
                             textOrNull(QString()), auditJson(r)});
        // The pool is spent with the batch, so no id handed out is left unwritten but by a flush.
        return m_pendingResidents.rows < ServerBatch || flushServerBulk();
    }
    SqlQuery &q = statement(m_insert, QStringLiteral("INSERT INTO resident (household_id, name, id_number, birth_date, "
                                                     "birth_md, birth_lunar_md, gender, phone, relation, "
                                                     "residency_type, status, status_date, ethnicity, notes, "
                                                     "name_key, name_initials, name_pinyin, created_at, updated_at) "
                                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                     "?)"));
    if (!q.exec(r.householdId, r.name, textOrNull(r.idNumber), dateOrNull(r.birthDate), solarKey(r.birthDate),
                lunarKey(r.birthDate), r.gender, textOrNull(r.phone), r.relation, r.residencyType, r.status,
                dateOrNull(r.statusDate), textOrNull(r.ethnicity), textOrNull(r.notes), keys.simplified, keys.initials,
                keys.pinyin, m_stamp, m_stamp))
        return false;
    r.id = q.lastInsertId();
    r.rowVersion = 1;
    if (m_deferred)
        return r.id > 0 && writeSearchRow(r, false) && writeTags(r, false);
    return r.id > 0 && writeSearchRow(r, false) && writeTags(r, false) &&
           recordChange(r.id, QStringLiteral("moved_in"), movedIn, 0, r.householdId, note) &&
           m_audit.record(QStringLiteral("resident"), r.id, QStringLiteral("insert"), QString(), auditJson(r));
}

bool ResidentWriter::update(Resident &r, const Resident &before, bool *conflict)
{
    if (!m_canEdit || r.id <= 0)
        return false;
    if (m_serverBulk && !flushServerBulk())
        return false;
    SqlQuery &q = statement(m_update, QStringLiteral("UPDATE resident SET household_id = ?, name = ?, id_number = ?, "
                                                     "birth_date = ?, gender = ?, phone = ?, relation = ?, "
                                                     "residency_type = ?, status = ?, status_date = ?, ethnicity = ?, "
                                                     "notes = ?, name_key = ?, name_initials = ?, name_pinyin = ?, "
                                                     "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND "
                                                     "row_version = ?"));
    const ResidentSearchIndex::NameKeys keys = ResidentSearchIndex::nameKeys(r.name);
    if (!q.exec(r.householdId, r.name, textOrNull(r.idNumber), dateOrNull(r.birthDate), r.gender, textOrNull(r.phone),
                r.relation, r.residencyType, r.status, dateOrNull(r.statusDate), textOrNull(r.ethnicity),
                textOrNull(r.notes), keys.simplified, keys.initials, keys.pinyin, m_stamp, r.id, r.rowVersion))
        return false;
    if (q.numRowsAffected() != 1) {
        if (conflict)
            *conflict = true;
        return false;
    }
    ++r.rowVersion;
    return writeSearchRow(r, true) && writeTags(r, true) &&
           m_audit.record(QStringLiteral("resident"), r.id, QStringLiteral("update"), auditJson(before), auditJson(r));
}

bool ResidentWriter::deferSearchRows()
{
    if (SqlDialect::isPostgres(m_db)) {
        m_serverBulk = true;
        return false;
    }
    // Emptied rather than dropped: SQLite refuses DROP TABLE while any statement is pending.
    if (!SqlQuery(m_db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS resident_fts_stage (rowid INTEGER PRIMARY "
                                       "KEY, tokens TEXT)"))
             .exec() ||
        !SqlQuery(m_db, QStringLiteral("DELETE FROM temp.resident_fts_stage")).exec())
        return false;
    m_deferFts = true;
    return true;
}

void ResidentWriter::deferHistory(const QDate &movedIn, const QString &note)
{
    if (!deferSearchRows()) {
        if (m_serverBulk) { // the rows are gathered with this date and note, then written in batches
            m_deferred = true;
            m_deferredAfter = -1;
            m_deferredDate = movedIn;
            m_deferredNote = note;
        }
        return;
    }
    m_deferred = true;
    m_deferredAfter = SqlQuery(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM resident")).scalar().toLongLong();
    m_deferredDate = movedIn;
    m_deferredNote = note;
}

bool ResidentWriter::finishDeferred()
{
    if (m_serverBulk) {
        m_serverBulk = false;
        m_deferred = false;
        return flushServerBulk();
    }
    if (m_deferred && !finishHistory())
        return false;
    if (!m_deferFts)
        return true;
    m_deferFts = false;
    m_ftsStage.reset();
    {
        SqlQuery fts(m_db, QStringLiteral("INSERT INTO resident_fts (rowid, tokens) SELECT rowid, tokens FROM "
                                          "temp.resident_fts_stage ORDER BY rowid"));
        if (!fts.exec())
            return false;
    }
    return SqlQuery(m_db, QStringLiteral("DELETE FROM temp.resident_fts_stage")).exec();
}

bool ResidentWriter::finishHistory()
{
    m_deferred = false;
    if (!m_canEdit || m_userName.isEmpty())
        return false;
    // The same rows insert() writes one by one: history, then audit; the audit's JSON has
    // auditJson()'s keys, in the sorted order QJsonObject gives them, empty text for a missing value.
    SqlQuery change(m_db, QStringLiteral("INSERT INTO resident_change (resident_id, kind, change_date, "
                                         "from_household_id, to_household_id, note, user_name, created_at) SELECT id, "
                                         "'moved_in', ?, NULL, household_id, ?, ?, ? FROM resident WHERE id > ? "
                                         "ORDER BY id"));
    if (!change.exec(m_deferredDate.toString(Qt::ISODate), textOrNull(m_deferredNote), m_userName, m_stamp,
                     m_deferredAfter))
        return false;
    SqlQuery audit(m_db, QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action, "
                                        "before_json, after_json) SELECT ?, ?, 'resident', id, 'insert', NULL, "
                                        "json_object('birthDate', coalesce(birth_date, ''), 'gender', coalesce(gender, "
                                        "''), 'householdId', household_id, 'idNumber', coalesce(id_number, ''), "
                                        "'name', name, 'phone', coalesce(phone, ''), 'relation', coalesce(relation, "
                                        "''), 'residencyType', residency_type, 'status', status) FROM resident WHERE "
                                        "id > ? ORDER BY id"));
    return audit.exec(SqlValues::now(), m_userName, m_deferredAfter);
}

bool ResidentWriter::recordChange(qint64 residentId, const QString &kind, const QDate &date, qint64 fromHousehold,
                                  qint64 toHousehold, const QString &note)
{
    if (!m_canEdit)
        return false;
    if (m_serverBulk) {
        add(m_pendingChanges, {residentId, kind, date.toString(Qt::ISODate), idOrNull(fromHousehold),
                               idOrNull(toHousehold), textOrNull(note), textOrNull(m_userName), m_stamp});
        return true;
    }
    SqlQuery &q = statement(m_change, QStringLiteral("INSERT INTO resident_change (resident_id, kind, change_date, "
                                                     "from_household_id, to_household_id, note, user_name, "
                                                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    return q.exec(residentId, kind, date.toString(Qt::ISODate), idOrNull(fromHousehold), idOrNull(toHousehold),
                  textOrNull(note), textOrNull(m_userName), m_stamp);
}

bool ResidentWriter::writeSearchRow(const Resident &r, bool replace)
{
    // The tokens are made from the row as bound (trimmed, empty as NULL), like a rebuild would.
    if (replace && !statement(m_ftsDelete, QStringLiteral("DELETE FROM resident_fts WHERE rowid = ?")).exec(r.id))
        return false;
    const QString tokens = ResidentSearchIndex::ftsTokens(
        r.name, address(r.householdId), textOrNull(r.idNumber).toString(), textOrNull(r.phone).toString());
    // Deferred: staged in a plain temporary table and moved into FTS5 by one statement at the end.
    // Writing FTS5 row by row makes it flush its pending terms at every later statement's
    // savepoint, which was most of an import's time.
    if (m_deferFts && !replace)
        return statement(m_ftsStage,
                         QStringLiteral("INSERT INTO temp.resident_fts_stage (rowid, tokens) VALUES (?, ?)"))
            .exec(r.id, tokens);
    return statement(m_ftsInsert, QStringLiteral("INSERT INTO resident_fts (rowid, tokens) VALUES (?, ?)"))
        .exec(r.id, tokens);
}

bool ResidentWriter::writeTags(const Resident &r, bool replace)
{
    // Only the tags that change are written: each one given opens a period (resident_tag_period)
    // from today and each one taken away ends its period today, so the history of who had which
    // tag stays while resident_tag remains the current index (ResidentTags keeps the same rows).
    QList<qint64> before;
    if (replace) {
        SqlQuery &current =
            statement(m_tagsCurrent, QStringLiteral("SELECT tag_id FROM resident_tag WHERE resident_id = ?"));
        if (!current.exec(r.id))
            return false;
        while (current.next())
            before << current.value(0).toLongLong();
        current.query().finish();
    }
    const QString today = m_stamp.left(10);
    for (const qint64 tag : std::as_const(before)) {
        if (r.tagIds.contains(tag))
            continue;
        if (!statement(m_tagsDelete, QStringLiteral("DELETE FROM resident_tag WHERE resident_id = ? AND tag_id = ?"))
                 .exec(r.id, tag) ||
            !statement(m_periodEnd, QStringLiteral("UPDATE resident_tag_period SET end_date = ?, ended_by = ? WHERE "
                                                   "resident_id = ? AND tag_id = ? AND end_date IS NULL"))
                 .exec(today, m_userName, r.id, tag))
            return false;
    }
    SqlQuery &ins = statement(
        m_tagInsert,
        QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    SqlQuery &period = statement(m_periodStart, QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, "
                                                               "start_date, user_name, created_at) VALUES (?, ?, ?, "
                                                               "?, ?)"));
    QList<qint64> written;
    for (const qint64 tag : r.tagIds) {
        if (before.contains(tag) || written.contains(tag))
            continue;
        written << tag;
        if (!ins.exec(r.id, tag) || !period.exec(r.id, tag, today, m_userName, m_stamp))
            return false;
    }
    return true;
}

void ResidentWriter::add(Pending &pending, std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        pending.values << v;
    ++pending.rows;
}

bool ResidentWriter::writePending(Pending &pending, const QString &table, const QStringList &columns)
{
    const QVariantList values = std::exchange(pending.values, {});
    const int rows = std::exchange(pending.rows, 0);
    if (rows == 0)
        return true;
    // COPY where the build has libpq: one stream instead of a statement per few hundred rows.
    if (ServerCopy::available(m_db))
        return ServerCopy::copy(m_db, table, columns, values);
    const int width = int(columns.size());
    // `table AS t`: the ids come from the sequence already, so SqlQuery need not move it past them.
    const QString head = QStringLiteral("INSERT INTO %1 AS t (%2)").arg(table, columns.join(QStringLiteral(", ")));
    const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(width - 1) + QStringLiteral("?)");
    const int perStatement = MaxParameters / width;
    for (int first = 0; first < rows; first += perStatement) {
        const int n = qMin(perStatement, rows - first);
        QStringList tuples(n, row);
        // RETURNING 1: SqlQuery would otherwise ask for RETURNING * of every row written.
        SqlQuery q(m_db, head + QStringLiteral(" VALUES ") + tuples.join(QStringLiteral(", ")) +
                             QStringLiteral(" RETURNING 1"));
        for (int i = first * width; i < (first + n) * width; ++i)
            q.bind(values.at(i));
        if (!q.exec())
            return false;
    }
    return true;
}

bool ResidentWriter::flushServerBulk()
{
    // The ids left in the pool are dropped (a gap in the ids, nothing more): after a flush the
    // next batch takes fresh ones, so no id is ever handed out twice.
    m_idPool.clear();
    if (m_beforeFlush && !m_beforeFlush())
        return false;
    auto list = [](const char *names) { return QString::fromLatin1(names).split(QStringLiteral(", ")); };
    return writePending(m_pendingResidents, QStringLiteral("resident"),
                        list("id, household_id, name, id_number, birth_date, birth_md, birth_lunar_md, gender, phone, "
                             "relation, residency_type, status, status_date, ethnicity, notes, name_key, "
                             "name_initials, name_pinyin, created_at, updated_at")) &&
           writePending(m_pendingSearch, QStringLiteral("resident_fts"), list("rowid, tokens")) &&
           writePending(m_pendingTags, QStringLiteral("resident_tag"), list("resident_id, tag_id")) &&
           writePending(m_pendingPeriods, QStringLiteral("resident_tag_period"),
                        list("resident_id, tag_id, start_date, user_name, created_at")) &&
           writePending(m_pendingChanges, QStringLiteral("resident_change"),
                        list("resident_id, kind, change_date, from_household_id, to_household_id, note, user_name, "
                             "created_at")) &&
           writePending(m_pendingAudit, QStringLiteral("audit_log"),
                        list("at, user_name, table_name, record_id, action, before_json, after_json"));
}

QString ResidentWriter::address(qint64 householdId)
{
    // Members of a household are usually written one after another: one lookup for all of them.
    if (householdId == m_addressHousehold)
        return m_addressText;
    SqlQuery &q = statement(m_address, QStringLiteral("SELECT c.name, b.name, h.unit, h.room FROM household h LEFT "
                                                      "JOIN building b ON b.id = h.building_id LEFT JOIN compound c "
                                                      "ON c.id = b.compound_id WHERE h.id = ?"));
    m_addressText.clear();
    if (q.exec(householdId) && q.next())
        m_addressText =
            Address::format(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    q.query().finish();
    m_addressHousehold = householdId;
    return m_addressText;
}

void ResidentWriter::knowAddress(qint64 householdId, const QString &text)
{
    m_addressHousehold = householdId;
    m_addressText = text;
}

QVariant ResidentWriter::solarKey(const QDate &birth)
{
    // BirthdayKeys::solarKeyExpression: NULL unless the stored text is YYYY-MM-DD.
    if (!birth.isValid() || birth.year() < 1 || birth.year() > 9999)
        return QVariant(QMetaType::fromType<int>());
    return birth.month() * 100 + birth.day();
}

QVariant ResidentWriter::lunarKey(const QDate &birth)
{
    // BirthdayKeys::lunarKeyExpression: NULL outside the lunar_month table (LunarDate's range).
    const LunarDate lunar = LunarDate::fromSolar(birth);
    if (!lunar.isValid())
        return QVariant(QMetaType::fromType<int>());
    return lunar.month() * 100 + lunar.day();
}
