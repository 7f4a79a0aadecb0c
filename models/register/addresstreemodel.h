#pragma once

#include "models/access/accessscope.h"

#include "registerlookups.h"

#include <QAbstractItemModel>
#include <vector>

// Compounds → buildings → units → households, each level loaded only when it is expanded (a tree,
// so it fetches per parent rather than by pages like PagedTableModel).
class AddressTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind { Root, Compound, Building, Unit, Household };

    AddressTreeModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);
    void reload();

    static Kind kindOf(const QModelIndex &index);
    qint64 idOf(const QModelIndex &index) const;
    QString unitOf(const QModelIndex &index) const;
    qint64 buildingOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Node
    {
        Kind kind = Kind::Root;
        qint64 id = 0;
        QString unit;
        QString label;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        bool fetched = false;
    };
    int nodeOf(const QModelIndex &index) const;
    int addChild(int parent, Kind kind, qint64 id, const QString &unit, const QString &label);

    RegisterLookups m_lookups;
    std::vector<Node> m_nodes;
};
