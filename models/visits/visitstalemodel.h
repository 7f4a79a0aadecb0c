#pragma once

#include "models/access/accessscope.h"

#include "models/core/pagedtablemodel.h"
#include "visitcoverage.h"

#include <QDate>
#include <QSqlDatabase>

// The households due a visit (VisitCoverage::stale), living-alone elderly first, read a page at
// a time as the view scrolls (canFetchMore / fetchMore). Empty until setQuery().
class VisitStaleModel final : public PagedTableModel<VisitCoverage::StaleHousehold>
{
    Q_OBJECT

public:
    enum Column { Household, Head, Grid, LastVisit, DaysSince, ColumnCount };
    static constexpr int kPageSize = 200;

    VisitStaleModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    // Lists households not visited for more than `days` days before `today`, in one grid or all.
    void setQuery(const QDate &today, int days, qint64 gridId = 0);
    qint64 householdId(int row) const;
    bool isLivingAloneElderly(int row) const;

private:
    // VisitCoverage holds the SQL; the model only pages through it.
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<VisitCoverage::StaleHousehold> *rows) const override;
    QVariant cell(const VisitCoverage::StaleHousehold &household, int column, int role) const override;

    VisitCoverage m_coverage;
    QDate m_today;
    int m_days = 90;
    qint64 m_gridId = 0;
};
