#pragma once

#include "models/access/accessscope.h"

#include "models/core/pagedtablemodel.h"
#include "visitfilter.h"

#include <QDate>
#include <QSqlDatabase>

// One visit as the log shows it.
struct VisitTableRow
{
    qint64 id = 0;
    QDate visitedOn;
    QString address;
    QString grid;
    QString worker;
    QString met;
    QString notes;
    int needs = 0;
    int cases = 0;
    bool archived = false;
};

// The visit log, newest first: the whole count at once, pages read as the view asks for them
// (like CaseTableModel).
class VisitTableModel final : public PagedTableModel<VisitTableRow>
{
    Q_OBJECT

public:
    enum Column { VisitedOn, Address, Grid, Worker, Met, Needs, Notes, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;

    VisitTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const VisitFilter &filter);
    VisitFilter filter() const { return m_filter; }

    qint64 visitId(int row) const;
    int rowOfVisit(qint64 visitId) const; // -1 unless in a cached page

protected:
    QList<ColumnSql> filterColumns() const override;
    QString filterFrom() const override;
    QString filterWhere(QVariantList *bindings, int exceptColumn) const override;

private:
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<VisitTableRow> *rows) const override;
    QVariant cell(const VisitTableRow &row, int column, int role) const override;

    AccessScope m_scope;
    VisitFilter m_filter;
};
