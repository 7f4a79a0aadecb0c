#pragma once

#include "carepair.h"
#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// 结对帮扶 pairs and their activity records. A grid worker sees and changes the pairs of their
// grids' households; each save is one transaction with its audit row; a pair ends (ended_on),
// an activity is archived, nothing is deleted.
class CarePairStore final
{
    Q_DECLARE_TR_FUNCTIONS(CarePairStore)

public:
    CarePairStore(QSqlDatabase db, const AccessScope &scope);

    QList<CarePair> list(const CarePairFilter &filter = {}) const;
    CarePair pair(qint64 id) const;
    // Adds (id 0) or changes a pair.
    SaveResult save(const CarePair &pair);
    QList<CarePairActivity> activities(qint64 pairId) const;
    SaveResult addActivity(const CarePairActivity &activity);

    static QStringList helperKinds();
    static QString helperKindName(const QString &code);

private:
    SaveResult refused(qint64 householdId) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
