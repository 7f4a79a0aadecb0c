#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The tags of an import's 人员类别 cells: 党员 / 中共党员 is the built-in party_member tag, a
// name the desk has is that tag, and any other word becomes a new tag (with its audit row)
// rather than a refused row. Runs inside the importer's transaction.
class TagResolver final
{
    Q_DECLARE_TR_FUNCTIONS(TagResolver)

public:
    TagResolver(QSqlDatabase db, const AccessScope &scope);

    // The tag's id, created if needed; 0 when the database refused.
    qint64 tagId(const QString &word);
    // The names of the tags this run created, in order.
    QStringList created() const { return m_created; }
    // What a word becomes, for the summary: the tag's name, or empty when it will be created.
    QString existingName(const QString &word);

private:
    bool load();

    QSqlDatabase m_db;
    AccessScope m_scope;
    bool m_loaded = false;
    QHash<QString, qint64> m_byCode;
    QHash<QString, qint64> m_byName; // folded name
    QHash<qint64, QString> m_names;
    int m_nextSort = 0;
    QStringList m_created;
};
