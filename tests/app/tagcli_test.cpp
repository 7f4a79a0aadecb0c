// `communitydesk-cli tag …` and `customfield …`: the office's tags, attributes, a resident's tag
// periods and custom fields from a script, signed in, with the stores' refusals (issue 25).
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
const QString kIdNumber = QStringLiteral("320106195001010017");
} // namespace

class TagCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tagsAttributesAndPeriods();
    void customFields();

private:
    CliRun cli(const QStringList &arguments);
    QVariant scalar(const QString &sql) const;
    QString file() const { return m_dir.filePath(QStringLiteral("office.sqlite")); }
    QTemporaryDir m_dir;
};

void TagCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Database db(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(db, file()));
    QVERIFY(AccountStore(db.connection())
                .createAdministrator(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("boss-pass-1"))
                .ok);
    // One resident, written directly: the commands find them by ID number.
    const QString now = QStringLiteral("2026-01-01T00:00:00");
    QVERIFY(SqlQuery(db.connection(), QStringLiteral("INSERT INTO household (unit, room, created_at, updated_at) "
                                                     "VALUES ('1', '101', ?, ?)"))
                .exec(now, now));
    QVERIFY(SqlQuery(db.connection(), QStringLiteral("INSERT INTO resident (household_id, name, id_number, created_at, "
                                                     "updated_at) SELECT id, '张三', ?, ?, ? FROM household"))
                .exec(kIdNumber, now, now));
}

CliRun TagCliTest::cli(const QStringList &arguments)
{
    CliOptions options;
    options.user = QStringLiteral("boss");
    options.password = QStringLiteral("boss-pass-1");
    options.configHome = m_dir.filePath(QStringLiteral("config"));
    return runCli(QStringList{QStringLiteral("--database"), file()} + arguments, options);
}

QVariant TagCliTest::scalar(const QString &sql) const
{
    Database db(QUuid::createUuid().toString());
    if (!Workspace::open(db, file()))
        return {};
    SqlQuery q(db.connection(), sql);
    return q.exec() ? q.scalar() : QVariant();
}

void TagCliTest::tagsAttributesAndPeriods()
{
    CliRun r = cli({QStringLiteral("tag"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("low_income\t低保\tgroup 困难群体")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("复核日期 (review_date, date)")));

    r = cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("留守儿童"), QStringLiteral("--group"),
             QStringLiteral("关爱对象")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("tag"), QStringLiteral("add"), QStringLiteral("留守儿童")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Name:")), qPrintable(r.err));
    r = cli({QStringLiteral("tag"), QStringLiteral("attribute"), QStringLiteral("留守儿童"), QStringLiteral("监护人"),
             QStringLiteral("--type"), QStringLiteral("choice")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Choices:")), qPrintable(r.err));
    r = cli({QStringLiteral("tag"), QStringLiteral("attribute"), QStringLiteral("留守儿童"), QStringLiteral("监护人"),
             QStringLiteral("--type"), QStringLiteral("choice"), QStringLiteral("--choices"),
             QStringLiteral("祖父母|其他亲属")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // A resident's 低保 from a date with its values; a wrong amount names the attribute.
    r = cli({QStringLiteral("tag"), QStringLiteral("set"), kIdNumber, QStringLiteral("low_income"),
             QStringLiteral("--start"), QStringLiteral("2024-01-01"), QStringLiteral("--value"),
             QStringLiteral("review_date=2026/12/15"), QStringLiteral("--value"), QStringLiteral("amount=850")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT value FROM resident_tag_value v JOIN tag_attribute a ON a.id = "
                                   "v.attribute_id WHERE a.code = 'review_date'"))
                 .toString(),
             QStringLiteral("2026-12-15"));
    r = cli({QStringLiteral("tag"), QStringLiteral("set"), kIdNumber, QStringLiteral("低保"), QStringLiteral("--value"),
             QStringLiteral("amount=很多")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("金额")), qPrintable(r.err));
    r = cli({QStringLiteral("tag"), QStringLiteral("set"), kIdNumber, QStringLiteral("low_income"),
             QStringLiteral("--end"), QStringLiteral("2025-01-01")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM resident_tag")).toInt(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT end_date FROM resident_tag_period")).toString(),
             QStringLiteral("2025-01-01"));

    // Rename and merge: the merged tag is archived and names the target.
    r = cli({QStringLiteral("tag"), QStringLiteral("rename"), QStringLiteral("留守儿童"), QStringLiteral("困境儿童")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("tag"), QStringLiteral("merge"), QStringLiteral("困境儿童"), QStringLiteral("低保")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT archived FROM tag WHERE name = '困境儿童'")).toInt(), 1);
    r = cli({QStringLiteral("tag"), QStringLiteral("archive"), QStringLiteral("no-such-tag")});
    QCOMPARE(r.exitCode, 2);
}

void TagCliTest::customFields()
{
    CliRun r = cli({QStringLiteral("customfield"), QStringLiteral("add"), QStringLiteral("车牌号")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("customfield"), QStringLiteral("add"), QStringLiteral("宠物数量"), QStringLiteral("--type"),
             QStringLiteral("number"), QStringLiteral("--entity"), QStringLiteral("household")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({QStringLiteral("customfield"), QStringLiteral("add"), QStringLiteral("宗教"), QStringLiteral("--type"),
             QStringLiteral("colour")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Type:")), qPrintable(r.err));
    r = cli({QStringLiteral("customfield"), QStringLiteral("list"), QStringLiteral("--entity"),
             QStringLiteral("household")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("宠物数量")) && !r.out.contains(QStringLiteral("车牌号")),
             qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TagCliTest)
#include "tagcli_test.moc"
