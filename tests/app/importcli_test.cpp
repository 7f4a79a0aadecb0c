// `communitydesk-cli import residents` as a clerk or a script runs it, and killed in the middle
// (SIGKILL) of a large import and of a large save: the file opens intact with all or nothing.
#include "models/access/accountstore.h"
#include "models/cnrules/idnumber.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/documents/xlsxwriter.h"
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

Run cli(const QStringList &arguments)
{
    CliOptions options;
    options.timeoutMs = 300000;
    const CliRun r = runCli(arguments, options);
    return {r.exitCode, r.out, r.err};
}

QString data(const QString &name)
{
    return QStringLiteral(CD_IMPORT_DATA "/") + name;
}

struct Counts
{
    QString integrity;
    int residents = -1;
};

Counts inspect(const QString &path)
{
    Database db(QUuid::createUuid().toString());
    Counts c;
    if (!Workspace::open(db, path)) {
        c.integrity = db.errorText();
        return c;
    }
    SqlQuery check(db.connection(), QStringLiteral("PRAGMA integrity_check"));
    c.integrity = check.scalar().toString();
    SqlQuery count(db.connection(), QStringLiteral("SELECT count(*) FROM resident"));
    c.residents = count.scalar().toInt();
    return c;
}

QString personId(int n)
{
    return IdNumber::generate(QStringLiteral("320106"), QDate(1960, 1, 1).addDays(n * 97), n, n % 2 == 1);
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

} // namespace

class ImportCliTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void importsAndReports();
    void cleanFileExitsZero();
    void gridWorkerMayNotImport();
    void clerksRegisterWithDryRunAndMappings();
    void sheetsAndNextMonth();
    void badArguments();
    void keepsAColumnAsACustomField();
    void killedDuringImportLeavesAllOrNothing();
    void killedDuringSaveLeavesAllOrNothing();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void ImportCliTest::importsAndReports()
{
    const QString input = file(QStringLiteral("台账.csv"));
    QVERIFY(QFile::copy(data(QStringLiteral("residents.csv")), input));
    const Run run = cli({QStringLiteral("--database"), file(QStringLiteral("a.db")), QStringLiteral("import"),
                         QStringLiteral("residents"), input});
    QCOMPARE(run.exitCode, 1); // rows were rejected
    QVERIFY2(run.out.contains(QStringLiteral("5 imported, 0 updated, 7 rejected")), qPrintable(run.out));
    const QString report = file(QStringLiteral("台账-errors.csv"));
    QVERIFY2(run.out.contains(report), qPrintable(run.out));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), 1 + 7); // the header and the 7 rejected rows
    QCOMPARE(inspect(file(QStringLiteral("a.db"))).residents, 5);

    // XLSX too, into the same register: the people of the CSV are updated.
    const Run xlsx = cli({QStringLiteral("--database"), file(QStringLiteral("a.db")), QStringLiteral("import"),
                          QStringLiteral("residents"), data(QStringLiteral("handmade.xlsx"))});
    QVERIFY2(xlsx.out.contains(QStringLiteral("0 imported, 2 updated, 1 rejected")), qPrintable(xlsx.out));
    // Written next to the fixture: the rejected row, and the CSV's people this workbook does not list.
    QFile::remove(data(QStringLiteral("handmade-errors.csv")));
    QFile::remove(data(QStringLiteral("handmade-changes.csv")));
    QFile::remove(data(QStringLiteral("handmade-missing.csv")));
}

void ImportCliTest::cleanFileExitsZero()
{
    const Run run = cli({QStringLiteral("--database"), file(QStringLiteral("b.db")), QStringLiteral("import"),
                         QStringLiteral("residents"), data(QStringLiteral("residents-nobom.csv"))});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("4 imported, 0 updated, 0 rejected")), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(data(QStringLiteral("residents-nobom-errors.csv"))));
}

void ImportCliTest::gridWorkerMayNotImport()
{
    // A database with an administrator and a grid worker: the worker signs in, and is refused.
    const QString path = file(QStringLiteral("worker.db"));
    {
        Database db(QUuid::createUuid().toString());
        QVERIFY(Workspace::open(db, path));
        AccountStore accounts(db.connection());
        accounts.setHashCost(PasswordHasher::cheapestCost());
        QVERIFY(
            accounts
                .createAdministrator(QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("demo-admin"))
                .ok);
        QVERIFY(SqlQuery(db.connection(), QStringLiteral("INSERT INTO community (name) VALUES ('阳光社区')")).exec());
        QVERIFY(SqlQuery(db.connection(), QStringLiteral("INSERT INTO grid (community_id, code, name) SELECT id, "
                                                         "'G1', '第一网格' FROM community"))
                    .exec());
        Account worker;
        worker.login = QStringLiteral("wang.wg");
        worker.displayName = QStringLiteral("王网格");
        worker.role = AccessScope::Role::GridWorker;
        SqlQuery grid(db.connection(), QStringLiteral("SELECT id FROM grid WHERE code = 'G1'"));
        worker.gridIds = {grid.scalar().toLongLong()};
        AccountStore writer(db.connection(), AccessScope(AccessScope::Role::Administrator, 1, QStringLiteral("admin")));
        writer.setHashCost(PasswordHasher::cheapestCost());
        const SaveResult saved = writer.save(worker, QStringLiteral("grid-pass-1"));
        QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    }
    CliOptions options;
    options.user = QStringLiteral("wang.wg");
    options.password = QStringLiteral("grid-pass-1");
    const CliRun run = runCli({QStringLiteral("--database"), path, QStringLiteral("import"),
                               QStringLiteral("residents"), data(QStringLiteral("residents-nobom.csv"))},
                              options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Only an administrator or a clerk may import")), qPrintable(run.err));
    QCOMPARE(inspect(path).residents, 0);
}

void ImportCliTest::clerksRegisterWithDryRunAndMappings()
{
    // register-title-footer.csv into an empty register: 13 people under a title, with footers;
    // 表哥 is not a relation the register knows, 陈无主 (row 16) has no head above.
    const QString input = file(QStringLiteral("十一月台账.csv"));
    QVERIFY(QFile::copy(data(QStringLiteral("register-title-footer.csv")), input));
    const QString db = file(QStringLiteral("clerk.db"));
    const QString report = file(QStringLiteral("十一月台账-errors.csv"));
    Run run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), input,
                   QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("Header: row 4. 2 row(s) above it skipped")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("1 序号: Ignored")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("14 政治面貌: Kept as a note")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("表哥 × 1 → Not known")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("常住 × 1 → Registered")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("志愿者 × 1 → New tag")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Footer rows skipped (not people): 19, 20.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Tags to be created: 志愿者.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("(dry run, nothing written): 11 imported, 0 updated, 2 rejected")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Row 14: ")), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(report));
    QCOMPARE(inspect(db).residents, 0);

    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), input,
               QStringLiteral("--map"), QStringLiteral("与户主关系:表哥=other")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("表哥 × 1 → Other (your mapping)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("12 imported, 0 updated, 1 rejected")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Grids created: ")), qPrintable(run.out));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).count(QStringLiteral("\r\n")), 1 + 1);
    QCOMPARE(inspect(db).residents, 12);

    // Next month's file, no --map: the mapping is remembered.
    const QString next = file(QStringLiteral("十二月台账.csv"));
    QVERIFY(QFile::copy(data(QStringLiteral("register-title-footer.csv")), next));
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), next});
    QVERIFY2(run.out.contains(QStringLiteral("0 imported, 12 updated, 1 rejected")), qPrintable(run.out));
    QCOMPARE(inspect(db).residents, 12);

    // The clerk picks the header row; a wrong one maps nothing.
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), next,
               QStringLiteral("--header-row"), QStringLiteral("1"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("No column for")), qPrintable(run.err));
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), next,
               QStringLiteral("--header-row"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), next,
               QStringLiteral("--map"), QStringLiteral("与户主关系:表哥=cousin")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("other")), qPrintable(run.err));
}

void ImportCliTest::sheetsAndNextMonth()
{
    // A workbook with a sheet per grid; 第二网格 has a title row and a bad ID number in row 4.
    XlsxWriter w;
    const QStringList header{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("小区"),
                             QStringLiteral("楼栋"), QStringLiteral("单元"),       QStringLiteral("门牌号")};
    w.addSheet(QStringLiteral("第一网格"));
    w.addRow(header);
    w.addRow(QStringList{QStringLiteral("周一"), personId(1), QStringLiteral("和平苑"), QStringLiteral("1栋"),
                         QStringLiteral("1"), QStringLiteral("101")});
    w.addSheet(QStringLiteral("第二网格"));
    w.addRow(QStringList{QStringLiteral("第二网格居民信息台账")});
    w.addRow(header);
    w.addRow(QStringList{QStringLiteral("吴三"), personId(3), QStringLiteral("和平苑"), QStringLiteral("2栋"),
                         QStringLiteral("1"), QStringLiteral("201")});
    w.addRow(QStringList{QStringLiteral("吴四"), QStringLiteral("12345"), QStringLiteral("和平苑"),
                         QStringLiteral("2栋"), QStringLiteral("1"), QStringLiteral("202")});
    const QString workbook = file(QStringLiteral("网格台账.xlsx"));
    QVERIFY(w.save(workbook));
    const QString db = file(QStringLiteral("sheets.db"));
    Run run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), workbook,
                   QStringLiteral("--sheet"), QStringLiteral("第二网格"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("Sheet 第二网格: 1 imported, 0 updated, 1 rejected")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Header: row 2.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Sheet 第二网格, row 4: ")), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("第一网格")), qPrintable(run.out));
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), workbook,
               QStringLiteral("--sheet"), QStringLiteral("第九网格")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("第九网格")), qPrintable(run.err));
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), workbook});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("网格台账.xlsx: 2 imported, 0 updated, 1 rejected")), qPrintable(run.out));
    QFile errors(file(QStringLiteral("网格台账-errors.csv")));
    QVERIFY(errors.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(errors.readAll()).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.value(0).startsWith(QStringLiteral("Sheet,Row in file,Column,Problem,姓名")),
             qPrintable(lines.value(0)));
    QVERIFY2(lines.value(1).startsWith(QStringLiteral("第二网格,4,身份证号码,")), qPrintable(lines.value(1)));
    QCOMPARE(inspect(db).residents, 2);

    // Next month's version of a register: 2 changed, 1 new, 2 missing (counted by hand).
    const QString head = QStringLiteral("姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号,与户主关系\n");
    const auto line = [](const QString &name, int n, const QString &phone, const QString &room,
                         const QString &relation) {
        return QStringLiteral("%1,%2,%3,春江花园,3栋,1,%4,%5\n").arg(name, personId(n), phone, room, relation);
    };
    const QString month1 = file(QStringLiteral("十月.csv"));
    const QString month2 = file(QStringLiteral("十一月.csv"));
    QVERIFY(writeText(month1, head +
                                  line(QStringLiteral("王一"), 11, QStringLiteral("13800000001"), QStringLiteral("101"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("王二"), 12, QStringLiteral("13800000002"), QStringLiteral("101"),
                                       QStringLiteral("配偶")) +
                                  line(QStringLiteral("李三"), 13, QStringLiteral("13800000003"), QStringLiteral("102"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("李四"), 14, QStringLiteral("13800000004"), QStringLiteral("102"),
                                       QStringLiteral("配偶"))));
    QVERIFY(writeText(month2, head +
                                  line(QStringLiteral("王一"), 11, QStringLiteral("13900000001"), QStringLiteral("101"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("李三"), 13, QStringLiteral("13900000003"), QStringLiteral("102"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("孙七"), 17, QStringLiteral("13800000007"), QStringLiteral("301"),
                                       QStringLiteral("户主"))));
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), month1});
    QCOMPARE(run.exitCode, 0);
    run = cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), month2});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("1 imported, 2 updated, 0 rejected")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Changed: 2 person(s).")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Phone: 138****0001 → 139****0001")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Not in the file: 2 person(s)")), qPrintable(run.out));
    const QString missing = file(QStringLiteral("十一月-missing.csv"));
    QVERIFY2(run.out.contains(QStringLiteral("The list is in %1.").arg(missing)), qPrintable(run.out));
    QVERIFY(QFileInfo::exists(file(QStringLiteral("十一月-changes.csv"))));
    QFile list(missing);
    QVERIFY(list.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(list.readAll());
    QVERIFY2(text.contains(QStringLiteral("王二")) && text.contains(QStringLiteral("李四")) &&
                 !text.contains(QStringLiteral("王一")),
             qPrintable(text));
    QCOMPARE(inspect(db).residents, 2 + 5); // nobody was removed
}

// --keep-as-field: the column becomes the office's own resident field instead of a note (issue 25).
void ImportCliTest::keepsAColumnAsACustomField()
{
    const QString input = file(QStringLiteral("车辆.csv"));
    QVERIFY(writeText(input, QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号,车牌号\r\n"
                                            "张三,%1,幸福里,3栋,1,101,苏A12345\r\n"
                                            "李四,%2,幸福里,3栋,1,102,苏B54321\r\n")
                                 .arg(personId(1), personId(2))));
    const QString path = file(QStringLiteral("kept.db"));
    const Run run = cli({QStringLiteral("--database"), path, QStringLiteral("import"), QStringLiteral("residents"),
                         input, QStringLiteral("--keep-as-field"), QStringLiteral("车牌号")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("2 imported")), qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Kept as a custom field")), qPrintable(run.out));
    Database db(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(db, path));
    SqlQuery q(db.connection(),
               QStringLiteral("SELECT group_concat(v.value, ',') FROM (SELECT cv.value FROM custom_value cv JOIN "
                              "custom_field cf ON cf.id = cv.field_id WHERE cf.name = '车牌号' AND cf.entity = "
                              "'resident' AND cf.type = 'text' ORDER BY cv.value) v"));
    QCOMPARE(q.scalar().toString(), QStringLiteral("苏A12345,苏B54321"));
    SqlQuery notes(db.connection(), QStringLiteral("SELECT count(*) FROM resident WHERE notes LIKE '%苏A%'"));
    QCOMPARE(notes.scalar().toInt(), 0);
}

void ImportCliTest::badArguments()
{
    Run run = cli({QStringLiteral("--database"), file(QStringLiteral("c.db")), QStringLiteral("import"),
                   QStringLiteral("households"), data(QStringLiteral("residents.csv"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("import residents")));
    run = cli({QStringLiteral("--database"), file(QStringLiteral("c.db")), QStringLiteral("import"),
               QStringLiteral("residents"), data(QStringLiteral("broken-encoding.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("UTF-8")));
    run = cli({QStringLiteral("--database"), file(QStringLiteral("c.db")), QStringLiteral("import"),
               QStringLiteral("residents"), data(QStringLiteral("empty.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("empty")));
}

void ImportCliTest::killedDuringImportLeavesAllOrNothing()
{
    const int rows = 150000;
    const QString input = file(QStringLiteral("large.csv"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号\n").toUtf8());
        for (int i = 0; i < rows; ++i) {
            const QDate birth = QDate(1940, 1, 1).addDays(i % 25000);
            f.write(QStringLiteral("居民%1,%2,小区%3,%4栋,1,%5\n")
                        .arg(i)
                        .arg(IdNumber::generate(QStringLiteral("320106"), birth, i / 25000 * 40 + 1, i % 2))
                        .arg(i / 5000)
                        .arg(i / 500 % 10)
                        .arg(i / 2 % 50)
                        .toUtf8());
        }
    }
    const QString db = file(QStringLiteral("killed-import.db"));
    // A register with people in it already: "nothing" must mean exactly these.
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"),
                  data(QStringLiteral("residents-nobom.csv"))})
                 .exitCode,
             0);
    QProcess process;
    process.start(cliPath(),
                  {QStringLiteral("--database"), db, QStringLiteral("import"), QStringLiteral("residents"), input});
    process.setReadChannel(QProcess::StandardError); // the progress goes there
    QVERIFY(process.waitForStarted());
    // Kill it once the import has written a good part of the rows inside its transaction.
    QString progress;
    while (!progress.contains(QStringLiteral("30%"))) {
        QVERIFY2(process.waitForReadyRead(120000), "the import made no progress");
        progress += QString::fromUtf8(process.readAllStandardError());
    }
    process.kill(); // SIGKILL on Unix
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    const Counts c = inspect(db);
    QCOMPARE(c.integrity, QStringLiteral("ok"));
    QVERIFY2(c.residents == 4 || c.residents == 4 + rows, qPrintable(QString::number(c.residents)));
    QCOMPARE(c.residents, 4); // killed at 30%: the commit had not happened
}

void ImportCliTest::killedDuringSaveLeavesAllOrNothing()
{
    // The demo command writes a whole community in one save.
    const QString db = file(QStringLiteral("killed-demo.db"));
    QProcess process;
    process.start(cliPath(), {QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                              QStringLiteral("30000")});
    process.setReadChannel(QProcess::StandardError); // the progress goes there
    QVERIFY(process.waitForStarted());
    QString progress;
    while (!progress.contains(QStringLiteral("/ 30000"))) {
        QVERIFY2(process.waitForReadyRead(120000), "the save made no progress");
        progress += QString::fromUtf8(process.readAllStandardError());
    }
    process.kill();
    QVERIFY(process.waitForFinished());
    const Counts c = inspect(db);
    QCOMPARE(c.integrity, QStringLiteral("ok"));
    QCOMPARE(c.residents, 0);
}

QTEST_GUILESS_MAIN(ImportCliTest)
#include "importcli_test.moc"
