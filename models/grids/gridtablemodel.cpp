#include "gridtablemodel.h"

#include "gridstore.h"
#include "models/core/itemroles.h"

#include <QColor>

GridTableModel::GridTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    reload();
}

void GridTableModel::reload()
{
    beginResetModel();
    m_grids = GridStore(m_db, m_scope).grids();
    m_figures = GridFigures::compute(m_db, m_scope);
    endResetModel();
}

int GridTableModel::rowOfGrid(qint64 gridId) const
{
    for (int i = 0; i < m_grids.size(); ++i)
        if (m_grids.at(i).id == gridId)
            return i;
    return -1;
}

int GridTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grids.size());
}

int GridTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GridTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Grid &g = m_grids.at(index.row());
    const GridFigure f = m_figures.value(g.id);
    if (role == ItemRole::Id)
        return g.id;
    if (role == Qt::DecorationRole && index.column() == Code && !g.color.isEmpty())
        return QColor::fromString(g.color);
    if (role == Qt::TextAlignmentRole && index.column() >= Households)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return g.code;
    case Name:
        return g.name;
    case Worker:
        return g.workerName;
    case Leader:
        return g.leaderName;
    case Households:
        return f.households;
    case Residents:
        return f.residents;
    case Elderly:
        return f.elderly;
    case OpenCases:
        return f.openCases;
    }
    return {};
}

QVariant GridTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Grid");
    case Worker:
        return tr("Grid worker");
    case Leader:
        return tr("Grid leader");
    case Households:
        return tr("Households");
    case Residents:
        return tr("Residents");
    case Elderly:
        return tr("Aged 60+");
    case OpenCases:
        return tr("Open cases");
    }
    return {};
}
