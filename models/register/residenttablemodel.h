#pragma once

#include "models/access/accessscope.h"

#include "models/core/pagecache.h"
#include "residentfilter.h"
#include "residentquery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

class RowCounter;

// The register's resident list. The row count comes from one COUNT query; rows are fetched in
// pages of kPageSize as the view asks for them and a bounded number of pages is cached, so a
// million-row register costs the same memory as a thousand-row one.
class ResidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Gender, Age, IdNumber, Phone, Address, Grid, Residency, Tags, Status, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 40;
    // Up to this many rows are counted before the first page is shown; a longer list shows
    // that many at once and grows to its exact size when the background count returns.
    static constexpr int kCountCap = 5000;

    ResidentTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const ResidentFilter &filter);
    ResidentFilter filter() const { return m_filter; }
    // Masked by default; the clerk chooses to show full numbers.
    void setRevealNumbers(bool reveal);
    bool revealNumbers() const { return m_reveal; }
    void setToday(const QDate &today) { m_today = today; }
    void reload();
    // False while a long list is still being counted (rowCount() is then kCountCap).
    bool isCountExact() const { return m_countExact; }

    qint64 residentId(int row) const;
    qint64 householdId(int row) const;
    int rowOfResident(qint64 residentId) const; // -1 unless in a cached page

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // `exact` is false while a long list is still being counted.
    void countChanged(int count, bool exact = true);

private:
    struct Row
    {
        qint64 id = 0;
        qint64 householdId = 0;
        QString name;
        QString gender;
        QDate birthDate;
        QString idNumber;
        QString phone;
        QString address;
        QString grid;
        QString residency;
        QString status;
        QString tags;
    };
    const Row *row(int index) const;
    bool loadPage(int page, QVector<Row> *rows) const;
    void applyCount(int ticket, int count);

    QSqlDatabase m_db;
    AccessScope m_scope;
    ResidentFilter m_filter;
    ResidentQuery::SortKey m_sortKey = ResidentQuery::SortKey::Name;
    bool m_descending = false;
    bool m_reveal = false;
    QDate m_today = QDate::currentDate();
    int m_count = 0;
    bool m_countExact = true;
    int m_ticket = 0; // identifies the filter a background count belongs to
    RowCounter *m_counter = nullptr;
    mutable PageCache<Row> m_pages{kPageSize, kMaxCachedPages};
};
