#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;
class QTableWidget;
class RotaGrid;
class ServiceRecordModel;
class VolunteerTableModel;

// The Volunteers page: the roster of volunteers and teams, the week's rota (drag a volunteer
// onto a shift, or use the picker), attendance and hours, points and rewards, monthly totals
// and the export for the national volunteer service system.
class VolunteersPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { VolunteersTab, TeamsTab, RotaTab, ServiceTab, PointsTab, ReportsTab };

    explicit VolunteersPage(QSqlDatabase db, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    VolunteerTableModel *volunteerModel() const { return m_volunteers; }
    QTableView *volunteerView() const { return m_volunteerView; }
    QTableView *rotaVolunteerView() const { return m_rotaVolunteerView; }
    RotaGrid *rotaGrid() const { return m_rota; }
    QTableView *serviceView() const { return m_serviceView; }
    ServiceRecordModel *serviceModel() const { return m_service; }
    void setWeek(const QDate &anyDay);
    QDate monday() const { return m_monday; }
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
    QWidget *buildVolunteersTab();
    QWidget *buildTeamsTab();
    QWidget *buildRotaTab();
    QWidget *buildServiceTab();
    QWidget *buildPointsTab();
    QWidget *buildReportsTab();
    void reloadTeams();
    void reloadRota();
    void reloadPoints();
    void reloadReports();
    void showHistory();
    void showTeamMembers();
    void showBalance();
    void dropVolunteers(const QList<qint64> &ids, int row, int column);
    // The shift of a rota cell: the only one, or the one chosen from a menu; 0 if none.
    qint64 chooseShift(int row, int column);
    qint64 selectedVolunteer() const;
    qint64 selectedPointsVolunteer() const;

    QSqlDatabase m_db;
    QDate m_monday;
    QTabWidget *m_tabs = nullptr;
    // Volunteers
    VolunteerTableModel *m_volunteers = nullptr;
    QTableView *m_volunteerView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_volunteerCount = nullptr;
    QLabel *m_historyHeading = nullptr;
    QTableWidget *m_history = nullptr;
    // Teams
    QTableWidget *m_teams = nullptr;
    QTableWidget *m_members = nullptr;
    // Rota
    QDateEdit *m_week = nullptr;
    RotaGrid *m_rota = nullptr;
    VolunteerTableModel *m_rotaVolunteers = nullptr;
    QTableView *m_rotaVolunteerView = nullptr;
    QLabel *m_rotaSummary = nullptr;
    // Service records
    QDateEdit *m_serviceFrom = nullptr;
    QDateEdit *m_serviceTo = nullptr;
    ServiceRecordModel *m_service = nullptr;
    QTableView *m_serviceView = nullptr;
    QLabel *m_serviceMessage = nullptr;
    // Points
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_rewards = nullptr;
    VolunteerTableModel *m_pointsVolunteers = nullptr;
    QTableView *m_pointsVolunteerView = nullptr;
    QLabel *m_balance = nullptr;
    QTableWidget *m_entries = nullptr;
    // Reports
    QDateEdit *m_month = nullptr;
    QTableWidget *m_teamTotals = nullptr;
    QTableWidget *m_gridTotals = nullptr;
    QTableWidget *m_top = nullptr;
    QDateEdit *m_exportFrom = nullptr;
    QDateEdit *m_exportTo = nullptr;
};
