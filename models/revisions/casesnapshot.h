#pragma once

#include "models/access/accessscope.h"
#include "models/cases/caserecord.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a step of a case: CaseStore::restoreState puts the workflow fields
// back with a step row saying so. A case's intake undone is withdrawn (撤回, CaseStore::withdraw:
// out of every count, nothing deleted) and redone by reinstating it.
struct CaseSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(CaseSnapshot)

public:
    using Record = CaseRecord;

    static QString table() { return QStringLiteral("cases"); }
    static qint64 id(const CaseRecord &c) { return c.id; }
    static std::optional<CaseRecord> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, CaseRecord &target, const CaseRecord &current);
    static CaseRecord retired(CaseRecord added);
    static QString version(const CaseRecord &c) { return QString::number(c.rowVersion); }
    static QString name(const CaseRecord &c) { return c.caseNo; }
    static QString text(bool added, const CaseRecord &c);
};
