#pragma once

#include "models/access/accessscope.h"

#include "models/core/pagedtablemodel.h"

#include <QSqlDatabase>

// One volunteer as the list shows it.
struct VolunteerTableRow
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

// The volunteer list, fetched a page at a time as the view scrolls (canFetchMore/fetchMore).
// Rows can be dragged onto the rota (mime type kMimeType: the volunteer ids).
class VolunteerTableModel final : public PagedTableModel<VolunteerTableRow>
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
    bool revealNumbers() const { return m_reveal; }
    qint64 volunteerId(int row) const;
    int rowOfVolunteer(qint64 id) const; // -1 unless fetched

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

protected:
    QList<ColumnSql> filterColumns() const override;
    QString filterFrom() const override;
    QString filterWhere(QVariantList *bindings, int exceptColumn) const override;

private:
    QString whereClause() const;
    QVariantList whereBindings() const;
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<VolunteerTableRow> *rows) const override;
    QVariant cell(const VolunteerTableRow &row, int column, int role) const override;

    AccessScope m_scope;
    QString m_text;
    QString m_status;
    qint64 m_teamId = 0;
    bool m_reveal = false;
};
