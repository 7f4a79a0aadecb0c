#include "specialledgerspage.h"

#include "mediationlisttab.h"
#include "placeroleslisttab.h"
#include "rentallisttab.h"

#include <QTabWidget>
#include <QVBoxLayout>

SpecialLedgersPage::SpecialLedgersPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_mediations = new MediationListTab(db, scope, m_tabs);
    m_rentals = new RentalListTab(db, scope, m_tabs);
    m_tabs->addTab(m_mediations, tr("Mediation"));
    m_tabs->addTab(m_rentals, tr("Rented rooms"));
    m_roles = new PlaceRolesListTab(db, scope, m_tabs);
    m_tabs->addTab(m_roles, tr("Building roles"));
    layout->addWidget(m_tabs);
    connect(m_mediations, &MediationListTab::statusMessage, this, &SpecialLedgersPage::statusMessage);
    connect(m_rentals, &RentalListTab::statusMessage, this, &SpecialLedgersPage::statusMessage);
}

void SpecialLedgersPage::referCase(qint64 caseId)
{
    m_tabs->setCurrentWidget(m_mediations);
    m_mediations->newFromCase(caseId);
}

void SpecialLedgersPage::refresh()
{
    m_mediations->refresh();
    m_rentals->refresh();
    m_roles->refresh();
}
