// communitydesk-cli report, run as a clerk's script would run it, on a demo database.
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/monthlyreportquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class ReportCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfForTheCommunity();
    void xlsxForOneGrid();
    void savedTemplateIsUsed();
    void byArea();
    void gridWorkerGetsOwnGridOnly();
    void badInput_data();
    void badInput();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr) const;
    QTemporaryDir m_dir;
    QString m_db;
    MonthlyReportData m_expected;
    MonthlyReportData m_expectedWorker; // the report as the worker of the first grid sees it
};

void ReportCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Database db;
    QVERIFY(Workspace::open(db, m_db));
    DemoGenerator demo(db.connection());
    demo.setToday(QDate(2026, 11, 15));
    QVERIFY2(demo.generate(300), qPrintable(demo.errorText()));
    MonthlyReportQuery query(db.connection(), testScope());
    QVERIFY(query.run(2026, 10, 0, &m_expected));
    QVERIFY2(m_expected.total.received > 0, "the demo holds a year of cases");

    // The demo's administrator (the other tests sign in as admin / demo-admin once the database
    // has accounts) and a grid worker of the first grid.
    Account administrator;
    administrator.login = QStringLiteral("admin");
    administrator.displayName = QStringLiteral("管理员");
    administrator.role = AccessScope::Role::Administrator;
    const AccessScope admin(AccessScope::Role::Administrator, 0, QStringLiteral("admin"));
    QVERIFY(AccountStore(db.connection(), admin).save(administrator, QStringLiteral("demo-admin")).ok);
    Account worker;
    worker.login = QStringLiteral("wang.wg");
    worker.displayName = QStringLiteral("王网格");
    worker.role = AccessScope::Role::GridWorker;
    worker.gridIds = {m_expected.grids.first().gridId};
    const SaveResult saved = AccountStore(db.connection(), admin).save(worker, QStringLiteral("grid-pass-1"));
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    MonthlyReportQuery asWorker(db.connection(),
                                AccessScope(AccessScope::Role::GridWorker, worker.id, worker.login, worker.gridIds));
    QVERIFY(asWorker.run(2026, 10, 0, &m_expectedWorker));
}

int ReportCliTest::run(const QStringList &args, QString *out, QString *err) const
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

void ReportCliTest::pdfForTheCommunity()
{
    const QString path = m_dir.filePath(QStringLiteral("october.pdf"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--out"), path}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("%1 cases received").arg(m_expected.total.received)), qPrintable(out + err));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY2(text.contains(m_expected.community), qPrintable(text));
    for (const auto &g : std::as_const(m_expected.grids))
        if (g.gridId > 0)
            QVERIFY2(text.contains(g.name), qPrintable(g.name));
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));

    // The report names residents in its notable cases: writing it is an audited export, by
    // the signed-in administrator, naming the file (not its folder).
    Database db(QStringLiteral("reportcli-audit"));
    QVERIFY(Workspace::open(db, m_db));
    SqlQuery audit(db.connection(), QStringLiteral("SELECT user_name, after_json FROM audit_log WHERE action = "
                                                   "'export' ORDER BY id DESC LIMIT 1"));
    QVERIFY(audit.exec() && audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("admin"));
    QVERIFY2(audit.value(1).toString().contains(QStringLiteral("october.pdf")), qPrintable(audit.value(1).toString()));
    QVERIFY(!audit.value(1).toString().contains(m_dir.path()));
}

void ReportCliTest::xlsxForOneGrid()
{
    const QString path = m_dir.filePath(QStringLiteral("g01.xlsx"));
    QString out;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--grid"), QStringLiteral("G01"),
                  QStringLiteral("--out"), path},
                 &out),
             0);
    QVERIFY2(out.contains(m_expected.grids.first().name), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("%1 cases received").arg(m_expected.grids.first().received)), qPrintable(out));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("PK\x03\x04"));
}

void ReportCliTest::savedTemplateIsUsed()
{
    // The same settings file the desk writes (QSettings, organisation and application CommunityDesk).
    QSettings settings(m_dir.filePath(QStringLiteral("config/CommunityDesk/CommunityDesk.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("report/title"), QStringLiteral("%1（%2）工作月报"));
    settings.setValue(QStringLiteral("report/reviewedBy"), QStringLiteral("刘主任"));
    settings.sync();
    const QString path = m_dir.filePath(QStringLiteral("template.pdf"));
    QString out;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--out"), path}, &out), 0);
    QVERIFY2(out.startsWith(m_expected.community + QStringLiteral("（2026-10）工作月报")), qPrintable(out));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY(text.contains(QStringLiteral("刘主任")));
}

void ReportCliTest::byArea()
{
    QVERIFY2(!m_expected.areas.isEmpty(), "the demo has areas");
    const QString path = m_dir.filePath(QStringLiteral("areas.pdf"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--by-area"),
                  QStringLiteral("--out"), path},
                 &out, &err),
             0);
    QVERIFY2(!err.contains(QStringLiteral("no areas")), qPrintable(err));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY2(text.contains(QStringLiteral("Cases, events and volunteer hours by area")), qPrintable(text));
    for (const auto &a : std::as_const(m_expected.areas))
        QVERIFY2(text.contains(a.name), qPrintable(a.name));
}

// Signed in as the worker of the first grid, `report` holds that grid only: its totals are the
// grid's row of the office's report, and no other grid is named in the PDF.
void ReportCliTest::gridWorkerGetsOwnGridOnly()
{
    const MonthlyReportData::GridRow own = m_expected.grids.first();
    QCOMPARE(m_expectedWorker.grids.size(), 1);
    QCOMPARE(m_expectedWorker.grids.first().gridId, own.gridId);
    QCOMPARE(m_expectedWorker.total.received, own.received);
    QVERIFY2(own.received < m_expected.total.received, "the other grids have cases too");

    CliOptions options;
    options.configHome = m_dir.filePath(QStringLiteral("config-worker"));
    options.noDisplay = true;
    options.user = QStringLiteral("wang.wg");
    options.password = QStringLiteral("grid-pass-1");
    const QString path = m_dir.filePath(QStringLiteral("worker.pdf"));
    const CliRun r = runCli({QStringLiteral("--database"), m_db, QStringLiteral("report"), QStringLiteral("2026-10"),
                             QStringLiteral("--out"), path},
                            options);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("%1 cases received, %2 of them resolved (%3), %4 resolved this month in all")
                                .arg(own.received)
                                .arg(own.resolvedOfReceived)
                                .arg(MonthlyReport::percent(own.resolutionRate()))
                                .arg(m_expectedWorker.total.resolved)),
             qPrintable(r.out + r.err));
    QCOMPARE(m_expectedWorker.total.resolved, own.resolved);

    // Another grid's code is refused, naming the option.
    const MonthlyReportData::GridRow other = m_expected.grids.at(1);
    const CliRun refused = runCli({QStringLiteral("--database"), m_db, QStringLiteral("report"),
                                   QStringLiteral("2026-10"), QStringLiteral("--grid"), other.code,
                                   QStringLiteral("--out"), m_dir.filePath(QStringLiteral("other.pdf"))},
                                  options);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("--grid")), qPrintable(refused.err));

    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY2(text.contains(own.name), qPrintable(text));
    for (const auto &g : std::as_const(m_expected.grids))
        if (g.gridId > 0 && g.gridId != own.gridId)
            QVERIFY2(!text.contains(g.name), qPrintable(g.name));
}

void ReportCliTest::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no month") << QStringList{QStringLiteral("report")} << QStringLiteral("YYYY-MM");
    QTest::newRow("month 13") << QStringList{QStringLiteral("report"), QStringLiteral("2026-13"),
                                             QStringLiteral("--out"), QStringLiteral("x.pdf")}
                              << QStringLiteral("2026-13");
    QTest::newRow("no file") << QStringList{QStringLiteral("report"), QStringLiteral("2026-10")}
                             << QStringLiteral("--out");
    QTest::newRow("csv") << QStringList{QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                                        QStringLiteral("x.csv")}
                         << QStringLiteral("--out");
    QTest::newRow("unknown grid") << QStringList{QStringLiteral("report"), QStringLiteral("2026-10"),
                                                 QStringLiteral("--grid"), QStringLiteral("G99"),
                                                 QStringLiteral("--out"),  QStringLiteral("x.pdf")}
                                  << QStringLiteral("G99");
    QTest::newRow("by area for one grid")
        << QStringList{QStringLiteral("report"), QStringLiteral("2026-10"),   QStringLiteral("--grid"),
                       QStringLiteral("G01"),    QStringLiteral("--by-area"), QStringLiteral("--out"),
                       QStringLiteral("x.pdf")}
        << QStringLiteral("--by-area");
}

void ReportCliTest::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QString err;
    QCOMPARE(run(args, nullptr, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(ReportCliTest)
#include "reportcli_test.moc"
