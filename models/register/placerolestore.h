#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "placerole.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The contact people of compounds, buildings and units (楼栋长, 单元长, 三长, 业委会, 物业). A
// registered resident's name and phone are copied on save. Each save one transaction with its
// audit row; a role taken off is archived. Compound contacts are the office's to change; a grid
// worker changes those of their grids' buildings.
class PlaceRoleStore final
{
    Q_DECLARE_TR_FUNCTIONS(PlaceRoleStore)

public:
    struct Choice
    {
        QString code;
        QString label;
    };

    // One line of the building-roles ledger (专项台账 → 楼栋长/三长): the place spelled out.
    struct LedgerRow
    {
        qint64 id = 0;
        QString compound;
        QString building; // empty: the compound's own contact
        QString unit;
        QString grid;
        QString role; // roles() code
        QString name;
        QString phone; // as stored; the list masks it
    };

    PlaceRoleStore(QSqlDatabase db, const AccessScope &scope);

    static QList<Choice> roles(); // building_head, unit_head, three_heads, owners_committee, property
    static QString roleLabel(const QString &code);

    // The contacts set on exactly this place (buildingId 0: the compound; unit "": the building).
    QList<PlaceRole> rolesAt(qint64 compoundId, qint64 buildingId = 0, const QString &unit = QString()) const;
    // Everyone who answers for a building: its compound's contacts, its own, its units' (for the sheets).
    QList<PlaceRole> rolesForBuilding(qint64 buildingId) const;
    // Every contact the person sees, by compound, building and unit; gridId 0 every grid (a
    // compound's own contacts count for each grid it has buildings in), role "" every role, text
    // in the name, phone or compound.
    QList<LedgerRow> ledger(qint64 gridId = 0, const QString &role = QString(), const QString &text = QString()) const;
    SaveResult save(PlaceRole &role);
    SaveResult archive(qint64 id);

private:
    QString refusal(qint64 compoundId, qint64 buildingId) const;
    QList<PlaceRole> read(const QString &where, qint64 a, qint64 b = 0) const;
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
