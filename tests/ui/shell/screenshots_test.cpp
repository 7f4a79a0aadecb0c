// The windows in Simplified Chinese (every page and the main dialogs also in English), rendered
// offscreen, every page at the most common office screen (1366×768): no text cut off, no column
// title cut off, no dialog larger than the screen, and a picture of each saved to
// $CD_SCREENSHOT_DIR (when set) for a person to look at.
#include "models/access/accessscope.h"
#include "models/demo/demogenerator.h"
#include "models/register/registerstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "ui/access/accountsdialog.h"
#include "ui/access/lockdialog.h"
#include "ui/access/logindialog.h"
#include "ui/access/serverpassworddialog.h"
#include "ui/cases/caseintakedialog.h"
#include "ui/events/eventdialog.h"
#include "ui/meetings/meetingdialog.h"
#include "ui/register/communitysetupdialog.h"
#include "ui/register/householddialog.h"
#include "ui/register/registeremptystate.h"
#include "ui/register/registerpage.h"
#include "ui/register/residentdialog.h"
#include "ui/register/residentform.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/translations.h"
#include "ui/visits/visitdialog.h"
#include "ui/volunteers/volunteerdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTest>

class ScreenshotsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindow();
    void householdDialog();
    void residentDialog();
    void settingsDialog();
    void lockAndServerPasswordDialogs();
    void newOfficeAtTheSmallScreen();
    void everyPageOnDemoData_data();
    void everyPageOnDemoData();
    void cleanupTestCase();

private:
    // Every visible label and button is at least as wide as its text needs.
    static void checkNothingCutOff(QWidget *window)
    {
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w);
                label && !label->wordWrap() && label->textFormat() != Qt::RichText)
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            if (text.isEmpty() || text.contains(QLatin1Char('<')))
                continue;
            // A label with a mnemonic but no buddy shows "(&F)" as it is, and its Alt key goes nowhere.
            if (auto *label = qobject_cast<QLabel *>(w))
                QVERIFY2(label->buddy() || !text.contains(QRegularExpression(QStringLiteral("&[^& ]"))),
                         qPrintable(QStringLiteral("a mnemonic without a buddy: \"%1\"").arg(text)));
            const int needed = w->minimumSizeHint().width();
            QVERIFY2(
                w->width() >= needed,
                qPrintable(
                    QStringLiteral("cut off: \"%1\" is %2 px wide, needs %3").arg(text).arg(w->width()).arg(needed)));
        }
    }
    // Every visible column title of a list fits its column (the sort arrow's room included).
    static void checkHeadersFit(QWidget *window)
    {
        for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
            if (!header->isVisibleTo(window) || header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i))
                    continue;
                // The last column stretches to the view's edge: it is as wide as the list lets it be.
                if (header->stretchLastSection() && header->visualIndex(i) == header->count() - 1)
                    continue;
                const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                if (text.isEmpty() || text.contains(QLatin1Char('\n')))
                    continue;
                int needed = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
                if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
                    needed += mark + margin;
                QVERIFY2(header->sectionSize(i) >= needed,
                         qPrintable(QStringLiteral("column title cut off: \"%1\" (%2) is %3 px wide, needs %4")
                                        .arg(text, header->parentWidget()->objectName())
                                        .arg(header->sectionSize(i))
                                        .arg(needed)));
            }
        }
    }
    // A dialog opened on the small screen: it can be as small as the screen (1366×768 less a task
    // bar and its title bar: ScreenFit sizes it so there), and at that size nothing in it is cut off.
    static void checkDialog(QWidget *dialog, const QString &name)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QApplication::processEvents();
        const QSize screen(1366, 768 - 70);
        const QSize needs = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
        QVERIFY2(needs.width() <= screen.width() && needs.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1 needs %2×%3, more than the screen")
                                .arg(name)
                                .arg(needs.width())
                                .arg(needs.height())));
        // The offscreen test screen is not 1366×768: size the dialog as ScreenFit would there.
        dialog->resize(dialog->size().boundedTo(screen));
        QApplication::processEvents();
        // The title bar shows the whole title beside the icon and the buttons (about 120 px).
        const int titleNeeds = dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()) + 120;
        QVERIFY2(dialog->width() >= titleNeeds,
                 qPrintable(QStringLiteral("%1: the title \"%2\" is cut off (%3 px, needs %4)")
                                .arg(name, dialog->windowTitle())
                                .arg(dialog->width())
                                .arg(titleNeeds)));
        checkNothingCutOff(dialog);
        checkHeadersFit(dialog);
        save(dialog, name);
        dialog->hide();
    }
    static void save(QWidget *window, const QString &name)
    {
        const QImage image = window->grab().toImage();
        QVERIFY(!image.isNull());
        // A rendered window with text has many shades (antialiased glyphs), a blank one a few.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name));
        const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
    void fill();

    TestDatabase m_db;
};

void ScreenshotsTest::initTestCase()
{
    Translations::install(qApp, QStringLiteral("zh_CN"));
    fill();
}

void ScreenshotsTest::fill()
{
    const QList<std::pair<QString, QDate>> people = {
        {QStringLiteral("王建国"), QDate(1948, 3, 14)}, {QStringLiteral("李秀英"), QDate(1951, 11, 2)},
        {QStringLiteral("王磊"), QDate(1979, 6, 30)},   {QStringLiteral("陈静"), QDate(1982, 1, 9)},
        {QStringLiteral("王子涵"), QDate(2012, 9, 1)},  {QStringLiteral("赵德明"), QDate(1939, 4, 4)},
    };
    int sequence = 10;
    for (int i = 0; i < people.size(); i += 2) {
        QList<std::pair<QString, QString>> members;
        for (int j = i; j < qMin(i + 2, people.size()); ++j)
            members.append({people.at(j).first, TestDatabase::idFor(people.at(j).second, j % 2 == 0, ++sequence)});
        m_db.addHousehold(i < 4 ? m_db.buildingA1 : m_db.buildingB1, QStringLiteral("2"),
                          QStringLiteral("%1").arg(501 + i), members);
    }
}

void ScreenshotsTest::mainWindow()
{
    {
        // Nobody signed in (only in tests: the program always asks first): no "signed in" label.
        MainWindow nobody(m_db.db(), AccessScope());
        nobody.show();
        QVERIFY(QTest::qWaitForWindowExposed(&nobody));
        QVERIFY(!nobody.findChild<QLabel *>(QStringLiteral("signedInUser"))->isVisible());
    }
    const SignedIn signedIn(AccessScope::Role::Administrator, QStringLiteral("admin"), QStringLiteral("刘主任"));
    MainWindow window(m_db.db(), testScope());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("signedInUser"))->text(),
             QStringLiteral("已登录：刘主任（管理员）"));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<RegisterPage *>();
    QVERIFY(page);
    page->residentView()->selectRow(0);
    QApplication::processEvents();
    checkNothingCutOff(&window);
    save(&window, QStringLiteral("register"));
}

void ScreenshotsTest::everyPageOnDemoData_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void ScreenshotsTest::everyPageOnDemoData()
{
    QFETCH(QString, language);
    Translations::install(qApp, language);
    // A small demo community with a year of cases and events, volunteers and their rota.
    Database demo(QStringLiteral("screenshots-demo-") + language);
    QVERIFY(Workspace::open(demo, QStringLiteral(":memory:")));
    DemoGenerator generator(demo.connection(), 5);
    QVERIFY2(generator.generate(300), qPrintable(generator.errorText()));
    const SignedIn signedIn(AccessScope::Role::Administrator, QStringLiteral("admin"), QStringLiteral("刘主任"));
    MainWindow window(demo.connection(), testScope());
    // The most common office screen: 1366×768.
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget *nav = window.navigation();
    QStringList tooLarge;
    for (int row = 0; row < nav->count(); ++row) {
        nav->setCurrentRow(row);
        QApplication::processEvents();
        QTest::qWait(50);
        checkNothingCutOff(window.pages()->currentWidget());
        checkHeadersFit(window.pages()->currentWidget());
        save(&window, QStringLiteral("%1-page-%2").arg(language).arg(row + 1));
        // A page that needs more room than the screen has pushes its right or bottom edge off it
        // (a maximised window on 1366×768 has about 768 - 40 px of task bar - 30 px of title bar).
        const QSize needs = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (needs.width() > 1366 || needs.height() > 768 - 70)
            tooLarge
                << QStringLiteral("%1 needs %2×%3").arg(nav->item(row)->text()).arg(needs.width()).arg(needs.height());
    }

    QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral("; "))));
    // The page names fit the navigation (at its 11 pt, with the items' padding).
    QFont navFont = nav->font();
    navFont.setPointSizeF(11);
    for (int row = 0; row < nav->count(); ++row)
        QVERIFY2(nav->width() >= QFontMetrics(navFont).horizontalAdvance(nav->item(row)->text()) + 2 * 14 + 2 * 6,
                 qPrintable(nav->item(row)->text()));
    // Every column of the register, to 标签 and 状态, is in view without scrolling sideways.
    nav->setCurrentRow(0);
    QApplication::processEvents();
    QTableView *residents = window.registerPage()->residentView();
    QVERIFY2(residents->horizontalHeader()->length() <= residents->viewport()->width(),
             qPrintable(QStringLiteral("the register's columns need %1 px, the list shows %2")
                            .arg(residents->horizontalHeader()->length())
                            .arg(residents->viewport()->width())));

    // The dialogs a clerk opens every day, on the same screen.
    const QSqlDatabase db = demo.connection();
    {
        LoginDialog login(db, &window);
        checkDialog(&login, language + QStringLiteral("-login"));
    }
    {
        CaseIntakeDialog intake(db, testScope(), &window);
        checkDialog(&intake, language + QStringLiteral("-case-intake"));
    }
    {
        EventDialog event(db, testScope(), 0, &window);
        checkDialog(&event, language + QStringLiteral("-event"));
    }
    {
        VisitDialog visit(db, testScope(), 0, &window);
        checkDialog(&visit, language + QStringLiteral("-visit"));
    }
    {
        MeetingDialog meeting(db, testScope(), 0, &window);
        checkDialog(&meeting, language + QStringLiteral("-meeting"));
    }
    {
        VolunteerDialog volunteer(db, testScope(), Volunteer(), &window);
        checkDialog(&volunteer, language + QStringLiteral("-volunteer"));
    }
    {
        AccountsDialog accounts(db, testScope(), &window);
        checkDialog(&accounts, language + QStringLiteral("-accounts"));
    }
    {
        HouseholdDialog household(db, testScope(), 0, 0, &window);
        checkDialog(&household, language + QStringLiteral("-new-household"));
    }
    {
        SettingsDialog settings(db, testScope(), &window);
        checkDialog(&settings, language + QStringLiteral("-settings"));
    }
}

void ScreenshotsTest::cleanupTestCase()
{
    Translations::install(qApp, QStringLiteral("zh_CN"));
}

void ScreenshotsTest::householdDialog()
{
    RegisterStore store(m_db.db(), testScope());
    const qint64 household =
        store.resident(m_db.residentId(TestDatabase::idFor(QDate(1948, 3, 14), true, 11)))->householdId;
    HouseholdDialog dialog(m_db.db(), testScope(), household, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Show a message under a field as a clerk would see it after a typing error.
    auto *id = dialog.memberForm()->findChild<QLineEdit *>(QStringLiteral("idNumber"));
    id->setFocus();
    id->clear();
    QTest::keyClicks(id, QStringLiteral("110105198001010010"));
    checkNothingCutOff(&dialog);
    save(&dialog, QStringLiteral("household-dialog"));
}

void ScreenshotsTest::residentDialog()
{
    RegisterStore store(m_db.db(), testScope());
    const auto resident = store.resident(m_db.residentId(TestDatabase::idFor(QDate(1951, 11, 2), false, 12)));
    QVERIFY(resident);
    ResidentDialog dialog(m_db.db(), testScope(), *resident);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkNothingCutOff(&dialog);
    save(&dialog, QStringLiteral("resident-dialog"));
}

void ScreenshotsTest::settingsDialog()
{
    SettingsDialog dialog(m_db.db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    checkNothingCutOff(&dialog);
    save(&dialog, QStringLiteral("settings-dialog"));
}

void ScreenshotsTest::lockAndServerPasswordDialogs()
{
    const SignedIn signedIn(AccessScope::Role::Clerk, QStringLiteral("li.na"), QStringLiteral("李娜"));
    LockDialog lock(m_db.db(), testScope());
    lock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lock));
    checkNothingCutOff(&lock);
    save(&lock, QStringLiteral("lock-dialog"));

    ServerPasswordDialog server(QStringLiteral("数据库服务器 192.168.1.20 上 cd 的密码："), true);
    server.show();
    QVERIFY(QTest::qWaitForWindowExposed(&server));
    checkNothingCutOff(&server);
    save(&server, QStringLiteral("server-password-dialog"));
}

void ScreenshotsTest::newOfficeAtTheSmallScreen()
{
    // A new office's first look, on the most common office screen (1366×768): the empty
    // register saying what to do, and the community set-up it leads to.
    Database empty(QStringLiteral("screenshots-empty"));
    QVERIFY(Workspace::open(empty, QStringLiteral(":memory:")));
    const SignedIn signedIn(AccessScope::Role::Administrator, QStringLiteral("admin"), QStringLiteral("刘主任"));
    MainWindow window(empty.connection(), testScope());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<RegisterEmptyState *>()->isVisible());
    checkNothingCutOff(&window);
    save(&window, QStringLiteral("new-office-register"));

    CommunitySetupDialog setup(empty.connection(), testScope(), &window);
    setup.resize(1366 * 2 / 3, 768 * 3 / 4);
    setup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&setup));
    checkNothingCutOff(&setup);
    save(&setup, QStringLiteral("new-office-setup"));
}

QTEST_MAIN(ScreenshotsTest)
#include "screenshots_test.moc"
