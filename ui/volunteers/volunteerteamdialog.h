#pragma once

#include "models/volunteers/volunteerteam.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class VolunteerTableModel;

// A volunteer team: name, grid, leader (any active volunteer; made a member), description.
class VolunteerTeamDialog final : public QDialog
{
    Q_OBJECT

public:
    VolunteerTeamDialog(QSqlDatabase db, const VolunteerTeam &team, QWidget *parent = nullptr);
    VolunteerTeam team() const { return m_team; }
    void accept() override;

private:
    QSqlDatabase m_db;
    VolunteerTeam m_team;
    QLineEdit *m_name = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_leader = nullptr;
    VolunteerTableModel *m_leaders = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_archived = nullptr;
    QLabel *m_message = nullptr;
};
