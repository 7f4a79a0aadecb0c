#pragma once

#include "models/access/accessscope.h"

#include "volunteertab.h"

class QLabel;
class QTableView;
class ServiceRecordModel;

// Attendance and hours of the assignments between two dates (by default the rota's week).
class VolunteerServiceTab final : public VolunteerTab
{
    Q_OBJECT

public:
    VolunteerServiceTab(QSqlDatabase db, const AccessScope &scope, const QDate &monday, QWidget *parent = nullptr);

    QTableView *view() const { return m_serviceView; }
    ServiceRecordModel *model() const { return m_service; }
    // Shows the week starting on monday.
    void setWeek(const QDate &monday);
    void refresh() override;

public slots:
    void markAttendance(const QString &attendance);
    void editHours();

private:
    QDateEdit *m_serviceFrom = nullptr;
    QDateEdit *m_serviceTo = nullptr;
    ServiceRecordModel *m_service = nullptr;
    QTableView *m_serviceView = nullptr;
    QLabel *m_serviceMessage = nullptr;
};
