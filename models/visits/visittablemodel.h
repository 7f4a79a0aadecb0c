#pragma once

#include "models/access/accessscope.h"

#include "models/core/pagecache.h"
#include "visitfilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// The visit log, newest first. One COUNT query gives the row count; rows are read in pages as
// the view asks for them (PageCache), like CaseTableModel.
class VisitTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VisitedOn, Address, Grid, Worker, Met, Needs, Notes, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;

    VisitTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const VisitFilter &filter);
    VisitFilter filter() const { return m_filter; }
    void reload();

    qint64 visitId(int row) const;
    int rowOfVisit(qint64 visitId) const; // -1 unless in a cached page

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int count);

private:
    struct Row
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
    const Row *row(int index) const;
    bool loadPage(int page, QVector<Row> *rows) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    VisitFilter m_filter;
    int m_count = 0;
    mutable PageCache<Row> m_pages{kPageSize, kMaxCachedPages};
};
