#pragma once

#include "models/access/accessscope.h"

#include "grid.h"
#include "gridfigures.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The community's grids with their people in charge and figures; a few dozen rows at most, so
// read whole rather than paged (PagedTableModel).
class GridTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Worker, Leader, Households, Residents, Elderly, OpenCases, ColumnCount };

    GridTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void reload();
    Grid grid(int row) const { return m_grids.at(row); }
    GridFigure figure(qint64 gridId) const { return m_figures.value(gridId); }
    int rowOfGrid(qint64 gridId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QList<Grid> m_grids;
    QHash<qint64, GridFigure> m_figures;
};
