// The office server restarts (or a standby takes over) under a desk (issue 23): a save after the
// restart just works, a resident form saved while the server is down stays open with what was
// typed and saves by itself when the server is back, and the link says lost and restored.
// Runs its own throwaway server (scripts/pg-test-server.sh) so stopping it disturbs no other test.
#include "models/core/serverlink.h"
#include "models/register/registerstore.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/common/savewhenback.h"
#include "ui/register/residentdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class ReconnectSaveTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void saveAfterRestartJustWorks();
    void formSavedWhileDownSavesWhenBack();

private:
    bool server(const QString &action);

    QString m_dir;
    QString m_script;
    std::unique_ptr<TestDatabase> m_tdb;
};

bool ReconnectSaveTest::server(const QString &action)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {m_script, action, m_dir});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void ReconnectSaveTest::initTestCase()
{
    if (!testingOnServer())
        QSKIP("PostgreSQL only: the _pg run restarts a server of its own");
    m_script = qEnvironmentVariable("CD_TEST_DATA") + QStringLiteral("/../../scripts/pg-test-server.sh");
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    // A port of the test's own (CD_RECONNECT_PORT to choose one), apart from the shared server's.
    const QString port = qEnvironmentVariableIsSet("CD_RECONNECT_PORT")
                             ? qEnvironmentVariable("CD_RECONNECT_PORT")
                             : QString::number(56100 + QCoreApplication::applicationPid() % 800);
    m_dir = QStringLiteral("/tmp/cd-reconnect-%1").arg(QCoreApplication::applicationPid());
    QProcess start;
    start.start(QStringLiteral("sh"), {m_script, QStringLiteral("start"), m_dir, port});
    QVERIFY(start.waitForFinished(120000));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    const QString url = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
    QVERIFY2(url.startsWith(QLatin1String("postgresql://")), qPrintable(url));
    qputenv("CD_TEST_DATABASE", url.toUtf8());
    m_tdb = std::make_unique<TestDatabase>();
    ServerLink::instance()->setRetryInterval(200);
}

void ReconnectSaveTest::cleanupTestCase()
{
    m_tdb.reset();
    if (!m_dir.isEmpty())
        server(QStringLiteral("stop"));
}

void ReconnectSaveTest::saveAfterRestartJustWorks()
{
    QSignalSpy restored(ServerLink::instance(), &ServerLink::connectionRestored);
    QVERIFY(m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                {{QStringLiteral("赵一"), TestDatabase::idFor(QDate(1950, 1, 2), true)}}));
    QVERIFY(server(QStringLiteral("halt")));
    QVERIFY(server(QStringLiteral("resume")));
    // The desk's connection died with the old server; the next save reconnects and goes through.
    QVERIFY(m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("102"),
                                {{QStringLiteral("钱二"), TestDatabase::idFor(QDate(1951, 3, 4), true)}}));
    QVERIFY(m_tdb->residentId(TestDatabase::idFor(QDate(1951, 3, 4), true)) > 0);
    QVERIFY(!restored.isEmpty());
    QVERIFY(!ServerLink::instance()->isDown(m_tdb->db().connectionName()));
}

void ReconnectSaveTest::formSavedWhileDownSavesWhenBack()
{
    const qint64 household =
        m_tdb->addHousehold(m_tdb->buildingA2, QStringLiteral("2"), QStringLiteral("201"),
                            {{QStringLiteral("孙三"), TestDatabase::idFor(QDate(1960, 5, 6), true)}});
    QVERIFY(household > 0);
    // What the window's status line (ConnectionStatus) listens to.
    QSignalSpy lost(ServerLink::instance(), &ServerLink::connectionLost);
    QSignalSpy restored(ServerLink::instance(), &ServerLink::connectionRestored);

    Resident r;
    r.householdId = household;
    ResidentDialog dialog(m_tdb->db(), testScope(), r);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
    auto *idNumber = dialog.findChild<QLineEdit *>(QStringLiteral("idNumber"));
    QVERIFY(name && idNumber);
    name->setFocus();
    commitText(name, QStringLiteral("李四"));
    const QString id = TestDatabase::idFor(QDate(1962, 7, 8), false);
    idNumber->setFocus();
    QTest::keyClicks(idNumber, id);

    QVERIFY(server(QStringLiteral("halt")));
    auto *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    // Not saved, not closed, nothing typed lost; the form and the window say why.
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), QStringLiteral("李四"));
    QCOMPARE(idNumber->text(), id);
    QVERIFY(ServerLink::instance()->isDown(m_tdb->db().connectionName()));
    auto *watcher = dialog.findChild<SaveWhenBack *>();
    QVERIFY(watcher && watcher->isWaiting());
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("saveWhenBackNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(lost.size(), 1);
    QVERIFY(restored.isEmpty());
    QTest::qWait(600); // a few failed retries while the server is down change nothing
    QVERIFY(dialog.isVisible());

    QVERIFY(server(QStringLiteral("resume")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_tdb->residentId(id) > 0);
    QCOMPARE(restored.size(), 1);
    QVERIFY(!notice->isVisible());
}

QTEST_MAIN(ReconnectSaveTest)
#include "reconnectsave_test.moc"
