#pragma once

#include "models/access/accessscope.h"

#include "visitcoverage.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

// The households due a visit (VisitCoverage::stale), living-alone elderly first, read a page at
// a time as the view scrolls (canFetchMore / fetchMore).
class VisitStaleModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Household, Head, Grid, LastVisit, DaysSince, ColumnCount };
    static constexpr int kPageSize = 200;

    VisitStaleModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    // Lists households not visited for more than `days` days before `today`, in one grid or all.
    void setQuery(const QDate &today, int days, qint64 gridId = 0);
    int totalCount() const { return m_total; }
    qint64 householdId(int row) const;
    bool isLivingAloneElderly(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    VisitCoverage m_coverage;
    QDate m_today;
    int m_days = 90;
    qint64 m_gridId = 0;
    int m_total = 0;
    QList<VisitCoverage::StaleHousehold> m_rows;
};
