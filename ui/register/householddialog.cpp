#include "householddialog.h"
#include "ui/common/columnfit.h"

#include "householdassistancebox.h"
#include "models/cnrules/idnumber.h"
#include "models/core/fielderror.h"
#include "models/core/transaction.h"
#include "models/register/registerlookups.h"
#include "models/register/registerstore.h"
#include "models/register/registertypes.h"
#include "models/register/residentvalidator.h"
#include "models/tags/customfieldstore.h"
#include "residentform.h"
#include "typedvalueeditors.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"
#include "ui/common/screenfit.h"
#include "ui/common/typeahead.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

HouseholdDialog::HouseholdDialog(QSqlDatabase db, const AccessScope &scope, qint64 householdId, qint64 presetBuildingId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_scope(scope)
    , m_lookups(new RegisterLookups(db, scope))
    , m_presetBuilding(presetBuildingId)
{
    FormGuard::install(this);
    setWindowTitle(householdId ? tr("Edit household") : tr("New household"));
    auto *layout = new QVBoxLayout(this);
    // The address and the members scroll rather than push Save past a 1366×768 screen's edge.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    auto *addressBox = new QGroupBox(tr("Address"), this);
    auto *addressForm = new QFormLayout(addressBox);
    m_compound = new QComboBox(addressBox);
    m_compound->setObjectName(QStringLiteral("compound"));
    m_building = new QComboBox(addressBox);
    m_building->setObjectName(QStringLiteral("building"));
    TypeAhead::attach(m_compound);
    TypeAhead::attach(m_building);
    auto *where = new QHBoxLayout;
    where->addWidget(m_compound, 2);
    where->addWidget(m_building, 1);
    // A row of two fields has no buddy by itself: Alt+C goes to the compound, not "(&C)" on screen.
    auto *whereLabel = new QLabel(tr("&Compound / building"), addressBox);
    whereLabel->setBuddy(m_compound);
    addressForm->addRow(whereLabel, where);
    m_unit = new QLineEdit(addressBox);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setMaxLength(10);
    m_room = new QLineEdit(addressBox);
    m_room->setObjectName(QStringLiteral("room"));
    m_room->setMaxLength(10);
    auto *unitRoom = new QHBoxLayout;
    unitRoom->addWidget(new QLabel(tr("&Unit"), addressBox));
    unitRoom->addWidget(m_unit);
    unitRoom->addWidget(new QLabel(tr("Roo&m"), addressBox));
    unitRoom->addWidget(m_room);
    qobject_cast<QLabel *>(unitRoom->itemAt(0)->widget())->setBuddy(m_unit);
    qobject_cast<QLabel *>(unitRoom->itemAt(2)->widget())->setBuddy(m_room);
    addressForm->addRow(QString(), unitRoom);
    m_housing = new QComboBox(addressBox);
    FormHelpers::fillChoices(m_housing, RegisterTypes::housingTypes());
    m_movedIn = FormHelpers::optionalDateEdit(addressBox);
    m_movedIn->setObjectName(QStringLiteral("movedIn"));
    auto *housingRow = new QHBoxLayout;
    housingRow->addWidget(m_housing);
    housingRow->addWidget(new QLabel(tr("Moved in"), addressBox));
    housingRow->addWidget(m_movedIn);
    auto *housingLabel = new QLabel(tr("&Housing"), addressBox);
    housingLabel->setBuddy(m_housing);
    addressForm->addRow(housingLabel, housingRow);
    m_phone = new QLineEdit(addressBox);
    m_phone->setObjectName(QStringLiteral("householdPhone"));
    m_notes = new QLineEdit(addressBox);
    addressForm->addRow(tr("Household phon&e"), m_phone);
    addressForm->addRow(tr("Notes"), m_notes);
    // The office's own household fields (CustomFieldStore), saved with the household.
    const QList<CustomField> fields = CustomFieldStore(m_db, m_scope).list(CustomFieldStore::householdEntity());
    if (!fields.isEmpty()) {
        m_custom = new TypedValueEditors(addressBox);
        m_custom->setObjectName(QStringLiteral("householdCustomFields"));
        m_custom->setAttributes({fields.cbegin(), fields.cend()});
        addressForm->addRow(m_custom);
    }
    m_householdMessage = new QLabel(addressBox);
    m_householdMessage->setObjectName(QStringLiteral("householdMessage"));
    m_householdMessage->setWordWrap(true);
    m_householdMessage->hide();
    addressForm->addRow(m_householdMessage);
    contentLayout->addWidget(addressBox);

    auto *membersBox = new QGroupBox(tr("Members"), this);
    auto *membersLayout = new QVBoxLayout(membersBox);
    m_memberTable = new QTableWidget(0, 5, membersBox);
    m_memberTable->setObjectName(QStringLiteral("memberTable"));
    m_memberTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Relation to head"), tr("ID number"), tr("Birth date"), tr("Status")});
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberTable->horizontalHeader()->setStretchLastSection(true);
    m_memberTable->verticalHeader()->hide();
    m_memberTable->setMinimumHeight(110);
    membersLayout->addWidget(m_memberTable);
    m_form = new ResidentForm(membersBox);
    m_form->setObjectName(QStringLiteral("memberForm"));
    m_form->setTags(m_lookups->tags());
    membersLayout->addWidget(m_form);
    auto *memberButtons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("Ne&w member"), membersBox);
    m_removeButton = new QPushButton(tr("Remove from list"), membersBox);
    m_removeButton->setToolTip(tr("Only members not yet saved can be removed; others move out with a date."));
    m_applyButton = new QPushButton(membersBox);
    m_applyButton->setObjectName(QStringLiteral("applyMember"));
    m_applyButton->setAutoDefault(false);
    m_newButton->setAutoDefault(false);
    m_removeButton->setAutoDefault(false);
    memberButtons->addWidget(m_newButton);
    memberButtons->addWidget(m_removeButton);
    memberButtons->addStretch();
    memberButtons->addWidget(m_applyButton);
    membersLayout->addLayout(memberButtons);
    contentLayout->addWidget(membersBox, 1);
    // What the office gave this household (救助记录); a new household has nothing yet.
    if (householdId)
        contentLayout->addWidget(new HouseholdAssistanceBox(m_db, m_scope, householdId, content));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);
    connect(m_compound, &QComboBox::currentIndexChanged, this, &HouseholdDialog::compoundChanged);
    connect(m_applyButton, &QPushButton::clicked, this, &HouseholdDialog::applyMember);
    connect(m_newButton, &QPushButton::clicked, this, &HouseholdDialog::newMember);
    connect(m_removeButton, &QPushButton::clicked, this, &HouseholdDialog::removeMember);
    connect(m_memberTable, &QTableWidget::cellClicked, this, [this](int row) { editMember(row); });
    connect(m_form, &ResidentForm::openResidentRequested, this, &HouseholdDialog::openResidentRequested);

    loadCompounds();
    if (householdId) {
        RegisterStore store(m_db, m_scope);
        if (auto h = store.household(householdId)) {
            m_household = *h;
            m_members = store.members(householdId);
        }
        m_presetBuilding = m_household.buildingId;
    } else {
        m_household.movedIn = QDate::currentDate();
    }
    if (m_presetBuilding) {
        FormHelpers::selectCode(m_compound, QString::number(m_lookups->compoundOfBuilding(m_presetBuilding)));
        compoundChanged();
        FormHelpers::selectCode(m_building, QString::number(m_presetBuilding));
    }
    m_unit->setText(m_household.unit);
    m_room->setText(m_household.room);
    FormHelpers::selectCode(m_housing, m_household.housingType);
    FormHelpers::setOptionalDate(m_movedIn, m_household.movedIn);
    m_phone->setText(m_household.phone);
    m_notes->setText(m_household.notes);
    if (m_custom)
        m_custom->setValues(
            CustomFieldStore(m_db, m_scope).values(CustomFieldStore::householdEntity(), m_household.id));
    refreshMembers();
    newMember();
    ScreenFit::resize(this, 760, 760);
}

HouseholdDialog::~HouseholdDialog()
{
    delete m_lookups;
}

void HouseholdDialog::loadCompounds()
{
    m_compound->clear();
    m_compound->addItem(tr("(choose compound)"), QString());
    for (const auto &c : m_lookups->compounds())
        m_compound->addItem(c.name, QString::number(c.id));
}

void HouseholdDialog::compoundChanged()
{
    m_building->clear();
    m_building->addItem(tr("(choose building)"), QString());
    const qint64 compound = m_compound->currentData().toLongLong();
    if (compound)
        for (const auto &b : m_lookups->buildings(compound))
            m_building->addItem(b.name, QString::number(b.id));
}

bool HouseholdDialog::applyMember()
{
    Resident r = m_form->resident();
    const ResidentValidator validator;
    validator.normalize(r);
    QList<FieldError> errors;
    QList<FieldError> warnings;
    validator.validate(r, QString(), errors, warnings);
    // The head is decided on save, so a second head is caught there with a clear message.
    if (!errors.isEmpty()) {
        m_form->showMessages(errors, warnings);
        return false;
    }
    if (m_editingRow >= 0 && m_editingRow < m_members.size())
        m_members[m_editingRow] = r;
    else
        m_members.append(r);
    refreshMembers();
    newMember();
    return true;
}

void HouseholdDialog::newMember()
{
    m_editingRow = -1;
    m_form->clear();
    Resident blank = m_form->resident();
    // The first member is the head; later ones default to a family relation.
    blank.relation = m_members.isEmpty() ? QStringLiteral("head") : QStringLiteral("spouse");
    m_form->setResident(blank);
    m_applyButton->setText(tr("&Add to household"));
    m_memberTable->clearSelection();
    m_removeButton->setEnabled(false);
}

void HouseholdDialog::editMember(int row)
{
    if (row < 0 || row >= m_members.size())
        return;
    m_editingRow = row;
    m_form->setResident(m_members.at(row));
    m_applyButton->setText(tr("Up&date member"));
    m_removeButton->setEnabled(m_members.at(row).id == 0);
}

void HouseholdDialog::removeMember()
{
    if (m_editingRow < 0 || m_members.at(m_editingRow).id != 0)
        return;
    m_members.removeAt(m_editingRow);
    refreshMembers();
    newMember();
}

void HouseholdDialog::refreshMembers()
{
    m_memberTable->setRowCount(int(m_members.size()));
    for (int i = 0; i < m_members.size(); ++i) {
        const Resident &m = m_members.at(i);
        const QStringList cells = {m.name, RegisterTypes::relationLabel(m.relation), IdNumber::mask(m.idNumber),
                                   m.birthDate.toString(QStringLiteral("yyyy-MM-dd")),
                                   RegisterTypes::statusLabel(m.status)};
        for (int c = 0; c < cells.size(); ++c)
            m_memberTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    ColumnFit::fitOnce(m_memberTable); // adding a member keeps the widths the clerk dragged
}

void HouseholdDialog::showSaveErrors(const QList<FieldError> &errors, const QList<FieldError> &warnings)
{
    QStringList householdMessages;
    for (const FieldError &e : errors) {
        const QStringList parts = e.field.split(QLatin1Char('/'));
        if (parts.size() == 3 && parts.first() == QLatin1String("members")) {
            const int row = parts.at(1).toInt();
            editMember(row);
            m_form->showMessages(errors, warnings, QStringLiteral("members/%1/").arg(row));
            householdMessages << tr("%1: %2").arg(m_members.value(row).name, e.message);
        } else {
            householdMessages << e.message;
        }
    }
    m_householdMessage->setText(
        FormHelpers::colored(householdMessages.join(QStringLiteral("<br>")), FormHelpers::errorColor()));
    m_householdMessage->setVisible(!householdMessages.isEmpty());
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("building")) {
            (m_compound->currentIndex() <= 0 ? m_compound : m_building)->setFocus();
            break;
        }
        if (e.field == QLatin1String("room")) {
            m_room->setFocus();
            break;
        }
    }
}

void HouseholdDialog::accept()
{
    // A member typed but not yet added is added first, as the clerk would expect.
    if (!m_form->isBlank() && !applyMember())
        return;
    m_household.buildingId = m_building->currentData().toLongLong();
    m_household.unit = m_unit->text();
    m_household.room = m_room->text();
    m_household.housingType = m_housing->currentData().toString();
    m_household.movedIn = FormHelpers::optionalDate(m_movedIn);
    m_household.phone = m_phone->text().trimmed();
    m_household.notes = m_notes->text().trimmed();

    const QMap<QString, QString> custom = m_custom ? m_custom->values() : QMap<QString, QString>();
    CustomFieldStore fields(m_db, m_scope);
    // Checked before anything is written, so a refused value saves nothing.
    if (const QList<FieldError> errors = fields.check(CustomFieldStore::householdEntity(), custom); !errors.isEmpty()) {
        showSaveErrors({{QString(), errors.constFirst().message, 0}}, {});
        return;
    }
    // The household and its custom values are one transaction: a refused value saves nothing.
    Transaction tx(m_db);
    if (!tx.isActive()) {
        showSaveErrors({{QString(), tr("The household could not be saved; nothing was changed."), 0}}, {});
        return;
    }
    RegisterStore store(m_db, m_scope);
    QList<Resident> members = m_members;
    Household household = m_household;
    const SaveResult result = store.saveHousehold(household, members);
    if (!result.ok) {
        showSaveErrors(result.errors, result.warnings);
        return;
    }
    if (m_custom) {
        if (const SaveResult saved = fields.setValues(CustomFieldStore::householdEntity(), household.id, custom);
            !saved.ok) {
            showSaveErrors(saved.errors, {});
            return;
        }
    }
    if (!tx.commit()) {
        showSaveErrors({{QString(), tr("The household could not be saved; nothing was changed."), 0}}, {});
        return;
    }
    m_household = household;
    m_members = members;
    QDialog::accept();
}
