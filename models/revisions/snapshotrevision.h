#pragma once

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/transaction.h"

#include "recordrevision.h"

#include <optional>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

// The one undo/redo pattern for every kind of record: a snapshot from before the change and one
// from after, written back through the kind's normal save. `Kind` says how, for one record type:
//   using Record;                                  what a form edits, with its row version(s)
//   static QString table();                        the audit table name
//   static qint64 id(const Record &);
//   static std::optional<Record> load(QSqlDatabase, const AccessScope &, qint64 id);
//   static SaveResult write(QSqlDatabase, const AccessScope &, Record &target, const Record &current);
//                                                  the store's save of `target` over `current`
//   static Record retired(Record added);           an added record as its register retires it
//   static QString version(const Record &);        differs once the record changed anywhere
//   static QString name(const Record &);           how a clerk names it: "张三"
//   static QString text(bool added, const Record &); "edit resident 张三"
template<class Kind> class SnapshotRevision final : public RecordRevision
{
public:
    using Record = typename Kind::Record;

    // `before` is empty when the change added the record; `after` is the record as saved. `text`
    // names a change other than the kind's edit or add ("move 张三 to another household").
    SnapshotRevision(QSqlDatabase db, const AccessScope &scope, std::optional<Record> before, Record after,
                     QString text = QString())
        : m_db(std::move(db))
        , m_scope(scope)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_version(Kind::version(m_after))
        , m_text(std::move(text))
    {}

    // Named as the clerk knew it before the change.
    QString text() const override
    {
        return m_text.isEmpty() ? Kind::text(!m_before, m_before ? *m_before : m_after) : m_text;
    }
    SaveResult undo() override { return apply(m_before ? *m_before : Kind::retired(m_after), QStringLiteral("undo")); }
    SaveResult redo() override { return apply(m_after, QStringLiteral("redo")); }

private:
    SaveResult apply(Record target, const QString &action)
    {
        const QString name = Kind::name(m_after);
        Transaction tx(m_db);
        if (!tx.isActive())
            return refused(notSaved(name));
        const std::optional<Record> current = Kind::load(m_db, m_scope, Kind::id(m_after));
        if (!current)
            return refused(gone(name));
        // Someone (another desk, another page) changed it since: theirs stays, ours is refused.
        if (Kind::version(*current) != m_version)
            return refused(changedElsewhere(name));
        SaveResult result = Kind::write(m_db, m_scope, target, *current);
        if (!result.ok)
            return result;
        const std::optional<Record> written = Kind::load(m_db, m_scope, Kind::id(m_after));
        // Besides the save's own audit row, one saying this change was an undo (or redo).
        const auto json = [](const QString &version) {
            return QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("version"), version}}).toJson(QJsonDocument::Compact));
        };
        if (!written ||
            !AuditLog(m_db, m_scope)
                 .record(Kind::table(), Kind::id(m_after), action, json(m_version), json(Kind::version(*written))) ||
            !tx.commit())
            return refused(notSaved(name));
        m_version = Kind::version(*written);
        return result;
    }

    QSqlDatabase m_db;
    AccessScope m_scope;
    std::optional<Record> m_before;
    Record m_after;
    QString m_version; // the record's version as this revision last left it
    QString m_text;
};
