// `communitydesk-cli field merge FILE [--prefer office|field] [--report R.csv]` end to end, into a
// SQLite file or (fieldmergecli_test_pg) a PostgreSQL schema; and a merge killed with SIGKILL in
// the middle of its transaction leaves the office as it was (issue 22).
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/field/fieldmerge.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"
#include "tests/support/fieldtestcopy.h"
#include "tests/support/testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class FieldMergeCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conflictWithoutPreferenceAppliesNothing();
    void preferenceDecidesAndWritesTheReport();
    void wrongArguments();
    void killedMidMergeLeavesTheOfficeAsItWas();

private:
    CliRun merge(const QStringList &extra);
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;
    QString officePhone() const
    {
        return scalar(QStringLiteral("SELECT phone FROM resident WHERE id_number = '110101195003041234'")).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_office;
    QString m_location;
    QString m_schema;
    QString m_field;
};

void FieldMergeCliTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = testingOnServer() ? freshServerSchemaUrl(&m_schema) : m_dir->filePath(QStringLiteral("office.sqlite"));
    m_office = std::make_unique<Database>(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(*m_office, m_location));
    const QSqlDatabase db = m_office->connection();
    const QStringList setup{
        QStringLiteral("INSERT INTO community (id, name) VALUES (1, '幸福社区')"),
        QStringLiteral("INSERT INTO grid (id, community_id, code, name) VALUES (1, 1, 'G01', '第一网格')"),
        QStringLiteral("INSERT INTO compound (id, community_id, name) VALUES (1, 1, '幸福里')"),
        QStringLiteral("INSERT INTO building (id, compound_id, grid_id, name) VALUES (1, 1, 1, '1号楼')"),
        QStringLiteral("INSERT INTO household (id, building_id, unit, room, created_at, updated_at) VALUES (1, 1, "
                       "'1', '101', 'now', 'now')"),
        QStringLiteral("INSERT INTO resident (id, household_id, name, id_number, phone, created_at, updated_at) "
                       "VALUES (1, 1, '张三', '110101195003041234', '13800000001', 'now', 'now')"),
    };
    for (const QString &sql : setup) {
        SqlQuery q(db, sql);
        QVERIFY2(q.exec(), qPrintable(q.errorDetail()));
    }
    m_field = m_dir->filePath(QStringLiteral("field.sqlite"));
    FieldTestCopy copy(db, m_field);
    QVERIFY(copy.isOk());
    // Both sides change the phone; the field also visits.
    QVERIFY(copy.exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = 1")));
    QVERIFY(copy.exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, user_name, created_at, "
                                     "updated_at) VALUES (1, 1, '2026-12-07', 'lina', 'now', 'now')")));
    // Both sides set 张三's attention level (UNIQUE per resident): a conflict, not an SQL error.
    QVERIFY(copy.exec(QStringLiteral("INSERT INTO care_attention (resident_id, level, user_name, updated_at) VALUES "
                                     "(1, 'focus', 'lina', 'now')")));
    copy.close();
    SqlQuery office(db, QStringLiteral("UPDATE resident SET phone = '13700000003' WHERE id = 1"));
    QVERIFY(office.exec());
    SqlQuery level(db, QStringLiteral("INSERT INTO care_attention (resident_id, level, user_name, updated_at) VALUES "
                                      "(1, 'severe', 'clerk', 'now')"));
    QVERIFY(level.exec());
}

void FieldMergeCliTest::cleanup()
{
    if (!m_schema.isEmpty()) {
        ServerConnection server;
        dropServerSchema(server.db(), m_schema);
        m_schema.clear();
    }
    m_office.reset();
    m_dir.reset();
}

CliRun FieldMergeCliTest::merge(const QStringList &extra)
{
    CliOptions options;
    options.user.clear(); // no accounts: the local administrator "cli"
    options.configHome = m_dir->filePath(QStringLiteral("config"));
    return runCli(QStringList{QStringLiteral("--database"), m_location, QStringLiteral("field"),
                              QStringLiteral("merge"), m_field} +
                      extra,
                  options);
}

QVariant FieldMergeCliTest::scalar(const QString &sql, const QVariantList &values) const
{
    SqlQuery q(m_office->connection(), sql);
    for (const QVariant &v : values)
        q.bind(v);
    return q.exec() ? q.scalar() : QVariant();
}

void FieldMergeCliTest::conflictWithoutPreferenceAppliesNothing()
{
    const CliRun r = merge({});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("Resident 张三\tPhone\t13700000003\t13900000002")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Attention level of 张三\tAttention level\tSevere\tFocus")),
             qPrintable(r.out));
    QCOMPARE(scalar(QStringLiteral("SELECT level FROM care_attention")).toString(), QStringLiteral("severe"));
    QVERIFY2(r.err.contains(QStringLiteral("--prefer")), qPrintable(r.err));
    QCOMPARE(officePhone(), QStringLiteral("13700000003"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM field_merge")).toInt(), 0);
}

void FieldMergeCliTest::preferenceDecidesAndWritesTheReport()
{
    const QString report = m_dir->filePath(QStringLiteral("merge.csv"));
    CliRun r = merge({QStringLiteral("--prefer"), QStringLiteral("office"), QStringLiteral("--report"), report});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(officePhone(), QStringLiteral("13700000003"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_attention")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT level FROM care_attention")).toString(), QStringLiteral("severe"));
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY2(csv.contains(QStringLiteral("Office's value kept")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("13900000002")));
    // The same file again: nothing new, nothing changed.
    const int audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    r = merge({QStringLiteral("--prefer"), QStringLiteral("field")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(officePhone(), QStringLiteral("13700000003"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audits);
}

void FieldMergeCliTest::wrongArguments()
{
    CliRun r = merge({QStringLiteral("--prefer"), QStringLiteral("both")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--prefer")));
    CliOptions options;
    options.user.clear();
    r = runCli({QStringLiteral("--database"), m_location, QStringLiteral("field"), QStringLiteral("merge"),
                m_dir->filePath(QStringLiteral("missing.sqlite"))},
               options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("missing.sqlite")));
    QCOMPARE(officePhone(), QStringLiteral("13700000003"));
}

void FieldMergeCliTest::killedMidMergeLeavesTheOfficeAsItWas()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CD_USER"));
    env.remove(QStringLiteral("CD_PASSWORD"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QString::fromLatin1(FieldMerge::kTestPauseVariable), QStringLiteral("120000"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(cliPath(), {QStringLiteral("--database"), m_location, QStringLiteral("field"), QStringLiteral("merge"),
                        m_field, QStringLiteral("--prefer"), QStringLiteral("field")});
    QVERIFY(p.waitForStarted());
    QByteArray err;
    QDeadlineTimer deadline(60000);
    while (!err.contains("pausing inside the transaction") && !deadline.hasExpired() &&
           p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    QVERIFY2(err.contains("pausing inside the transaction"), err.constData());
    p.kill(); // SIGKILL: no destructor, no rollback by the program
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);

    // Reopened as the next desk would: the office is as it was before the merge.
    m_office = std::make_unique<Database>(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(*m_office, m_location));
    QCOMPARE(officePhone(), QStringLiteral("13700000003"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM field_merge")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'field%'")).toInt(), 0);

    // And the merge can simply be run again.
    const CliRun r = merge({QStringLiteral("--prefer"), QStringLiteral("field")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(officePhone(), QStringLiteral("13900000002"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt(), 1);
}

QTEST_GUILESS_MAIN(FieldMergeCliTest)
#include "fieldmergecli_test.moc"
