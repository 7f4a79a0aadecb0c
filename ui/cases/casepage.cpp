#include "casepage.h"

#include "casecategorydialog.h"
#include "casedetailpanel.h"
#include "caseintakedialog.h"
#include "casestepdialog.h"
#include "dueerrandsdialog.h"
#include "models/access/accessscope.h"
#include "models/access/exportaudit.h"
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/cases/caseworkflow.h"
#include "models/lifeevents/dueerrands.h"
#include "models/register/registerlookups.h"
#include "models/revisions/casesnapshot.h"
#include "models/workspace/appsettings.h"
#include "ui/common/columnfilterheader.h"
#include "ui/common/filterchip.h"
#include "ui/common/filtermemory.h"
#include "ui/common/formhelpers.h"
#include "ui/common/listexportbutton.h"
#include "ui/common/revisioncommand.h"
#include "ui/common/savedviewsbar.h"

#include <algorithm>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
bool isNewCaseKey(const QKeyEvent *e)
{
    return e->key() == Qt::Key_N && (e->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}
} // namespace

CasePage::CasePage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scope(scope)
    , m_model(new CaseTableModel(db, scope, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    m_newCase = new QAction(tr("&New case…"), this);
    m_newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newCase->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newCase);
    connect(m_newCase, &QAction::triggered, this, &CasePage::newCase);

    // The list first: the filter bar's Export button works on it.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    layout->addWidget(buildFilters());

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CaseTableModel::Received, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    const QList<int> widths = {95, 115, 75, 75, 80, 115, 120, 130, 90, 60};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));
    m_detail = new CaseDetailPanel(db, m_scope, splitter);
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasePage::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasePage::currentChanged);
    connect(m_model, &CaseTableModel::countChanged, this, &CasePage::updateCount);
    connect(m_detail, &CaseDetailPanel::stepRequested, this, &CasePage::applyStep);
    setRevealNumbers(AppSettings::revealNumbers(m_scope));
    updateCount(m_model->rowCount());

    setTabOrder(m_status, m_overdue);
    setTabOrder(m_overdue, m_grid);
    setTabOrder(m_grid, m_category);
    setTabOrder(m_category, m_source);
    setTabOrder(m_source, m_kind);
    setTabOrder(m_kind, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_search);
    setTabOrder(m_search, m_table);
}

QWidget *CasePage::buildFilters()
{
    auto *bar = new QWidget(this);
    auto *outer = new QVBoxLayout(bar);
    outer->setContentsMargins(0, 0, 0, 4);
    auto *top = new QHBoxLayout;
    auto *bottom = new QHBoxLayout;
    outer->addLayout(top);
    outer->addLayout(bottom);

    auto *heading = new QLabel(tr("Cases"), bar);
    heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    top->addWidget(heading);
    // The filter a chart's bar chose, named in one chip: its × or Backspace clears it.
    m_chip = new FilterChip(bar);
    top->addWidget(m_chip);
    connect(m_chip, &FilterChip::removed, this, &CasePage::clearChartFilter);
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("caseCount"));
    top->addWidget(m_count, 1);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(tr("Search case no., description, location, reporter"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    top->addWidget(m_search);
    auto *categories = new QPushButton(tr("Ca&tegories…"), bar);
    categories->setObjectName(QStringLiteral("editCategories"));
    top->addWidget(categories);
    auto *create = new QPushButton(tr("&New case…"), bar);
    create->setObjectName(QStringLiteral("newCase"));
    create->setToolTip(tr("New case (%1)").arg(m_newCase->shortcut().toString(QKeySequence::NativeText)));
    top->addWidget(create);
    // A viewer reads only; categories belong to the office (CaseStore refuses the same).
    create->setEnabled(m_scope.canEdit());
    m_newCase->setEnabled(m_scope.canEdit());
    categories->setEnabled(m_scope.officeRefusal().isEmpty());
    // 转人民调解: the chosen case taken up by the mediation ledger (the window opens its form).
    auto *mediate = new QPushButton(tr("Refer to me&diation…"), bar);
    mediate->setObjectName(QStringLiteral("referToMediation"));
    mediate->setEnabled(m_scope.canEdit());
    top->addWidget(mediate);
    connect(mediate, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_detail->caseId())
            emit mediationRequested(id);
    });
    // The errands the life-event rules open today (a birthday, a death, a birth, a move-in).
    m_due = new QPushButton(bar);
    m_due->setObjectName(QStringLiteral("dueErrands"));
    top->addWidget(m_due);
    connect(m_due, &QPushButton::clicked, this, &CasePage::showDueErrands);
    updateDueCount();
    // A desk left open overnight lists the new day's errands in the morning.
    auto *morning = new QTimer(this);
    morning->setSingleShot(true);
    const auto arm = [morning] {
        const QDateTime now = QDateTime::currentDateTime();
        morning->start(int(std::clamp(now.msecsTo(QDateTime(now.date().addDays(1), QTime(0, 1))), qint64(60000),
                                      qint64(24 * 3600 * 1000))));
    };
    connect(morning, &QTimer::timeout, this, [this, arm] {
        updateDueCount();
        arm();
    });
    arm();
    auto *exportList = new ListExportButton(m_table, tr("cases.xlsx"), bar);
    top->addWidget(exportList);
    exportList->setAudit(m_db, m_scope, QStringLiteral("cases"), QStringLiteral("case list"), [this] {
        return m_model->revealNumbers() ? QStringList{ExportAudit::phoneNumbers()} : QStringList();
    });
    connect(exportList, &ListExportButton::exported, this,
            [this](int rows) { emit statusMessage(tr("%1 cases exported.").arg(rows)); });

    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(w);
        bottom->addWidget(label);
        bottom->addWidget(w);
    };
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Overdue"), QStringLiteral("overdue"));
    m_status->addItem(tr("Resolved"), QStringLiteral("resolved"));
    for (const CaseWorkflow::Choice &s : CaseWorkflow::statuses())
        m_status->addItem(s.label, s.code);
    addLabelled(tr("&Status"), m_status);
    m_overdue = new QPushButton(tr("&Overdue"), bar);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setCheckable(true);
    m_overdue->setToolTip(tr("Show only open cases past their deadline"));
    bottom->addWidget(m_overdue);

    m_grid = new QComboBox(bar);
    m_grid->setObjectName(QStringLiteral("gridFilter"));
    m_grid->addItem(tr("All grids"), 0);
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    addLabelled(tr("&Grid"), m_grid);
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    addLabelled(tr("C&ategory"), m_category);
    fillCategories();
    m_source = new QComboBox(bar);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->addItem(tr("All sources"), QString());
    for (const CaseWorkflow::Choice &s : CaseWorkflow::sources())
        m_source->addItem(s.label, s.code);
    addLabelled(tr("So&urce"), m_source);
    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->addItem(tr("Cases and errands"), QString());
    for (const CaseWorkflow::Choice &k : CaseWorkflow::kinds())
        m_kind->addItem(k.label, k.code);
    addLabelled(tr("&Kind"), m_kind);
    m_from = FormHelpers::optionalDateEdit(bar);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    addLabelled(tr("Fro&m"), m_from);
    m_to = FormHelpers::optionalDateEdit(bar);
    m_to->setObjectName(QStringLiteral("periodTo"));
    addLabelled(tr("to"), m_to);
    bottom->addStretch(1);
    // The office's saved views of this list, and the header's own filters (Alt+Down, right click),
    // on a line of their own so that the filters fit a 1366-pixel screen.
    auto *views = SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("cases"), this, bar);
    views->setObjectName(QStringLiteral("caseViews"));
    connect(views, &SavedViewsBar::statusMessage, this, &CasePage::statusMessage);
    auto *third = new QHBoxLayout;
    outer->addLayout(third);
    third->addWidget(views);
    third->addStretch(1);
    new ColumnFilterHeader(m_table);

    // The window puts these back at the next start, as the clerk left them.
    FilterMemory::mark({m_search, m_status, m_overdue, m_grid, m_category, m_source, m_kind, m_from, m_to});
    // Choosing one of the chart's filters by hand ends the chart's filter: its chip goes.
    const auto ownChoice = [this] {
        m_periodByClosure = false;
        m_chip->setFilterText(QString());
    };
    for (QComboBox *combo : {m_status, m_grid, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, ownChoice);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, ownChoice);
    for (QComboBox *combo : {m_status, m_grid, m_category, m_source, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasePage::applyFilter);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &CasePage::applyFilter);
    // Search as one types, but not one query per keystroke.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &CasePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &CasePage::applyFilter);
    connect(m_overdue, &QPushButton::toggled, this, [this](bool on) {
        FormHelpers::selectCode(m_status, on ? QStringLiteral("overdue") : QString());
        if (!on && m_status->currentIndex() != 0)
            m_status->setCurrentIndex(0);
    });
    connect(categories, &QPushButton::clicked, this, &CasePage::editCategories);
    connect(create, &QPushButton::clicked, this, &CasePage::newCase);
    return bar;
}

void CasePage::fillCategories()
{
    const QSignalBlocker blocker(m_category);
    const qint64 current = m_category->currentData().toLongLong();
    m_category->clear();
    m_category->addItem(tr("All categories"), 0);
    for (const CaseCategory &c : CaseStore(m_db, m_scope).categories(true))
        m_category->addItem(c.archived ? tr("%1 (archived)").arg(c.name) : c.name, c.id);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

void CasePage::setRevealNumbers(bool reveal)
{
    m_model->setRevealNumbers(reveal);
    m_detail->setRevealNumbers(reveal);
}

void CasePage::setNow(const QDateTime &now)
{
    m_now = now;
    m_detail->setNow(now);
    m_model->setNow(now);
}

void CasePage::applyFilter()
{
    CaseFilter f;
    f.status = m_status->currentData().toString();
    f.gridId = m_grid->currentData().toLongLong();
    f.categoryId = m_category->currentData().toLongLong();
    f.source = m_source->currentData().toString();
    f.kind = m_kind->currentData().toString();
    f.from = FormHelpers::optionalDate(m_from);
    f.to = FormHelpers::optionalDate(m_to);
    f.periodByClosure = m_periodByClosure && f.status == QLatin1String("resolved");
    f.text = m_search->text();
    {
        const QSignalBlocker blocker(m_overdue);
        m_overdue->setChecked(f.status == QLatin1String("overdue"));
    }
    const qint64 keep = m_detail->caseId();
    m_model->setFilter(f);
    selectCase(keep);
}

void CasePage::showFiltered(qint64 gridId, const QDate &from, const QDate &to, const QString &statusGroup,
                            qint64 categoryId)
{
    const QSignalBlocker b1(m_status), b2(m_grid), b3(m_category), b4(m_source), b5(m_from), b6(m_to), b7(m_search);
    // "received" means received in the period, whatever the status now.
    FormHelpers::selectCode(m_status, statusGroup == QLatin1String("received") ? QString() : statusGroup);
    if (m_status->findData(statusGroup) < 0 || statusGroup == QLatin1String("received"))
        m_status->setCurrentIndex(0);
    m_grid->setCurrentIndex(qMax(0, m_grid->findData(gridId)));
    m_category->setCurrentIndex(qMax(0, m_category->findData(categoryId)));
    m_source->setCurrentIndex(0);
    FormHelpers::setOptionalDate(m_from, from);
    FormHelpers::setOptionalDate(m_to, to);
    m_search->clear();
    m_periodByClosure = statusGroup == QLatin1String("resolved");
    QStringList parts;
    if (gridId > 0)
        parts << m_grid->currentText();
    if (categoryId > 0)
        parts << m_category->currentText();
    if (from.isValid() || to.isValid())
        parts << QLocale().toString(from, QLocale::ShortFormat) + QStringLiteral(" – ") +
                     QLocale().toString(to, QLocale::ShortFormat);
    if (statusGroup == QLatin1String("received"))
        parts << tr("received in the period");
    else if (m_periodByClosure)
        parts << tr("resolved in the period");
    else if (m_status->currentIndex() > 0)
        parts << m_status->currentText();
    m_chip->setFilterText(parts.join(QStringLiteral(" · ")));
    applyFilter();
}

void CasePage::clearChartFilter()
{
    {
        const QSignalBlocker b1(m_status), b2(m_grid), b3(m_category), b4(m_from), b5(m_to);
        m_status->setCurrentIndex(0);
        m_grid->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
        FormHelpers::setOptionalDate(m_from, QDate());
        FormHelpers::setOptionalDate(m_to, QDate());
        m_periodByClosure = false;
    }
    m_chip->setFilterText(QString());
    applyFilter();
}

void CasePage::updateCount(int count)
{
    m_count->setText(tr("%n case(s)", nullptr, count));
}

void CasePage::currentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->setCase(current.isValid() ? m_model->caseId(current.row()) : 0);
}

void CasePage::selectCase(qint64 caseId)
{
    if (caseId <= 0) {
        currentChanged();
        return;
    }
    // The case is usually on the first page (newest first); only cached pages are searched.
    m_model->caseId(0);
    const int row = m_model->rowOfCase(caseId);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, CaseTableModel::CaseNo));
        m_table->scrollTo(m_table->currentIndex());
    }
    currentChanged();
}

void CasePage::refresh()
{
    const qint64 keep = m_detail->caseId();
    fillCategories();
    m_model->reload();
    selectCase(keep);
    // A resident changed (a birthday, a death, a 低保 review date): the errands due change too.
    updateDueCount();
}

void CasePage::newCase()
{
    CaseIntakeDialog dialog(m_db, m_scope, this);
    if (m_now.isValid())
        dialog.setNow(m_now);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Undo withdraws the case (撤回: out of every count, nothing deleted); redo reinstates it.
    const qint64 caseId = dialog.savedCaseId();
    RevisionCommand::pushSaved<CaseSnapshot>(this, m_db, m_scope, std::nullopt, caseId, [this, caseId] {
        m_model->reload();
        selectCase(caseId);
        updateDueCount();
    });
    m_model->reload();
    selectCase(dialog.savedCaseId());
    if (const std::optional<CaseRecord> c = CaseStore(m_db, m_scope).record(dialog.savedCaseId()))
        emit statusMessage(CaseWorkflow::isErrand(c->kind) ? tr("Errand %1 received.").arg(c->caseNo)
                                                           : tr("Case %1 received.").arg(c->caseNo));
}

void CasePage::applyStep(qint64 caseId, const QString &action)
{
    if (caseId <= 0)
        return;
    std::optional<CaseRecord> before = CaseSnapshot::load(m_db, m_scope, caseId);
    CaseStepDialog dialog(m_db, m_scope, caseId, action, this);
    if (m_now.isValid())
        dialog.setNow(m_now);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RevisionCommand::pushSaved<CaseSnapshot>(this, m_db, m_scope, std::move(before), caseId, [this, caseId] {
        m_model->reload();
        selectCase(caseId);
    });
    m_model->reload();
    selectCase(caseId);
    const std::optional<CaseRecord> c = CaseStore(m_db, m_scope).record(caseId);
    emit statusMessage(tr("%1: done.").arg(CaseWorkflow::actionLabel(action, c ? c->kind : QString())));
}

void CasePage::editCategories()
{
    CaseCategoryDialog dialog(m_db, m_scope, this);
    dialog.exec();
    if (dialog.changed())
        refresh();
}

bool CasePage::event(QEvent *event)
{
    // Ctrl+N is also the register's "new household" in the menu bar; while the focus is on
    // this page it means a new case, so claim the key before the menu's shortcut sees it.
    if (event->type() == QEvent::ShortcutOverride && isNewCaseKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void CasePage::keyPressEvent(QKeyEvent *event)
{
    if (isNewCaseKey(event)) {
        newCase();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CasePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isAncestorOf(focusWidget()))
        m_table->setFocus(Qt::OtherFocusReason);
}

void CasePage::updateDueCount()
{
    const int due = int(DueErrands(m_db, m_scope).list(QDate::currentDate()).size());
    m_due->setText(tr("Due e&rrands (%1)…").arg(due));
    m_due->setToolTip(tr("Errands the office's rules open today: turning 60, 80, 90 or 100, a death, a birth, a "
                         "move-in, a 低保 review date"));
}

void CasePage::showDueErrands()
{
    DueErrandsDialog dialog(m_db, m_scope, QDate::currentDate(), this);
    connect(&dialog, &DueErrandsDialog::errandsOpened, this, [this](int count) {
        refresh();
        emit statusMessage(tr("%n errand(s) opened.", nullptr, count));
    });
    dialog.exec();
    updateDueCount();
}
