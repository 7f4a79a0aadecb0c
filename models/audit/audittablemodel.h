#pragma once

#include "models/access/accessscope.h"

#include "auditentry.h"
#include "auditfilter.h"
#include "models/core/pagecache.h"

#include <optional>
#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QStringList>

// audit_log, newest first, read a page at a time (as CaseTableModel). Read only: there is no
// setData and no SQL here that writes. Only an administrator's scope gets rows.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { At, User, Table, Record, Action, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 20;

    AuditTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    void reload();

    std::optional<AuditEntry> entry(int row) const;
    // For the filter boxes: the names and tables that occur in the log.
    QStringList users() const;
    QStringList tables() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countChanged(int count);

private:
    QString whereClause(QVariantList *bindings) const;
    bool loadPage(int page, QVector<AuditEntry> *rows) const;
    const AuditEntry *row(int index) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    AuditFilter m_filter;
    int m_count = 0;
    mutable PageCache<AuditEntry> m_pages{kPageSize, kMaxCachedPages};
};
