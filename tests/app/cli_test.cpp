// communitydesk-cli as a clerk or a script calls it: demo data, search, check, bad input.
#include "models/access/accountstore.h"
#include "models/core/damagemark.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/register/residentfilter.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QFile>
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
    CliOptions options;
    options.language = language;
    const CliRun r = runCli(arguments, options);
    return {r.exitCode, r.out, r.err};
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
    void markedDamagedIsRefusedUntilChecked();
    void speaksChineseInAChineseLocale();
    void signInGuardsPersonalData();

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

// The window's background check found damage in a large file (DamageMark): the command line
// writes nothing to it; `check` looks again and, finding it sound, lifts the mark.
void CliTest::markedDamagedIsRefusedUntilChecked()
{
    const QString path = file(QStringLiteral("marked.db"));
    QCOMPARE(cli({QStringLiteral("--database"), path, QStringLiteral("demo"), QStringLiteral("--households"),
                  QStringLiteral("10")})
                 .exitCode,
             0);
    QVERIFY(DamageMark::set(path, QStringLiteral("*** in database main *** Page 7: btreeInitPage() returns error")));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    const Run search = cli({QStringLiteral("--database"), path, QStringLiteral("search"), QStringLiteral("w")});
    QCOMPARE(search.exitCode, 1);
    QVERIFY2(search.err.contains(QStringLiteral("found damaged")), qPrintable(search.err));
    QVERIFY(search.out.isEmpty());
    const Run place = cli({QStringLiteral("--database"), path, QStringLiteral("community"), QStringLiteral("set-name"),
                           QStringLiteral("新名字")});
    QCOMPARE(place.exitCode, 1);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);

    const Run check = cli({QStringLiteral("--database"), path, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(!DamageMark::isSet(path));
    QCOMPARE(cli({QStringLiteral("--database"), path, QStringLiteral("search"), QStringLiteral("w")}).exitCode, 0);
}

void CliTest::speaksChineseInAChineseLocale()
{
    const Run unknown = cli({QStringLiteral("--database"), file(QStringLiteral("zh.db")), QStringLiteral("frobnicate")},
                            QStringLiteral("zh_CN.UTF-8"));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("未知命令")), qPrintable(unknown.err));
}

// On a database with accounts every command but `check` signs in, and a grid worker's search
// holds only their grid, as in the window.
void CliTest::signInGuardsPersonalData()
{
    const QString db = file(QStringLiteral("accounts.db"));
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                  QStringLiteral("150")})
                 .exitCode,
             0);
    const QStringList search = {QStringLiteral("--database"), db,
                                QStringLiteral("search"),     QStringLiteral("w"),
                                QStringLiteral("--limit"),    QStringLiteral("100000")};
    CliOptions nobody;
    nobody.user.clear();
    const Run anonymous = [&] {
        const CliRun r = runCli(search, nobody);
        return Run{r.exitCode, r.out, r.err};
    }();
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY2(anonymous.err.contains(QStringLiteral("--user")), qPrintable(anonymous.err));
    QVERIFY(anonymous.out.isEmpty());

    CliOptions wrong;
    wrong.password = QStringLiteral("not-the-password");
    const CliRun refused = runCli(search, wrong);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(runCli({QStringLiteral("--database"), db, QStringLiteral("check")}, nobody).exitCode, 0);

    // A grid worker of the first grid, made by the administrator.
    qint64 gridId = 0;
    int workerExpected = 0;
    {
        Database database(QUuid::createUuid().toString());
        QVERIFY(Workspace::open(database, db));
        SqlQuery grid(database.connection(), QStringLiteral("SELECT id FROM grid ORDER BY code LIMIT 1"));
        gridId = grid.scalar().toLongLong();
        QVERIFY(gridId > 0);
        const AccessScope admin(AccessScope::Role::Administrator, 1, QStringLiteral("admin"));
        Account worker;
        worker.login = QStringLiteral("wang.wg");
        worker.displayName = QStringLiteral("王网格");
        worker.role = AccessScope::Role::GridWorker;
        worker.gridIds = {gridId};
        const SaveResult saved = AccountStore(database.connection(), admin).save(worker, QStringLiteral("grid-pass-1"));
        QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
        ResidentTableModel model(database.connection(),
                                 AccessScope(AccessScope::Role::GridWorker, worker.id, worker.login, {gridId}));
        ResidentFilter filter;
        filter.text = QStringLiteral("w");
        model.setFilter(filter);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        workerExpected = model.rowCount();
    }
    const CliRun asAdmin = runCli(search);
    QCOMPARE(asAdmin.exitCode, 0);
    CliOptions gridWorker;
    gridWorker.user = QStringLiteral("wang.wg");
    gridWorker.password = QStringLiteral("grid-pass-1");
    const CliRun asWorker = runCli(search, gridWorker);
    QCOMPARE(asWorker.exitCode, 0);
    const int adminLines = int(asAdmin.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
    const int workerLines = int(asWorker.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
    QVERIFY2(workerExpected > 0, "the first grid has residents named w…");
    QCOMPARE(workerLines, workerExpected);
    QVERIFY2(workerLines < adminLines, qPrintable(QStringLiteral("%1 vs %2").arg(workerLines).arg(adminLines)));
    // What lists the whole community is refused to a grid worker.
    QCOMPARE(runCli({QStringLiteral("--database"), db, QStringLiteral("coverage")}, gridWorker).exitCode, 1);
}

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
