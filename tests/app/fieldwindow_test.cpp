// The window on a field copy, started unattended (issue 22): `communitydesk --database COPY` with
// the copy's password in CD_FIELD_PASSWORD and the worker's sign-in in CD_USER / CD_PASSWORD
// saves a picture of the window; a wrong copy password ends with exit code 1 and the reason.
#include "tests/support/clirunner.h"
#include "tests/support/windowrunner.h"

#include <QFile>
#include <QImage>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

class FieldWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensTheCopy();
    void wrongPasswordEndsTheRun();

private:
    using Run = WindowRun;
    Run window(const QString &fieldPassword, const QString &picture) const;
    QTemporaryDir m_dir;
    QString m_copy;
};

void FieldWindowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString office = m_dir.filePath(QStringLiteral("office.sqlite"));
    CliOptions nobody;
    nobody.user.clear();
    const CliRun demo = runCli({QStringLiteral("--database"), office, QStringLiteral("demo"),
                                QStringLiteral("--households"), QStringLiteral("60")},
                               nobody);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    CliOptions admin;
    admin.extra.insert(QStringLiteral("CD_NEW_PASSWORD"), QStringLiteral("lina-password"));
    admin.extra.insert(QStringLiteral("CD_FIELD_PASSWORD"), QStringLiteral("laptop-pass-1"));
    const CliRun account =
        runCli({QStringLiteral("--database"), office, QStringLiteral("account"), QStringLiteral("add"),
                QStringLiteral("lina"), QStringLiteral("--name"), QStringLiteral("李娜"), QStringLiteral("--role"),
                QStringLiteral("grid-worker"), QStringLiteral("--grid"), QStringLiteral("G01")},
               admin);
    QVERIFY2(account.exitCode == 0, qPrintable(account.err));
    m_copy = m_dir.filePath(QStringLiteral("lina.cdfield"));
    const CliRun checkout = runCli({QStringLiteral("--database"), office, QStringLiteral("field"),
                                    QStringLiteral("checkout"), QStringLiteral("--grid"), QStringLiteral("G01"),
                                    QStringLiteral("--for"), QStringLiteral("lina"), QStringLiteral("--out"), m_copy},
                                   admin);
    QVERIFY2(checkout.exitCode == 0, qPrintable(checkout.err));
}

FieldWindowTest::Run FieldWindowTest::window(const QString &fieldPassword, const QString &picture) const
{
    QProcessEnvironment signIn;
    signIn.insert(QStringLiteral("CD_FIELD_PASSWORD"), fieldPassword);
    signIn.insert(QStringLiteral("CD_USER"), QStringLiteral("lina"));
    signIn.insert(QStringLiteral("CD_PASSWORD"), QStringLiteral("lina-password"));
    return runWindow(QStringLiteral(CD_GUI), m_copy, picture, m_dir.filePath(QStringLiteral("config")), signIn);
}

void FieldWindowTest::opensTheCopy()
{
    const QString picture = m_dir.filePath(QStringLiteral("field.png"));
    const Run run = window(QStringLiteral("laptop-pass-1"), picture);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QImage(picture).isNull());
    // Signing in wrote its login_attempt row: sealed back into the copy, still a field copy.
    QFile sealed(m_copy);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    QVERIFY(sealed.read(8) == QByteArrayLiteral("CDFIELD1"));
}

void FieldWindowTest::wrongPasswordEndsTheRun()
{
    const QString picture = m_dir.filePath(QStringLiteral("wrong.png"));
    const Run run = window(QStringLiteral("not-the-password"), picture);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("password for this field copy is wrong")), qPrintable(run.err));
    QVERIFY(!QFile::exists(picture));
}

QTEST_GUILESS_MAIN(FieldWindowTest)
#include "fieldwindow_test.moc"
