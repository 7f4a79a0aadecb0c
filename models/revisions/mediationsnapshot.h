#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/mediation/mediation.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a change of a mediation (人民调解): its fields, parties, sessions
// and agreement go back through MediationStore::restore (the status too, against the order a
// form keeps); an added or archived mediation is archived or brought back (never deleted).
struct MediationSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(MediationSnapshot)

public:
    using Record = Mediation;

    static QString table() { return QStringLiteral("mediation"); }
    static qint64 id(const Mediation &m) { return m.id; }
    static std::optional<Mediation> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Mediation &target, const Mediation &current);
    static Mediation retired(Mediation added)
    {
        added.archived = true;
        return added;
    }
    static QString version(const Mediation &m) { return QString::number(m.rowVersion); }
    static QString name(const Mediation &m);
    static QString text(bool added, const Mediation &m);
};
