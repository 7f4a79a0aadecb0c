#pragma once

#include "models/access/accessscope.h"

#include "eventfilter.h"
#include "models/core/pagedtablemodel.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVariantList>

// One event as the list shows it.
struct EventTableRow
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

// The event list, newest first. A grid worker sees their grids' events and the community-wide
// ones, with only their grids' residents counted among those listed (EventRows). Rows are fetched in pages of kPageSize
// as the view scrolls (canFetchMore/fetchMore), so a decade of events costs one page until the clerk looks further.
class EventTableModel final : public PagedTableModel<EventTableRow>
{
    Q_OBJECT

public:
    enum Column { Date, Title, Type, Grid, Place, Participants, Volunteers, Status, ColumnCount };
    static constexpr int kPageSize = 100;

    EventTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    qint64 eventId(int row) const;

protected:
    QList<ColumnSql> filterColumns() const override;
    QString filterFrom() const override;
    QString filterWhere(QVariantList *bindings, int exceptColumn) const override;

private:
    QString whereClause(QVariantList *bindings, int exceptColumn = -1) const;
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<EventTableRow> *rows) const override;
    QVariant cell(const EventTableRow &row, int column, int role) const override;

    AccessScope m_scope;
    EventFilter m_filter;
};
