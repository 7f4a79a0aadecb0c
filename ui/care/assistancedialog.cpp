#include "assistancedialog.h"
#include "ui/common/formguard.h"

#include "householdpicker.h"
#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/care/carelookups.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

AssistanceDialog::AssistanceDialog(QSqlDatabase db, const AccessScope &scope, qint64 householdId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Record assistance"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_household = new HouseholdPicker(m_db, m_scope, this);
    if (householdId > 0)
        m_household->setHousehold(householdId);
    form->addRow(tr("&Household"), m_household);
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("member"));
    form->addRow(tr("&Resident"), m_member);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const ListEntry &k : AssistanceKinds(m_db, m_scope).entries())
        m_kind->addItem(k.name, k.id);
    form->addRow(tr("&Kind"), m_kind);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("in yuan, e.g. 500 or 300.50"));
    form->addRow(tr("&Amount"), m_amount);
    m_items = new QLineEdit(this);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setPlaceholderText(tr("e.g. a bag of rice, a quilt"));
    form->addRow(tr("&Items"), m_items);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("givenOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date"), m_date);
    m_givenBy = new QLineEdit(scope.displayName(), this);
    m_givenBy->setObjectName(QStringLiteral("givenBy"));
    form->addRow(tr("&Given by"), m_givenBy);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Notes"), m_note);
    layout->addLayout(form);
    m_error = FormHelpers::addSaveButtons(this, layout);
    connect(m_household, &HouseholdPicker::householdChanged, this, &AssistanceDialog::fillMembers);
    fillMembers(m_household->householdId());
    FormGuard::install(this); // Esc asks before typed text is lost; Tab leaves the date
}

void AssistanceDialog::fillMembers(qint64 householdId)
{
    m_member->clear();
    m_member->addItem(tr("The household"), 0);
    for (const auto &[id, name] : CareLookups(m_db, m_scope).members(householdId))
        m_member->addItem(name, id);
}

void AssistanceDialog::setRecord(const AssistanceRecord &record)
{
    m_record = record;
    setWindowTitle(tr("Edit assistance"));
    m_household->setHousehold(record.householdId);
    fillMembers(record.householdId);
    // A member who moved out since, or a kind the office retired, still shows as recorded.
    if (record.residentId > 0 && m_member->findData(record.residentId) < 0)
        m_member->addItem(record.residentName, record.residentId);
    m_member->setCurrentIndex(qMax(0, m_member->findData(record.residentId)));
    if (m_kind->findData(record.kindId) < 0)
        m_kind->addItem(record.kindName, record.kindId);
    m_kind->setCurrentIndex(m_kind->findData(record.kindId));
    m_amount->setText(AssistanceStore::money(record.amountFen));
    m_items->setText(record.items);
    m_date->setDate(record.givenOn);
    m_givenBy->setText(record.givenBy);
    m_note->setText(record.note);
}

void AssistanceDialog::accept()
{
    AssistanceRecord r = m_record;
    r.householdId = m_household->householdId();
    r.residentId = m_member->currentData().toLongLong();
    r.kindId = m_kind->currentData().toLongLong();
    if (!AssistanceStore::parseMoney(m_amount->text(), &r.amountFen)) {
        m_error->setText(
            FormHelpers::colored(tr("Amount: enter a sum of yuan, e.g. 500 or 300.50."), FormHelpers::errorColor()));
        m_amount->setFocus();
        return;
    }
    r.items = m_items->text();
    r.givenOn = m_date->date();
    r.givenBy = m_givenBy->text();
    r.note = m_note->text();
    const SaveResult saved = AssistanceStore(m_db, m_scope).save(r);
    if (!saved.ok) {
        m_error->setText(FormHelpers::colored(saved.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_savedId = saved.id;
    QDialog::accept();
}
