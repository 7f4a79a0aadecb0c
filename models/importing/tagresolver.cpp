#include "tagresolver.h"

#include "importvocabulary.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>

TagResolver::TagResolver(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

bool TagResolver::load()
{
    if (m_loaded)
        return true;
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, name, sort_order, archived FROM tag ORDER BY archived, id"));
    if (!q.exec())
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_byCode.insert(q.value(1).toString(), id);
        // A live tag wins over an archived one of the same name (archived rows come last).
        const QString name = ImportVocabulary::fold(q.value(2).toString());
        if (!m_byName.contains(name))
            m_byName.insert(name, id);
        m_names.insert(id, q.value(2).toString());
        m_nextSort = qMax(m_nextSort, q.value(3).toInt() + 1);
    }
    m_loaded = true;
    return true;
}

QString TagResolver::existingName(const QString &word)
{
    if (!load())
        return QString();
    const QString code = ImportVocabulary::lookup(QStringLiteral("tag"), word);
    if (!code.isEmpty() && m_byCode.contains(code))
        return m_names.value(m_byCode.value(code));
    return m_names.value(m_byName.value(ImportVocabulary::fold(word)));
}

qint64 TagResolver::tagId(const QString &word)
{
    if (!load())
        return 0;
    const QString code = ImportVocabulary::lookup(QStringLiteral("tag"), word);
    if (!code.isEmpty() && m_byCode.contains(code))
        return m_byCode.value(code);
    const QString folded = ImportVocabulary::fold(word);
    if (const qint64 id = m_byName.value(folded))
        return id;
    // A new tag: its code is made up (tag codes are unique and never shown).
    QString newCode;
    for (int n = int(m_byCode.size()) + 1;; ++n) {
        newCode = QStringLiteral("imported_%1").arg(n);
        if (!m_byCode.contains(newCode))
            break;
    }
    SqlQuery add(m_db, QStringLiteral("INSERT INTO tag (code, name, sort_order) VALUES (?, ?, ?)"));
    if (!add.exec(newCode, word, m_nextSort))
        return 0;
    const qint64 id = add.lastInsertId();
    const QJsonObject after{{QStringLiteral("code"), newCode},
                            {QStringLiteral("name"), word},
                            {QStringLiteral("source"), QStringLiteral("import")}};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("tag"), id, QStringLiteral("insert"), QString(),
                     QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))))
        return 0;
    ++m_nextSort;
    m_byCode.insert(newCode, id);
    m_byName.insert(folded, id);
    m_names.insert(id, word);
    m_created << word;
    return id;
}
