#include "caseintakedialog.h"

#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/cases/caseworkflow.h"
#include "models/cases/errandtypes.h"
#include "models/register/registerlookups.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"
#include "ui/common/typeahead.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
// The combo box keeps the code (what a case stores) as its data and the id (what the list is
// edited by) beside it.
constexpr int kErrandTypeIdRole = Qt::UserRole + 1;
} // namespace

CaseIntakeDialog::CaseIntakeDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    FormGuard::install(this);
    setWindowTitle(tr("New case"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    CaseStore store(m_db, m_scope);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("caseSource"));
    for (const CaseWorkflow::Choice &c : CaseWorkflow::sources())
        m_source->addItem(c.label, c.code);
    form->addRow(tr("&Source"), m_source);

    // An errand (代办) is done for the resident and follows the short flow; it has a type.
    auto *kindRow = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("caseKind"));
    for (const CaseWorkflow::Choice &k : CaseWorkflow::kinds())
        m_kind->addItem(k.label, k.code);
    m_errandType = new QComboBox(this);
    m_errandType->setObjectName(QStringLiteral("errandType"));
    m_errandType->setAccessibleName(tr("Errand type"));
    fillErrandTypes();
    // Clerks extend the list where they miss a type (nothing is deleted: archived types stay on old errands).
    m_errandTypes = new QToolButton(this);
    m_errandTypes->setObjectName(QStringLiteral("errandTypes"));
    m_errandTypes->setText(tr("Errand types"));
    m_errandTypes->setPopupMode(QToolButton::InstantPopup);
    auto *typeMenu = new QMenu(m_errandTypes);
    typeMenu->addAction(tr("Add type…"), this, &CaseIntakeDialog::addErrandType)
        ->setObjectName(QStringLiteral("addErrandType"));
    typeMenu->addAction(tr("Rename type…"), this, &CaseIntakeDialog::renameErrandType)
        ->setObjectName(QStringLiteral("renameErrandType"));
    typeMenu->addAction(tr("Archive type…"), this, &CaseIntakeDialog::archiveErrandType)
        ->setObjectName(QStringLiteral("archiveErrandType"));
    m_errandTypes->setMenu(typeMenu);
    // Room for the menu arrow, which the style draws inside the text's width.
    m_errandTypes->setMinimumWidth(m_errandTypes->sizeHint().width() + 2 * fontMetrics().averageCharWidth());
    kindRow->addWidget(m_kind);
    kindRow->addWidget(m_errandType, 1);
    kindRow->addWidget(m_errandTypes);
    auto *kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("caseCategory"));
    for (const CaseCategory &c : store.categories())
        m_category->addItem(tr("%1 (%n day(s))", nullptr, c.deadlineDays).arg(c.name), c.id);
    form->addRow(tr("&Category"), m_category);

    m_received = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    DateField::tabLeaves(m_received);
    m_received->setObjectName(QStringLiteral("caseReceived"));
    m_received->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_received->setCalendarPopup(true);
    form->addRow(tr("&Received"), m_received);

    m_deadline = new QDateTimeEdit(this);
    DateField::tabLeaves(m_deadline);
    m_deadline->setObjectName(QStringLiteral("caseDeadline"));
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setToolTip(tr("Set from the category; change it to give this case its own deadline."));
    form->addRow(tr("&Deadline"), m_deadline);

    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("caseBuilding"));
    m_building->addItem(tr("(none)"), 0);
    const RegisterLookups lookups(m_db, m_scope);
    for (const RegisterLookups::Item &c : lookups.compounds())
        for (const RegisterLookups::Item &b : lookups.buildings(c.id))
            m_building->addItem(c.name + QLatin1Char(' ') + b.name, b.id);
    TypeAhead::attach(m_building); // ~200 buildings: typing "3号" narrows them
    form->addRow(tr("&Building"), m_building);

    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("caseGrid"));
    m_grid->addItem(tr("(none)"), 0);
    for (const RegisterLookups::Item &g : lookups.grids())
        m_grid->addItem(g.name, g.id);
    form->addRow(tr("&Grid"), m_grid);

    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("caseLocation"));
    m_location->setPlaceholderText(tr("e.g. east gate of the compound"));
    form->addRow(tr("&Location"), m_location);

    auto *reporterRow = new QHBoxLayout;
    m_reporter = new QLineEdit(this);
    m_reporter->setObjectName(QStringLiteral("reporterName"));
    m_reporter->setPlaceholderText(tr("name, or leave empty if anonymous"));
    m_find = new QPushButton(tr("F&ind in register"), this);
    m_find->setObjectName(QStringLiteral("findReporter"));
    m_find->setAutoDefault(false);
    reporterRow->addWidget(m_reporter, 1);
    reporterRow->addWidget(m_find);
    auto *reporterLabel = new QLabel(tr("Re&porter"), this);
    reporterLabel->setBuddy(m_reporter);
    form->addRow(reporterLabel, reporterRow);
    m_matches = new QComboBox(this);
    m_matches->setObjectName(QStringLiteral("reporterMatches"));
    m_matches->hide();
    form->addRow(QString(), m_matches);

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("reporterPhone"));
    form->addRow(tr("P&hone"), m_phone);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("caseDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(fontMetrics().height() * 5 + 12);
    form->addRow(tr("D&escription"), m_description);

    m_by = new QLineEdit(this);
    m_by->setObjectName(QStringLiteral("caseBy"));
    m_by->setPlaceholderText(tr("who took the case in"));
    m_by->setText(m_scope.displayName()); // most often the clerk at the desk
    form->addRow(tr("&Taken by"), m_by);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("caseError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseIntakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseIntakeDialog::reject);
    connect(m_building, &QComboBox::currentIndexChanged, this, &CaseIntakeDialog::buildingChanged);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CaseIntakeDialog::updateDeadline);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &CaseIntakeDialog::updateDeadline);
    connect(m_deadline, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingDeadline)
            m_deadlineByHand = true;
    });
    connect(m_find, &QPushButton::clicked, this, &CaseIntakeDialog::findReporter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaseIntakeDialog::kindChanged);
    connect(m_matches, &QComboBox::activated, this, &CaseIntakeDialog::reporterPicked);
    connect(m_reporter, &QLineEdit::textEdited, this, [this] { m_reporterId = 0; });

    setTabOrder(m_source, m_kind);
    setTabOrder(m_kind, m_errandType);
    setTabOrder(m_errandType, m_errandTypes);
    setTabOrder(m_errandTypes, m_category);
    setTabOrder(m_category, m_received);
    setTabOrder(m_received, m_deadline);
    setTabOrder(m_deadline, m_building);
    setTabOrder(m_building, m_grid);
    setTabOrder(m_grid, m_location);
    setTabOrder(m_location, m_reporter);
    setTabOrder(m_reporter, m_find);
    setTabOrder(m_find, m_matches);
    setTabOrder(m_matches, m_phone);
    setTabOrder(m_phone, m_description);
    setTabOrder(m_description, m_by);
    updateDeadline();
    kindChanged();
    resize(520, sizeHint().height());
}

void CaseIntakeDialog::setNow(const QDateTime &now)
{
    m_received->setDateTime(now);
}

void CaseIntakeDialog::buildingChanged()
{
    const qint64 building = m_building->currentData().toLongLong();
    m_grid->setEnabled(building == 0);
    if (building == 0)
        return;
    const int index = m_grid->findData(CaseStore(m_db, m_scope).gridOfBuilding(building));
    m_grid->setCurrentIndex(qMax(0, index));
}

void CaseIntakeDialog::updateDeadline()
{
    if (m_deadlineByHand)
        return;
    int days = 0;
    const qint64 category = m_category->currentData().toLongLong();
    for (const CaseCategory &c : CaseStore(m_db, m_scope).categories())
        if (c.id == category)
            days = c.deadlineDays;
    m_settingDeadline = true;
    m_deadline->setDateTime(m_received->dateTime().addDays(days));
    m_settingDeadline = false;
}

void CaseIntakeDialog::findReporter()
{
    const QList<CaseStore::Person> people = CaseStore(m_db, m_scope).findResidents(m_reporter->text());
    m_matches->clear();
    if (people.isEmpty()) {
        m_matches->addItem(tr("No resident of that name or phone in the register"), 0);
    } else {
        m_matches->addItem(tr("%n resident(s) found — choose one", nullptr, int(people.size())), 0);
        for (const CaseStore::Person &p : people)
            m_matches->addItem(p.age >= 0 ? tr("%1  aged %2  %3").arg(p.name).arg(p.age).arg(p.address)
                                          : p.name + QStringLiteral("  ") + p.address,
                               QVariantList{p.id, p.name, p.phone});
    }
    m_matches->show();
    m_matches->setFocus(Qt::TabFocusReason);
}

void CaseIntakeDialog::reporterPicked(int index)
{
    const QVariantList person = m_matches->itemData(index).toList();
    if (person.size() != 3)
        return;
    m_reporterId = person.at(0).toLongLong();
    m_reporter->setText(person.at(1).toString());
    if (m_phone->text().isEmpty())
        m_phone->setText(person.at(2).toString());
}

void CaseIntakeDialog::kindChanged()
{
    const bool errand = CaseWorkflow::isErrand(m_kind->currentData().toString());
    m_errandType->setEnabled(errand);
    // A viewer reads only (EditableList refuses the same).
    m_errandTypes->setEnabled(errand && m_scope.canEdit());
    setWindowTitle(errand ? tr("New errand") : tr("New case"));
}

void CaseIntakeDialog::fillErrandTypes(const QString &select)
{
    const QString keep = select.isEmpty() ? m_errandType->currentData().toString() : select;
    m_errandType->clear();
    for (const ErrandTypes::Type &t : ErrandTypes(m_db, m_scope).list()) {
        m_errandType->addItem(t.name, t.code);
        m_errandType->setItemData(m_errandType->count() - 1, t.id, kErrandTypeIdRole);
    }
    m_errandType->setCurrentIndex(qMax(0, m_errandType->findData(keep)));
}

EditableListActions::Texts CaseIntakeDialog::errandTypeTexts() const
{
    return {tr("Add errand type"),
            tr("Rename errand type"),
            tr("Archive errand type"),
            tr("Name:"),
            tr("Choose the errand type first."),
            tr("Archive \"%1\"? Errands of this type keep it; new errands cannot choose it.")};
}

void CaseIntakeDialog::addErrandType()
{
    QString added;
    if (EditableListActions::add(this, errandTypeTexts(), [this, &added](ListEntry &t) {
            const SaveResult r = ErrandTypes(m_db, m_scope).save(t);
            if (r.ok)
                added = t.code;
            return r;
        }))
        fillErrandTypes(added); // the clerk added it to use it
}

void CaseIntakeDialog::renameErrandType()
{
    if (EditableListActions::rename(this, errandTypeTexts(), m_errandType->currentData(kErrandTypeIdRole).toLongLong(),
                                    m_errandType->currentText(),
                                    [this](ListEntry &t) { return ErrandTypes(m_db, m_scope).save(t); }))
        fillErrandTypes();
}

void CaseIntakeDialog::archiveErrandType()
{
    if (EditableListActions::archive(this, errandTypeTexts(), m_errandType->currentData(kErrandTypeIdRole).toLongLong(),
                                     m_errandType->currentText(),
                                     [this](qint64 id) { return ErrandTypes(m_db, m_scope).archive(id); }))
        fillErrandTypes();
}

void CaseIntakeDialog::setDescription(const QString &text)
{
    m_description->setPlainText(text);
}

void CaseIntakeDialog::setBuilding(qint64 buildingId)
{
    m_building->setCurrentIndex(qMax(0, m_building->findData(buildingId)));
}

void CaseIntakeDialog::setSource(const QString &code)
{
    m_source->setCurrentIndex(qMax(0, m_source->findData(code)));
}

CaseIntake CaseIntakeDialog::intake() const
{
    CaseIntake in;
    in.source = m_source->currentData().toString();
    in.categoryId = m_category->currentData().toLongLong();
    in.receivedAt = m_received->dateTime();
    in.deadline = m_deadline->dateTime();
    in.buildingId = m_building->currentData().toLongLong();
    in.gridId = m_grid->currentData().toLongLong();
    in.location = m_location->text();
    in.reporterResidentId = m_reporterId;
    in.reporterName = m_reporter->text();
    in.reporterPhone = m_phone->text();
    in.description = m_description->toPlainText();
    in.byName = m_by->text();
    in.kind = m_kind->currentData().toString();
    if (CaseWorkflow::isErrand(in.kind))
        in.errandType = m_errandType->currentData().toString();
    return in;
}

void CaseIntakeDialog::accept()
{
    const CaseIntake in = intake();
    const SaveResult result = m_save ? m_save(in) : CaseStore(m_db, m_scope).intake(in);
    if (!result.ok) {
        QStringList lines;
        for (const FieldError &e : result.errors)
            lines << e.message.toHtmlEscaped();
        m_errorText = lines.join(QLatin1Char('\n'));
        m_error->setText(FormHelpers::colored(lines.join(QStringLiteral("<br>")), FormHelpers::errorColor()));
        m_error->show();
        const QString field = result.errors.constFirst().field;
        const QHash<QString, QWidget *> widgets = {
            {QStringLiteral("description"), m_description}, {QStringLiteral("category"), m_category},
            {QStringLiteral("source"), m_source},           {QStringLiteral("deadline"), m_deadline},
            {QStringLiteral("building"), m_building},       {QStringLiteral("grid"), m_grid},
            {QStringLiteral("reporter"), m_reporter},       {QStringLiteral("kind"), m_kind},
            {QStringLiteral("errandType"), m_errandType}};
        QWidget *focus = widgets.value(field, m_received);
        focus->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_savedId = result.id;
    QDialog::accept();
}
