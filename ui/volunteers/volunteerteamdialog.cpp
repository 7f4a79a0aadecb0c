#include "volunteerteamdialog.h"

#include "models/register/registerlookups.h"
#include "models/volunteers/volunteerstore.h"
#include "models/volunteers/volunteertablemodel.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

VolunteerTeamDialog::VolunteerTeamDialog(QSqlDatabase db, const AccessScope &scope, const VolunteerTeam &team,
                                         QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_team(team)
{
    FormGuard::install(this);
    setWindowTitle(team.id == 0 ? tr("New team") : tr("Team %1").arg(team.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(team.name, this);
    m_name->setMinimumWidth(260);
    form->addRow(tr("&Name:"), m_name);
    m_grid = new QComboBox(this);
    m_grid->addItem(tr("Community-wide"), 0);
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(team.gridId)));
    form->addRow(tr("&Grid:"), m_grid);
    m_leaders = new VolunteerTableModel(m_db, m_scope, this);
    m_leaders->setFilter(QString(), QStringLiteral("active"), 0);
    m_leader = new QComboBox(this);
    m_leader->addItem(tr("(none)"), 0);
    // Lists only the first page of a large roster; the leader is usually chosen among few.
    for (int r = 0; r < m_leaders->rowCount(); ++r)
        m_leader->addItem(m_leaders->data(m_leaders->index(r, VolunteerTableModel::Name)).toString(),
                          m_leaders->volunteerId(r));
    if (team.leaderId > 0 && m_leader->findData(team.leaderId) < 0)
        m_leader->addItem(team.leaderName, team.leaderId);
    m_leader->setCurrentIndex(qMax(0, m_leader->findData(team.leaderId)));
    form->addRow(tr("&Leader:"), m_leader);
    m_description = new QLineEdit(team.description, this);
    form->addRow(tr("&Description:"), m_description);
    m_archived = new QCheckBox(tr("Archived (no longer active)"), this);
    m_archived->setChecked(team.archived);
    form->addRow(QString(), m_archived);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VolunteerTeamDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VolunteerTeamDialog::reject);
    layout->addWidget(buttons);
}

void VolunteerTeamDialog::accept()
{
    VolunteerTeam t = m_team;
    t.name = m_name->text();
    t.gridId = m_grid->currentData().toLongLong();
    t.leaderId = m_leader->currentData().toLongLong();
    t.description = m_description->text().trimmed();
    t.archived = m_archived->isChecked();
    const SaveResult r = VolunteerStore(m_db, m_scope).saveTeam(t);
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_team = t;
    QDialog::accept();
}
