#include "models/access/accountstore.h"
#include "models/birthdays/birthdayquery.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"

#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/xlsxpackage.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// communitydesk-cli birthdays, run as a clerk's script would run it, on a demo database.
class BirthdayCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvMatchesTheList();
    void pdfSignInSheet();
    void xlsx();
    void lunarAndMinimumAge();
    void gridWorkerGetsOwnGridOnly();
    void badInput_data();
    void badInput();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr) const;
    int csvRows(const QString &path) const;
    QTemporaryDir m_dir;
    QString m_db;
    int m_expected = 0;
    int m_expectedWorker = 0; // May's list as the worker of the first grid sees it
    QString m_otherGrid;      // the name of a grid that is not the worker's
};

void BirthdayCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Database db;
    QVERIFY(Workspace::open(db, m_db));
    DemoGenerator demo(db.connection());
    demo.setToday(QDate(2025, 3, 15));
    QVERIFY2(demo.generate(400), qPrintable(demo.errorText()));
    BirthdayQuery query(db.connection(), testScope());
    m_expected = int(query.monthWithMissed(2025, 5).size());
    QVERIFY2(m_expected > 5, qPrintable(QString::number(m_expected)));

    // The demo's administrator (the other tests sign in as admin / demo-admin once the database
    // has accounts) and a grid worker of the first grid.
    Account administrator;
    administrator.login = QStringLiteral("admin");
    administrator.displayName = QStringLiteral("管理员");
    administrator.role = AccessScope::Role::Administrator;
    const AccessScope admin(AccessScope::Role::Administrator, 0, QStringLiteral("admin"));
    QVERIFY(AccountStore(db.connection(), admin).save(administrator, QStringLiteral("demo-admin")).ok);
    SqlQuery grids(db.connection(), QStringLiteral("SELECT id, name FROM grid ORDER BY code LIMIT 2"));
    QVERIFY(grids.exec() && grids.next());
    Account worker;
    worker.login = QStringLiteral("wang.wg");
    worker.displayName = QStringLiteral("王网格");
    worker.role = AccessScope::Role::GridWorker;
    worker.gridIds = {grids.value(0).toLongLong()};
    QVERIFY(grids.next());
    m_otherGrid = grids.value(1).toString();
    const SaveResult saved = AccountStore(db.connection(), admin).save(worker, QStringLiteral("grid-pass-1"));
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    BirthdayQuery asWorker(db.connection(),
                           AccessScope(AccessScope::Role::GridWorker, worker.id, worker.login, worker.gridIds));
    m_expectedWorker = int(asWorker.monthWithMissed(2025, 5).size());
    QVERIFY2(m_expectedWorker > 0 && m_expectedWorker < m_expected, qPrintable(QString::number(m_expectedWorker)));
}

int BirthdayCliTest::run(const QStringList &args, QString *out, QString *err) const
{
    CliOptions options;
    options.configHome = m_dir.filePath(QStringLiteral("config")); // the desk's settings
    options.noDisplay = true;
    const CliRun r = runCli(QStringList{QStringLiteral("--database"), m_db} + args, options);
    if (out)
        *out = r.out;
    if (err)
        *err = r.err;
    return r.exitCode;
}

int BirthdayCliTest::csvRows(const QString &path) const
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // Addresses hold no line breaks, so records are lines.
    return int(f.readAll().count("\r\n"));
}

void BirthdayCliTest::csvMatchesTheList()
{
    const QString path = m_dir.filePath(QStringLiteral("may.csv"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("birthdays"), QStringLiteral("2025-05"), QStringLiteral("--out"), path}, &out, &err),
             0);
    QCOMPARE(csvRows(path), m_expected + 1);
    QVERIFY2(out.contains(QStringLiteral("%1 residents").arg(m_expected)), qPrintable(out));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "Name,"));
    QVERIFY(bytes.contains("****")); // phones masked
}

void BirthdayCliTest::pdfSignInSheet()
{
    const QString path = m_dir.filePath(QStringLiteral("may.pdf"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("birthdays"), QStringLiteral("2025-05"), QStringLiteral("--per-grid"),
                  QStringLiteral("--out"), path},
                 &out, &err),
             0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY2(text.contains(QStringLiteral("Birthday party sign-in sheet")), qPrintable(text.left(500)));
    QVERIFY(text.contains(QStringLiteral("Birthdays in May 2025")));
    QVERIFY(text.contains(QStringLiteral("网格")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(text.count(QChar(u'\f')) >= 2); // one sheet per grid
}

void BirthdayCliTest::xlsx()
{
    const QString path = m_dir.filePath(QStringLiteral("may.xlsx"));
    QCOMPARE(run({QStringLiteral("birthdays"), QStringLiteral("2025-05"), QStringLiteral("--out"), path}), 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    XlsxPackage package;
    QVERIFY2(package.open(bytes), qPrintable(package.errorText()));
    QCOMPARE(package.sheetXml().count("<row r="), m_expected + 1);
}

void BirthdayCliTest::lunarAndMinimumAge()
{
    const QString solar = m_dir.filePath(QStringLiteral("solar.csv"));
    const QString lunar = m_dir.filePath(QStringLiteral("lunar.csv"));
    const QString ninety = m_dir.filePath(QStringLiteral("ninety.csv"));
    QCOMPARE(run({QStringLiteral("birthdays"), QStringLiteral("2025-05"), QStringLiteral("--out"), solar}), 0);
    QCOMPARE(run({QStringLiteral("birthdays"), QStringLiteral("2025-05"), QStringLiteral("--lunar"),
                  QStringLiteral("--out"), lunar}),
             0);
    QCOMPARE(run({QStringLiteral("birthdays"), QStringLiteral("2025-05"), QStringLiteral("--min-age"),
                  QStringLiteral("90"), QStringLiteral("--out"), ninety}),
             0);
    QFile a(solar), b(lunar);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray lunarBytes = b.readAll();
    QVERIFY(a.readAll() != lunarBytes);
    QVERIFY(lunarBytes.contains(",lunar,"));
    QVERIFY(csvRows(ninety) < csvRows(solar));
}

// Signed in as the worker of the first grid, `birthdays` lists that grid's residents only.
void BirthdayCliTest::gridWorkerGetsOwnGridOnly()
{
    CliOptions options;
    options.configHome = m_dir.filePath(QStringLiteral("config-worker"));
    options.noDisplay = true;
    options.user = QStringLiteral("wang.wg");
    options.password = QStringLiteral("grid-pass-1");
    const QString path = m_dir.filePath(QStringLiteral("worker.csv"));
    const CliRun r = runCli({QStringLiteral("--database"), m_db, QStringLiteral("birthdays"), QStringLiteral("2025-05"),
                             QStringLiteral("--out"), path},
                            options);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(csvRows(path), m_expectedWorker + 1);
    QVERIFY2(r.out.contains(QStringLiteral("%1 residents").arg(m_expectedWorker)), qPrintable(r.out + r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY2(!QString::fromUtf8(f.readAll()).contains(m_otherGrid), qPrintable(m_otherGrid));
}

void BirthdayCliTest::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString csv = m_dir.filePath(QStringLiteral("x.csv"));
    QTest::newRow("no month") << QStringList{QStringLiteral("birthdays")} << 2 << QStringLiteral("YYYY-MM");
    QTest::newRow("bad month") << QStringList{QStringLiteral("birthdays"), QStringLiteral("2025-13"),
                                              QStringLiteral("--out"), csv}
                               << 2 << QStringLiteral("2025-13");
    QTest::newRow("not a month") << QStringList{QStringLiteral("birthdays"), QStringLiteral("May"),
                                                QStringLiteral("--out"), csv}
                                 << 2 << QStringLiteral("\"May\"");
    QTest::newRow("no out") << QStringList{QStringLiteral("birthdays"), QStringLiteral("2025-05")} << 2
                            << QStringLiteral("--out");
    QTest::newRow("bad suffix") << QStringList{QStringLiteral("birthdays"), QStringLiteral("2025-05"),
                                               QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.doc"))}
                                << 2 << QStringLiteral(".xlsx");
    QTest::newRow("bad age") << QStringList{QStringLiteral("birthdays"), QStringLiteral("2025-05"),
                                            QStringLiteral("--min-age"), QStringLiteral("old"),
                                            QStringLiteral("--out"),     csv}
                             << 2 << QStringLiteral("--min-age");
    QTest::newRow("unwritable") << QStringList{QStringLiteral("birthdays"), QStringLiteral("2025-05"),
                                               QStringLiteral("--out"),
                                               m_dir.filePath(QStringLiteral("missing/dir/x.csv"))}
                                << 1 << QStringLiteral("x.csv");
}

void BirthdayCliTest::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString out, err;
    QCOMPARE(run(args, &out, &err), exitCode);
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(BirthdayCliTest)
#include "birthdaycli_test.moc"
