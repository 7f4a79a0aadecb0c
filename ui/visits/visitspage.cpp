#include "visitspage.h"
#include "ui/common/columnfit.h"

#include "models/access/accessscope.h"
#include "models/grids/gridrollup.h"
#include "models/paper/papersheets.h"
#include "models/register/registerlookups.h"
#include "models/visits/visitcoverage.h"
#include "models/visits/visitsheet.h"
#include "models/visits/visitstalemodel.h"
#include "models/visits/visitstore.h"
#include "models/visits/visittablemodel.h"
#include "models/workspace/appsettings.h"
#include "ui/common/columnfilterheader.h"
#include "ui/common/datefield.h"
#include "ui/common/filtermemory.h"
#include "ui/common/formhelpers.h"
#include "ui/common/longwork.h"
#include "ui/common/savedviewsbar.h"
#include "ui/common/typeahead.h"
#include "visitdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
bool isLogVisitKey(const QKeyEvent *e)
{
    return e->key() == Qt::Key_N && (e->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

QComboBox *gridCombo(const QSqlDatabase &db, const AccessScope &scope, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(VisitsPage::tr("All grids"), 0);
    for (const RegisterLookups::Item &g : RegisterLookups(db, scope).grids())
        if (scope.seesGrid(g.id))
            combo->addItem(g.name, g.id);
    return combo;
}
} // namespace

VisitsPage::VisitsPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scope(scope)
    , m_model(new VisitTableModel(db, scope, this))
    , m_stale(new VisitStaleModel(db, scope, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(tr("Visits"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    top->addWidget(heading);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("visitCount"));
    top->addWidget(m_count, 1);
    auto *log = new QPushButton(tr("&Log visit…"), this);
    log->setObjectName(QStringLiteral("logVisit"));
    log->setToolTip(tr("Log visit (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editVisit"));
    m_archive = new QPushButton(tr("Arc&hive"), this);
    m_archive->setObjectName(QStringLiteral("archiveVisit"));
    m_archive->setToolTip(tr("Archive the chosen visit (it is kept, but no longer counted)."));
    auto *print = new QPushButton(tr("&Print visit sheet…"), this);
    print->setObjectName(QStringLiteral("printVisitSheet"));
    // The round's sheet with row codes: ticked and keyed back under File → Key in a returned sheet.
    auto *keyBack = new QPushButton(tr("Sheet to &key back…"), this);
    keyBack->setObjectName(QStringLiteral("printKeyBackSheet"));
    keyBack->setEnabled(m_scope.canEdit());
    for (QPushButton *b : {log, m_edit, m_archive, print, keyBack})
        top->addWidget(b);
    layout->addLayout(top);
    const bool canEdit = m_scope.canEdit();
    log->setEnabled(canEdit);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("visitTabs"));
    m_tabs->addTab(buildLogTab(), tr("Visit lo&g"));
    m_tabs->addTab(buildCoverageTab(), tr("&Coverage"));
    layout->addWidget(m_tabs, 1);

    connect(log, &QPushButton::clicked, this, [this] { logVisit(); });
    connect(m_edit, &QPushButton::clicked, this, &VisitsPage::editVisit);
    connect(m_archive, &QPushButton::clicked, this, &VisitsPage::archiveVisit);
    connect(print, &QPushButton::clicked, this, &VisitsPage::printVisitSheet);
    connect(keyBack, &QPushButton::clicked, this, &VisitsPage::printKeyBackSheet);
    connect(m_model, &VisitTableModel::countChanged, this,
            [this](int n) { m_count->setText(tr("%n visit(s)", nullptr, n)); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &VisitsPage::currentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &VisitsPage::currentChanged);
    m_count->setText(tr("%n visit(s)", nullptr, m_model->rowCount()));
    currentChanged();
    updateCoverage();
    updateStale();
}

QWidget *VisitsPage::buildLogTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, tab);
        label->setBuddy(w);
        bar->addWidget(label);
        bar->addWidget(w);
    };
    m_grid = gridCombo(m_db, m_scope, tab);
    m_grid->setObjectName(QStringLiteral("visitGridFilter"));
    addLabelled(tr("G&rid"), m_grid);
    m_worker = new QLineEdit(tab);
    m_worker->setObjectName(QStringLiteral("visitWorkerFilter"));
    m_worker->setPlaceholderText(tr("any worker"));
    m_worker->setClearButtonEnabled(true);
    addLabelled(tr("W&orker"), m_worker);
    m_from = FormHelpers::optionalDateEdit(tab);
    m_from->setObjectName(QStringLiteral("visitFrom"));
    addLabelled(tr("Fro&m"), m_from);
    m_to = FormHelpers::optionalDateEdit(tab);
    m_to->setObjectName(QStringLiteral("visitTo"));
    addLabelled(tr("&To"), m_to);
    bar->addStretch(1);
    // The window keeps these for the next start; the office's saved views hold them with the columns.
    FilterMemory::mark({m_grid, m_worker, m_from, m_to});
    auto *views = SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("visits"), this, tab);
    views->setObjectName(QStringLiteral("visitViews"));
    connect(views, &SavedViewsBar::statusMessage, this, &VisitsPage::statusMessage);
    bar->addWidget(views);
    layout->addLayout(bar);

    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("visitTable"));
    m_table->setModel(m_model);
    new ColumnFilterHeader(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    const QList<int> widths = {90, 260, 90, 80, 90, 90};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_needs = new QLabel(tab);
    m_needs->setObjectName(QStringLiteral("visitNeedsText"));
    m_needs->setWordWrap(true);
    m_needs->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_needs);

    connect(m_grid, &QComboBox::currentIndexChanged, this, &VisitsPage::applyFilter);
    connect(m_worker, &QLineEdit::editingFinished, this, &VisitsPage::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &VisitsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &VisitsPage::applyFilter);
    connect(m_table, &QTableView::activated, this, &VisitsPage::editVisit);
    return tab;
}

QWidget *VisitsPage::buildCoverageTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_month = new QDateEdit(today(), tab);
    DateField::tabLeaves(m_month);
    m_month->setObjectName(QStringLiteral("coverageMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    auto *monthLabel = new QLabel(tr("&Month"), tab);
    monthLabel->setBuddy(m_month);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    m_coverageByArea = new QCheckBox(tr("By &area"), tab);
    m_coverageByArea->setObjectName(QStringLiteral("coverageByArea"));
    m_coverageByArea->setToolTip(tr("Each area's households and visits, followed by its grids."));
    bar->addWidget(m_coverageByArea);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_coverage = new QTableWidget(0, 7, tab);
    m_coverage->setObjectName(QStringLiteral("coverageTable"));
    m_coverage->setHorizontalHeaderLabels({tr("Grid"), tr("Households"), tr("Visited"), tr("Coverage"), tr("Visits"),
                                           tr("Needs raised"), tr("Errands done")});
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_coverage->verticalHeader()->hide();
    ColumnFit::fitWhenFilled(m_coverage); // once: the clerk's widths stay after a refresh
    m_coverage->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_coverage, 1);

    auto *staleBar = new QHBoxLayout;
    auto *daysLabel = new QLabel(tr("Not visited &in"), tab);
    m_days = new QSpinBox(tab);
    m_days->setObjectName(QStringLiteral("staleDays"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(AppSettings::visitStaleDays());
    m_days->setToolTip(tr("A visit exactly this many days ago still counts as a visit within the period."));
    daysLabel->setBuddy(m_days);
    staleBar->addWidget(daysLabel);
    staleBar->addWidget(m_days);
    m_staleGrid = gridCombo(m_db, m_scope, tab);
    m_staleGrid->setObjectName(QStringLiteral("staleGrid"));
    auto *gridLabel = new QLabel(tr("Gri&d"), tab);
    gridLabel->setBuddy(m_staleGrid);
    staleBar->addWidget(gridLabel);
    staleBar->addWidget(m_staleGrid);
    m_staleCount = new QLabel(tab);
    m_staleCount->setObjectName(QStringLiteral("staleCount"));
    staleBar->addWidget(m_staleCount, 1);
    layout->addLayout(staleBar);

    m_staleTable = new QTableView(tab);
    m_staleTable->setObjectName(QStringLiteral("staleTable"));
    m_staleTable->setModel(m_stale);
    m_staleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_staleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_staleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_staleTable->verticalHeader()->hide();
    m_staleTable->setWordWrap(false);
    m_staleTable->setToolTip(tr("Press Enter or double-click to log a visit to the household."));
    ColumnFit::fitWhenFilled(m_staleTable);
    m_staleTable->horizontalHeader()->setSectionResizeMode(VisitStaleModel::Household, QHeaderView::Stretch);
    layout->addWidget(m_staleTable, 2);

    connect(m_month, &QDateEdit::dateChanged, this, &VisitsPage::updateCoverage);
    connect(m_coverageByArea, &QCheckBox::toggled, this, &VisitsPage::updateCoverage);
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        AppSettings::setVisitStaleDays(days);
        updateStale();
    });
    connect(m_staleGrid, &QComboBox::currentIndexChanged, this, &VisitsPage::updateStale);
    connect(m_staleTable, &QTableView::activated, this,
            [this](const QModelIndex &index) { logVisit(m_stale->householdId(index.row())); });
    return tab;
}

void VisitsPage::setToday(const QDate &today)
{
    m_today = today;
    m_month->setDate(this->today());
    updateStale();
}

void VisitsPage::applyFilter()
{
    VisitFilter f;
    f.gridId = m_grid->currentData().toLongLong();
    f.worker = m_worker->text();
    f.from = FormHelpers::optionalDate(m_from);
    f.to = FormHelpers::optionalDate(m_to);
    m_model->setFilter(f);
}

void VisitsPage::updateCoverage()
{
    const QDate month = m_month->date();
    const QList<VisitCoverage::MonthRow> grids = VisitCoverage(m_db, m_scope).month(month.year(), month.month());
    const GridRollup rollup(m_db, m_scope);
    m_coverageByArea->setEnabled(rollup.hasAreas());
    const bool byArea = m_coverageByArea->isChecked() && rollup.hasAreas();
    // Each line: the row and whether it is a sum (an area or the total), printed bold.
    QList<std::pair<VisitCoverage::MonthRow, bool>> lines;
    if (byArea) {
        lines = rollup.outline(
            grids, [](const VisitCoverage::MonthRow &r) { return r.gridId; },
            [](qint64 area, const QString &name) {
                VisitCoverage::MonthRow r;
                r.gridId = area;
                r.gridName = name;
                return r;
            });
    } else {
        for (const VisitCoverage::MonthRow &r : grids)
            lines.append({r, false});
    }
    if (grids.size() > 1)
        lines.append({VisitCoverage::total(grids), true});
    m_coverage->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const auto &[r, sum] = lines.at(i);
        const QString indent = byArea && !sum ? QString(QChar(0x3000)) : QString();
        const QStringList cells = {indent + r.gridName,
                                   QString::number(r.activeHouseholds),
                                   QString::number(r.visitedHouseholds),
                                   QString::number(r.percent(), 'f', 1) + QLatin1Char('%'),
                                   QString::number(r.visits),
                                   QString::number(r.needsRaised),
                                   QString::number(r.errandsDone)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (sum) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_coverage->setItem(i, c, item);
        }
    }
}

void VisitsPage::updateStale()
{
    m_stale->setQuery(today(), m_days->value(), m_staleGrid->currentData().toLongLong());
    m_staleCount->setText(
        tr("%n household(s) due a visit; living-alone elderly first", nullptr, m_stale->totalCount()));
}

void VisitsPage::refresh()
{
    m_model->reload();
    updateCoverage();
    updateStale();
}

qint64 VisitsPage::currentVisitId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->visitId(current.row()) : 0;
}

void VisitsPage::currentChanged()
{
    const qint64 id = currentVisitId();
    const bool canEdit = m_scope.canEdit();
    m_edit->setEnabled(id > 0 && canEdit);
    m_archive->setEnabled(id > 0 && canEdit);
    if (!id) {
        m_needs->clear();
        return;
    }
    QStringList lines;
    for (const VisitNeed &n : VisitStore(m_db, m_scope).needs(id))
        lines << (n.caseNo.isEmpty() ? n.description : tr("%1 (case %2)").arg(n.description, n.caseNo));
    m_needs->setText(lines.isEmpty() ? tr("No needs raised on this visit.")
                                     : tr("Needs: %1").arg(lines.join(QStringLiteral("; "))));
}

void VisitsPage::logVisit(qint64 householdId)
{
    VisitDialog dialog(m_db, m_scope, 0, this);
    if (m_today.isValid())
        dialog.setToday(m_today);
    if (householdId)
        dialog.setHousehold(householdId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    const int cases = int(dialog.madeCaseIds().size());
    emit statusMessage(cases ? tr("Visit logged; %n case(s) made from its needs.", nullptr, cases)
                             : tr("Visit logged."));
}

void VisitsPage::editVisit()
{
    const qint64 id = currentVisitId();
    if (!id || !m_scope.canEdit())
        return;
    VisitDialog dialog(m_db, m_scope, id, this);
    if (m_today.isValid())
        dialog.setToday(m_today);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    emit statusMessage(tr("Visit saved."));
}

void VisitsPage::archiveVisit()
{
    const qint64 id = currentVisitId();
    if (!id)
        return;
    const SaveResult r = VisitStore(m_db, m_scope).setArchived(id, true);
    if (!r.ok) {
        QMessageBox::warning(this, tr("Archive visit"), r.firstMessage());
        return;
    }
    refresh();
    emit statusMessage(tr("Visit archived."));
}

bool VisitsPage::writeVisitSheet(qint64 buildingId, const QString &path, QString *error)
{
    VisitSheet::Options options;
    options.revealNumbers = AppSettings::revealNumbers(m_scope);
    options.printedOn = today();
    return VisitSheet(m_db, m_scope, buildingId, options).writePdf(path, error);
}

qint64 VisitsPage::chooseBuilding(const QString &title, QString *name)
{
    QStringList names;
    QList<qint64> ids;
    const RegisterLookups lookups(m_db, m_scope);
    for (const RegisterLookups::Item &c : lookups.compounds())
        for (const RegisterLookups::Item &b : lookups.buildings(c.id)) {
            names << c.name + QLatin1Char(' ') + b.name;
            ids << b.id;
        }
    if (names.isEmpty())
        return 0;
    // The ~200 buildings of a street: typing part of the name narrows the list.
    QInputDialog choose(this);
    choose.setWindowTitle(title);
    choose.setLabelText(tr("&Building:"));
    choose.setComboBoxItems(names);
    choose.setComboBoxEditable(true);
    if (auto *combo = choose.findChild<QComboBox *>())
        TypeAhead::attach(combo);
    if (choose.exec() != QDialog::Accepted || names.indexOf(choose.textValue()) < 0)
        return 0;
    *name = choose.textValue();
    return ids.value(names.indexOf(*name));
}

bool VisitsPage::writeKeyBackSheet(qint64 buildingId, const QString &path, QString *error, QString *sheetCode)
{
    const PaperSheets::Printed printed = PaperSheets(m_db, m_scope).visit(buildingId);
    if (!printed.ok) {
        if (error)
            *error = printed.error;
        return false;
    }
    if (sheetCode)
        *sheetCode = printed.sheet.code;
    return PaperSheets::writePdf(printed, path, error);
}

void VisitsPage::printKeyBackSheet()
{
    QString chosen;
    const qint64 building = chooseBuilding(tr("Sheet to key back"), &chosen);
    if (!building)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save visit sheet"), QDir(folder).filePath(tr("visit sheet %1 to key back.pdf").arg(chosen)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
    LongWork work(tr("Sheet to key back"), tr("Writing the visit sheet…"), window());
    work.step(-1.0);
    QString error;
    QString code;
    if (!work.writeFile(
            path, [&](const QString &part, QString *e) { return writeKeyBackSheet(building, part, e, &code); },
            &error)) {
        work.fail(error);
        return;
    }
    const QString done = tr("Visit sheet %1 saved to %2.").arg(code, QDir::toNativeSeparators(path));
    emit statusMessage(done);
    work.finish(done, path);
}

void VisitsPage::printVisitSheet()
{
    QString chosen;
    const qint64 building = chooseBuilding(tr("Print visit sheet"), &chosen);
    if (!building)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save visit sheet"), QDir(folder).filePath(tr("visit sheet %1.pdf").arg(chosen)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // Written and audited in one go (whole file or none): a moving bar, then Open folder / Open file.
    LongWork work(tr("Print visit sheet"), tr("Writing the visit sheet…"), window());
    work.step(-1.0);
    QString error;
    if (!writeVisitSheet(building, path, &error)) {
        work.fail(error);
        return;
    }
    const QString done = tr("Visit sheet saved to %1.").arg(QDir::toNativeSeparators(path));
    emit statusMessage(done);
    work.finish(done, path);
}

bool VisitsPage::event(QEvent *event)
{
    // Ctrl+N is also the register's "new household" in the menu bar; on this page it logs a visit.
    if (event->type() == QEvent::ShortcutOverride && isLogVisitKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void VisitsPage::keyPressEvent(QKeyEvent *event)
{
    if (isLogVisitKey(event) && m_scope.canEdit()) {
        logVisit();
        return;
    }
    QWidget::keyPressEvent(event);
}
