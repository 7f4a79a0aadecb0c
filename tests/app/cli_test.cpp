// communitydesk-cli as a clerk or a script calls it: demo data, search, check, bad input.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &language = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(QStringLiteral("LANG"), language);
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CD_CLI), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void demoSearchCheck();
    void demoRefusesAFilledDatabase();
    void badArgumentsNameTheOption();
    void newerDatabaseIsRefusedUnchanged();
    void speaksChineseInAChineseLocale();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void CliTest::demoSearchCheck()
{
    const QString db = file(QStringLiteral("demo.db"));
    const Run demo = cli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                          QStringLiteral("120")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.contains(QStringLiteral("120 households")), qPrintable(demo.out));

    // Search by pinyin initials of a common surname prints masked numbers only.
    const Run search = cli({QStringLiteral("--database"), db, QStringLiteral("search"), QStringLiteral("w"),
                            QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(search.exitCode, 0);
    const QStringList lines = search.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    QVERIFY2(lines.size() == 5, qPrintable(search.out));
    QVERIFY2(search.err.contains(QStringLiteral("5 shown")),
             qPrintable(search.err)); // the count goes to stderr, data to stdout
    QVERIFY2(lines.constFirst().contains(QStringLiteral("********")), qPrintable(lines.constFirst()));

    const Run check = cli({QStringLiteral("--database"), db, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("intact")), qPrintable(check.out));
}

void CliTest::demoRefusesAFilledDatabase()
{
    const QString db = file(QStringLiteral("twice.db"));
    const QStringList args = {QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                              QStringLiteral("10")};
    QCOMPARE(cli(args).exitCode, 0);
    const Run again = cli(args);
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(QStringLiteral("already holds residents")), qPrintable(again.err));
}

void CliTest::badArgumentsNameTheOption()
{
    const QString db = file(QStringLiteral("bad.db"));
    const Run households = cli({QStringLiteral("--database"), db, QStringLiteral("demo"),
                                QStringLiteral("--households"), QStringLiteral("many")});
    QCOMPARE(households.exitCode, 2);
    QVERIFY2(households.err.contains(QStringLiteral("--households")), qPrintable(households.err));
    QVERIFY2(households.err.contains(QStringLiteral("many")), qPrintable(households.err));

    const Run unknown = cli({QStringLiteral("--database"), db, QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("frobnicate")), qPrintable(unknown.err));
}

void CliTest::newerDatabaseIsRefusedUnchanged()
{
    const QString path = file(QStringLiteral("future.db"));
    {
        Database db(QUuid::createUuid().toString());
        QVERIFY(Workspace::open(db, path));
        SqlQuery(db.connection(), QStringLiteral("INSERT INTO schema_version (version, applied_at, description) "
                                                 "VALUES (999, '2030-01-01', 'from the future')"))
            .exec();
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    const Run check = cli({QStringLiteral("--database"), path, QStringLiteral("check")});
    QVERIFY(check.exitCode != 0);
    QVERIFY2(check.err.contains(QStringLiteral("newer version")), qPrintable(check.err));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void CliTest::speaksChineseInAChineseLocale()
{
    const Run unknown = cli({QStringLiteral("--database"), file(QStringLiteral("zh.db")), QStringLiteral("frobnicate")},
                            QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("未知命令")), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
