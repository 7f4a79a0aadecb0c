#pragma once

#include "models/access/accessscope.h"

#include "meetingfilter.h"
#include "models/core/pagedtablemodel.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariantList>

// One meeting as the list shows it.
struct MeetingTableRow
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

// The meeting list, newest first, fetched in pages of kPageSize as the view scrolls. A grid
// worker sees only the meetings of their grids (AccessScope).
class MeetingTableModel final : public PagedTableModel<MeetingTableRow>
{
    Q_OBJECT

public:
    enum Column { Date, Kind, Topic, Where, Attendees, Motions, Tasks, Status, ColumnCount };
    static constexpr int kPageSize = 100;

    MeetingTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const MeetingFilter &filter);
    MeetingFilter filter() const { return m_filter; }
    qint64 meetingId(int row) const;
    int rowOfMeeting(qint64 id) const; // -1 unless fetched

private:
    QString whereClause(QVariantList *bindings) const;
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<MeetingTableRow> *rows) const override;
    QVariant cell(const MeetingTableRow &row, int column, int role) const override;

    AccessScope m_scope;
    MeetingFilter m_filter;
};
