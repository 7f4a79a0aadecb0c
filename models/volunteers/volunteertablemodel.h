#pragma once

#include "models/access/accessscope.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVector>

// The volunteer list, fetched a page at a time as the view scrolls (canFetchMore/fetchMore).
// Rows can be dragged onto the rota (mime type kMimeType: the volunteer ids).
class VolunteerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Phone, Teams, Skills, Availability, Joined, Status, Source, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr const char *kMimeType = "application/x-communitydesk-volunteer";

    VolunteerTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    // Name or phone contains `text`; status "" = any; teamId 0 = any.
    void setFilter(const QString &text, const QString &status, qint64 teamId);
    void setRevealNumbers(bool reveal);
    void reload();
    qint64 volunteerId(int row) const;
    int rowOfVolunteer(qint64 id) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString phone;
        QString teams;
        QString skills;
        QString availability;
        QString joined;
        QString status;
        bool resident = false;
    };
    QString whereClause() const;
    QVariantList whereBindings() const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    QString m_text;
    QString m_status;
    qint64 m_teamId = 0;
    bool m_reveal = false;
    int m_total = 0;
    QVector<Row> m_rows;
};
