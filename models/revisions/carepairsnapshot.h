#pragma once

#include "models/access/accessscope.h"
#include "models/care/carepair.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a change of a 结对帮扶 pairing: through CarePairStore::save; an
// added pairing is ended on the day it was undone (pairings are never deleted).
struct CarePairSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(CarePairSnapshot)

public:
    using Record = CarePair;

    static QString table() { return QStringLiteral("care_pair"); }
    static qint64 id(const CarePair &p) { return p.id; }
    static std::optional<CarePair> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, CarePair &target, const CarePair &current);
    static CarePair retired(CarePair added);
    // Pairings keep no row version: the fields the form saves stand for it.
    static QString version(const CarePair &p);
    static QString name(const CarePair &p) { return p.helperName; }
    static QString text(bool added, const CarePair &p);
};
