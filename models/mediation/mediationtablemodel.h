#pragma once

#include "models/access/accessscope.h"

#include "mediationfilter.h"
#include "mediationstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The mediation ledger as the page lists it: one row a mediation, newest first, read whole
// through MediationStore::list (a community's ledger holds hundreds, not millions).
class MediationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Kind, Matter, Parties, Mediator, Status, Kept, Grid, Case, Sessions, ColumnCount };

    MediationTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const MediationFilter &filter);
    void reload();
    qint64 mediationId(int row) const;
    int rowOfMediation(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    MediationFilter m_filter;
    QList<MediationStore::Row> m_rows;
};
