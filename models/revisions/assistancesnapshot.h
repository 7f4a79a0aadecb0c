#pragma once

#include "models/access/accessscope.h"
#include "models/care/assistancerecord.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a change of an assistance record (临时救助, 慰问, 物资…): through
// AssistanceStore::save, the archived flag included; an added record is archived (never deleted).
struct AssistanceSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(AssistanceSnapshot)

public:
    using Record = AssistanceRecord;

    static QString table() { return QStringLiteral("assistance"); }
    static qint64 id(const AssistanceRecord &r) { return r.id; }
    static std::optional<AssistanceRecord> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, AssistanceRecord &target,
                            const AssistanceRecord &current);
    static AssistanceRecord retired(AssistanceRecord added)
    {
        added.archived = true;
        return added;
    }
    static QString version(const AssistanceRecord &r) { return QString::number(r.rowVersion); }
    // "临时救助 to 张三's household, 2026-12-01"
    static QString name(const AssistanceRecord &r);
    static QString text(bool added, const AssistanceRecord &r);
};
