#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QVector>

// The assignments of the shifts starting in a date range, for recording attendance and hours;
// fetched a page at a time as the view scrolls.
class ServiceRecordModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Time, Post, Volunteer, Attendance, Hours, Reason, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ServiceRecordModel(QSqlDatabase db, QObject *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    void reload();
    qint64 assignmentId(int row) const;
    QString attendance(int row) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 id = 0;
        QString date;
        QString time;
        QString post;
        QString volunteer;
        QString attendance;
        double hours = 0;
        bool edited = false;
        QString reason;
    };

    QSqlDatabase m_db;
    QDate m_from = QDate::currentDate();
    QDate m_to = QDate::currentDate();
    int m_total = 0;
    QVector<Row> m_rows;
};
