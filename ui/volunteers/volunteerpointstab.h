#pragma once

#include "models/access/accessscope.h"

#include "volunteertab.h"

class QLabel;
class QTableView;
class VolunteerTableModel;

// Points: the rules that turn hours into points, the rewards, and a volunteer's balance and
// ledger, where rewards are redeemed.
class VolunteerPointsTab final : public VolunteerTab
{
    Q_OBJECT

public:
    VolunteerPointsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableView *volunteerView() const { return m_pointsVolunteerView; }
    void refresh() override;

public slots:
    void redeem();

private:
    void reloadPoints();
    void showBalance();
    qint64 selectedVolunteer() const;

    QTableWidget *m_rules = nullptr;
    QTableWidget *m_rewards = nullptr;
    VolunteerTableModel *m_pointsVolunteers = nullptr;
    QTableView *m_pointsVolunteerView = nullptr;
    QLabel *m_balance = nullptr;
    QTableWidget *m_entries = nullptr;
};
