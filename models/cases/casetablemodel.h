#pragma once

#include "models/access/accessscope.h"

#include "casedeadline.h"
#include "casefilter.h"
#include "casequery.h"
#include "models/core/pagedtablemodel.h"

#include <QDateTime>
#include <QSqlDatabase>

// One case as the list shows it.
struct CaseTableRow
{
    qint64 id = 0;
    QString caseNo;
    QDateTime received;
    QString category;
    QString grid;
    QString location;
    QString reporter;
    QString phone;
    QString status;
    QDateTime deadline;
    QString assignee;
    QDateTime closed;
    QString kind;
};

// The case list: the whole count at once, pages read as the view asks for them (as
// ResidentTableModel). The deadline column is coloured from CaseDeadline; reporter phones are
// masked unless revealed.
class CaseTableModel final : public PagedTableModel<CaseTableRow>
{
    Q_OBJECT

public:
    enum Column {
        CaseNo,
        Received,
        Category,
        Grid,
        Status,
        Deadline,
        Location,
        Reporter,
        Assignee,
        DaysToResolve,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;

    CaseTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const CaseFilter &filter);
    CaseFilter filter() const { return m_filter; }
    void setRevealNumbers(bool reveal);
    bool revealNumbers() const { return m_reveal; }
    // The moment deadlines are judged against (tests fix it; the page uses the clock).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    void reload() override;

    qint64 caseId(int row) const;
    int rowOfCase(qint64 caseId) const; // -1 unless in a cached page
    CaseDeadline::State deadlineState(int row) const;
    // Days from receipt to closure, with one decimal; -1 while open.
    double daysToResolve(int row) const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    QList<ColumnSql> filterColumns() const override;
    QString filterFrom() const override;
    QString filterWhere(QVariantList *bindings, int exceptColumn) const override;

private:
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<CaseTableRow> *rows) const override;
    QVariant cell(const CaseTableRow &row, int column, int role) const override;
    CaseDeadline::State deadlineOf(const CaseTableRow &row) const;
    static double resolveDays(const CaseTableRow &row);

    AccessScope m_scope;
    CaseFilter m_filter;
    CaseQuery::SortKey m_sortKey = CaseQuery::SortKey::Received;
    bool m_descending = true;
    bool m_reveal = false;
    QDateTime m_now;
    QDateTime m_queryNow; // the moment the current rows were selected at ("overdue" depends on it)
};
