#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include "tagdefinition.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// The office's tags: everyone signed in reads them; administrators and clerks add, rename, group,
// archive and merge them and give them typed attributes. Each change is one transaction with its
// audit row; a tag is archived (or merged into another), never deleted.
class TagStore final
{
    Q_DECLARE_TR_FUNCTIONS(TagStore)

public:
    TagStore(QSqlDatabase db, const AccessScope &scope);

    // In the office's order, each with its attributes and how many residents have it today.
    QList<TagInfo> list(bool includeArchived = false) const;
    std::optional<TagInfo> tag(qint64 id) const;
    std::optional<TagInfo> tagByCode(const QString &code) const; // the code, or else the name
    QStringList groups() const;
    QList<TagAttribute> attributes(qint64 tagId, bool includeArchived = false) const;

    // code may be empty: one is made from the id.
    SaveResult add(const QString &name, const QString &group = QString(), const QString &code = QString(),
                   const QString &color = QString());
    SaveResult rename(qint64 tagId, const QString &name);
    SaveResult setGroup(qint64 tagId, const QString &group);
    SaveResult archive(qint64 tagId);
    // Every resident's periods of `sourceId` (with their values) move to `targetId`; a resident
    // who has both today keeps the target's period and the source's ends today. The source is
    // archived and remembers the target.
    SaveResult merge(qint64 sourceId, qint64 targetId);
    // A new attribute (id 0) or a changed name, choices or order of one (its type stays).
    SaveResult saveAttribute(TagAttribute &attribute);
    SaveResult archiveAttribute(qint64 attributeId);

private:
    SaveResult refused(const QString &field, const QString &message) const;
    QString nameError(const QString &name, qint64 exceptId) const;
    bool audit(qint64 id, const QString &action, const QString &before, const QString &after) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
