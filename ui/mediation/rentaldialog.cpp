#include "rentaldialog.h"

#include "models/mediation/mediationtypes.h"
#include "models/mediation/rentalstore.h"
#include "models/register/registerlookups.h"
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
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RentalDialog::RentalDialog(QSqlDatabase db, const AccessScope &scope, qint64 roomId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(roomId ? tr("Edit rented room") : tr("New rented room"));
    FormGuard::install(this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *addressRow = new QHBoxLayout;
    m_address = new QLabel(tr("Not chosen"), this);
    m_address->setObjectName(QStringLiteral("address"));
    auto *chooseAddressButton = new QPushButton(tr("&Choose…"), this);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(chooseAddressButton);
    form->addRow(tr("Address:"), addressRow);
    auto *landlordRow = new QHBoxLayout;
    m_landlordResident = new QLabel(tr("An outside person"), this);
    auto *chooseLandlordButton = new QPushButton(tr("From the &register…"), this);
    landlordRow->addWidget(m_landlordResident, 1);
    landlordRow->addWidget(chooseLandlordButton);
    form->addRow(tr("Landlord:"), landlordRow);
    m_landlordName = new QLineEdit(this);
    m_landlordName->setObjectName(QStringLiteral("landlordName"));
    form->addRow(tr("Landlord's &name:"), m_landlordName);
    m_landlordPhone = new QLineEdit(this);
    form->addRow(tr("Landlord's &phone:"), m_landlordPhone);
    m_landlordId = new QLineEdit(this);
    form->addRow(tr("Landlord's &ID number:"), m_landlordId);
    layout->addLayout(form);
    connect(chooseAddressButton, &QPushButton::clicked, this, &RentalDialog::chooseAddress);
    connect(chooseLandlordButton, &QPushButton::clicked, this, &RentalDialog::chooseLandlord);

    layout->addWidget(new QLabel(tr("Tenants:"), this));
    m_tenants = new QTableWidget(0, TenantColumnCount, this);
    m_tenants->setObjectName(QStringLiteral("tenants"));
    m_tenants->setHorizontalHeaderLabels(
        {tr("Tenant"), tr("Permit"), tr("Permit number"), tr("Starts"), tr("Expires"), tr("Left on")});
    m_tenants->horizontalHeader()->setSectionResizeMode(TenantName, QHeaderView::Stretch);
    layout->addWidget(m_tenants);
    auto *buttons = new QHBoxLayout;
    auto *addTenantButton = new QPushButton(tr("Add &tenant…"), this);
    auto *removeTenant = new QPushButton(tr("Remove tenant"), this);
    m_left = new QPushButton(tr("Tenant &left…"), this);
    m_left->setObjectName(QStringLiteral("tenantLeft"));
    buttons->addWidget(addTenantButton);
    buttons->addWidget(removeTenant);
    buttons->addWidget(m_left);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(addTenantButton, &QPushButton::clicked, this, &RentalDialog::chooseTenants);
    connect(removeTenant, &QPushButton::clicked, this, [this] {
        const int row = m_tenants->currentRow();
        if (row >= 0) {
            m_tenants->removeRow(row);
            m_tenantRows.removeAt(row);
        }
    });
    connect(m_left, &QPushButton::clicked, this, &RentalDialog::tenantLeft);
    m_error = FormHelpers::addSaveButtons(this, layout);

    if (roomId > 0)
        if (const std::optional<RentalRoom> r = RentalStore(m_db, m_scope).room(roomId))
            load(*r);
    resize(760, 560);
}

void RentalDialog::load(const RentalRoom &r)
{
    m_room = r;
    m_address->setText(r.address);
    m_landlordResident->setText(r.landlordResidentId > 0 ? r.landlordName : tr("An outside person"));
    m_landlordName->setText(r.landlordName);
    m_landlordPhone->setText(r.landlordPhone);
    m_landlordId->setText(r.landlordIdNumber);
    for (const RentalRoom::Tenant &t : r.tenants)
        addTenantRow(t);
}

void RentalDialog::setHousehold(qint64 householdId)
{
    m_room.householdId = householdId;
    m_address->setText(RegisterStore(m_db, m_scope).householdAddress(householdId));
}

void RentalDialog::setLandlordResident(qint64 residentId)
{
    m_room.landlordResidentId = residentId;
    for (const auto &[id, name] : RegisterLookups(m_db, m_scope).residentNames({residentId})) {
        m_landlordResident->setText(name);
        m_landlordName->setText(name);
    }
    // The register's details are copied on save.
    m_landlordName->setEnabled(residentId <= 0);
    m_landlordPhone->setEnabled(residentId <= 0);
    m_landlordId->setEnabled(residentId <= 0);
}

void RentalDialog::chooseAddress()
{
    const QList<qint64> ids = ResidentChoiceDialog::choose(m_db, m_scope, tr("Choose a resident of the room"), this);
    if (ids.isEmpty())
        return;
    if (const std::optional<Resident> r = RegisterStore(m_db, m_scope).resident(ids.constFirst()))
        setHousehold(r->householdId);
}

void RentalDialog::chooseLandlord()
{
    const QList<qint64> ids = ResidentChoiceDialog::choose(m_db, m_scope, tr("Choose the landlord"), this);
    if (!ids.isEmpty())
        setLandlordResident(ids.constFirst());
}

void RentalDialog::chooseTenants()
{
    for (const qint64 id : ResidentChoiceDialog::choose(m_db, m_scope, tr("Choose tenants"), this))
        addTenant(id);
}

int RentalDialog::addTenant(qint64 residentId, const QDate &expires)
{
    RentalRoom::Tenant t;
    t.residentId = residentId;
    for (const auto &[id, name] : RegisterLookups(m_db, m_scope).residentNames({residentId}))
        t.name = name;
    t.startsOn = QDate::currentDate();
    t.expiresOn = expires.isValid() ? expires : QDate::currentDate().addYears(1);
    addTenantRow(t);
    return m_tenants->rowCount() - 1;
}

void RentalDialog::addTenantRow(const RentalRoom::Tenant &t)
{
    const int row = m_tenants->rowCount();
    m_tenants->insertRow(row);
    auto *name = new QTableWidgetItem(t.name);
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    m_tenants->setItem(row, TenantName, name);
    auto *permit = new QComboBox(m_tenants);
    for (const MediationTypes::Choice &c : MediationTypes::permits())
        permit->addItem(c.label, c.code);
    permit->setCurrentIndex(qMax(0, permit->findData(t.permit)));
    m_tenants->setCellWidget(row, TenantPermit, permit);
    m_tenants->setItem(row, TenantPermitNo, new QTableWidgetItem(t.permitNo));
    QDateEdit *starts = FormHelpers::optionalDateEdit(m_tenants);
    FormHelpers::setOptionalDate(starts, t.startsOn);
    m_tenants->setCellWidget(row, TenantStarts, starts);
    auto *expires = new QDateEdit(t.expiresOn.isValid() ? t.expiresOn : QDate::currentDate(), m_tenants);
    expires->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    DateField::tabLeaves(expires);
    m_tenants->setCellWidget(row, TenantExpires, expires);
    auto *left = new QTableWidgetItem(t.leftOn.toString(QStringLiteral("yyyy-MM-dd")));
    left->setFlags(left->flags() & ~Qt::ItemIsEditable);
    m_tenants->setItem(row, TenantLeft, left);
    m_tenantRows.append(t);
}

RentalRoom RentalDialog::room() const
{
    RentalRoom r = m_room;
    if (r.landlordResidentId <= 0) {
        r.landlordName = m_landlordName->text();
        r.landlordPhone = m_landlordPhone->text();
        r.landlordIdNumber = m_landlordId->text();
    }
    r.tenants.clear();
    for (int row = 0; row < m_tenants->rowCount(); ++row) {
        RentalRoom::Tenant t = m_tenantRows.value(row);
        t.permit = qobject_cast<QComboBox *>(m_tenants->cellWidget(row, TenantPermit))->currentData().toString();
        t.permitNo = m_tenants->item(row, TenantPermitNo)->text().trimmed();
        t.startsOn = FormHelpers::optionalDate(qobject_cast<QDateEdit *>(m_tenants->cellWidget(row, TenantStarts)));
        t.expiresOn = qobject_cast<QDateEdit *>(m_tenants->cellWidget(row, TenantExpires))->date();
        r.tenants.append(t);
    }
    return r;
}

void RentalDialog::tenantLeft()
{
    const int row = m_tenants->currentRow();
    const RentalRoom::Tenant t = m_tenantRows.value(row);
    if (row < 0 || t.id <= 0) {
        m_error->setText(
            FormHelpers::colored(tr("Choose a saved tenant in the list first."), FormHelpers::errorColor()));
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Tenant left"), tr("%1 moved out on (YYYY-MM-DD):").arg(t.name),
                                               QLineEdit::Normal, QDate::currentDate().toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    const SaveResult result = RentalStore(m_db, m_scope).tenantLeaves(t.id, date);
    if (!result.ok) {
        showError(result);
        return;
    }
    m_tenantRows[row].leftOn = date;
    m_tenants->item(row, TenantLeft)->setText(date.toString(QStringLiteral("yyyy-MM-dd")));
    m_error->setText(FormHelpers::colored(tr("%1 is recorded as moved out.").arg(t.name), FormHelpers::okColor()));
}

QString RentalDialog::errorText() const
{
    return m_error->text();
}

void RentalDialog::showError(const SaveResult &result)
{
    QStringList lines;
    for (const FieldError &e : result.errors)
        lines << e.message.toHtmlEscaped();
    m_error->setText(FormHelpers::colored(lines.join(QStringLiteral("<br>")), FormHelpers::errorColor()));
}

void RentalDialog::accept()
{
    RentalRoom r = room();
    const SaveResult result = RentalStore(m_db, m_scope).save(r);
    if (!result.ok) {
        showError(result);
        return;
    }
    m_room = r;
    QDialog::accept();
}
