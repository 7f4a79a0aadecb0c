#pragma once

#include "models/access/accessscope.h"

#include <utility>

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Small reference lists for pickers and filter combos (grids, tags, compounds, buildings).
// Each is bounded by the community's size, never by the number of residents.
class RegisterLookups final
{
public:
    struct Item
    {
        qint64 id = 0;
        QString name;
        QString extra; // e.g. a grid's code, a tag's colour, a unit
    };

    RegisterLookups(QSqlDatabase db, const AccessScope &scope);

    QList<Item> grids() const;
    QList<Item> tags() const;
    QList<Item> compounds() const;
    QList<Item> buildings(qint64 compoundId) const;
    QStringList units(qint64 buildingId) const;
    // Households of one unit of a building (unit "" for buildings without units): name = "501 张三", extra = unit.
    QList<Item> households(qint64 buildingId, const QString &unit) const;
    qint64 compoundOfBuilding(qint64 buildingId) const;
    QString communityName() const;
    // The names of these residents, in the order given (ids no longer found are left out): the
    // attendees of a meeting, the participants of an event.
    QList<std::pair<qint64, QString>> residentNames(const QList<qint64> &ids) const;

private:
    QList<Item> items(const QString &sql, const QVariantList &bindings = {}) const;
    QSqlDatabase m_db;
    AccessScope m_scope;
};
