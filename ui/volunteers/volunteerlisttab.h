#pragma once

#include "models/access/accessscope.h"

#include "volunteertab.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class VolunteerTableModel;
struct VolunteerTeam;

// The roster of volunteers, found by name, phone, status or team, with the chosen volunteer's
// service history and points left underneath.
class VolunteerListTab final : public VolunteerTab
{
    Q_OBJECT

public:
    VolunteerListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    VolunteerTableModel *model() const { return m_volunteers; }
    QTableView *view() const { return m_volunteerView; }
    bool revealNumbers() const;
    void setRevealNumbers(bool reveal);
    // The teams offered by the team filter (the archived ones are left out).
    void setTeams(const QList<VolunteerTeam> &teams);
    void refresh() override;

public slots:
    void newVolunteer();
    void addResident();
    void editVolunteer();

signals:
    void revealNumbersChanged(bool reveal);

private:
    void filter();
    void showHistory();
    qint64 selectedVolunteer() const;

    VolunteerTableModel *m_volunteers = nullptr;
    QTableView *m_volunteerView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_volunteerCount = nullptr;
    QLabel *m_historyHeading = nullptr;
    QTableWidget *m_history = nullptr;
};
