#pragma once

#include "models/access/accessscope.h"

#include "volunteertab.h"

// The month's hours per team and per grid, the most active volunteers, and the export of
// service hours for the national volunteer service system.
class VolunteerReportsTab final : public VolunteerTab
{
    Q_OBJECT

public:
    VolunteerReportsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    // Whether the export carries full ID numbers (the volunteer list's "Show numbers").
    void setRevealNumbers(bool reveal) { m_reveal = reveal; }
    bool exportHours(const QString &path, QString *error = nullptr) const;
    void refresh() override;

public slots:
    void exportHoursAs();

private:
    bool m_reveal = false;
    QDateEdit *m_month = nullptr;
    QTableWidget *m_teamTotals = nullptr;
    QTableWidget *m_gridTotals = nullptr;
    QTableWidget *m_top = nullptr;
    QDateEdit *m_exportFrom = nullptr;
    QDateEdit *m_exportTo = nullptr;
};
