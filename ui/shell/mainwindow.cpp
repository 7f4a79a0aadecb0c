#include "mainwindow.h"

#include "backupactions.h"
#include "models/access/accessscope.h"
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
#include <QVBoxLayout>

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
    addPage(tr("Household register"), m_register);
    m_gridSlot = new QWidget(m_pages);
    auto *gridLayout = new QVBoxLayout(m_gridSlot);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    addPage(tr("Grids and map"), m_gridSlot);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_gridSlot)
            createGridPage();
    });
    auto *birthdays = new BirthdayPage(db, m_scope, m_pages);
    connect(birthdays, &BirthdayPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Birthdays"), birthdays);
    auto *volunteers = new VolunteersPage(db, m_scope, m_pages);
    volunteers->setRevealNumbers(AppSettings::revealNumbers(m_scope));
    connect(volunteers, &VolunteersPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Volunteers"), volunteers);
    auto *cases = new CasePage(db, m_scope, m_pages);
    cases->setObjectName(QStringLiteral("casePage"));
    connect(cases, &CasePage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Cases"), cases);
    auto *visits = new VisitsPage(db, m_scope, m_pages);
    visits->setObjectName(QStringLiteral("visitsPage"));
    connect(visits, &VisitsPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Visits"), visits);
    auto *events = new EventPage(db, m_scope, m_pages);
    connect(events, &EventPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Events"), events);
    auto *meetings = new MeetingsPage(db, m_scope, m_pages);
    meetings->setObjectName(QStringLiteral("meetingsPage"));
    connect(meetings, &MeetingsPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Deliberation"), meetings);
    auto *dashboard = new DashboardPage(db, m_scope, m_pages);
    connect(dashboard, &DashboardPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Charts"), dashboard);
    // A bar on the dashboard opens the cases behind it.
    connect(dashboard, &DashboardPage::showCases, this,
            [this, cases](qint64 gridId, QDate from, QDate to, QString statusGroup, qint64 categoryId) {
                cases->showFiltered(gridId, from, to, statusGroup, categoryId);
                m_nav->setCurrentRow(m_pages->indexOf(cases));
            });
    auto *report = new ReportPage(db, m_scope, m_pages);
    connect(report, &ReportPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    addPage(tr("Monthly report"), report);
    if (m_scope.canAdminister()) {
        auto *audit = new AuditPage(db, m_scope, m_pages);
        audit->setObjectName(QStringLiteral("auditPage"));
        addPage(tr("Audit log"), audit);
        // Show what was written since the page was last looked at.
        connect(m_pages, &QStackedWidget::currentChanged, audit, [this, audit](int index) {
            if (m_pages->widget(index) == audit)
                audit->refresh();
        });
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    buildMenus();
    m_databaseLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.databaseName())), this);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_userLabel =
        new QLabel(tr("Signed in: %1 (%2)").arg(scope.displayName(), AccessScope::roleName(scope.role())), this);
    m_userLabel->setObjectName(QStringLiteral("signedInUser"));
    // Only tests build a window with nobody signed in; say nothing rather than something odd.
    m_userLabel->setVisible(!scope.displayName().isEmpty());
    statusBar()->addPermanentWidget(m_userLabel);
    connect(m_register, &RegisterPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    m_idleLock = new IdleLock(db, m_scope, this);
    m_idleLock->setTimeout(AppSettings::idleLockMinutes() * 60 * 1000);
    resize(1360, 820);
}

void MainWindow::addPage(const QString &title, QWidget *page)
{
    m_nav->addItem(title);
    m_pages->addWidget(page);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import residents…"), this, [this] {
        ImportWizard wizard(m_db, m_scope, this);
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
    SettingsDialog dialog(m_scope, this, &keychain);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_idleLock->setTimeout(AppSettings::idleLockMinutes() * 60 * 1000);
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
    createGridPage();
    return m_grids;
}

void MainWindow::createGridPage()
{
    if (m_grids)
        return;
    m_grids = new GridPage(m_db, m_scope, m_gridSlot);
    m_gridSlot->layout()->addWidget(m_grids);
    connect(m_grids, &GridPage::showBuildingHouseholds, this, [this](qint64 buildingId) {
        m_nav->setCurrentRow(m_pages->indexOf(m_register));
        m_register->showBuilding(buildingId);
    });
    connect(m_grids, &GridPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
}
