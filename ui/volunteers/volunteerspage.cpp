#include "volunteerspage.h"

#include "dualreporthoursview.h"
#include "volunteerlisttab.h"
#include "volunteerpointstab.h"
#include "volunteerreportstab.h"
#include "volunteerrotatab.h"
#include "volunteerservicetab.h"
#include "volunteerteamstab.h"

#include <QTabWidget>
#include <QVBoxLayout>

VolunteersPage::VolunteersPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_volunteerTab = new VolunteerListTab(db, scope, m_tabs);
    m_teamsTab = new VolunteerTeamsTab(db, scope, m_tabs);
    m_rotaTab = new VolunteerRotaTab(db, scope, m_tabs);
    m_serviceTab = new VolunteerServiceTab(db, scope, m_rotaTab->monday(), m_tabs);
    m_pointsTab = new VolunteerPointsTab(db, scope, m_tabs);
    m_reportsTab = new VolunteerReportsTab(db, scope, m_tabs);
    m_tabs->addTab(m_volunteerTab, tr("Volunteers"));
    m_tabs->addTab(m_teamsTab, tr("Teams"));
    m_tabs->addTab(m_rotaTab, tr("Rota"));
    m_tabs->addTab(m_serviceTab, tr("Service records"));
    m_tabs->addTab(m_pointsTab, tr("Points"));
    m_tabs->addTab(m_reportsTab, tr("Reports"));
    m_tabs->addTab(new DualReportHoursView(db, scope, m_tabs), tr("Hours per work unit"));
    layout->addWidget(m_tabs);

    for (VolunteerTab *tab : std::initializer_list<VolunteerTab *>{m_volunteerTab, m_teamsTab, m_rotaTab, m_serviceTab,
                                                                   m_pointsTab, m_reportsTab})
        connect(tab, &VolunteerTab::statusMessage, this, &VolunteersPage::statusMessage);
    // The volunteer list filters by the teams as they are now.
    connect(m_teamsTab, &VolunteerTeamsTab::teamsChanged, m_volunteerTab, &VolunteerListTab::setTeams);
    // The service records follow the rota's week, where attendance is usually recorded next.
    connect(m_rotaTab, &VolunteerRotaTab::weekChanged, m_serviceTab, &VolunteerServiceTab::setWeek);
    // The hours export masks ID numbers unless the list shows them.
    connect(m_volunteerTab, &VolunteerListTab::revealNumbersChanged, m_reportsTab,
            &VolunteerReportsTab::setRevealNumbers);
    connect(m_tabs, &QTabWidget::currentChanged, this, &VolunteersPage::refresh);
    m_teamsTab->refresh();
}

VolunteerTableModel *VolunteersPage::volunteerModel() const
{
    return m_volunteerTab->model();
}

QTableView *VolunteersPage::volunteerView() const
{
    return m_volunteerTab->view();
}

QTableView *VolunteersPage::rotaVolunteerView() const
{
    return m_rotaTab->volunteerView();
}

RotaGrid *VolunteersPage::rotaGrid() const
{
    return m_rotaTab->rotaGrid();
}

QTableView *VolunteersPage::serviceView() const
{
    return m_serviceTab->view();
}

ServiceRecordModel *VolunteersPage::serviceModel() const
{
    return m_serviceTab->model();
}

void VolunteersPage::setWeek(const QDate &anyDay)
{
    m_rotaTab->setWeek(anyDay);
}

QDate VolunteersPage::monday() const
{
    return m_rotaTab->monday();
}

void VolunteersPage::setRevealNumbers(bool reveal)
{
    m_volunteerTab->setRevealNumbers(reveal);
}

bool VolunteersPage::exportRotaPdf(const QString &path, QString *error) const
{
    return m_rotaTab->exportRotaPdf(path, error);
}

bool VolunteersPage::exportHours(const QString &path, QString *error) const
{
    return m_reportsTab->exportHours(path, error);
}

void VolunteersPage::newVolunteer()
{
    m_volunteerTab->newVolunteer();
}

void VolunteersPage::addResident()
{
    m_volunteerTab->addResident();
}

void VolunteersPage::editVolunteer()
{
    m_volunteerTab->editVolunteer();
}

void VolunteersPage::newTeam()
{
    m_teamsTab->newTeam();
}

void VolunteersPage::editTeam()
{
    m_teamsTab->editTeam();
}

void VolunteersPage::newPost()
{
    m_rotaTab->newPost();
}

void VolunteersPage::editPost()
{
    m_rotaTab->editPost();
}

void VolunteersPage::makeShifts()
{
    m_rotaTab->makeShifts();
}

void VolunteersPage::assignToSelected()
{
    m_rotaTab->assignToSelected();
}

void VolunteersPage::swapShifts()
{
    m_rotaTab->swapShifts();
}

void VolunteersPage::printRota()
{
    m_rotaTab->printRota();
}

void VolunteersPage::saveRotaPdf()
{
    m_rotaTab->saveRotaPdf();
}

void VolunteersPage::markAttendance(const QString &attendance)
{
    m_serviceTab->markAttendance(attendance);
}

void VolunteersPage::editHours()
{
    m_serviceTab->editHours();
}

void VolunteersPage::redeem()
{
    m_pointsTab->redeem();
}

void VolunteersPage::exportHoursAs()
{
    m_reportsTab->exportHoursAs();
}

void VolunteersPage::refresh()
{
    // Only the page's own tabs reload here, as before; the hours per work unit view is left as it is.
    if (auto *tab = qobject_cast<VolunteerTab *>(m_tabs->currentWidget()))
        tab->refresh();
}
