#include "mediationdialog.h"

#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/mediation/mediationstore.h"
#include "models/mediation/mediationtypes.h"
#include "models/register/registerstore.h"
#include "residentchoicedialog.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void fill(QComboBox *combo, const QList<MediationTypes::Choice> &choices)
{
    for (const MediationTypes::Choice &c : choices)
        combo->addItem(c.label, c.code);
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

MediationDialog::MediationDialog(QSqlDatabase db, const AccessScope &scope, qint64 mediationId, QWidget *parent,
                                 const Mediation &start)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(mediationId ? tr("Edit mediation") : tr("New mediation"));
    FormGuard::install(this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_received = new QDateEdit(QDate::currentDate(), this);
    m_received->setCalendarPopup(true);
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    DateField::tabLeaves(m_received);
    form->addRow(tr("&Received on:"), m_received);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    fill(m_kind, MediationTypes::kinds());
    form->addRow(tr("&Kind:"), m_kind);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    fill(m_status, MediationTypes::statuses());
    form->addRow(tr("&Status:"), m_status);
    m_mediator = new QLineEdit(this);
    m_mediator->setObjectName(QStringLiteral("mediator"));
    form->addRow(tr("&Mediator:"), m_mediator);
    m_case = new QLabel(this);
    form->addRow(tr("From case:"), m_case);
    m_matter = new QPlainTextEdit(this);
    m_matter->setObjectName(QStringLiteral("matter"));
    m_matter->setTabChangesFocus(true);
    m_matter->setMaximumHeight(70);
    form->addRow(tr("Ma&tter:"), m_matter);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Parties:"), this));
    m_parties = new QTableWidget(0, PartyColumnCount, this);
    m_parties->setObjectName(QStringLiteral("parties"));
    m_parties->setHorizontalHeaderLabels({tr("Side"), tr("Name"), tr("Phone"), tr("ID number")});
    m_parties->horizontalHeader()->setSectionResizeMode(PartyName, QHeaderView::Stretch);
    m_parties->setMaximumHeight(130);
    layout->addWidget(m_parties);
    auto *partyButtons = new QHBoxLayout;
    auto *addResident = new QPushButton(tr("Add resi&dent…"), this);
    auto *addOutside = new QPushButton(tr("Add o&utside person"), this);
    auto *removeParty = new QPushButton(tr("Remove &party"), this);
    addResident->setObjectName(QStringLiteral("addResidentParty"));
    addOutside->setObjectName(QStringLiteral("addOutsideParty"));
    partyButtons->addWidget(addResident);
    partyButtons->addWidget(addOutside);
    partyButtons->addWidget(removeParty);
    partyButtons->addStretch();
    layout->addLayout(partyButtons);
    connect(addResident, &QPushButton::clicked, this, &MediationDialog::chooseResidents);
    connect(addOutside, &QPushButton::clicked, this, [this] { addOutsideParty(); });
    connect(removeParty, &QPushButton::clicked, this, [this] {
        const int row = m_parties->currentRow();
        if (row >= 0) {
            m_parties->removeRow(row);
            m_partyRows.removeAt(row);
        }
    });

    layout->addWidget(new QLabel(tr("Sessions:"), this));
    m_sessions = new QTableWidget(0, SessionColumnCount, this);
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setHorizontalHeaderLabels({tr("Date"), tr("What was said and done")});
    m_sessions->horizontalHeader()->setSectionResizeMode(SessionNotes, QHeaderView::Stretch);
    m_sessions->setMaximumHeight(120);
    layout->addWidget(m_sessions);
    auto *sessionButtons = new QHBoxLayout;
    auto *addSessionButton = new QPushButton(tr("Add sess&ion"), this);
    auto *removeSession = new QPushButton(tr("Remove sessio&n"), this);
    addSessionButton->setObjectName(QStringLiteral("addSession"));
    sessionButtons->addWidget(addSessionButton);
    sessionButtons->addWidget(removeSession);
    sessionButtons->addStretch();
    layout->addLayout(sessionButtons);
    connect(addSessionButton, &QPushButton::clicked, this, [this] { addSession(QDate::currentDate()); });
    connect(removeSession, &QPushButton::clicked, this, [this] { m_sessions->removeRow(m_sessions->currentRow()); });

    auto *agreementForm = new QFormLayout;
    m_agreement = new QPlainTextEdit(this);
    m_agreement->setObjectName(QStringLiteral("agreement"));
    m_agreement->setTabChangesFocus(true);
    m_agreement->setMaximumHeight(80);
    agreementForm->addRow(tr("A&greement:"), m_agreement);
    m_kept = new QComboBox(this);
    m_kept->setObjectName(QStringLiteral("kept"));
    m_kept->addItem(tr("Not known yet"), -1);
    m_kept->addItem(tr("Kept"), 1);
    m_kept->addItem(tr("Not kept"), 0);
    agreementForm->addRow(tr("Agreement &was kept:"), m_kept);
    layout->addLayout(agreementForm);
    m_error = FormHelpers::addSaveButtons(this, layout);

    if (mediationId > 0) {
        if (const std::optional<Mediation> m = MediationStore(m_db, m_scope).mediation(mediationId))
            load(*m);
    } else {
        load(start);
    }
    resize(760, 720);
}

void MediationDialog::load(const Mediation &m)
{
    m_mediation = m;
    if (m.receivedOn.isValid())
        m_received->setDate(m.receivedOn);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m.kind)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(m.status)));
    m_mediator->setText(m.mediator);
    m_matter->setPlainText(m.matter);
    m_case->setText(m.caseId > 0 ? MediationStore(m_db, m_scope).caseNumber(m.caseId) : tr("None"));
    for (const Mediation::Party &p : m.parties)
        addPartyRow(p);
    for (const Mediation::Session &s : m.sessions) {
        const int row = addSession(s.heldOn, s.notes);
        m_sessions->item(row, SessionNotes)->setData(Qt::UserRole, s.id);
    }
    m_agreement->setPlainText(m.agreement);
    m_kept->setCurrentIndex(qMax(0, m_kept->findData(m.kept)));
}

void MediationDialog::addPartyRow(const Mediation::Party &party)
{
    const int row = m_parties->rowCount();
    m_parties->insertRow(row);
    auto *side = new QComboBox(m_parties);
    fill(side, MediationTypes::sides());
    side->setCurrentIndex(qMax(0, side->findData(party.side)));
    m_parties->setCellWidget(row, PartySide, side);
    if (party.residentId > 0) {
        // A registered party's details come from the register; numbers stay masked here.
        m_parties->setItem(row, PartyName, readOnly(party.name));
        m_parties->setItem(row, PartyPhone, readOnly(PhoneNumber::mask(party.phone)));
        m_parties->setItem(row, PartyIdNumber, readOnly(IdNumber::mask(party.idNumber)));
    } else {
        m_parties->setItem(row, PartyName, new QTableWidgetItem(party.name));
        m_parties->setItem(row, PartyPhone, new QTableWidgetItem(party.phone));
        m_parties->setItem(row, PartyIdNumber, new QTableWidgetItem(party.idNumber));
    }
    m_partyRows.append(party);
}

void MediationDialog::addResidentParty(qint64 residentId, const QString &side)
{
    Mediation::Party p;
    p.side = side;
    p.residentId = residentId;
    if (const std::optional<Resident> r = RegisterStore(m_db, m_scope).resident(residentId)) {
        p.name = r->name;
        p.phone = r->phone;
        p.idNumber = r->idNumber;
    }
    addPartyRow(p);
}

int MediationDialog::addOutsideParty(const QString &side)
{
    Mediation::Party p;
    p.side = side;
    addPartyRow(p);
    const int row = m_parties->rowCount() - 1;
    m_parties->setCurrentCell(row, PartyName);
    return row;
}

void MediationDialog::chooseResidents()
{
    const QString side = m_parties->rowCount() == 0 ? QStringLiteral("applicant") : QStringLiteral("respondent");
    for (const qint64 id : ResidentChoiceDialog::choose(m_db, m_scope, tr("Choose parties"), this))
        addResidentParty(id, side);
}

int MediationDialog::addSession(const QDate &date, const QString &notes)
{
    const int row = m_sessions->rowCount();
    m_sessions->insertRow(row);
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), m_sessions);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    DateField::tabLeaves(edit);
    m_sessions->setCellWidget(row, SessionDate, edit);
    m_sessions->setItem(row, SessionNotes, new QTableWidgetItem(notes));
    return row;
}

Mediation MediationDialog::mediation() const
{
    Mediation m = m_mediation;
    m.receivedOn = m_received->date();
    m.kind = m_kind->currentData().toString();
    m.status = m_status->currentData().toString();
    m.mediator = m_mediator->text();
    m.matter = m_matter->toPlainText();
    m.agreement = m_agreement->toPlainText();
    m.kept = m_kept->currentData().toInt();
    m.parties.clear();
    for (int row = 0; row < m_parties->rowCount(); ++row) {
        Mediation::Party p = m_partyRows.value(row);
        p.side = qobject_cast<QComboBox *>(m_parties->cellWidget(row, PartySide))->currentData().toString();
        if (p.residentId <= 0) {
            p.name = m_parties->item(row, PartyName)->text();
            p.phone = m_parties->item(row, PartyPhone)->text();
            p.idNumber = m_parties->item(row, PartyIdNumber)->text();
        }
        m.parties.append(p);
    }
    m.sessions.clear();
    for (int row = 0; row < m_sessions->rowCount(); ++row)
        m.sessions.append({m_sessions->item(row, SessionNotes)->data(Qt::UserRole).toLongLong(),
                           qobject_cast<QDateEdit *>(m_sessions->cellWidget(row, SessionDate))->date(),
                           m_sessions->item(row, SessionNotes)->text()});
    return m;
}

QString MediationDialog::errorText() const
{
    return m_error->text();
}

void MediationDialog::accept()
{
    Mediation m = mediation();
    const SaveResult result = MediationStore(m_db, m_scope).save(m);
    if (!result.ok) {
        QStringList lines;
        for (const FieldError &e : result.errors)
            lines << e.message.toHtmlEscaped();
        m_error->setText(FormHelpers::colored(lines.join(QStringLiteral("<br>")), FormHelpers::errorColor()));
        return;
    }
    m_mediation = m;
    QDialog::accept();
}
