#include "residentdialog.h"

#include "models/register/registerlookups.h"
#include "models/register/registerstore.h"
#include "residentform.h"
#include "ui/common/formguard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ResidentDialog::ResidentDialog(QSqlDatabase db, const AccessScope &scope, const Resident &resident, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_scope(scope)
{
    FormGuard::install(this);
    setWindowTitle(resident.id ? tr("Edit resident: %1").arg(resident.name) : tr("New resident"));
    auto *layout = new QVBoxLayout(this);
    RegisterStore store(m_db, m_scope);
    auto *where = new QLabel(tr("Household: %1").arg(store.householdAddress(resident.householdId)), this);
    layout->addWidget(where);
    m_form = new ResidentForm(this);
    m_form->setTags(RegisterLookups(m_db, m_scope).tags());
    m_form->setResident(resident);
    layout->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResidentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResidentDialog::reject);
    connect(m_form, &ResidentForm::openResidentRequested, this, &ResidentDialog::openResidentRequested);
    m_form->focusFirstField();
    resize(560, sizeHint().height());
}

void ResidentDialog::accept()
{
    Resident r = m_form->resident();
    RegisterStore store(m_db, m_scope);
    const SaveResult result = store.saveResident(r);
    if (!result.ok) {
        if (m_form->showMessages(result.errors, result.warnings) == 0)
            m_form->showMessages({{QStringLiteral("name"), result.firstMessage(), 0}}, {});
        return;
    }
    QDialog::accept();
}
