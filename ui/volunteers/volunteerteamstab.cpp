#include "volunteerteamstab.h"

#include "models/core/itemroles.h"
#include "models/register/registerlookups.h"
#include "models/volunteers/volunteerstore.h"
#include "models/volunteers/volunteerteam.h"
#include "volunteerteamdialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

VolunteerTeamsTab::VolunteerTeamsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : VolunteerTab(std::move(db), scope, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *add = button(tr("New team…"), this, bar);
    add->setObjectName(QStringLiteral("newTeam"));
    auto *edit = button(tr("Edit team…"), this, bar);
    edit->setObjectName(QStringLiteral("editTeam"));
    editorsOnly({add, edit});
    connect(add, &QPushButton::clicked, this, &VolunteerTeamsTab::newTeam);
    connect(edit, &QPushButton::clicked, this, &VolunteerTeamsTab::editTeam);
    bar->addStretch();
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_teams = readOnlyTable({tr("Team"), tr("Grid"), tr("Leader"), tr("Members"), tr("Description")}, split);
    m_teams->setObjectName(QStringLiteral("volunteerTeams"));
    m_teams->setColumnWidth(0, 160);
    m_members = readOnlyTable({tr("Members")}, split);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_teams, &QTableWidget::itemSelectionChanged, this, &VolunteerTeamsTab::showTeamMembers);
    connect(m_teams, &QTableWidget::cellDoubleClicked, this, &VolunteerTeamsTab::editTeam);
}

void VolunteerTeamsTab::refresh()
{
    const QList<VolunteerTeam> teams = VolunteerStore(m_db, m_scope).teams(true);
    QHash<qint64, QString> grids;
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        grids.insert(g.id, g.name);
    m_teams->setRowCount(int(teams.size()));
    for (int i = 0; i < teams.size(); ++i) {
        const VolunteerTeam &t = teams.at(i);
        setRow(m_teams, i,
               {t.archived ? tr("%1 (archived)").arg(t.name) : t.name,
                t.gridId > 0 ? grids.value(t.gridId) : tr("Community-wide"), t.leaderName,
                QString::number(t.memberCount), t.description},
               t.id);
    }
    emit teamsChanged(teams);
    showTeamMembers();
}

void VolunteerTeamsTab::showTeamMembers()
{
    m_members->setRowCount(0);
    const QList<QTableWidgetItem *> selected = m_teams->selectedItems();
    if (selected.isEmpty())
        return;
    const auto members = VolunteerStore(m_db, m_scope).members(selected.first()->data(ItemRole::Id).toLongLong());
    m_members->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i)
        setRow(m_members, i, {members.at(i).second}, members.at(i).first);
}

void VolunteerTeamsTab::newTeam()
{
    if (!canEdit())
        return;
    VolunteerTeamDialog dialog(m_db, m_scope, VolunteerTeam(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

// Also what a double click does; a viewer only reads the teams.
void VolunteerTeamsTab::editTeam()
{
    if (!canEdit())
        return;
    const QList<QTableWidgetItem *> selected = m_teams->selectedItems();
    if (selected.isEmpty())
        return;
    const std::optional<VolunteerTeam> t =
        VolunteerStore(m_db, m_scope).team(selected.first()->data(ItemRole::Id).toLongLong());
    if (!t)
        return;
    VolunteerTeamDialog dialog(m_db, m_scope, *t, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}
