#pragma once

#include "eventfilter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

// The event list, newest first. Rows are fetched in pages of kPageSize as the view scrolls
// (canFetchMore/fetchMore), so a decade of events costs one page until the clerk looks further.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Title, Type, Grid, Place, Participants, Volunteers, Status, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit EventTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    void reload();
    // Every event the filter matches, whether fetched yet or not.
    int totalCount() const { return m_total; }
    qint64 eventId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void countChanged(int count);

private:
    struct Row
    {
        qint64 id = 0;
        QDateTime startsAt;
        QDateTime endsAt;
        QString title;
        QString type;
        QString grid;
        QString place;
        int participants = 0;
        int volunteers = 0;
        bool cancelled = false;
    };
    QString whereClause(QVariantList *bindings) const;

    QSqlDatabase m_db;
    EventFilter m_filter;
    int m_total = 0;
    QVector<Row> m_rows;
};
