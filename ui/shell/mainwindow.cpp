#include "mainwindow.h"

#include "backupactions.h"
#include "connectionstatus.h"
#include "models/access/accessscope.h"
#include "models/access/officerules.h"
#include "models/core/database.h"
#include "models/field/fieldcopyinfo.h"
#include "models/field/fieldfile.h"
#include "models/register/communitystore.h"
#include "models/register/registerlookups.h"
#include "models/workspace/appsettings.h"
#include "settingsdialog.h"
#include "ui/access/accountsdialog.h"
#include "ui/access/auditpage.h"
#include "ui/access/idlelock.h"
#include "ui/access/keychainsecretstore.h"
#include "ui/birthdays/birthdaypage.h"
#include "ui/care/carepage.h"
#include "ui/cases/casepage.h"
#include "ui/common/appicon.h"
#include "ui/common/columntitles.h"
#include "ui/common/filtermemory.h"
#include "ui/common/listlayoutmemory.h"
#include "ui/common/listpage.h"
#include "ui/common/listprinter.h"
#include "ui/common/refreshonchange.h"
#include "ui/common/screenfit.h"
#include "ui/events/eventpage.h"
#include "ui/field/fieldcheckoutdialog.h"
#include "ui/field/fieldconflictdialog.h"
#include "ui/field/fieldpasswordprompt.h"
#include "ui/forms/formfilldialog.h"
#include "ui/grids/gridpage.h"
#include "ui/importing/importwizard.h"
#include "ui/mediation/specialledgerspage.h"
#include "ui/meetings/meetingspage.h"
#include "ui/paper/paperkeyindialog.h"
#include "ui/register/registerpage.h"
#include "ui/register/streetcommunitiesdialog.h"
#include "ui/reports/dashboardpage.h"
#include "ui/reports/reportpage.h"
#include "ui/visits/visitspage.h"
#include "ui/volunteers/volunteerspage.h"

#include <iterator>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// The status bar shows what a page reports for five seconds.
template<class Page> void relayStatus(QMainWindow *window, Page *page)
{
    QObject::connect(page, &Page::statusMessage, window,
                     [window](const QString &text) { window->statusBar()->showMessage(text, 5000); });
}

// Every list's column titles readable in the language shown (English titles are often wider
// than the Chinese ones the widths were chosen for).
void fitColumnTitles(QWidget *page)
{
    for (QTableView *view : page->findChildren<QTableView *>())
        ColumnTitles::fit(view);
}

// A page reloads after a change made elsewhere (another page, a dialog, an import): ChangeHub.
template<class Page> void refreshOnChange(Page *page, const QSqlDatabase &db)
{
    new RefreshOnChange(page, db, [page] { page->refresh(); });
}

} // namespace

MainWindow::MainWindow(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_scope(scope)
{
    updateTitle();
    setWindowIcon(AppIcon::icon());

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    // A field copy says so over every page: whose grids, checked out when.
    const FieldCopyInfo field = FieldCopyInfo::read(db);
    m_fieldCopy = field.isFieldCopy();
    m_fieldBanner = new QLabel(field.banner(), central);
    m_fieldBanner->setObjectName(QStringLiteral("fieldBanner"));
    m_fieldBanner->setStyleSheet(QStringLiteral("QLabel#fieldBanner { background: #fff4ce; color: #5c4400; "
                                                "border-bottom: 1px solid #e5c96b; padding: 6px 12px; "
                                                "font-weight: bold; }"));
    m_fieldBanner->setVisible(m_fieldCopy);
    outer->addWidget(m_fieldBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    outer->addLayout(layout, 1);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(150);
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #f3f5f8; border: none; border-right: 1px solid #d8dde6; "
        "padding-top: 8px; font-size: 11pt; }"
        "QListWidget#navigation::item { padding: 9px 14px; border-radius: 4px; margin: 0 6px; color: #2b3340; }"
        "QListWidget#navigation::item:selected { background: #1e6fd9; color: white; }"));
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Make the page before switching to it, so the stack never shows a placeholder.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        pageAt(row);
        m_pages->setCurrentIndex(row);
    });
    buildPages();
    buildMenus();
    m_databaseLabel = new QLabel(m_fieldCopy ? tr("Database: field copy")
                                             : tr("Database: %1").arg(QDir::toNativeSeparators(db.databaseName())),
                                 this);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_userLabel =
        new QLabel(tr("Signed in: %1 (%2)").arg(scope.displayName(), AccessScope::roleName(scope.role())), this);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    // Only tests build a window with nobody signed in; say nothing rather than something odd.
    m_userLabel->setVisible(!scope.displayName().isEmpty());
    statusBar()->addPermanentWidget(m_userLabel);
    new ConnectionStatus(db.connectionName(), statusBar()); // the server lost and found again
    buildCommunitySwitcher();
    m_idleLock = new IdleLock(db, m_scope, this);
    m_idleLock->setTimeout(OfficeRules::idleLockMinutes(db) * 60 * 1000);

    // The desk as this login left it: size, page, columns, splitters and filters. At first at most
    // the screen's free area: on the common 1366×768 office screen 820 px would hide the status bar
    // below the task bar.
    ScreenFit::resize(this, 1360, 820);
    const QSettings settings;
    const QString group = userGroup();
    restoreGeometry(settings.value(group + QStringLiteral("/window/geometry")).toByteArray());
    restoreState(settings.value(group + QStringLiteral("/window/state")).toByteArray());
    remember(m_register);
    const int lastPage = settings.value(group + QStringLiteral("/window/page"), 0).toInt();
    if (lastPage > 0 && lastPage < m_nav->count())
        m_nav->setCurrentRow(lastPage);
}

void MainWindow::buildPages()
{
    m_register = new RegisterPage(m_db, m_scope, m_pages);
    m_register->setRevealNumbers(AppSettings::revealNumbers(m_scope));
    m_nav->addItem(tr("Household register"));
    m_pages->addWidget(m_register);
    m_entries.push_back({&RegisterPage::staticMetaObject, {}, m_register});
    fitColumnTitles(m_register);
    new RefreshOnChange(m_register, m_db, [this] { m_register->reload(); });
    addLazyPage<GridPage>(tr("Grids and map"), [this] {
        auto *grids = new GridPage(m_db, m_scope);
        connect(grids, &GridPage::showBuildingHouseholds, this, [this](qint64 buildingId) {
            m_nav->setCurrentRow(m_pages->indexOf(m_register));
            m_register->showBuilding(buildingId);
        });
        relayStatus(this, grids);
        return grids;
    });
    addLazyPage<BirthdayPage>(tr("Birthdays"), [this] {
        auto *birthdays = new BirthdayPage(m_db, m_scope);
        relayStatus(this, birthdays);
        refreshOnChange(birthdays, m_db);
        return birthdays;
    });
    addLazyPage<VolunteersPage>(tr("Volunteers"), [this] {
        auto *volunteers = new VolunteersPage(m_db, m_scope);
        volunteers->setRevealNumbers(AppSettings::revealNumbers(m_scope));
        relayStatus(this, volunteers);
        refreshOnChange(volunteers, m_db);
        return volunteers;
    });
    addLazyPage<CasePage>(tr("Cases"), [this] {
        auto *cases = new CasePage(m_db, m_scope);
        cases->setObjectName(QStringLiteral("casePage"));
        relayStatus(this, cases);
        refreshOnChange(cases, m_db);
        connect(cases, &CasePage::mediationRequested, this, [this](qint64 caseId) {
            SpecialLedgersPage *ledgers = page<SpecialLedgersPage>();
            m_nav->setCurrentRow(m_pages->indexOf(ledgers));
            ledgers->referCase(caseId);
        });
        return cases;
    });
    addLazyPage<VisitsPage>(tr("Visits"), [this] {
        auto *visits = new VisitsPage(m_db, m_scope);
        visits->setObjectName(QStringLiteral("visitsPage"));
        relayStatus(this, visits);
        refreshOnChange(visits, m_db);
        return visits;
    });
    addLazyPage<CarePage>(tr("Special groups"), [this] {
        auto *care = new CarePage(m_db, m_scope);
        care->setObjectName(QStringLiteral("carePage"));
        relayStatus(this, care);
        refreshOnChange(care, m_db);
        return care;
    });
    addLazyPage<EventPage>(tr("Events"), [this] {
        auto *events = new EventPage(m_db, m_scope);
        relayStatus(this, events);
        refreshOnChange(events, m_db);
        return events;
    });
    addLazyPage<MeetingsPage>(tr("Deliberation"), [this] {
        auto *meetings = new MeetingsPage(m_db, m_scope);
        meetings->setObjectName(QStringLiteral("meetingsPage"));
        relayStatus(this, meetings);
        refreshOnChange(meetings, m_db);
        return meetings;
    });
    addLazyPage<SpecialLedgersPage>(tr("Special ledgers"), [this] {
        auto *ledgers = new SpecialLedgersPage(m_db, m_scope);
        ledgers->setObjectName(QStringLiteral("specialLedgersPage"));
        relayStatus(this, ledgers);
        refreshOnChange(ledgers, m_db);
        return ledgers;
    });
    addLazyPage<DashboardPage>(tr("Charts"), [this] {
        auto *dashboard = new DashboardPage(m_db, m_scope);
        relayStatus(this, dashboard);
        refreshOnChange(dashboard, m_db);
        // A bar on the dashboard opens the cases behind it.
        connect(dashboard, &DashboardPage::showCases, this,
                [this](qint64 gridId, QDate from, QDate to, QString statusGroup, qint64 categoryId) {
                    CasePage *cases = page<CasePage>();
                    cases->showFiltered(gridId, from, to, statusGroup, categoryId);
                    m_nav->setCurrentRow(m_pages->indexOf(cases));
                });
        connect(dashboard, &DashboardPage::showEvents, this, [this](qint64 gridId, QDate from, QDate to) {
            EventPage *events = page<EventPage>();
            events->showFiltered(gridId, from, to);
            m_nav->setCurrentRow(m_pages->indexOf(events));
        });
        return dashboard;
    });
    addLazyPage<ReportPage>(tr("Monthly report"), [this] {
        auto *report = new ReportPage(m_db, m_scope);
        relayStatus(this, report);
        refreshOnChange(report, m_db);
        return report;
    });
    if (m_scope.canAdminister()) {
        addLazyPage<AuditPage>(tr("Audit log"), [this] {
            auto *audit = new AuditPage(m_db, m_scope);
            audit->setObjectName(QStringLiteral("auditPage"));
            // Show what was written since the page was last looked at (it loads itself when made).
            connect(m_pages, &QStackedWidget::currentChanged, audit, [this, audit](int index) {
                if (m_pages->widget(index) == audit)
                    audit->refresh();
            });
            return audit;
        });
    }
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
    // As wide as the longest page name needs in the language shown ("Household register" is
    // wider than 住户台账), at the list's 11 pt, with the items' padding and margins.
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(11);
    const QFontMetrics navMetrics(navFont);
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = qMax(widest, navMetrics.horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(qMax(150, widest + 2 * 14 + 2 * 6 + 12));

    relayStatus(this, m_register);
}

void MainWindow::updateTitle()
{
    // Which community is open (or the whole street), so a street's clerk never guesses.
    const QString community = RegisterLookups(m_db, m_scope).communityName();
    setWindowTitle(community.isEmpty() ? tr("CommunityDesk") : tr("CommunityDesk — %1").arg(community));
}

void MainWindow::buildCommunitySwitcher()
{
    // Made again after the street's communities changed: the old one goes with its connection.
    delete m_community;
    m_community = nullptr;
    delete m_communityLabel;
    m_communityLabel = nullptr;
    const QList<CommunityStore::Community> communities = CommunityStore(m_db, m_scope).communities();
    // A street account with several communities switches here; everyone else sees which is open.
    if (communities.size() > 1) {
        m_community = new QComboBox(this);
        m_community->setObjectName(QStringLiteral("communitySwitcher"));
        m_community->setToolTip(tr("The community in view: its pages, lists, charts and reports"));
        if (m_scope.isStreetLevel() || m_scope.communityIds().size() > 1)
            m_community->addItem(tr("Whole street"), qint64(0));
        for (const CommunityStore::Community &c : communities)
            m_community->addItem(c.name, c.id);
        m_community->setCurrentIndex(qMax(0, m_community->findData(m_scope.viewCommunityId())));
        connect(m_community, &QComboBox::activated, this,
                [this](int index) { switchCommunity(m_community->itemData(index).toLongLong()); });
        statusBar()->insertPermanentWidget(0, m_community);
    } else {
        m_communityLabel = new QLabel(tr("Community: %1").arg(RegisterLookups(m_db, m_scope).communityName()), this);
        m_communityLabel->setObjectName(QStringLiteral("communityLabel"));
        m_communityLabel->setVisible(!communities.isEmpty());
        statusBar()->insertPermanentWidget(0, m_communityLabel);
    }
}

bool MainWindow::switchCommunity(qint64 communityId)
{
    AccessScope next = m_scope;
    if (!next.setViewCommunity(communityId))
        return false;
    // The pages keep the scope they were made with: remember them, then make them anew.
    saveLayout();
    const int row = m_nav->currentRow();
    m_scope = next;
    QSignalBlocker blockNav(m_nav);
    m_entries.clear();
    m_register = nullptr;
    while (QWidget *page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        page->deleteLater();
    }
    m_nav->clear();
    // The menus, the backup actions and the window's connections were made once and stay; only
    // what names the register page is pointed at the new one. Another community's steps are not
    // undone from here.
    m_undo->clear();
    buildPages();
    fillRegisterMenu();
    remember(m_register);
    blockNav.unblock();
    m_nav->setCurrentRow(qBound(0, row, m_nav->count() - 1));
    pageAt(m_nav->currentRow());
    m_pages->setCurrentIndex(m_nav->currentRow());
    if (m_community)
        m_community->setCurrentIndex(qMax(0, m_community->findData(m_scope.viewCommunityId())));
    updateTitle();
    statusBar()->showMessage(tr("Now showing %1.").arg(RegisterLookups(m_db, m_scope).communityName()), 5000);
    return true;
}

QString MainWindow::userGroup() const
{
    return AppSettings::userGroup(m_scope);
}

void MainWindow::remember(QWidget *page)
{
    const QString group = userGroup();
    ListLayoutMemory::attachAll(page, group);
    ListLayoutMemory::restoreSplitters(page, group);
    const QString state =
        QSettings()
            .value(group + QStringLiteral("/filters/") + QLatin1String(page->metaObject()->className()))
            .toString();
    if (state.isEmpty())
        return;
    if (page == m_register)
        m_register->applyViewState(state);
    else if (auto *list = qobject_cast<ListPage *>(page))
        list->applyViewState(state);
    else
        FilterMemory::apply(page, state);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    const QString group = userGroup();
    settings.setValue(group + QStringLiteral("/window/geometry"), saveGeometry());
    settings.setValue(group + QStringLiteral("/window/state"), saveState());
    settings.setValue(group + QStringLiteral("/window/page"), m_nav->currentRow());
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (!isPageMade(row))
            continue;
        QWidget *page = m_entries[size_t(row)].page;
        ListLayoutMemory::saveSplitters(page, group);
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
            if (ListLayoutMemory *memory = ListLayoutMemory::of(view))
                memory->save();
        QString state;
        if (page == m_register)
            state = m_register->viewState();
        else if (auto *list = qobject_cast<ListPage *>(page))
            state = list->viewState();
        else
            state = FilterMemory::state(page);
        const QString key = group + QStringLiteral("/filters/") + QLatin1String(page->metaObject()->className());
        if (!state.isEmpty())
            settings.setValue(key, state);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

QAbstractItemView *MainWindow::currentList() const
{
    QWidget *page = m_pages->currentWidget();
    if (!page)
        return nullptr;
    const auto printable = [](QAbstractItemView *view) {
        if (!view->model() || !view->isVisible())
            return false;
        if (qobject_cast<QTableView *>(view))
            return true;
        auto *tree = qobject_cast<QTreeView *>(view);
        return tree && !tree->isHeaderHidden();
    };
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        auto *view = qobject_cast<QAbstractItemView *>(w);
        if (view && page->isAncestorOf(view) && printable(view))
            return view;
    }
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
        if (printable(view))
            return view;
    return nullptr;
}

void MainWindow::printList()
{
    QAbstractItemView *view = currentList();
    if (!view) {
        statusBar()->showMessage(tr("This page has no list to print."), 5000);
        return;
    }
    const QString title = m_nav->currentItem() ? m_nav->currentItem()->text() : windowTitle();
    ListPrinter(view, title).preview(this);
}

template<class T> void MainWindow::addLazyPage(const QString &title, std::function<T *()> make)
{
    m_nav->addItem(title);
    auto *placeholder = new QWidget(m_pages);
    m_pages->addWidget(placeholder);
    m_entries.push_back(
        {&T::staticMetaObject, [make = std::move(make)]() -> QWidget * { return make(); }, placeholder});
}

QWidget *MainWindow::pageAt(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return nullptr;
    Entry &entry = m_entries[size_t(row)];
    if (!entry.make)
        return entry.page;
    const std::function<QWidget *()> make = std::move(entry.make);
    entry.make = nullptr;
    QWidget *placeholder = entry.page;
    const bool wasCurrent = m_pages->currentWidget() == placeholder;
    QWidget *made = make();
    fitColumnTitles(made);
    entry.page = made;
    m_pages->insertWidget(row, made);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    remember(made);
    if (wasCurrent)
        m_pages->setCurrentIndex(row);
    return made;
}

bool MainWindow::isPageMade(int row) const
{
    return row >= 0 && row < int(m_entries.size()) && !m_entries[size_t(row)].make;
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import residents…"), this, [this] {
        ImportWizard wizard(m_db, m_scope, this);
        connect(&wizard, &ImportWizard::showResidentsRequested, this, [this, &wizard](const QList<qint64> &ids) {
            wizard.accept();
            m_nav->setCurrentRow(m_pages->indexOf(m_register));
            m_register->showResidents(ids);
        });
        wizard.exec();
        m_register->reload(); // a first import replaces the empty register with its rows
    });
    import->setObjectName(QStringLiteral("importResidents"));
    import->setEnabled(m_scope.canEdit() && m_scope.seesAllGrids());
    m_importAction = import;
    QAction *streetForm = file->addAction(tr("Fill a street &form (一表通)…"), this, [this] {
        FormFillDialog dialog(m_db, m_scope, this);
        dialog.exec();
    });
    streetForm->setObjectName(QStringLiteral("fillStreetForm"));
    // A field copy is never backed up or restored here: a backup would write it out unsealed. The
    // file holds every community of the street, so only a street-level account backs it up.
    if (!m_fieldCopy && m_scope.isStreetLevel()) {
        auto *backup = new BackupActions(m_db, this);
        connect(backup, &BackupActions::quitRequested, this, &QWidget::close);
        file->addAction(backup->backupNowAction());
        file->addAction(backup->restoreAction());
        file->addAction(backup->checkAction());
    }
    file->addSeparator();
    m_printList = file->addAction(tr("&Print the list…"), this, &MainWindow::printList);
    m_printList->setObjectName(QStringLiteral("printList"));
    m_printList->setShortcut(QKeySequence::Print);
    // A page with a print of its own (the birthdays' sign-in sheet) keeps Ctrl+P for it.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        bool own = false;
        if (QWidget *page = m_pages->widget(index))
            for (const QAction *action : page->findChildren<QAction *>())
                own = own || action->shortcut() == QKeySequence(QKeySequence::Print);
        m_printList->setShortcut(own ? QKeySequence() : QKeySequence(QKeySequence::Print));
        emit pageShown(index);
    });
    QMenu *fieldMenu = file->addMenu(tr("Fie&ld copy"));
    fieldMenu->setObjectName(QStringLiteral("fieldMenu"));
    QAction *checkOut = fieldMenu->addAction(tr("&Check out…"), this, [this] {
        FieldCheckoutDialog dialog(m_db, m_scope, this);
        dialog.exec();
    });
    checkOut->setObjectName(QStringLiteral("fieldCheckOut"));
    // Administrators and clerks, at the office (a copy is not checked out of a copy).
    checkOut->setEnabled(!m_fieldCopy && (m_scope.role() == AccessScope::Role::Administrator ||
                                          m_scope.role() == AccessScope::Role::Clerk));
    QAction *merge = fieldMenu->addAction(tr("&Merge back…"), this, &MainWindow::mergeFieldCopy);
    merge->setObjectName(QStringLiteral("fieldMerge"));
    merge->setEnabled(checkOut->isEnabled());
    // A sign-in sheet, visit sheet or rota that came back ticked (PaperKeyIn).
    QAction *keyIn = file->addAction(tr("&Key in a returned sheet…"), this, [this] {
        PaperKeyInDialog dialog(m_db, m_scope, this);
        dialog.exec();
    });
    keyIn->setObjectName(QStringLiteral("paperKeyIn"));
    keyIn->setEnabled(m_scope.canEdit());
    file->addSeparator();
    // The street's communities: added, renamed and archived by the street's administrators.
    if (m_scope.canAdminister() && m_scope.isStreetLevel() && !m_fieldCopy) {
        QAction *communities = file->addAction(tr("C&ommunities of the street…"), this, [this] {
            StreetCommunitiesDialog dialog(m_db, m_scope, this);
            dialog.exec();
            if (dialog.changed()) {
                buildCommunitySwitcher();
                updateTitle();
            }
        });
        communities->setObjectName(QStringLiteral("streetCommunities"));
    }
    if (m_scope.canAdminister()) {
        QAction *accounts = file->addAction(tr("&Accounts…"), this, [this] {
            AccountsDialog dialog(m_db, m_scope, this);
            dialog.exec();
        });
        accounts->setObjectName(QStringLiteral("accounts"));
    }
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("E&xit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    buildEditMenu();

    m_registerMenu = menuBar()->addMenu(tr("Reg&ister"));
    fillRegisterMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // Alt and the keys of the number row, left to right: 1…9, 0, - and = reach pages 1 to 12;
    // Ctrl+PgDn / Ctrl+PgUp walk through all of them.
    static const Qt::Key rowKeys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,     Qt::Key_6,
                                      Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0, Qt::Key_Minus, Qt::Key_Equal};
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *go = view->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        go->setObjectName(QStringLiteral("goToPage%1").arg(i + 1));
        if (i < int(std::size(rowKeys)))
            go->setShortcut(QKeySequence(Qt::ALT | rowKeys[i]));
    }
    // Every page, also those past the number row, one step away as in a browser's tabs.
    view->addSeparator();
    QAction *next = view->addAction(tr("&Next page"), this,
                                    [this] { m_nav->setCurrentRow((m_nav->currentRow() + 1) % m_nav->count()); });
    next->setObjectName(QStringLiteral("nextPage"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = view->addAction(tr("&Previous page"), this, [this] {
        m_nav->setCurrentRow((m_nav->currentRow() + m_nav->count() - 1) % m_nav->count());
    });
    previous->setObjectName(QStringLiteral("previousPage"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CommunityDesk"), this, &MainWindow::about);
}

void MainWindow::fillRegisterMenu()
{
    // The register page's own actions: made anew with the page when the community changes.
    m_registerMenu->clear();
    m_registerMenu->addActions(m_register->pageActions());
    m_registerMenu->addSeparator();
    m_registerMenu->addAction(m_register->findAction());
    m_registerMenu->addSeparator();
    m_registerMenu->addAction(m_register->setUpAction());
    m_registerMenu->addAction(m_register->manageTagsAction());
    connect(m_register, &RegisterPage::importRequested, m_importAction, &QAction::trigger);
}

void MainWindow::buildEditMenu()
{
    m_undo = new QUndoStack(this);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"), m_undo, &QUndoStack::undo);
    m_undoAction->setObjectName(QStringLiteral("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"), m_undo, &QUndoStack::redo);
    m_redoAction->setObjectName(QStringLiteral("redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own as well (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redoAction->setShortcuts(redoKeys);
    // The menu names what the step takes back: "Undo: edit resident 张三".
    const auto update = [this] {
        m_undoAction->setEnabled(m_undo->canUndo());
        m_undoAction->setText(m_undo->canUndo() ? tr("&Undo: %1").arg(m_undo->undoText()) : tr("&Undo"));
        m_redoAction->setEnabled(m_undo->canRedo());
        m_redoAction->setText(m_undo->canRedo() ? tr("&Redo: %1").arg(m_undo->redoText()) : tr("&Redo"));
    };
    // The action as context: the stack still signals while the window's children are deleted.
    connect(m_undo, &QUndoStack::indexChanged, m_undoAction, update);
    connect(m_undo, &QUndoStack::undoTextChanged, m_undoAction, update);
    connect(m_undo, &QUndoStack::redoTextChanged, m_undoAction, update);
    update();
}

void MainWindow::openSettings()
{
    KeychainSecretStore keychain;
    SettingsDialog dialog(m_db, m_scope, this, &keychain);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_idleLock->setTimeout(OfficeRules::idleLockMinutes(m_db) * 60 * 1000);
    m_register->setRevealNumbers(AppSettings::revealNumbers(m_scope));
    if (dialog.languageChanged())
        QMessageBox::information(this, tr("Settings"),
                                 tr("The new language will be used the next time CommunityDesk starts."));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CommunityDesk"),
                       tr("<h3>CommunityDesk %1</h3><p>The register, grids, cases and reports of a community "
                          "office, on one desk or shared by a street office.</p>")
                           .arg(QApplication::applicationVersion()));
}

GridPage *MainWindow::gridPage()
{
    return page<GridPage>();
}

void MainWindow::mergeFieldCopy()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Merge a field copy"), QString(), tr("Field copies (*.cdfield)"));
    if (path.isEmpty())
        return;
    // The copy is opened in memory after its password; the FieldFile outlives the Database.
    FieldFile sealed;
    Database field(QStringLiteral("field-merge"));
    if (FieldPasswordPrompt::open(field, sealed, path, this) != FieldPasswordPrompt::Result::Opened)
        return;
    // The merge's commit announces itself (ChangeHub): the pages reload.
    FieldConflictDialog::mergeInteractively(m_db, m_scope, field.connection(), this);
}
