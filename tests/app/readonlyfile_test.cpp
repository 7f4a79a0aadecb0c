// A database file the desk may not write to is named read-only, not damaged, by the command
// line as the window would (Database::open). As root every file is writable, so the run drops
// to the "nobody" account with setpriv; that is how CI runs it, and how a clerk's desk sees it.
#include "models/core/database.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <unistd.h>

class ReadOnlyFileTest : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyFileIsNamedSo();
};

void ReadOnlyFileTest::readOnlyFileIsNamedSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("register.db"));
    {
        Database db(QUuid::createUuid().toString());
        QVERIFY(Workspace::open(db, path));
    }
    // Readable by all, writable by none (root aside): the file and its folder.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                                  QFile::ExeOther));
    const QStringList cli = {cliPath(), QStringLiteral("--database"), path, QStringLiteral("check")};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    if (geteuid() == 0)
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups")} +
                          cli);
    else
        process.start(cli.first(), cli.mid(1));
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("damaged")), qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("Unable to execute")), qPrintable(err));
    // Made writable again, the same file opens as before: nothing was changed or refused for good.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
    Database again(QUuid::createUuid().toString());
    QVERIFY2(Workspace::open(again, path), qPrintable(again.errorText()));
}

QTEST_GUILESS_MAIN(ReadOnlyFileTest)
#include "readonlyfile_test.moc"
