#pragma once

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"

#include "resident.h"
#include "residentsearchindex.h"

#include <functional>
#include <memory>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class SqlQuery;

// The one way a resident is written, whoever saves them: the form's store, the importer and the
// demo generator. A person saved by any of them gets the same resident row (with its pinyin
// search keys), full-text row, tags, history row and audit row; the birthday keys follow from
// birth_date by the resident triggers. Callers validate first (ResidentValidator) and hold the
// transaction: the writer only writes. Each statement is prepared once, on first use, so a bulk
// caller keeps one writer for all its rows. Addresses are read from the database, the last
// household's kept: make a new writer after changing a household's address.
class ResidentWriter final
{
public:
    // Rows and audit entries name `scope`; a scope that may not edit writes nothing (false).
    ResidentWriter(QSqlDatabase db, const AccessScope &scope);
    ~ResidentWriter();
    Q_DISABLE_COPY_MOVE(ResidentWriter)

    // A new person (id 0) moving into resident.householdId on `movedIn`, with that 'moved_in'
    // history row; sets resident.id and resident.rowVersion.
    bool insert(Resident &resident, const QDate &movedIn, const QString &note = QString());
    // The same with the name's search keys computed already (the importer's reader thread does it).
    bool insert(Resident &resident, const QDate &movedIn, const QString &note,
                const ResidentSearchIndex::NameKeys &keys);
    // Writes `resident` over `before` (as stored) if the row is still at resident.rowVersion,
    // else sets *conflict. Adds no history row: the caller records what happened.
    bool update(Resident &resident, const Resident &before, bool *conflict = nullptr);
    // For a bulk caller (the importer): insert() leaves each person's 'moved_in' history row (on
    // `movedIn`, with `note`), audit row and full-text row to finishDeferred(), which writes them
    // set-wise for everyone inserted since, in one statement each. SQLite only: on a server the rows are
    // written one by one as before. The caller's transaction must cover both calls.
    void deferHistory(const QDate &movedIn, const QString &note);
    // Only the full-text rows, for a bulk caller whose history rows differ per person (the demo).
    // False on a server, where instead every row of insert() and recordChange() is gathered and
    // written a batch at a time (multi-row INSERTs with bound values) until finishDeferred().
    bool deferSearchRows();
    bool finishDeferred();
    // One row of a resident's history: moved_in, edited, moved_household, moved_out, deceased, ...
    bool recordChange(qint64 residentId, const QString &kind, const QDate &date, qint64 fromHousehold = 0,
                      qint64 toHousehold = 0, const QString &note = QString());
    // The address text of a household the caller has just made (the importer knows its names),
    // so the full-text row of its members needs no lookup; the next household's replaces it.
    void knowAddress(qint64 householdId, const QString &text);
    // Called before the server's gathered rows are written, so a caller's own gathered rows
    // (the importer's households) reach the server before the residents that refer to them.
    void setBeforeFlush(std::function<bool()> hook) { m_beforeFlush = std::move(hook); }
    // The stored birthday keys of a birth date (month * 100 + day, solar and lunar, leap months
    // folded), as BirthdayKeys' SQL expressions give them: written with the row, so a bulk load
    // may drop the insert trigger that would otherwise compute them again row by row.
    static QVariant solarKey(const QDate &birth);
    static QVariant lunarKey(const QDate &birth);

private:
    SqlQuery &statement(std::unique_ptr<SqlQuery> &slot, const QString &sql);
    bool writeSearchRow(const Resident &resident, bool replace);
    bool writeTags(const Resident &resident, bool replace);
    QString address(qint64 householdId);

    QSqlDatabase m_db;
    QString m_userName;
    bool m_canEdit = false;
    QString m_stamp; // one time for everything this writer writes: a save, an import, a demo
    AuditLog m_audit;
    std::unique_ptr<SqlQuery> m_insert;
    std::unique_ptr<SqlQuery> m_update;
    std::unique_ptr<SqlQuery> m_address;
    std::unique_ptr<SqlQuery> m_ftsDelete;
    std::unique_ptr<SqlQuery> m_ftsInsert;
    std::unique_ptr<SqlQuery> m_ftsStage;
    std::unique_ptr<SqlQuery> m_tagsDelete;
    std::unique_ptr<SqlQuery> m_tagInsert;
    std::unique_ptr<SqlQuery> m_tagsCurrent;
    std::unique_ptr<SqlQuery> m_periodStart;
    std::unique_ptr<SqlQuery> m_periodEnd;
    std::unique_ptr<SqlQuery> m_change;
    bool finishHistory();

    // PostgreSQL's bulk path: one round trip per statement would be a round trip per row.
    struct Pending
    {
        QVariantList values;
        int rows = 0;
    };
    void add(Pending &pending, std::initializer_list<QVariant> values);
    bool writePending(Pending &pending, const QString &table, const QStringList &columns);
    bool flushServerBulk();
    bool m_serverBulk = false;
    std::function<bool()> m_beforeFlush;
    QList<qint64> m_idPool; // resident ids taken from the sequence for the rows to come
    Pending m_pendingResidents;
    Pending m_pendingSearch;
    Pending m_pendingTags;
    Pending m_pendingPeriods;
    Pending m_pendingChanges;
    Pending m_pendingAudit;

    bool m_deferred = false;    // history and audit rows
    bool m_deferFts = false;    // full-text rows
    qint64 m_deferredAfter = 0; // the largest resident id before deferHistory()
    QDate m_deferredDate;
    QString m_deferredNote;
    qint64 m_addressHousehold = 0;
    QString m_addressText;
};
