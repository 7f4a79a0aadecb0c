#pragma once

#include "models/access/accessscope.h"

#include "meetingfilter.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantList>
#include <QVector>

// The meeting list, newest first, fetched in pages of kPageSize as the view scrolls. A grid
// worker sees only the meetings of their grids (AccessScope).
class MeetingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Topic, Where, Attendees, Motions, Tasks, Status, ColumnCount };
    static constexpr int kPageSize = 100;

    MeetingTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const MeetingFilter &filter);
    MeetingFilter filter() const { return m_filter; }
    void reload();
    int totalCount() const { return m_total; }
    qint64 meetingId(int row) const;
    int rowOfMeeting(qint64 id) const; // -1 unless fetched

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
        QDate heldOn;
        QString kind;
        QString topic;
        QString where;
        int attendees = 0;
        int motions = 0;
        int carried = 0;
        int tasks = 0;
        int tasksDone = 0;
        bool archived = false;
    };
    QString whereClause(QVariantList *bindings) const;
    QVector<Row> fetchPage(int offset) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    MeetingFilter m_filter;
    int m_total = 0;
    QVector<Row> m_rows;
};
