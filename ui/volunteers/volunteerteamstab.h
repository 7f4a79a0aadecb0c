#pragma once

#include "models/access/accessscope.h"

#include "volunteertab.h"

struct VolunteerTeam;

// The volunteer teams with their grid, leader and members.
class VolunteerTeamsTab final : public VolunteerTab
{
    Q_OBJECT

public:
    VolunteerTeamsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableWidget *teamTable() const { return m_teams; }
    void refresh() override;

public slots:
    void newTeam();
    void editTeam();

signals:
    // After every reload, archived teams included: the volunteer list filters by team.
    void teamsChanged(const QList<VolunteerTeam> &teams);

private:
    void showTeamMembers();

    QTableWidget *m_teams = nullptr;
    QTableWidget *m_members = nullptr;
};
