#pragma once

#include "models/access/accessscope.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QTabWidget;
class QTableView;
class RotaGrid;
class ServiceRecordModel;
class VolunteerListTab;
class VolunteerPointsTab;
class VolunteerReportsTab;
class VolunteerRotaTab;
class VolunteerServiceTab;
class VolunteerTableModel;
class VolunteerTeamsTab;

// The Volunteers page: the roster of volunteers and teams, the week's rota (drag a volunteer
// onto a shift, or use the picker), attendance and hours, points and rewards, monthly totals
// and the export for the national volunteer service system. Each tab is its own widget; the
// page creates them and carries what one tab changes to the others.
class VolunteersPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { VolunteersTab, TeamsTab, RotaTab, ServiceTab, PointsTab, ReportsTab };

    VolunteersPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    VolunteerListTab *volunteerTab() const { return m_volunteerTab; }
    VolunteerTeamsTab *teamsTab() const { return m_teamsTab; }
    VolunteerRotaTab *rotaTab() const { return m_rotaTab; }
    VolunteerServiceTab *serviceTab() const { return m_serviceTab; }
    VolunteerPointsTab *pointsTab() const { return m_pointsTab; }
    VolunteerReportsTab *reportsTab() const { return m_reportsTab; }
    VolunteerTableModel *volunteerModel() const;
    QTableView *volunteerView() const;
    QTableView *rotaVolunteerView() const;
    RotaGrid *rotaGrid() const;
    QTableView *serviceView() const;
    ServiceRecordModel *serviceModel() const;
    void setWeek(const QDate &anyDay);
    QDate monday() const;
    void setRevealNumbers(bool reveal);
    // Writes the week's rota as PDF; false with *error on failure.
    bool exportRotaPdf(const QString &path, QString *error = nullptr) const;
    bool exportHours(const QString &path, QString *error = nullptr) const;

public slots:
    void newVolunteer();
    void addResident();
    void editVolunteer();
    void newTeam();
    void editTeam();
    void newPost();
    void editPost();
    void makeShifts();
    // The picker for the selected rota cell (a menu first when it holds several shifts).
    void assignToSelected();
    void swapShifts();
    void printRota();
    void saveRotaPdf();
    void markAttendance(const QString &attendance);
    void editHours();
    void redeem();
    void exportHoursAs();
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    QTabWidget *m_tabs = nullptr;
    VolunteerListTab *m_volunteerTab = nullptr;
    VolunteerTeamsTab *m_teamsTab = nullptr;
    VolunteerRotaTab *m_rotaTab = nullptr;
    VolunteerServiceTab *m_serviceTab = nullptr;
    VolunteerPointsTab *m_pointsTab = nullptr;
    VolunteerReportsTab *m_reportsTab = nullptr;
};
