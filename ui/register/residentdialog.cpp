#include "residentdialog.h"

#include "models/core/transaction.h"
#include "models/register/registerlookups.h"
#include "models/register/registerstore.h"
#include "models/tags/customfieldstore.h"
#include "residentform.h"
#include "residenttagsdialog.h"
#include "typedvalueeditors.h"
#include "ui/common/formguard.h"

#include <QDialogButtonBox>
#include <QGroupBox>
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
    // The office's own fields (CustomFieldStore), saved with the resident.
    const QList<CustomField> fields = CustomFieldStore(m_db, m_scope).list(CustomFieldStore::residentEntity());
    if (!fields.isEmpty()) {
        auto *box = new QGroupBox(tr("Other fields"), this);
        auto *boxLayout = new QVBoxLayout(box);
        m_custom = new TypedValueEditors(box);
        m_custom->setObjectName(QStringLiteral("customFields"));
        m_custom->setAttributes({fields.cbegin(), fields.cend()});
        m_custom->setValues(CustomFieldStore(m_db, m_scope).values(CustomFieldStore::residentEntity(), resident.id));
        boxLayout->addWidget(m_custom);
        layout->addWidget(box);
    }
    if (resident.id) {
        auto *history = new QPushButton(tr("Tags with &dates and attributes…"), this);
        history->setObjectName(QStringLiteral("residentTagHistory"));
        history->setAutoDefault(false);
        connect(history, &QPushButton::clicked, this, &ResidentDialog::editTagPeriods);
        layout->addWidget(history);
    }
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
    const QMap<QString, QString> custom = m_custom ? m_custom->values() : QMap<QString, QString>();
    CustomFieldStore fields(m_db, m_scope);
    // The custom values are checked before anything is written, so a refused one saves nothing.
    if (const QList<FieldError> errors = fields.check(CustomFieldStore::residentEntity(), custom); !errors.isEmpty()) {
        m_form->showMessages({{QStringLiteral("name"), errors.constFirst().message, 0}}, {});
        if (QWidget *editor = m_custom->editor(errors.constFirst().field.section(u'/', 1)))
            editor->setFocus();
        return;
    }
    // The resident and its custom values are one transaction: a refused value leaves the resident as it was.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_form->showMessages({{QStringLiteral("name"), tr("The resident could not be saved; nothing was changed."), 0}},
                             {});
        return;
    }
    RegisterStore store(m_db, m_scope);
    const SaveResult result = store.saveResident(r);
    if (!result.ok) {
        if (m_form->showMessages(result.errors, result.warnings) == 0)
            m_form->showMessages({{QStringLiteral("name"), result.firstMessage(), 0}}, {});
        return;
    }
    if (m_custom) {
        const SaveResult saved = fields.setValues(CustomFieldStore::residentEntity(), r.id, custom);
        if (!saved.ok) {
            m_form->showMessages({{QStringLiteral("name"), saved.firstMessage(), 0}}, {});
            return;
        }
    }
    if (!tx.commit()) {
        m_form->showMessages({{QStringLiteral("name"), tr("The resident could not be saved; nothing was changed."), 0}},
                             {});
        return;
    }
    QDialog::accept();
}

void ResidentDialog::editTagPeriods()
{
    Resident r = m_form->resident();
    ResidentTagsDialog dialog(m_db, m_scope, r.id, this);
    dialog.exec();
    if (!dialog.changed())
        return;
    // The tags given or ended there are saved; the form's tag list follows, its other edits stay.
    if (const std::optional<Resident> stored = RegisterStore(m_db, m_scope).resident(r.id)) {
        r.tagIds = stored->tagIds;
        m_form->setResident(r);
    }
}
