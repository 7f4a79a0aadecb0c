#include "hoursdialog.h"

#include "models/volunteers/rosterstore.h"
#include "models/volunteers/servicerecords.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

HoursDialog::HoursDialog(QSqlDatabase db, const AccessScope &scope, qint64 assignmentId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_assignmentId(assignmentId)
{
    FormGuard::install(this);
    setWindowTitle(tr("Edit hours"));
    const std::optional<RosterStore::Assignment> a = RosterStore(m_db, m_scope).assignment(assignmentId);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (a)
        form->addRow(tr("Volunteer:"), new QLabel(a->name, this));
    m_hours = new QDoubleSpinBox(this);
    m_hours->setRange(0, 24);
    m_hours->setDecimals(2);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(a ? a->hours : 0);
    form->addRow(tr("&Hours:"), m_hours);
    m_reason = new QLineEdit(a ? a->hoursReason : QString(), this);
    m_reason->setPlaceholderText(tr("Required, e.g. left an hour early"));
    m_reason->setMinimumWidth(280);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &HoursDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HoursDialog::reject);
    layout->addWidget(buttons);
}

void HoursDialog::accept()
{
    const SaveResult r = ServiceRecords(m_db, m_scope).editHours(m_assignmentId, m_hours->value(), m_reason->text());
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    QDialog::accept();
}
