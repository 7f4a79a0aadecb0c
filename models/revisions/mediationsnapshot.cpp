#include "mediationsnapshot.h"

#include "models/mediation/mediationstore.h"

std::optional<Mediation> MediationSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return MediationStore(std::move(db), scope).mediation(id);
}

SaveResult MediationSnapshot::write(QSqlDatabase db, const AccessScope &scope, Mediation &target,
                                    const Mediation &current)
{
    target.id = current.id;
    target.rowVersion = current.rowVersion;
    return MediationStore(std::move(db), scope).restore(target);
}

QString MediationSnapshot::name(const Mediation &m)
{
    // The matter's first words: a mediation has no number of its own.
    const QString matter = m.matter.simplified();
    return tr("the mediation “%1”").arg(matter.size() > 20 ? matter.left(20) + QStringLiteral("…") : matter);
}

QString MediationSnapshot::text(bool added, const Mediation &m)
{
    if (added)
        return tr("add %1").arg(name(m));
    return tr("edit %1").arg(name(m));
}
