#include "visitdialog.h"

#include "models/access/accessscope.h"
#include "models/register/registerlookups.h"
#include "models/visits/visitstore.h"
#include "ui/cases/caseintakedialog.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"
#include "ui/common/typeahead.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
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
enum NeedColumn { NeedText, NeedCase };
}

VisitDialog::VisitDialog(QSqlDatabase db, const AccessScope &scope, qint64 visitId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_visitId(visitId)
{
    FormGuard::install(this);
    setWindowTitle(visitId ? tr("Edit visit") : tr("Log visit"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("visitBuilding"));
    m_building->addItem(tr("(choose a building)"), 0);
    const RegisterLookups lookups(m_db, m_scope);
    for (const RegisterLookups::Item &c : lookups.compounds())
        for (const RegisterLookups::Item &b : lookups.buildings(c.id))
            m_building->addItem(c.name + QLatin1Char(' ') + b.name, b.id);
    TypeAhead::attach(m_building); // ~200 buildings: typing "3号" narrows them
    form->addRow(tr("&Building"), m_building);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("visitSearch"));
    m_search->setPlaceholderText(tr("or a member's name, phone or room number"));
    m_search->setClearButtonEnabled(true);
    m_find = new QPushButton(tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("visitFind"));
    m_find->setAutoDefault(false);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_find);
    auto *searchLabel = new QLabel(tr("&Search"), this);
    searchLabel->setBuddy(m_search);
    form->addRow(searchLabel, searchRow);

    m_household = new QComboBox(this);
    m_household->setObjectName(QStringLiteral("visitHousehold"));
    m_household->setMinimumContentsLength(36);
    m_household->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("&Household"), m_household);

    m_date = new QDateEdit(QDate::currentDate(), this);
    DateField::tabLeaves(m_date);
    m_date->setObjectName(QStringLiteral("visitDate"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date"), m_date);

    m_worker = new QLineEdit(m_scope.userName(), this);
    m_worker->setObjectName(QStringLiteral("visitWorker"));
    m_worker->setPlaceholderText(tr("the grid worker who went"));
    form->addRow(tr("&Worker"), m_worker);

    m_met = new QLineEdit(this);
    m_met->setObjectName(QStringLiteral("visitMet"));
    m_met->setPlaceholderText(tr("e.g. the head of household, a neighbour"));
    form->addRow(tr("&Met"), m_met);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("visitNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().height() * 4 + 12);
    form->addRow(tr("N&otes"), m_notes);

    auto *needsLabel = new QLabel(tr("Needs &raised"), this);
    layout->addWidget(needsLabel);
    m_needs = new QTableWidget(0, 2, this);
    m_needs->setObjectName(QStringLiteral("visitNeeds"));
    m_needs->setHorizontalHeaderLabels({tr("Need"), tr("Case")});
    m_needs->horizontalHeader()->setSectionResizeMode(NeedText, QHeaderView::Stretch);
    m_needs->horizontalHeader()->setSectionResizeMode(NeedCase, QHeaderView::ResizeToContents);
    m_needs->verticalHeader()->hide();
    m_needs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_needs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_needs->setTabKeyNavigation(false);
    m_needs->setMinimumHeight(fontMetrics().height() * 7);
    needsLabel->setBuddy(m_needs);
    layout->addWidget(m_needs, 1);
    auto *needButtons = new QHBoxLayout;
    m_addNeed = new QPushButton(tr("&Add need"), this);
    m_addNeed->setObjectName(QStringLiteral("addNeed"));
    m_removeNeed = new QPushButton(tr("Remo&ve need"), this);
    m_removeNeed->setObjectName(QStringLiteral("removeNeed"));
    m_makeCase = new QPushButton(tr("Make &case…"), this);
    m_makeCase->setObjectName(QStringLiteral("makeCase"));
    m_makeCase->setToolTip(tr("Make the chosen need a case or an errand, linked to this visit."));
    for (QPushButton *b : {m_addNeed, m_removeNeed, m_makeCase}) {
        b->setAutoDefault(false);
        needButtons->addWidget(b);
    }
    needButtons->addStretch(1);
    layout->addLayout(needButtons);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("visitError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VisitDialog::reject);
    connect(m_building, &QComboBox::currentIndexChanged, this, &VisitDialog::buildingChanged);
    connect(m_find, &QPushButton::clicked, this, &VisitDialog::findHousehold);
    connect(m_search, &QLineEdit::returnPressed, this, &VisitDialog::findHousehold);
    FormGuard::enterStaysIn(m_search); // Enter there finds the household; it does not save the visit
    connect(m_addNeed, &QPushButton::clicked, this, &VisitDialog::addNeed);
    connect(m_removeNeed, &QPushButton::clicked, this, &VisitDialog::archiveNeed);
    connect(m_makeCase, &QPushButton::clicked, this, &VisitDialog::makeCase);
    connect(m_needs, &QTableWidget::currentCellChanged, this, &VisitDialog::updateNeedButtons);

    setTabOrder(m_building, m_search);
    setTabOrder(m_search, m_find);
    setTabOrder(m_find, m_household);
    setTabOrder(m_household, m_date);
    setTabOrder(m_date, m_worker);
    setTabOrder(m_worker, m_met);
    setTabOrder(m_met, m_notes);
    setTabOrder(m_notes, m_needs);
    setTabOrder(m_needs, m_addNeed);
    setTabOrder(m_addNeed, m_removeNeed);
    setTabOrder(m_removeNeed, m_makeCase);

    if (visitId) {
        VisitStore store(m_db, m_scope);
        if (const std::optional<Visit> v = store.visit(visitId)) {
            m_rowVersion = v->rowVersion;
            if (const std::optional<VisitStore::HouseholdChoice> h = store.household(v->householdId))
                m_building->setCurrentIndex(qMax(0, m_building->findData(h->buildingId)));
            m_household->clear();
            m_household->addItem(v->address, v->householdId);
            m_household->setCurrentIndex(0);
            m_building->setEnabled(false);
            m_search->setEnabled(false);
            m_find->setEnabled(false);
            m_household->setEnabled(false);
            m_date->setDate(v->visitedOn);
            m_worker->setText(v->worker);
            m_met->setText(v->met);
            m_notes->setPlainText(v->notes);
            for (const VisitNeed &n : store.needs(visitId))
                addNeedRow(n);
        }
    }
    updateNeedButtons();
    resize(620, sizeHint().height());
}

void VisitDialog::setHousehold(qint64 householdId)
{
    const std::optional<VisitStore::HouseholdChoice> h = VisitStore(m_db, m_scope).household(householdId);
    if (!h)
        return;
    m_building->setCurrentIndex(qMax(0, m_building->findData(h->buildingId)));
    m_household->setCurrentIndex(qMax(0, m_household->findData(householdId)));
}

void VisitDialog::setToday(const QDate &today)
{
    m_date->setMaximumDate(today);
    if (!m_visitId)
        m_date->setDate(today);
}

void VisitDialog::buildingChanged()
{
    if (m_visitId)
        return;
    const qint64 building = m_building->currentData().toLongLong();
    QList<qint64> ids;
    QList<QString> labels;
    if (building > 0)
        for (const VisitStore::HouseholdChoice &h : VisitStore(m_db, m_scope).households(building)) {
            ids << h.id;
            labels << (h.members.isEmpty() ? h.address : h.address + QStringLiteral(" — ") + h.members);
        }
    fillHouseholds(ids, labels);
}

void VisitDialog::findHousehold()
{
    QList<qint64> ids;
    QList<QString> labels;
    for (const VisitStore::HouseholdChoice &h : VisitStore(m_db, m_scope).findHouseholds(m_search->text())) {
        ids << h.id;
        labels << (h.members.isEmpty() ? h.address : h.address + QStringLiteral(" — ") + h.members);
    }
    fillHouseholds(ids, labels);
    if (ids.isEmpty())
        m_household->addItem(tr("No household found"), 0);
    m_household->setFocus(Qt::TabFocusReason);
}

void VisitDialog::fillHouseholds(const QList<qint64> &ids, const QList<QString> &labels)
{
    m_household->clear();
    for (int i = 0; i < ids.size(); ++i)
        m_household->addItem(labels.at(i), ids.at(i));
}

void VisitDialog::addNeedRow(const VisitNeed &need)
{
    const int row = m_needs->rowCount();
    m_needs->insertRow(row);
    m_needs->setItem(row, NeedText, new QTableWidgetItem(need.description));
    auto *caseItem = new QTableWidgetItem(need.caseNo);
    caseItem->setFlags(caseItem->flags() & ~Qt::ItemIsEditable);
    m_needs->setItem(row, NeedCase, caseItem);
    if (need.caseId) // a need that is a case is its description
        m_needs->item(row, NeedText)->setFlags(m_needs->item(row, NeedText)->flags() & ~Qt::ItemIsEditable);
    m_needRows.append(need);
}

void VisitDialog::addNeed()
{
    addNeedRow(VisitNeed());
    const int row = m_needs->rowCount() - 1;
    m_needs->setCurrentCell(row, NeedText);
    m_needs->setFocus(Qt::OtherFocusReason);
    m_needs->editItem(m_needs->item(row, NeedText));
}

void VisitDialog::archiveNeed()
{
    const int row = m_needs->currentRow();
    if (row < 0 || row >= m_needRows.size() || m_needRows.at(row).caseId)
        return;
    VisitNeed need = m_needRows.takeAt(row);
    if (need.id) { // stored needs are archived, never deleted
        need.archived = true;
        m_archived.append(need);
    }
    m_needs->removeRow(row);
    updateNeedButtons();
}

void VisitDialog::updateNeedButtons()
{
    const int row = m_needs->currentRow();
    const bool valid = row >= 0 && row < m_needRows.size();
    const bool isCase = valid && m_needRows.at(row).caseId;
    m_removeNeed->setEnabled(valid && !isCase);
    m_makeCase->setEnabled(valid && !isCase);
}

void VisitDialog::makeCase()
{
    const int row = m_needs->currentRow();
    if (row < 0 || row >= m_needRows.size() || m_needRows.at(row).caseId)
        return;
    const QString text = m_needs->item(row, NeedText)->text().trimmed();
    if (text.isEmpty()) {
        showErrors({{QStringLiteral("needs"), tr("Need: describe it before making it a case.")}});
        return;
    }
    const qint64 household = m_household->currentData().toLongLong();
    const std::optional<VisitStore::HouseholdChoice> h = VisitStore(m_db, m_scope).household(household);

    CaseIntakeDialog dialog(m_db, m_scope, this);
    dialog.setDescription(text);
    dialog.setSource(QStringLiteral("patrol"));
    if (h)
        dialog.setBuilding(h->buildingId);
    dialog.setNow(QDateTime(m_date->date(), QTime::currentTime()));
    const qint64 needId = m_needRows.at(row).id;
    VisitStore store(m_db, m_scope);
    std::optional<CaseIntake> pending;
    qint64 madeId = 0;
    if (needId && m_visitId) {
        // A stored need: made a case at once.
        dialog.setSaveHandler([&](const CaseIntake &in) {
            const SaveResult r = store.raiseCase(needId, in);
            madeId = r.ok ? r.id : 0;
            return r;
        });
    } else {
        // A need not saved yet: checked now, made with the visit.
        dialog.setSaveHandler([&](const CaseIntake &in) {
            const SaveResult r = store.checkCase(in);
            if (r.ok)
                pending = in;
            return r;
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTableWidgetItem *caseItem = m_needs->item(row, NeedCase);
    const bool errand = pending && pending->kind == QLatin1String("errand");
    if (madeId) {
        m_needRows[row].caseId = madeId;
        m_madeCases << madeId;
        const QList<VisitNeed> stored = store.needs(m_visitId);
        for (const VisitNeed &n : stored)
            if (n.id == needId)
                caseItem->setText(n.caseNo);
        m_needs->item(row, NeedText)->setFlags(m_needs->item(row, NeedText)->flags() & ~Qt::ItemIsEditable);
    } else if (pending) {
        m_needRows[row].newCase = pending;
        caseItem->setText(errand ? tr("errand, made on save") : tr("case, made on save"));
    }
    updateNeedButtons();
}

void VisitDialog::showErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message.toHtmlEscaped();
    m_errorText = lines.join(QLatin1Char('\n'));
    m_error->setText(FormHelpers::colored(lines.join(QStringLiteral("<br>")), FormHelpers::errorColor()));
    m_error->setVisible(!lines.isEmpty());
}

void VisitDialog::accept()
{
    Visit v;
    v.id = m_visitId;
    v.rowVersion = m_rowVersion;
    v.householdId = m_household->currentData().toLongLong();
    v.visitedOn = m_date->date();
    v.worker = m_worker->text();
    v.met = m_met->text();
    v.notes = m_notes->toPlainText();
    QList<VisitNeed> needs;
    for (int row = 0; row < m_needRows.size(); ++row) {
        VisitNeed n = m_needRows.at(row);
        n.description = m_needs->item(row, NeedText)->text();
        if (n.id == 0 && n.description.trimmed().isEmpty() && !n.newCase)
            continue; // an empty row left behind
        needs << n;
    }
    needs << m_archived;
    const SaveResult result = VisitStore(m_db, m_scope).save(v, needs);
    if (!result.ok) {
        showErrors(result.errors);
        const QString field = result.errors.constFirst().field;
        QWidget *focus = field == QLatin1String("household")        ? static_cast<QWidget *>(m_household)
                         : field == QLatin1String("visitedOn")      ? static_cast<QWidget *>(m_date)
                         : field == QLatin1String("worker")         ? static_cast<QWidget *>(m_worker)
                         : field.startsWith(QLatin1String("needs")) ? static_cast<QWidget *>(m_needs)
                                                                    : static_cast<QWidget *>(m_household);
        focus->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (const VisitNeed &n : std::as_const(needs))
        if (n.caseId && !m_madeCases.contains(n.caseId) && !n.archived) {
            bool before = false;
            for (const VisitNeed &old : std::as_const(m_needRows))
                before = before || (old.id == n.id && old.caseId == n.caseId && n.id);
            if (!before)
                m_madeCases << n.caseId;
        }
    m_savedId = result.id;
    QDialog::accept();
}
