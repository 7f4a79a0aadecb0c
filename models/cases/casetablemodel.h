#pragma once

#include "models/access/accessscope.h"

#include "casedeadline.h"
#include "casefilter.h"
#include "casequery.h"
#include "models/core/pagecache.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

// The case list. One COUNT query gives the row count; rows are fetched in pages of kPageSize
// as the view asks for them, and a bounded number of pages is cached (as ResidentTableModel).
// The deadline column is coloured from CaseDeadline; reporter phones are masked unless revealed.
class CaseTableModel final : public QAbstractTableModel
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
    // The moment deadlines are judged against (tests fix it; the page uses the clock).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTime(); }
    void reload();

    qint64 caseId(int row) const;
    int rowOfCase(qint64 caseId) const; // -1 unless in a cached page
    CaseDeadline::State deadlineState(int row) const;
    // Days from receipt to closure, with one decimal; -1 while open.
    double daysToResolve(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(int count);

private:
    struct Row
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
    const Row *row(int index) const;
    bool loadPage(int page, QVector<Row> *rows) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    CaseFilter m_filter;
    CaseQuery::SortKey m_sortKey = CaseQuery::SortKey::Received;
    bool m_descending = true;
    bool m_reveal = false;
    QDateTime m_now;
    QDateTime m_queryNow; // the moment the current rows were selected at ("overdue" depends on it)
    int m_count = 0;
    mutable PageCache<Row> m_pages{kPageSize, kMaxCachedPages};
};
