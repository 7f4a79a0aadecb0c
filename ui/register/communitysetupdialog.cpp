#include "communitysetupdialog.h"

#include "models/grids/gridstore.h"
#include "models/register/placestore.h"
#include "placerolesdialog.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false); // Enter in a field adds that field's item, not the dialog's default
    return b;
}

// What the selected compound or building may be merged into: every other one of the list.
void fillMergeTargets(const QListWidget *list, QComboBox *targets)
{
    targets->clear();
    for (int i = 0; i < list->count(); ++i)
        if (i != list->currentRow())
            targets->addItem(list->item(i)->data(IdRole + 1).toString(), list->item(i)->data(IdRole));
}

} // namespace

CommunitySetupDialog::CommunitySetupDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_guard = FormGuard::install(this); // each step saves at once: only text not yet added is pending
    setWindowTitle(tr("Set up the community"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Name the street and the community, then add the grids, the compounds and their "
                                "buildings. Each button saves at once; names can be changed later."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(buildCommunity(), 0, 0);
    grid->addWidget(buildGrids(), 0, 1);
    grid->addWidget(buildCompounds(), 1, 0);
    grid->addWidget(buildBuildings(), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("setupMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in a field adds that field's item; it must never close the dialog as well.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    const PlaceStore::Community community = PlaceStore(m_db, m_scope).community();
    m_street->setText(community.street);
    m_community->setText(community.name);
    reloadGrids();
    reloadCompounds();
    const bool may = m_scope.officeRefusal().isEmpty();
    if (!may)
        m_message->setText(m_scope.officeRefusal());
    for (QWidget *w : findChildren<QPushButton *>())
        if (w->parent() != buttons)
            w->setEnabled(may);
    updateButtons();
    resize(900, 600);
    (community.name.isEmpty() ? m_street : m_compoundName)->setFocus();
}

QWidget *CommunitySetupDialog::buildCommunity()
{
    auto *box = new QGroupBox(tr("Community"), this);
    auto *form = new QFormLayout(box);
    m_street = new QLineEdit(box);
    m_street->setObjectName(QStringLiteral("setupStreet"));
    m_street->setPlaceholderText(tr("e.g. 新华街道"));
    m_community = new QLineEdit(box);
    m_community->setObjectName(QStringLiteral("setupCommunity"));
    m_community->setPlaceholderText(tr("e.g. 幸福社区"));
    form->addRow(tr("&Street:"), m_street);
    form->addRow(tr("Co&mmunity:"), m_community);
    auto *save = button(tr("Save &names"), QStringLiteral("setupSaveNames"), box);
    form->addRow(QString(), save);
    connect(save, &QPushButton::clicked, this, &CommunitySetupDialog::saveCommunity);
    connect(m_community, &QLineEdit::returnPressed, this, &CommunitySetupDialog::saveCommunity);
    return box;
}

QWidget *CommunitySetupDialog::buildGrids()
{
    auto *box = new QGroupBox(tr("Grids"), this);
    auto *v = new QVBoxLayout(box);
    m_grids = new QListWidget(box);
    m_grids->setObjectName(QStringLiteral("setupGrids"));
    v->addWidget(m_grids, 1);
    auto *form = new QFormLayout;
    m_gridCode = new QLineEdit(box);
    m_gridCode->setObjectName(QStringLiteral("setupGridCode"));
    m_gridCode->setPlaceholderText(tr("e.g. G01"));
    m_gridName = new QLineEdit(box);
    m_gridName->setObjectName(QStringLiteral("setupGridName"));
    m_gridName->setPlaceholderText(tr("e.g. 第一网格"));
    form->addRow(tr("Grid co&de:"), m_gridCode);
    form->addRow(tr("Grid n&ame:"), m_gridName);
    auto *add = button(tr("Add &grid"), QStringLiteral("setupAddGrid"), box);
    form->addRow(QString(), add);
    v->addLayout(form);
    connect(add, &QPushButton::clicked, this, &CommunitySetupDialog::addGrid);
    connect(m_gridName, &QLineEdit::returnPressed, this, &CommunitySetupDialog::addGrid);
    return box;
}

QWidget *CommunitySetupDialog::buildCompounds()
{
    auto *box = new QGroupBox(tr("Compounds"), this);
    auto *v = new QVBoxLayout(box);
    m_compounds = new QListWidget(box);
    m_compounds->setObjectName(QStringLiteral("setupCompounds"));
    v->addWidget(m_compounds, 1);
    auto *form = new QFormLayout;
    m_compoundName = new QLineEdit(box);
    m_compoundName->setObjectName(QStringLiteral("setupCompoundName"));
    m_compoundName->setPlaceholderText(tr("e.g. 幸福里"));
    form->addRow(tr("Com&pound:"), m_compoundName);
    auto *row = new QHBoxLayout;
    auto *add = button(tr("Add c&ompound"), QStringLiteral("setupAddCompound"), box);
    m_renameCompound = button(tr("Rename selected"), QStringLiteral("setupRenameCompound"), box);
    // The compound's contacts (物业, 业委会) in their own dialog, saved at once.
    auto *compoundContacts = button(tr("Contacts…"), QStringLiteral("setupCompoundContacts"), box);
    row->addWidget(add);
    row->addWidget(m_renameCompound);
    row->addWidget(compoundContacts);
    row->addStretch(1);
    form->addRow(QString(), row);
    // Two names for one compound (two imports spelled it differently) become one.
    auto *mergeRow = new QHBoxLayout;
    m_compoundMergeInto = new QComboBox(box);
    m_compoundMergeInto->setObjectName(QStringLiteral("setupCompoundMergeInto"));
    m_mergeCompound = button(tr("Merge compound in&to"), QStringLiteral("setupMergeCompound"), box);
    mergeRow->addWidget(m_mergeCompound);
    mergeRow->addWidget(m_compoundMergeInto, 1);
    form->addRow(QString(), mergeRow);
    v->addLayout(form);
    connect(m_mergeCompound, &QPushButton::clicked, this, &CommunitySetupDialog::mergeCompound);
    connect(compoundContacts, &QPushButton::clicked, this, [this] {
        if (const qint64 compound = currentCompound()) {
            PlaceRolesDialog(m_db, m_scope, compound, 0, this).exec();
            m_changed = true;
        }
    });
    connect(add, &QPushButton::clicked, this, &CommunitySetupDialog::addCompound);
    connect(m_compoundName, &QLineEdit::returnPressed, this, &CommunitySetupDialog::addCompound);
    connect(m_renameCompound, &QPushButton::clicked, this, &CommunitySetupDialog::renameCompound);
    connect(m_compounds, &QListWidget::currentRowChanged, this, [this] {
        fillMergeTargets(m_compounds, m_compoundMergeInto);
        reloadBuildings();
    });
    return box;
}

QWidget *CommunitySetupDialog::buildBuildings()
{
    auto *box = new QGroupBox(tr("Buildings of the selected compound"), this);
    auto *v = new QVBoxLayout(box);
    m_buildings = new QListWidget(box);
    m_buildings->setObjectName(QStringLiteral("setupBuildings"));
    v->addWidget(m_buildings, 1);
    auto *form = new QFormLayout;
    m_buildingName = new QLineEdit(box);
    m_buildingName->setObjectName(QStringLiteral("setupBuildingName"));
    m_buildingName->setPlaceholderText(tr("e.g. 3号楼"));
    m_buildingGrid = new QComboBox(box);
    m_buildingGrid->setObjectName(QStringLiteral("setupBuildingGrid"));
    m_units = new QSpinBox(box);
    m_units->setObjectName(QStringLiteral("setupUnits"));
    m_units->setRange(0, 99);
    m_units->setSpecialValueText(tr("no units"));
    form->addRow(tr("&Building:"), m_buildingName);
    form->addRow(tr("In g&rid:"), m_buildingGrid);
    form->addRow(tr("&Units:"), m_units);
    auto *row = new QHBoxLayout;
    m_addBuilding = button(tr("Add bui&lding"), QStringLiteral("setupAddBuilding"), box);
    m_renameBuilding = button(tr("Rename selected"), QStringLiteral("setupRenameBuilding"), box);
    // The building's and its units' contacts (楼栋长, 单元长…), printed on its visit sheet.
    auto *buildingContacts = button(tr("Contacts…"), QStringLiteral("setupBuildingContacts"), box);
    row->addWidget(m_addBuilding);
    row->addWidget(m_renameBuilding);
    row->addWidget(buildingContacts);
    row->addStretch(1);
    form->addRow(QString(), row);
    auto *mergeRow = new QHBoxLayout;
    m_mergeInto = new QComboBox(box);
    m_mergeInto->setObjectName(QStringLiteral("setupMergeInto"));
    m_merge = button(tr("Merge selected &into"), QStringLiteral("setupMerge"), box);
    mergeRow->addWidget(m_merge);
    mergeRow->addWidget(m_mergeInto, 1);
    form->addRow(QString(), mergeRow);
    v->addLayout(form);
    connect(m_addBuilding, &QPushButton::clicked, this, &CommunitySetupDialog::addBuilding);
    connect(m_buildingName, &QLineEdit::returnPressed, this, &CommunitySetupDialog::addBuilding);
    connect(m_renameBuilding, &QPushButton::clicked, this, &CommunitySetupDialog::renameBuilding);
    connect(m_merge, &QPushButton::clicked, this, &CommunitySetupDialog::mergeBuilding);
    connect(buildingContacts, &QPushButton::clicked, this, [this] {
        if (const qint64 building = currentBuilding()) {
            PlaceRolesDialog(m_db, m_scope, currentCompound(), building, this).exec();
            m_changed = true;
        }
    });
    connect(m_buildings, &QListWidget::currentRowChanged, this, [this] {
        fillMergeTargets(m_buildings, m_mergeInto);
        updateButtons();
    });
    return box;
}

void CommunitySetupDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter anywhere in the building's row (its grid, its units) adds the building, as in its name.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (focusWidget() == m_buildingGrid || focusWidget() == m_units)) {
        addBuilding();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool CommunitySetupDialog::report(const QString &error, QWidget *focus, const QString &done)
{
    if (!error.isEmpty()) {
        m_message->setText(FormHelpers::colored(error.toHtmlEscaped(), FormHelpers::errorColor()));
        if (focus)
            focus->setFocus();
        return false;
    }
    m_changed = true;
    m_message->setText(FormHelpers::colored(done.toHtmlEscaped(), FormHelpers::okColor()));
    return true;
}

void CommunitySetupDialog::updateButtons()
{
    const bool may = m_scope.officeRefusal().isEmpty();
    const bool compound = currentCompound() != 0;
    const bool building = currentBuilding() != 0;
    m_renameCompound->setEnabled(may && compound);
    m_mergeCompound->setEnabled(may && compound && m_compoundMergeInto->count() > 0);
    m_addBuilding->setEnabled(may && compound);
    m_renameBuilding->setEnabled(may && building);
    m_merge->setEnabled(may && building && m_mergeInto->count() > 0);
}

qint64 CommunitySetupDialog::currentCompound() const
{
    const QListWidgetItem *item = m_compounds->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

qint64 CommunitySetupDialog::currentBuilding() const
{
    const QListWidgetItem *item = m_buildings->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void CommunitySetupDialog::reloadGrids()
{
    m_grids->clear();
    m_buildingGrid->clear();
    m_buildingGrid->addItem(tr("(no grid yet)"), 0);
    for (const Grid &g : GridStore(m_db, m_scope).grids()) {
        const QString text = tr("%1 %2").arg(g.code, g.name);
        m_grids->addItem(text);
        m_buildingGrid->addItem(text, g.id);
    }
    // A new building most often joins the last grid added.
    m_buildingGrid->setCurrentIndex(m_buildingGrid->count() - 1);
}

void CommunitySetupDialog::reloadCompounds(qint64 select)
{
    const qint64 keep = select ? select : currentCompound();
    m_compounds->clear();
    for (const PlaceStore::Compound &c : PlaceStore(m_db, m_scope).compounds()) {
        auto *item = new QListWidgetItem(tr("%1 (buildings: %2)").arg(c.name).arg(c.buildings), m_compounds);
        item->setData(IdRole, c.id);
        item->setData(IdRole + 1, c.name);
        if (c.id == keep)
            m_compounds->setCurrentItem(item);
    }
    if (!m_compounds->currentItem() && m_compounds->count() > 0)
        m_compounds->setCurrentRow(0);
    reloadBuildings();
}

void CommunitySetupDialog::reloadBuildings(qint64 select)
{
    const qint64 keep = select ? select : currentBuilding();
    m_buildings->clear();
    m_mergeInto->clear();
    for (const PlaceStore::Building &b : PlaceStore(m_db, m_scope).buildings(currentCompound())) {
        // The grid's code, the units and the households, in that order, after the name.
        QStringList parts{b.name};
        if (!b.gridCode.isEmpty())
            parts << tr("grid %1").arg(b.gridCode);
        if (b.units > 0)
            parts << tr("units: %1").arg(b.units);
        parts << tr("households: %1").arg(b.households);
        const QString text = parts.join(QStringLiteral(" · "));
        auto *item = new QListWidgetItem(text, m_buildings);
        item->setData(IdRole, b.id);
        item->setData(IdRole + 1, b.name);
        if (b.id == keep)
            m_buildings->setCurrentItem(item);
    }
    updateButtons();
}

void CommunitySetupDialog::saveCommunity()
{
    const SaveResult r = PlaceStore(m_db, m_scope).setCommunity(m_street->text(), m_community->text());
    if (report(r.firstMessage(), m_community, tr("Community saved: %1.").arg(m_community->text().trimmed()))) {
        m_gridCode->setFocus();
        m_guard->markSaved();
    }
}

void CommunitySetupDialog::addGrid()
{
    Grid grid;
    grid.code = m_gridCode->text();
    grid.name = m_gridName->text().trimmed().isEmpty() ? m_gridCode->text() : m_gridName->text();
    const SaveResult r = GridStore(m_db, m_scope).saveGrid(grid);
    if (!report(r.firstMessage(), m_gridCode, tr("Grid %1 added.").arg(grid.code)))
        return;
    m_gridCode->clear();
    m_gridName->clear();
    m_gridCode->setFocus();
    reloadGrids();
    m_guard->markSaved();
}

void CommunitySetupDialog::addCompound()
{
    const QString name = m_compoundName->text().trimmed();
    const SaveResult r = PlaceStore(m_db, m_scope).addCompound(name);
    if (!report(r.firstMessage(), m_compoundName, tr("Compound %1 added.").arg(name)))
        return;
    m_compoundName->clear();
    reloadCompounds(r.id);
    m_buildingName->setFocus(); // the next step: its buildings
    m_guard->markSaved();
}

void CommunitySetupDialog::renameCompound()
{
    const QString name = m_compoundName->text().trimmed();
    const SaveResult r = PlaceStore(m_db, m_scope).renameCompound(currentCompound(), name);
    if (!report(r.firstMessage(), m_compoundName, tr("Compound renamed to %1.").arg(name)))
        return;
    m_compoundName->clear();
    reloadCompounds(r.id);
    m_guard->markSaved();
}

void CommunitySetupDialog::addBuilding()
{
    const QString name = m_buildingName->text().trimmed();
    const SaveResult r =
        PlaceStore(m_db, m_scope)
            .addBuilding(currentCompound(), name, m_buildingGrid->currentData().toLongLong(), m_units->value());
    if (!report(r.firstMessage(), m_buildingName, tr("Building %1 added.").arg(name)))
        return;
    m_buildingName->clear();
    m_buildingName->setFocus();
    reloadCompounds();
    reloadBuildings(r.id);
    m_guard->markSaved();
}

void CommunitySetupDialog::renameBuilding()
{
    const QString name = m_buildingName->text().trimmed();
    const SaveResult r = PlaceStore(m_db, m_scope).renameBuilding(currentBuilding(), name);
    if (!report(r.firstMessage(), m_buildingName, tr("Building renamed to %1.").arg(name)))
        return;
    m_buildingName->clear();
    reloadBuildings(r.id);
    m_guard->markSaved();
}

void CommunitySetupDialog::mergeCompound()
{
    const qint64 from = currentCompound();
    const qint64 into = m_compoundMergeInto->currentData().toLongLong();
    const QString fromName = m_compounds->currentItem()->data(IdRole + 1).toString();
    const QString intoName = m_compoundMergeInto->currentText();
    if (QMessageBox::question(this, tr("Merge compounds"),
                              tr("Move every building of %1 into %2 (a building %2 already has by that name is "
                                 "merged into it) and retire %1?")
                                  .arg(fromName, intoName)) != QMessageBox::Yes)
        return;
    const SaveResult r = PlaceStore(m_db, m_scope).mergeCompounds(from, into);
    if (!report(r.firstMessage(), m_compounds, tr("%1 merged into %2.").arg(fromName, intoName)))
        return;
    reloadCompounds(into);
}

void CommunitySetupDialog::mergeBuilding()
{
    const qint64 from = currentBuilding();
    const qint64 into = m_mergeInto->currentData().toLongLong();
    const QString fromName = m_buildings->currentItem()->data(IdRole + 1).toString();
    const QString intoName = m_mergeInto->currentText();
    if (QMessageBox::question(this, tr("Merge buildings"),
                              tr("Move every household of %1 into %2 and retire %1?").arg(fromName, intoName)) !=
        QMessageBox::Yes)
        return;
    const SaveResult r = PlaceStore(m_db, m_scope).mergeBuildings(from, into);
    if (!report(r.firstMessage(), m_buildings, tr("%1 merged into %2.").arg(fromName, intoName)))
        return;
    reloadCompounds();
    reloadBuildings(into);
    m_guard->markSaved();
}
