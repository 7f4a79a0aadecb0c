#include "registerpage.h"

#include "communitysetupdialog.h"
#include "duplicatereviewdialog.h"
#include "householddialog.h"
#include "models/access/accessscope.h"
#include "models/access/exportaudit.h"
#include "models/core/itemroles.h"
#include "models/deaths/deathrecord.h"
#include "models/register/addresstreemodel.h"
#include "models/register/placestore.h"
#include "models/register/registerlookups.h"
#include "models/register/registerstore.h"
#include "models/register/residenttablemodel.h"
#include "models/revisions/householdsnapshot.h"
#include "models/revisions/residentsnapshot.h"
#include "models/revisions/statusrevision.h"
#include "movehouseholddialog.h"
#include "registeremptystate.h"
#include "residentdetailpanel.h"
#include "residentdialog.h"
#include "statuschangedialog.h"
#include "tagmanagerdialog.h"
#include "ui/common/columnfilterdialog.h"
#include "ui/common/filterchip.h"
#include "ui/common/formhelpers.h"
#include "ui/common/listexportbutton.h"
#include "ui/common/listlayoutmemory.h"
#include "ui/common/revisioncommand.h"
#include "ui/common/savedviewsbar.h"

#include <algorithm>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

RegisterPage::RegisterPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scope(scope)
    , m_model(new ResidentTableModel(db, scope, this))
    , m_tree(new AddressTreeModel(db, scope, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    m_newHousehold = new QAction(tr("&New household"), this);
    m_newHousehold->setShortcut(QKeySequence::New);
    m_editHousehold = new QAction(tr("Edit &household"), this);
    m_editResident = new QAction(tr("&Edit resident"), this);
    m_editResident->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_moveOut = new QAction(tr("Move &out…"), this);
    m_deceased = new QAction(tr("Record &death…"), this);
    m_moveBack = new QAction(tr("Moved &back…"), this);
    m_moveHousehold = new QAction(tr("Move to another household…"), this);
    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_newHousehold, &QAction::triggered, this, &RegisterPage::newHousehold);
    connect(m_editHousehold, &QAction::triggered, this, &RegisterPage::editHousehold);
    connect(m_editResident, &QAction::triggered, this, &RegisterPage::editResident);
    connect(m_moveOut, &QAction::triggered, this, &RegisterPage::moveOut);
    connect(m_deceased, &QAction::triggered, this, &RegisterPage::markDeceased);
    connect(m_moveBack, &QAction::triggered, this, &RegisterPage::moveBack);
    connect(m_moveHousehold, &QAction::triggered, this, &RegisterPage::moveToOtherHousehold);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_find);
    m_setUp = new QAction(tr("&Set up the community…"), this);
    m_setUp->setObjectName(QStringLiteral("setUpCommunity"));
    m_setUp->setEnabled(m_scope.officeRefusal().isEmpty());
    connect(m_setUp, &QAction::triggered, this, &RegisterPage::setUpCommunity);
    m_manageTags = new QAction(tr("Manage &tags…"), this);
    m_manageTags->setObjectName(QStringLiteral("manageTags"));
    connect(m_manageTags, &QAction::triggered, this, &RegisterPage::manageTags);
    m_duplicates = new QAction(tr("Possible &duplicates…"), this);
    m_duplicates->setObjectName(QStringLiteral("reviewDuplicates"));
    connect(m_duplicates, &QAction::triggered, this, &RegisterPage::reviewDuplicates);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_newHousehold);
    toolbar->addAction(m_editHousehold);
    toolbar->addAction(m_editResident);
    toolbar->addSeparator();
    toolbar->addAction(m_moveOut);
    toolbar->addAction(m_moveHousehold);
    toolbar->addAction(m_deceased);
    toolbar->addAction(m_moveBack);
    toolbar->addSeparator();
    toolbar->addAction(m_duplicates);
    FormHelpers::plainTexts(toolbar);
    layout->addWidget(toolbar);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search name, pinyin initials (zs), ID number, phone or address — Ctrl+F"));
    searchRow->addWidget(m_search, 1);
    m_reveal = new QCheckBox(tr("Show full ID and phone numbers"), this);
    m_reveal->setObjectName(QStringLiteral("revealNumbers"));
    m_reveal->setEnabled(m_scope.canRevealNumbers()); // masks stay for other roles
    searchRow->addWidget(m_reveal);
    // The office's saved views: the search row has room to give, the filter row has none at 1366 px.
    m_views = new SavedViewsBar(
        m_db, m_scope, QStringLiteral("register"), [this] { return viewState(); },
        [this](const QString &state) { applyViewState(state); }, this);
    connect(m_views, &SavedViewsBar::statusMessage, this, &RegisterPage::statusMessage);
    searchRow->addWidget(m_views);
    layout->addLayout(searchRow);

    auto *filterBar = new QWidget(this);
    buildFilters(filterBar);
    layout->addWidget(filterBar);

    m_empty = new RegisterEmptyState(this);
    m_empty->setMayChange(m_scope.officeRefusal().isEmpty());
    connect(m_empty, &RegisterEmptyState::setUpRequested, this, &RegisterPage::setUpCommunity);
    connect(m_empty, &RegisterEmptyState::importRequested, this, &RegisterPage::importRequested);
    layout->addWidget(m_empty, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("registerSplitter"));
    m_splitter = splitter;
    m_treeView = new QTreeView(splitter);
    m_treeView->setObjectName(QStringLiteral("addressTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_table = new QTableView(splitter);
    m_table->installEventFilter(this);
    // Export what the list shows: the filter's rows, the visible columns, numbers masked unless shown.
    auto *exportButton = new ListExportButton(m_table, tr("residents.xlsx"), this);
    searchRow->addWidget(exportButton);
    exportButton->setAudit(m_db, m_scope, QStringLiteral("resident"), QStringLiteral("register list"), [this] {
        return m_model->revealNumbers() ? QStringList{ExportAudit::idNumbers(), ExportAudit::phoneNumbers()}
                                        : QStringList();
    });
    connect(exportButton, &ListExportButton::exported, this,
            [this](int rows) { emit statusMessage(tr("%1 residents exported.").arg(QLocale().toString(rows))); });
    m_table->setObjectName(QStringLiteral("residentTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ResidentTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    // The address takes what room is left and gives it up first, so the columns after it (tags,
    // status) stay in view on a 1366×768 screen.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ResidentTableModel::Address, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editResident, m_editHousehold, m_moveOut, m_moveHousehold, m_deceased, m_moveBack});
    // Widths follow the font so the columns fit their content at any DPI or font size.
    const QFontMetrics fm = fontMetrics();
    const auto w = [&fm](const QString &sample) {
        return fm.horizontalAdvance(sample) + 2 * fm.averageCharWidth() + 4;
    };
    const QList<int> widths = {w(QStringLiteral("欧阳小明")),    w(QStringLiteral("性别")),
                               w(QStringLiteral("年龄")),        w(QStringLiteral("320106********8110")),
                               w(QStringLiteral("138****5678")), w(QStringLiteral("锦绣花园 10号楼 3单元 1201")),
                               w(QStringLiteral("第十网格")),    w(QStringLiteral("人户分离")),
                               w(QStringLiteral("独居、低保")),  w(QStringLiteral("已迁出"))};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    // The office's own fields are columns too, hidden until shown from the header's menu.
    for (int c = ResidentTableModel::ColumnCount; c < m_model->columnCount(); ++c) {
        m_table->setColumnWidth(c, w(QStringLiteral("京A12345")));
        m_table->setColumnHidden(c, true);
    }
    // The header's menu filters a column as Excel's dropdown does (in SQL, by the model).
    ListLayoutMemory::offerColumnActions(m_table, [this](int column, QMenu *menu) -> QList<QAction *> {
        if (!m_model->hasTextFilter(column) && m_model->columnChoices(column).isEmpty())
            return {};
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        QAction *filter = new QAction(tr("&Filter %1…").arg(title), menu);
        filter->setObjectName(QStringLiteral("filterColumn"));
        connect(filter, &QAction::triggered, this, [this, column] { editColumnFilter(column); });
        QList<QAction *> actions{filter};
        const bool filtered = std::any_of(m_columnFilters.cbegin(), m_columnFilters.cend(),
                                          [column](const ResidentColumnCondition &c) { return c.column == column; });
        if (filtered) {
            QAction *clear = new QAction(tr("&Clear the filter of %1").arg(title), menu);
            clear->setObjectName(QStringLiteral("clearColumnFilter"));
            connect(clear, &QAction::triggered, this, [this, column] {
                m_columnFilters.removeIf([column](const ResidentColumnCondition &c) { return c.column == column; });
                applyFilter();
            });
            actions << clear;
        }
        return actions;
    });
    m_detail = new ResidentDetailPanel(db, m_scope, splitter);
    splitter->addWidget(m_treeView);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({140, 900, 230}); // the list keeps the room on a 1366×768 screen
    layout->addWidget(splitter, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("residentCount"));
    layout->addWidget(m_count);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(120); // type ahead without querying on every letter of a fast typist
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RegisterPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_reveal, &QCheckBox::toggled, this, &RegisterPage::setRevealNumbers);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RegisterPage::treeSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegisterPage::currentResidentChanged);
    // selectRow() moves the current row before selecting it, so follow the selection too.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegisterPage::currentResidentChanged);
    connect(m_table, &QTableView::activated, this, &RegisterPage::editResident);
    connect(m_model, &ResidentTableModel::countChanged, this, [this](int count, bool exact) {
        m_count->setText(exact ? tr("%1 residents").arg(QLocale().toString(count))
                               : tr("More than %1 residents, counting…").arg(QLocale().toString(count)));
        updateActions();
    });
    m_count->setText(tr("%1 residents").arg(QLocale().toString(m_model->rowCount())));
    setTabOrder(m_search, m_grid);
    updateActions();
    updateEmptyState();
}

void RegisterPage::updateEmptyState()
{
    // A new office's first start shows what to do next instead of an empty table.
    const PlaceStore places(m_db, m_scope);
    const bool empty = places.isEmpty();
    if (empty)
        m_empty->setPlacesExist(!places.compounds().isEmpty());
    m_empty->setVisible(empty);
    m_splitter->setVisible(!empty);
}

void RegisterPage::reload()
{
    refreshAfterChange(currentResidentId()); // the clerk's row stays chosen
}

void RegisterPage::setUpCommunity()
{
    CommunitySetupDialog dialog(m_db, m_scope, this);
    dialog.exec();
    if (dialog.changed()) {
        refreshAfterChange(0);
        emit statusMessage(tr("Community set-up saved."));
    }
}

void RegisterPage::manageTags()
{
    TagManagerDialog dialog(m_db, m_scope, this);
    dialog.exec();
    if (dialog.changed()) {
        // The tag filter offers the tags in use, with their new names.
        const QSignalBlocker blocker(m_tag);
        const qint64 chosen = m_tag->currentData().toLongLong();
        while (m_tag->count() > 1)
            m_tag->removeItem(1);
        for (const auto &t : RegisterLookups(m_db, m_scope).tags())
            m_tag->addItem(t.name, t.id);
        m_tag->setCurrentIndex(qMax(0, m_tag->findData(chosen)));
        refreshAfterChange(currentResidentId());
        emit statusMessage(tr("Tags saved."));
    }
}

QList<QAction *> RegisterPage::pageActions() const
{
    return {m_newHousehold,  m_editHousehold, m_editResident, m_moveOut,
            m_moveHousehold, m_deceased,      m_moveBack,     m_duplicates};
}

void RegisterPage::reviewDuplicates()
{
    DuplicateReviewDialog dialog(m_db, m_scope, this);
    dialog.exec();
    if (dialog.changed())
        refreshAfterChange(0);
}

void RegisterPage::buildFilters(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const RegisterLookups lookups(m_db, m_scope);
    auto labelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
    };
    m_grid = new QComboBox(bar);
    m_grid->setObjectName(QStringLiteral("gridFilter"));
    m_grid->addItem(tr("All grids"), 0);
    for (const auto &g : lookups.grids())
        m_grid->addItem(g.name, g.id);
    labelled(tr("&Grid"), m_grid);

    m_tag = new QComboBox(bar);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->addItem(tr("All"), 0);
    for (const auto &t : lookups.tags())
        m_tag->addItem(t.name, t.id);
    labelled(tr("&Tag"), m_tag);

    m_residency = new QComboBox(bar);
    m_residency->setObjectName(QStringLiteral("residencyFilter"));
    m_residency->addItem(tr("All"), QString());
    FormHelpers::fillChoices(m_residency, RegisterTypes::residencyTypes());
    labelled(tr("Re&sidency"), m_residency);

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    FormHelpers::fillChoices(m_status, RegisterTypes::statuses());
    m_status->addItem(tr("Any status"), QString());
    labelled(tr("Stat&us"), m_status);

    m_minAge = new QSpinBox(bar);
    m_minAge->setObjectName(QStringLiteral("minAge"));
    m_minAge->setRange(-1, 130);
    m_minAge->setSpecialValueText(tr("any"));
    m_minAge->setValue(-1);
    m_maxAge = new QSpinBox(bar);
    m_maxAge->setObjectName(QStringLiteral("maxAge"));
    m_maxAge->setRange(-1, 130);
    m_maxAge->setSpecialValueText(tr("any"));
    m_maxAge->setValue(-1);
    labelled(tr("&Age from"), m_minAge);
    labelled(tr("to"), m_maxAge);

    auto *reset = new QPushButton(tr("&Reset"), bar);
    row->addWidget(reset);
    // A filter from elsewhere (the map's building, an import's residents), removable as a chip.
    m_chip = new FilterChip(bar);
    row->addWidget(m_chip);
    connect(m_chip, &FilterChip::removed, this, [this] {
        m_addressFilter = {};
        m_treeView->clearSelection();
        m_treeView->setCurrentIndex(QModelIndex());
        applyFilter();
    });
    row->addStretch();

    connect(reset, &QPushButton::clicked, this, [this] {
        const QSignalBlocker b1(m_grid), b2(m_tag), b3(m_residency), b4(m_status), b5(m_minAge), b6(m_maxAge);
        m_grid->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_residency->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_minAge->setValue(-1);
        m_maxAge->setValue(-1);
        m_search->clear();
        m_addressFilter = {};
        m_columnFilters.clear();
        m_chip->setFilterText(QString());
        m_treeView->clearSelection();
        m_treeView->setCurrentIndex(QModelIndex());
        applyFilter();
    });
    for (QComboBox *combo : {m_grid, m_tag, m_residency, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &RegisterPage::applyFilter);
    for (QSpinBox *spin : {m_minAge, m_maxAge})
        connect(spin, &QSpinBox::valueChanged, this, &RegisterPage::applyFilter);
}

void RegisterPage::applyFilter()
{
    ResidentFilter f = m_addressFilter;
    f.text = m_search->text();
    f.gridId = m_grid->currentData().toLongLong();
    f.tagId = m_tag->currentData().toLongLong();
    f.residencyType = m_residency->currentData().toString();
    f.status = m_status->currentData().toString();
    f.minAge = m_minAge->value();
    f.maxAge = m_maxAge->value();
    f.columns = m_columnFilters;
    // A status picked in the header's filter is the one wanted, whatever the filter row's default (living).
    if (std::any_of(m_columnFilters.cbegin(), m_columnFilters.cend(), [](const ResidentColumnCondition &c) {
            return c.column == ResidentTableModel::Status && !c.values.isEmpty();
        }))
        f.status.clear();
    const qint64 keep = currentResidentId();
    m_model->setFilter(f);
    const int row = keep ? m_model->rowOfResident(keep) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    currentResidentChanged();
}

void RegisterPage::treeSelectionChanged()
{
    const QModelIndex current = m_treeView->currentIndex();
    m_addressFilter = {};
    m_chip->setFilterText(QString()); // the tree's choice replaces the filter from elsewhere
    switch (AddressTreeModel::kindOf(current)) {
    case AddressTreeModel::Kind::Compound:
        m_addressFilter.compoundId = m_tree->idOf(current);
        break;
    case AddressTreeModel::Kind::Building:
        m_addressFilter.buildingId = m_tree->idOf(current);
        break;
    case AddressTreeModel::Kind::Unit:
        m_addressFilter.buildingId = m_tree->idOf(current);
        m_addressFilter.unit = m_tree->unitOf(current);
        break;
    case AddressTreeModel::Kind::Household:
        m_addressFilter.householdId = m_tree->idOf(current);
        break;
    default:
        break;
    }
    applyFilter();
}

qint64 RegisterPage::currentResidentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row())
               ? m_model->residentId(current.row())
               : 0;
}

qint64 RegisterPage::currentHouseholdId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        return m_model->householdId(current.row());
    return m_addressFilter.householdId;
}

void RegisterPage::currentResidentChanged()
{
    // Both currentRowChanged and selectionChanged lead here for one click: load the details once.
    const qint64 id = currentResidentId();
    if (id != m_shownResident) {
        m_shownResident = id;
        m_detail->showResident(id, m_model->revealNumbers());
    }
    updateActions();
}

void RegisterPage::updateActions()
{
    const qint64 id = currentResidentId();
    QString status;
    if (id) {
        const QModelIndex current = m_table->currentIndex();
        status = m_model->index(current.row(), ResidentTableModel::Status).data(ItemRole::Code).toString();
    }
    // A viewer reads only (the stores refuse too; this just does not offer what would fail).
    const bool canEdit = m_scope.canEdit();
    const bool living = canEdit && id && status == QLatin1String("living");
    const bool movedOut = canEdit && id && status == QLatin1String("moved_out");
    m_newHousehold->setEnabled(canEdit);
    m_editResident->setEnabled(canEdit && id != 0);
    m_editHousehold->setEnabled(canEdit && currentHouseholdId() != 0);
    m_moveOut->setEnabled(living);
    m_deceased->setEnabled(living || movedOut);
    m_moveHousehold->setEnabled(living);
    m_moveBack->setEnabled(movedOut);
}

void RegisterPage::setRevealNumbers(bool reveal)
{
    if (m_reveal->isChecked() != reveal)
        m_reveal->setChecked(reveal);
    m_model->setRevealNumbers(reveal);
    m_detail->showResident(currentResidentId(), reveal);
}

void RegisterPage::showResident(qint64 residentId)
{
    const RegisterStore store(m_db, m_scope);
    const std::optional<Resident> r = store.resident(residentId);
    if (!r)
        return;
    ResidentFilter f;
    f.householdId = r->householdId;
    f.status.clear();
    m_addressFilter = f;
    m_chip->setFilterText(tr("Household of %1").arg(r->name));
    m_search->clear();
    m_status->setCurrentIndex(m_status->count() - 1); // any status: the person may have moved out
    applyFilter();
    const int row = m_model->rowOfResident(residentId);
    if (row >= 0)
        m_table->selectRow(row);
}

void RegisterPage::showResidents(const QList<qint64> &residentIds)
{
    m_addressFilter = {};
    m_addressFilter.residentIds = residentIds;
    m_chip->setFilterText(tr("%n chosen resident(s)", nullptr, int(residentIds.size())));
    m_search->clear();
    m_status->setCurrentIndex(m_status->count() - 1); // any status: some may be marked moved out already
    applyFilter();
}

void RegisterPage::showBuilding(qint64 buildingId)
{
    m_addressFilter = {};
    m_addressFilter.buildingId = buildingId;
    const RegisterLookups lookups(m_db, m_scope);
    const qint64 compound = lookups.compoundOfBuilding(buildingId);
    QString name;
    for (const auto &b : lookups.buildings(compound))
        if (b.id == buildingId)
            name = b.name;
    for (const auto &c : lookups.compounds())
        if (c.id == compound)
            name = c.name + QLatin1Char(' ') + name;
    m_chip->setFilterText(tr("Building: %1").arg(name.trimmed()));
    m_search->clear();
    applyFilter();
}

void RegisterPage::refreshAfterChange(qint64 residentId)
{
    m_tree->reload();
    m_model->reload();
    updateEmptyState();
    m_shownResident = -1; // the record changed: show its details afresh
    const int row = residentId ? m_model->rowOfResident(residentId) : -1;
    if (row >= 0)
        m_table->selectRow(row);
    currentResidentChanged();
}

void RegisterPage::newHousehold()
{
    const qint64 building =
        m_addressFilter.buildingId ? m_addressFilter.buildingId : m_tree->buildingOf(m_treeView->currentIndex());
    HouseholdDialog dialog(m_db, m_scope, 0, building, this);
    connect(&dialog, &HouseholdDialog::openResidentRequested, this, [this, &dialog](qint64 id) {
        dialog.reject();
        showResident(id);
    });
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<HouseholdSnapshot>(this, m_db, m_scope, std::nullopt, dialog.savedHouseholdId(),
                                                      [this] { refreshAfterChange(0); });
        refreshAfterChange(0);
        emit statusMessage(tr("Household saved."));
    }
}

void RegisterPage::editHousehold()
{
    const qint64 household = currentHouseholdId();
    if (!household)
        return;
    const qint64 resident = currentResidentId();
    std::optional<HouseholdSnapshot::Record> before = HouseholdSnapshot::load(m_db, m_scope, household);
    HouseholdDialog dialog(m_db, m_scope, household, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<HouseholdSnapshot>(this, m_db, m_scope, std::move(before), household,
                                                      [this, resident] { refreshAfterChange(resident); });
        refreshAfterChange(resident);
        emit statusMessage(tr("Household saved."));
    }
}

void RegisterPage::editResident()
{
    const qint64 id = currentResidentId();
    const std::optional<Resident> r = id ? RegisterStore(m_db, m_scope).resident(id) : std::nullopt;
    if (!r)
        return;
    ResidentDialog dialog(m_db, m_scope, *r, this);
    connect(&dialog, &ResidentDialog::openResidentRequested, this, [this, &dialog](qint64 other) {
        dialog.reject();
        showResident(other);
    });
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<ResidentSnapshot>(this, m_db, m_scope, r, id,
                                                     [this, id] { refreshAfterChange(id); });
        refreshAfterChange(id);
        emit statusMessage(tr("%1 saved.").arg(r->name));
    }
}

void RegisterPage::changeStatus(const QString &status, const QString &title, const QString &prompt)
{
    const qint64 id = currentResidentId();
    if (!id)
        return;
    const std::optional<Resident> before = RegisterStore(m_db, m_scope).resident(id);
    StatusChangeDialog dialog(title, prompt, this);
    while (before && dialog.exec() == QDialog::Accepted) {
        // A death also takes the person off the rota and closes their volunteer record (DeathRecord).
        DeathRecord::Effects effects;
        const SaveResult result =
            status == QLatin1String("deceased")
                ? DeathRecord(m_db, m_scope).record(id, dialog.date(), dialog.note(), nullptr, &effects)
                : RegisterStore(m_db, m_scope).changeStatus(id, status, dialog.date(), dialog.note());
        if (result.ok) {
            // Undone as a withdrawal, the death's volunteer record and shifts put back with it.
            if (const std::optional<Resident> after = RegisterStore(m_db, m_scope).resident(id))
                RevisionCommand::push(this,
                                      std::make_unique<StatusRevision>(m_db, m_scope, *before, *after, dialog.date(),
                                                                       dialog.note(), effects),
                                      [this, id] { refreshAfterChange(id); });
            refreshAfterChange(id);
            emit statusMessage(tr("Change recorded."));
            return;
        }
        dialog.showError(result.firstMessage());
    }
}

void RegisterPage::moveOut()
{
    const QString name = m_model->index(m_table->currentIndex().row(), ResidentTableModel::Name).data().toString();
    changeStatus(QStringLiteral("moved_out"), tr("Move out"),
                 tr("%1 moves out of the community. The record is kept with the date.").arg(name));
}

void RegisterPage::markDeceased()
{
    const QString name = m_model->index(m_table->currentIndex().row(), ResidentTableModel::Name).data().toString();
    changeStatus(QStringLiteral("deceased"), tr("Record death"),
                 tr("Record the death of %1. The record is kept with the date.").arg(name));
}

void RegisterPage::moveBack()
{
    const QString name = m_model->index(m_table->currentIndex().row(), ResidentTableModel::Name).data().toString();
    changeStatus(QStringLiteral("living"), tr("Moved back"), tr("%1 lives in the community again.").arg(name));
}

void RegisterPage::moveToOtherHousehold()
{
    const qint64 id = currentResidentId();
    if (!id)
        return;
    const QString name = m_model->index(m_table->currentIndex().row(), ResidentTableModel::Name).data().toString();
    MoveHouseholdDialog dialog(m_db, m_scope, name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RegisterStore store(m_db, m_scope);
    const std::optional<Resident> before = store.resident(id);
    const SaveResult result = store.moveToHousehold(id, dialog.householdId(), dialog.date(), dialog.note());
    if (!result.ok) {
        QMessageBox::warning(this, tr("Move to another household"), result.firstMessage());
        return;
    }
    RevisionCommand::pushSaved<ResidentSnapshot>(
        this, m_db, m_scope, before, id, [this, id] { refreshAfterChange(id); },
        tr("move %1 to another household").arg(name));
    refreshAfterChange(id);
    emit statusMessage(tr("%1 moved.").arg(name));
}

void RegisterPage::editColumnFilter(int column)
{
    ResidentColumnCondition current;
    current.column = column;
    current.customFieldId = m_model->customFieldId(column);
    for (const ResidentColumnCondition &c : std::as_const(m_columnFilters))
        if (c.column == column)
            current = c;
    ColumnFilterDialog dialog(m_model->headerData(column, Qt::Horizontal).toString(), m_model->hasTextFilter(column),
                              m_model->columnChoices(column), current.contains, current.values, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    current.contains = dialog.contains();
    current.values = dialog.picked();
    m_columnFilters.removeIf([column](const ResidentColumnCondition &c) { return c.column == column; });
    if (!current.isEmpty())
        m_columnFilters.append(current);
    applyFilter();
}

bool RegisterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) {
            const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
            if (m_model->hasTextFilter(column) || !m_model->columnChoices(column).isEmpty()) {
                editColumnFilter(column);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString RegisterPage::viewState() const
{
    QJsonObject o;
    o.insert(QStringLiteral("grid"), QString::number(m_grid->currentData().toLongLong()));
    o.insert(QStringLiteral("tag"), QString::number(m_tag->currentData().toLongLong()));
    o.insert(QStringLiteral("residency"), m_residency->currentData().toString());
    o.insert(QStringLiteral("status"), m_status->currentData().toString());
    o.insert(QStringLiteral("minAge"), m_minAge->value());
    o.insert(QStringLiteral("maxAge"), m_maxAge->value());
    o.insert(QStringLiteral("search"), m_search->text());
    QJsonArray columns;
    for (const ResidentColumnCondition &c : m_columnFilters)
        columns.append(QJsonObject{{QStringLiteral("column"), c.column},
                                   {QStringLiteral("contains"), c.contains},
                                   {QStringLiteral("values"), QJsonArray::fromStringList(c.values)},
                                   // A custom field by its id: its column moves as fields are added.
                                   {QStringLiteral("customField"), QString::number(c.customFieldId)}});
    o.insert(QStringLiteral("columnFilters"), columns);
    o.insert(QStringLiteral("header"), QString::fromLatin1(m_table->horizontalHeader()->saveState().toBase64()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void RegisterPage::applyViewState(const QString &state)
{
    const QJsonObject o = QJsonDocument::fromJson(state.toUtf8()).object();
    if (o.isEmpty())
        return;
    const auto select = [](QComboBox *combo, const QVariant &value) {
        const int index = combo->findData(value);
        combo->setCurrentIndex(index >= 0 ? index : 0); // a grid or tag since archived: all
    };
    {
        const QSignalBlocker b1(m_grid), b2(m_tag), b3(m_residency), b4(m_status), b5(m_minAge), b6(m_maxAge),
            b7(m_search);
        select(m_grid, o.value(QStringLiteral("grid")).toString().toLongLong());
        select(m_tag, o.value(QStringLiteral("tag")).toString().toLongLong());
        select(m_residency, o.value(QStringLiteral("residency")).toString());
        select(m_status, o.value(QStringLiteral("status")).toString());
        m_minAge->setValue(o.value(QStringLiteral("minAge")).toInt(-1));
        m_maxAge->setValue(o.value(QStringLiteral("maxAge")).toInt(-1));
        m_search->setText(o.value(QStringLiteral("search")).toString());
    }
    m_columnFilters.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("columnFilters")).toArray()) {
        const QJsonObject c = v.toObject();
        ResidentColumnCondition condition;
        condition.column = c.value(QStringLiteral("column")).toInt(-1);
        condition.contains = c.value(QStringLiteral("contains")).toString();
        for (const QJsonValue &value : c.value(QStringLiteral("values")).toArray())
            condition.values << value.toString();
        condition.customFieldId = c.value(QStringLiteral("customField")).toString().toLongLong();
        if (condition.customFieldId > 0)
            condition.column = m_model->columnOfCustomField(condition.customFieldId); // -1: since archived
        if (condition.column >= 0 && condition.column < m_model->columnCount() && !condition.isEmpty())
            m_columnFilters.append(condition);
    }
    const QByteArray header = QByteArray::fromBase64(o.value(QStringLiteral("header")).toString().toLatin1());
    QHeaderView *h = m_table->horizontalHeader();
    if (!header.isEmpty() && h->restoreState(header)) {
        if (h->sortIndicatorSection() >= 0)
            m_table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
        if (ListLayoutMemory *memory = ListLayoutMemory::of(m_table))
            memory->save(); // the view's columns are the list's columns from now on
    }
    m_searchTimer->stop();
    applyFilter();
}
