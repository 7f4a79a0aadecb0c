#include "volunteerpostdialog.h"

#include "models/register/registerlookups.h"
#include "models/volunteers/volunteerstore.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

VolunteerPostDialog::VolunteerPostDialog(QSqlDatabase db, const AccessScope &scope, const RosterStore::Post &post,
                                         QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_post(post)
{
    FormGuard::install(this);
    setWindowTitle(post.id == 0 ? tr("New post") : tr("Post %1").arg(post.name));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(post.name, this);
    form->addRow(tr("&Name:"), m_name);
    m_location = new QLineEdit(post.location, this);
    form->addRow(tr("&Place:"), m_location);
    m_grid = new QComboBox(this);
    m_grid->addItem(tr("Community-wide"), 0);
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(post.gridId)));
    form->addRow(tr("&Grid:"), m_grid);
    m_team = new QComboBox(this);
    m_team->addItem(tr("Any team"), 0);
    for (const VolunteerTeam &t : VolunteerStore(m_db, m_scope).teams())
        m_team->addItem(t.name, t.id);
    m_team->setCurrentIndex(qMax(0, m_team->findData(post.teamId)));
    form->addRow(tr("&Team:"), m_team);
    m_needed = new QSpinBox(this);
    m_needed->setRange(1, 99);
    m_needed->setValue(post.needed);
    form->addRow(tr("&Volunteers needed:"), m_needed);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VolunteerPostDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VolunteerPostDialog::reject);
    layout->addWidget(buttons);
}

void VolunteerPostDialog::accept()
{
    RosterStore::Post p = m_post;
    p.name = m_name->text();
    p.location = m_location->text().trimmed();
    p.gridId = m_grid->currentData().toLongLong();
    p.teamId = m_team->currentData().toLongLong();
    p.needed = m_needed->value();
    const SaveResult r = RosterStore(m_db, m_scope).savePost(p);
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_post = p;
    QDialog::accept();
}
