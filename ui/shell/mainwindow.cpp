#include "mainwindow.h"

#include "backupactions.h"
#include "models/access/accessscope.h"
#include "models/access/officerules.h"
#include "models/register/registerlookups.h"
#include "models/workspace/appsettings.h"
#include "settingsdialog.h"
#include "ui/access/accountsdialog.h"
#include "ui/access/auditpage.h"
#include "ui/access/idlelock.h"
#include "ui/access/keychainsecretstore.h"
#include "ui/birthdays/birthdaypage.h"
#include "ui/cases/casepage.h"
#include "ui/common/appicon.h"
#include "ui/common/columntitles.h"
#include "ui/common/refreshonchange.h"
#include "ui/common/screenfit.h"
#include "ui/events/eventpage.h"
#include "ui/grids/gridpage.h"
#include "ui/importing/importwizard.h"
#include "ui/meetings/meetingspage.h"
#include "ui/register/registerpage.h"
#include "ui/reports/dashboardpage.h"
#include "ui/reports/reportpage.h"
#include "ui/visits/visitspage.h"
#include "ui/volunteers/volunteerspage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

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
    const QString community = RegisterLookups(db, m_scope).communityName();
    setWindowTitle(community.isEmpty() ? tr("CommunityDesk") : tr("CommunityDesk — %1").arg(community));
    setWindowIcon(AppIcon::icon());

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
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

    m_register = new RegisterPage(db, m_scope, m_pages);
    m_register->setRevealNumbers(AppSettings::revealNumbers(m_scope));
    m_nav->addItem(tr("Household register"));
    m_pages->addWidget(m_register);
    m_entries.push_back({&RegisterPage::staticMetaObject, {}, m_register});
    fitColumnTitles(m_register);
    new RefreshOnChange(m_register, db, [this] { m_register->reload(); });
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
        return cases;
    });
    addLazyPage<VisitsPage>(tr("Visits"), [this] {
        auto *visits = new VisitsPage(m_db, m_scope);
        visits->setObjectName(QStringLiteral("visitsPage"));
        relayStatus(this, visits);
        refreshOnChange(visits, m_db);
        return visits;
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
    // Make the page before switching to it, so the stack never shows a placeholder.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        pageAt(row);
        m_pages->setCurrentIndex(row);
    });
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

    buildMenus();
    m_databaseLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.databaseName())), this);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_userLabel =
        new QLabel(tr("Signed in: %1 (%2)").arg(scope.displayName(), AccessScope::roleName(scope.role())), this);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    // Only tests build a window with nobody signed in; say nothing rather than something odd.
    m_userLabel->setVisible(!scope.displayName().isEmpty());
    statusBar()->addPermanentWidget(m_userLabel);
    relayStatus(this, m_register);
    m_idleLock = new IdleLock(db, m_scope, this);
    m_idleLock->setTimeout(OfficeRules::idleLockMinutes(db) * 60 * 1000);
    // At most the screen's free area: on the common 1366×768 office screen 820 px would hide the
    // status bar below the task bar.
    ScreenFit::resize(this, 1360, 820);
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
    connect(m_register, &RegisterPage::importRequested, import, &QAction::trigger);
    auto *backup = new BackupActions(m_db, this);
    connect(backup, &BackupActions::quitRequested, this, &QWidget::close);
    file->addAction(backup->backupNowAction());
    file->addAction(backup->restoreAction());
    file->addAction(backup->checkAction());
    file->addSeparator();
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

    QMenu *reg = menuBar()->addMenu(tr("&Register"));
    reg->addActions(m_register->pageActions());
    reg->addSeparator();
    reg->addAction(m_register->findAction());
    reg->addSeparator();
    reg->addAction(m_register->setUpAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *go = view->addAction(m_nav->item(i)->text(), this, [this, i] { m_nav->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CommunityDesk"), this, &MainWindow::about);
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
