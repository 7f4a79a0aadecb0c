#include "carepairdialog.h"
#include "ui/common/formguard.h"

#include "householdpicker.h"
#include "models/care/carepairstore.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CarePairDialog::CarePairDialog(QSqlDatabase db, const AccessScope &scope, qint64 pairId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    if (pairId > 0)
        m_pair = CarePairStore(m_db, m_scope).pair(pairId);
    setWindowTitle(m_pair.id ? tr("Edit pairing") : tr("New pairing"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_household = new HouseholdPicker(m_db, m_scope, this);
    if (m_pair.id)
        m_household->setHousehold(m_pair.householdId);
    form->addRow(tr("&Household"), m_household);
    m_helper = new QLineEdit(m_pair.helperName, this);
    m_helper->setObjectName(QStringLiteral("helperName"));
    form->addRow(tr("Hel&per"), m_helper);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("helperKind"));
    for (const QString &code : CarePairStore::helperKinds())
        m_kind->addItem(CarePairStore::helperKindName(code), code);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_pair.helperKind)));
    form->addRow(tr("Helper &is"), m_kind);
    m_phone = new QLineEdit(m_pair.helperPhone, this);
    form->addRow(tr("Helper's ph&one"), m_phone);
    m_start = new QDateEdit(m_pair.startedOn.isValid() ? m_pair.startedOn : QDate::currentDate(), this);
    m_start->setObjectName(QStringLiteral("startedOn"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Star&t"), m_start);
    m_end = FormHelpers::optionalDateEdit(this);
    FormHelpers::setOptionalDate(m_end, m_pair.endedOn);
    form->addRow(tr("&End"), m_end);
    m_note = new QLineEdit(m_pair.note, this);
    form->addRow(tr("&Notes"), m_note);
    layout->addLayout(form);
    m_error = FormHelpers::addSaveButtons(this, layout);
    FormGuard::install(this); // Esc asks before typed text is lost; Tab leaves the dates
}

void CarePairDialog::accept()
{
    CarePair p = m_pair;
    p.householdId = m_household->householdId();
    p.helperName = m_helper->text();
    p.helperKind = m_kind->currentData().toString();
    p.helperPhone = m_phone->text();
    p.startedOn = m_start->date();
    p.endedOn = FormHelpers::optionalDate(m_end);
    p.note = m_note->text();
    const SaveResult saved = CarePairStore(m_db, m_scope).save(p);
    if (!saved.ok) {
        m_error->setText(FormHelpers::colored(saved.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    m_pair.id = saved.id;
    QDialog::accept();
}
