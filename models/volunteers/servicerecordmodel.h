#pragma once

#include "models/access/accessscope.h"

#include "models/core/pagedtablemodel.h"

#include <QDate>
#include <QSqlDatabase>

// One assignment as the service record list shows it.
struct ServiceRecordRow
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

// The assignments of the shifts starting in a date range, for recording attendance and hours;
// fetched a page at a time as the view scrolls. Empty until setRange() or reload().
class ServiceRecordModel final : public PagedTableModel<ServiceRecordRow>
{
    Q_OBJECT

public:
    enum Column { Date, Time, Post, Volunteer, Attendance, Hours, Reason, ColumnCount };
    static constexpr int kPageSize = 200;

    // Acts as `scope`: a grid worker sees the shifts of their grids' posts (VolunteerRows).
    ServiceRecordModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setRange(const QDate &from, const QDate &to);
    qint64 assignmentId(int row) const;
    QString attendance(int row) const;

private:
    QVariantList rangeBindings() const;
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<ServiceRecordRow> *rows) const override;
    QVariant cell(const ServiceRecordRow &row, int column, int role) const override;

    AccessScope m_scope;
    QDate m_from = QDate::currentDate();
    QDate m_to = QDate::currentDate();
};
