#pragma once

#include "models/access/accessscope.h"

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
    VolunteerTeamDialog(QSqlDatabase db, const AccessScope &scope, const VolunteerTeam &team,
                        QWidget *parent = nullptr);
    VolunteerTeam team() const { return m_team; }
    void accept() override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    VolunteerTeam m_team;
    QLineEdit *m_name = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_leader = nullptr;
    VolunteerTableModel *m_leaders = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_archived = nullptr;
    QLabel *m_message = nullptr;
};
