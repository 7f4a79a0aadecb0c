// The window as an unattended run starts it: signed in from CD_USER / CD_PASSWORD on an office's
// own database (not only the demo), saving a picture of the window with --screenshot. A wrong
// password or an unusable file ends the run with exit code 1 and a reason, never a dialog
// nobody is there to click.
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/workspace/workspace.h"
#include "tests/support/windowrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class WindowSignInTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signsInAndSavesTheWindow();
    void wrongPasswordEndsTheRun();
    void unusableFileEndsTheRun();

private:
    using Run = WindowRun;
    Run window(const QString &database, const QString &user, const QString &password, const QString &picture) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void WindowSignInTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("office.sqlite"));
    Database db;
    QVERIFY(Workspace::open(db, m_db));
    DemoGenerator generator(db.connection());
    QVERIFY2(generator.generate(40), qPrintable(generator.errorText()));
    // An office's own accounts: not the demo's documented administrator.
    AccountStore store(db.connection());
    store.setHashCost(PasswordHasher::cheapestCost());
    QVERIFY(store
                .createAdministrator(QStringLiteral("zhou.admin"), QStringLiteral("周主任"),
                                     QStringLiteral("office-admin-1"))
                .ok);
    QVERIFY(!store.isDemoDatabase());
}

WindowSignInTest::Run WindowSignInTest::window(const QString &database, const QString &user, const QString &password,
                                               const QString &picture) const
{
    QProcessEnvironment signIn;
    signIn.insert(QStringLiteral("CD_USER"), user);
    signIn.insert(QStringLiteral("CD_PASSWORD"), password);
    return runWindow(QStringLiteral(CD_GUI), database, picture, m_dir.filePath(QStringLiteral("config")), signIn);
}

void WindowSignInTest::signsInAndSavesTheWindow()
{
    const QString picture = m_dir.filePath(QStringLiteral("window.png"));
    const Run run = window(m_db, QStringLiteral("zhou.admin"), QStringLiteral("office-admin-1"), picture);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QImage image(picture);
    QVERIFY2(!image.isNull(), qPrintable(run.err));
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // The sign-in went through the accounts: the attempt is on record as a success.
    Database db(QStringLiteral("windowsignin-check"));
    QVERIFY(Workspace::open(db, m_db));
    SqlQuery attempts(db.connection(), QStringLiteral("SELECT count(*) FROM login_attempt WHERE login = ? AND ok = 1"));
    QVERIFY(attempts.exec(QStringLiteral("zhou.admin")) && attempts.next());
    QCOMPARE(attempts.value(0).toInt(), 1);
}

void WindowSignInTest::wrongPasswordEndsTheRun()
{
    const QString picture = m_dir.filePath(QStringLiteral("refused.png"));
    QElapsedTimer timer;
    timer.start();
    const Run run = window(m_db, QStringLiteral("zhou.admin"), QStringLiteral("not-the-password"), picture);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("zhou.admin")), qPrintable(run.err));
    QVERIFY(!QFile::exists(picture));
}

void WindowSignInTest::unusableFileEndsTheRun()
{
    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QString picture = m_dir.filePath(QStringLiteral("junk.png"));
    const Run run = window(junk, QStringLiteral("zhou.admin"), QStringLiteral("office-admin-1"), picture);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not a CommunityDesk database")), qPrintable(run.err));
    QVERIFY(!QFile::exists(picture));
}

QTEST_GUILESS_MAIN(WindowSignInTest)
#include "windowsignin_test.moc"
