#include "addresstreemodel.h"

#include "models/core/itemroles.h"

AddressTreeModel::AddressTreeModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractItemModel(parent)
    , m_lookups(std::move(db), scope)
{
    reload();
}

void AddressTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.push_back(Node{});
    for (const RegisterLookups::Item &c : m_lookups.compounds())
        addChild(0, Kind::Compound, c.id, QString(), c.name);
    m_nodes[0].fetched = true;
    endResetModel();
}

int AddressTreeModel::addChild(int parent, Kind kind, qint64 id, const QString &unit, const QString &label)
{
    Node n;
    n.kind = kind;
    n.id = id;
    n.unit = unit;
    n.label = label;
    n.parent = parent;
    n.row = int(m_nodes[parent].children.size());
    n.fetched = kind == Kind::Household;
    m_nodes.push_back(n);
    const int index = int(m_nodes.size()) - 1;
    m_nodes[parent].children.push_back(index);
    return index;
}

int AddressTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

AddressTreeModel::Kind AddressTreeModel::kindOf(const QModelIndex &index)
{
    return index.isValid() ? Kind(index.data(ItemRole::Kind).toInt()) : Kind::Root;
}

qint64 AddressTreeModel::idOf(const QModelIndex &index) const
{
    return m_nodes[nodeOf(index)].id;
}

QString AddressTreeModel::unitOf(const QModelIndex &index) const
{
    return m_nodes[nodeOf(index)].unit;
}

qint64 AddressTreeModel::buildingOf(const QModelIndex &index) const
{
    int n = nodeOf(index);
    while (n > 0 && m_nodes[n].kind != Kind::Building)
        n = m_nodes[n].parent;
    return n > 0 ? m_nodes[n].id : 0;
}

QModelIndex AddressTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node &p = m_nodes[nodeOf(parent)];
    if (column != 0 || row < 0 || row >= int(p.children.size()))
        return {};
    return createIndex(row, 0, quintptr(p.children[row]));
}

QModelIndex AddressTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int p = m_nodes[nodeOf(child)].parent;
    if (p <= 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int AddressTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes[nodeOf(parent)].children.size());
}

int AddressTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AddressTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[nodeOf(index)];
    switch (role) {
    case Qt::DisplayRole:
        return n.label;
    case ItemRole::Id:
        return n.id;
    case ItemRole::Kind:
        return int(n.kind);
    }
    return {};
}

bool AddressTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node &n = m_nodes[nodeOf(parent)];
    return n.fetched ? !n.children.empty() : n.kind != Kind::Household;
}

bool AddressTreeModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_nodes[nodeOf(parent)].fetched;
}

void AddressTreeModel::fetchMore(const QModelIndex &parent)
{
    const int p = nodeOf(parent);
    if (m_nodes[p].fetched)
        return;
    m_nodes[p].fetched = true;
    struct Child
    {
        Kind kind;
        qint64 id;
        QString unit;
        QString label;
    };
    QList<Child> children;
    const Node node = m_nodes[p];
    switch (node.kind) {
    case Kind::Compound:
        for (const auto &b : m_lookups.buildings(node.id))
            children.append({Kind::Building, b.id, QString(), b.name});
        break;
    case Kind::Building:
        for (const QString &unit : m_lookups.units(node.id)) {
            if (unit.isEmpty()) // households without a unit hang directly under the building
                for (const auto &h : m_lookups.households(node.id, unit))
                    children.append({Kind::Household, h.id, unit, h.name});
            else
                children.append({Kind::Unit, node.id, unit, tr("Unit %1").arg(unit)});
        }
        break;
    case Kind::Unit:
        for (const auto &h : m_lookups.households(node.id, node.unit))
            children.append({Kind::Household, h.id, node.unit, h.name});
        break;
    default:
        break;
    }
    if (children.isEmpty())
        return;
    beginInsertRows(parent, 0, int(children.size()) - 1);
    for (const Child &c : children)
        addChild(p, c.kind, c.id, c.unit, c.label);
    endInsertRows();
}
