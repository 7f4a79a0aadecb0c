#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The place hierarchy a new office sets up by hand: the community and its street, compounds (小区),
// and buildings (楼栋) with their grid and number of units. Names are unique within their parent
// (compounds within the community, buildings within their compound). Merging two buildings moves
// the first one's households into the second and archives the first; merging two compounds moves
// the first one's buildings: nothing is deleted, and each change is one transaction with its audit row. Administrators
// and clerks change; others read.
class PlaceStore final
{
    Q_DECLARE_TR_FUNCTIONS(PlaceStore)

public:
    struct Community
    {
        qint64 id = 0;
        QString street;
        QString name;
    };
    struct Compound
    {
        qint64 id = 0;
        QString name;
        int buildings = 0;
    };
    struct Building
    {
        qint64 id = 0;
        qint64 compoundId = 0;
        QString name;
        qint64 gridId = 0;
        QString gridCode;
        int units = 0;
        int households = 0;
    };

    PlaceStore(QSqlDatabase db, const AccessScope &scope);

    Community community() const;
    // Whether the register holds no household at all: a new office's first start.
    bool isEmpty() const;
    QList<Compound> compounds() const;
    QList<Building> buildings(qint64 compoundId) const;
    qint64 compoundId(const QString &name) const;                    // 0 when there is none
    qint64 buildingId(qint64 compoundId, const QString &name) const; // 0 when there is none
    qint64 gridId(const QString &code) const;                        // active grids only

    // Creates the community on an empty database, renames it otherwise.
    SaveResult setCommunity(const QString &street, const QString &name);
    SaveResult addCompound(const QString &name);
    SaveResult renameCompound(qint64 compoundId, const QString &name);
    // gridId 0: in no grid yet; units 0: the building has no units.
    SaveResult addBuilding(qint64 compoundId, const QString &name, qint64 gridId, int units);
    SaveResult renameBuilding(qint64 buildingId, const QString &name);
    // Both buildings must be in the same compound; `fromId` is archived, its households move.
    SaveResult mergeBuildings(qint64 fromId, qint64 intoId);
    // Two compounds that are one (和平苑 and 和平小区 from two imports): the first one's buildings move
    // into the second, a building whose name the second already has is merged into that one, and
    // the first compound is archived.
    SaveResult mergeCompounds(qint64 fromId, qint64 intoId);

private:
    QString refusal() const;
    qint64 communityIdOrZero() const;
    bool audit(const QString &table, qint64 id, const QString &action, const QString &before, const QString &after);
    bool reindexBuilding(qint64 buildingId);
    // Moves a building's households into another and archives it (inside the caller's transaction).
    bool moveHouseholds(qint64 fromId, qint64 intoId, QList<qint64> *moved);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
