// The field copy in the window (issue 22): File → Field copy → Check out… driven by keyboard, and
// the main window's banner on an opened copy (no backup actions there).
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/field/fieldcheckout.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldworkspace.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/field/fieldcheckoutdialog.h"
#include "ui/shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QtTest>

class FieldCheckoutDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checksOutByKeyboard();
    void bannerOnAFieldCopy();

private:
    std::unique_ptr<TestDatabase> m_office;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void FieldCheckoutDialogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_office = std::make_unique<TestDatabase>();
    m_office->addHousehold(m_office->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                           {{QStringLiteral("王秀英"), TestDatabase::idFor(QDate(1950, 3, 4), false, 11)}});
    AccountStore accounts(m_office->db(), testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account lina;
    lina.login = QStringLiteral("lina");
    lina.displayName = QStringLiteral("李娜");
    lina.role = AccessScope::Role::GridWorker;
    lina.gridIds = {m_office->gridA};
    QVERIFY(accounts.save(lina, QStringLiteral("lina-password")).ok);
}

void FieldCheckoutDialogTest::cleanup()
{
    m_office.reset();
    m_dir.reset();
}

void FieldCheckoutDialogTest::checksOutByKeyboard()
{
    FieldCheckoutDialog dialog(m_office->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *grids = dialog.findChild<QListWidget *>(QStringLiteral("fieldGrids"));
    auto *worker = dialog.findChild<QComboBox *>(QStringLiteral("fieldWorker"));
    auto *file = dialog.findChild<QLineEdit *>(QStringLiteral("fieldFile"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("fieldPassword"));
    auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("fieldPasswordAgain"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("fieldError"));
    QVERIFY(grids && worker && file && password && again && error);
    QCOMPARE(grids->count(), 2);

    // Tick G01 with Space, as in any checklist.
    grids->setFocus();
    grids->setCurrentRow(0);
    QTest::keyClick(grids, Qt::Key_Space);
    QCOMPARE(grids->item(0)->checkState(), Qt::Checked);
    GuiTest::chooseByKeyboard(worker, QStringLiteral("lina"));
    const QString path = m_dir->filePath(QStringLiteral("lina.cdfield"));
    file->setFocus();
    QTest::keyClicks(file, path);
    password->setFocus();
    QTest::keyClicks(password, QStringLiteral("laptop-pass-1"));
    again->setFocus();
    QTest::keyClicks(again, QStringLiteral("laptop-pass-2"));
    QTest::keyClick(again, Qt::Key_Return);
    // Two different passwords: said in the dialog, nothing written.
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Password")), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFile::exists(path));

    QTest::keyClicks(again, QStringLiteral("laptop-pass-1"));
    QString told;
    const auto came = GuiTest::onNextDialog(&dialog, [&told](QDialog *box) {
        if (auto *message = qobject_cast<QMessageBox *>(box))
            told = message->text();
        box->accept();
    });
    QTest::keyClick(again, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
    QVERIFY(*came);
    QVERIFY2(told.contains(QStringLiteral("lina.cdfield")), qPrintable(told));
    QCOMPARE(dialog.writtenFile(), path);
    QVERIFY(FieldFile::isFieldFile(path));
}

void FieldCheckoutDialogTest::bannerOnAFieldCopy()
{
    // At the office: no banner, and an administrator may check out.
    {
        MainWindow office(m_office->db(), testScope());
        QVERIFY(office.fieldBanner()->isHidden());
        auto *checkOut = office.findChild<QAction *>(QStringLiteral("fieldCheckOut"));
        QVERIFY(checkOut && checkOut->isEnabled());
    }
    const QString path = m_dir->filePath(QStringLiteral("banner.cdfield"));
    FieldCheckout checkout(m_office->db(), QString(), testScope());
    QVERIFY2(checkout.run({{QStringLiteral("G01")}, QStringLiteral("lina"), path, QStringLiteral("laptop-pass-1")}),
             qPrintable(checkout.errorText()));

    FieldFile file;
    Database db(QStringLiteral("field-window"));
    QVERIFY2(FieldWorkspace::open(db, file, path, QStringLiteral("laptop-pass-1")), qPrintable(db.errorText()));
    AccountStore accounts(db.connection());
    const SignInResult lina = accounts.signIn(QStringLiteral("lina"), QStringLiteral("lina-password"));
    QVERIFY(lina.ok());
    {
        MainWindow window(db.connection(), lina.scope);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.fieldBanner()->isVisible());
        const QString banner = window.fieldBanner()->text();
        QVERIFY2(banner.startsWith(QStringLiteral("Field copy · 第一网格 · 李娜 · checked out ")), qPrintable(banner));
        // The copy is not backed up unsealed, nor checked out again.
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (const QAction *action : actions)
            QVERIFY2(!action->text().remove(QLatin1Char('&')).contains(QStringLiteral("Back up")),
                     qPrintable(action->text()));
        auto *checkOut = window.findChild<QAction *>(QStringLiteral("fieldCheckOut"));
        QVERIFY(checkOut && !checkOut->isEnabled());
        // The register shows the grid's resident.
        QVERIFY(window.registerPage());
    }
}

QTEST_MAIN(FieldCheckoutDialogTest)
#include "fieldcheckoutdialog_test.moc"
