// `communitydesk-cli care …` end to end on a demo community: the demo's pairs and assistance,
// overdue follow-ups, an assistance record and a pairing added and listed, the three lists exported
// (audited), wrong arguments.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class CareCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoMadeCareAlive();
    void overdue();
    void assistAddAndList();
    void pairAddAndList();
    void exportLists();
    void wrongArguments();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--database"), file()} + arguments);
    }
    QVariant scalar(const QString &sql) const
    {
        Database db(QUuid::createUuid().toString());
        if (!Workspace::open(db, file()))
            return {};
        SqlQuery q(db.connection(), sql);
        return q.exec() ? q.scalar() : QVariant();
    }
    QString file() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QTemporaryDir m_dir;
    QString m_household;
};

void CareCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("80")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_household = scalar(QStringLiteral("SELECT min(household_id) FROM resident WHERE status = 'living'")).toString();
    QVERIFY(!m_household.isEmpty());
}

void CareCliTest::demoMadeCareAlive()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM care_pair")).toInt() > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM care_pair_activity")).toInt() > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM care_rule WHERE active = 1")).toInt(), 5);
}

void CareCliTest::overdue()
{
    const CliRun run = cli({QStringLiteral("care"), QStringLiteral("overdue")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("overdue for a follow-up")), qPrintable(run.err));
    // Every line: grid, address, head, last visit, days overdue, level, why.
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        QCOMPARE(line.split(QLatin1Char('\t')).size(), 7);
    const QString grid = scalar(QStringLiteral("SELECT code FROM grid ORDER BY code LIMIT 1")).toString();
    const CliRun one = cli({QStringLiteral("care"), QStringLiteral("overdue"), QStringLiteral("--grid"), grid,
                            QStringLiteral("--date"), QStringLiteral("2030-01-01")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.count(QLatin1Char('\n')) > 0); // years later, every followed household is overdue
}

void CareCliTest::assistAddAndList()
{
    const CliRun add =
        cli({QStringLiteral("care"), QStringLiteral("assist"), QStringLiteral("add"), QStringLiteral("--household"),
             m_household, QStringLiteral("--kind"), QStringLiteral("临时救助"), QStringLiteral("--amount"),
             QStringLiteral("512.5"), QStringLiteral("--by"), QStringLiteral("李主任"), QStringLiteral("--date"),
             QStringLiteral("2031-05-03")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const CliRun list = cli({QStringLiteral("care"), QStringLiteral("assist"), QStringLiteral("list"),
                             QStringLiteral("--month"), QStringLiteral("2031-05")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count(QLatin1Char('\n')), 1);
    QVERIFY2(list.out.contains(QStringLiteral("512.50")), qPrintable(list.out));
    QVERIFY(list.out.contains(QStringLiteral("李主任")));
    QVERIFY2(list.err.contains(QStringLiteral("512.50")), qPrintable(list.err));
    // Neither money nor items: refused, naming the field, nothing written.
    const CliRun nothing = cli({QStringLiteral("care"), QStringLiteral("assist"), QStringLiteral("add"),
                                QStringLiteral("--household"), m_household, QStringLiteral("--kind"),
                                QStringLiteral("goods"), QStringLiteral("--by"), QStringLiteral("李主任")});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY2(nothing.err.contains(QStringLiteral("Amount or items")), qPrintable(nothing.err));
}

void CareCliTest::pairAddAndList()
{
    const CliRun add =
        cli({QStringLiteral("care"), QStringLiteral("pair"), QStringLiteral("add"), QStringLiteral("--household"),
             m_household, QStringLiteral("--helper"), QStringLiteral("陈党员"), QStringLiteral("--kind"),
             QStringLiteral("party_member"), QStringLiteral("--date"), QStringLiteral("2026-03-01")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const CliRun list = cli({QStringLiteral("care"), QStringLiteral("pair"), QStringLiteral("list"),
                             QStringLiteral("--household"), m_household});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("陈党员\tParty member\t2026-03-01")), qPrintable(list.out));
}

void CareCliTest::exportLists()
{
    // Each list as the window's tab shows it: a header and one line per row, one audit row each.
    const int audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt();
    const CliRun listed = cli(
        {QStringLiteral("care"), QStringLiteral("overdue"), QStringLiteral("--date"), QStringLiteral("2030-01-01")});
    const QString overdue = m_dir.filePath(QStringLiteral("overdue.csv"));
    const CliRun run = cli({QStringLiteral("care"), QStringLiteral("export"), QStringLiteral("overdue"),
                            QStringLiteral("--date"), QStringLiteral("2030-01-01"), QStringLiteral("--out"), overdue});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile f(overdue);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(int(f.readAll().count('\n')), int(listed.out.count(QLatin1Char('\n'))) + 1);
    const int pairs = scalar(QStringLiteral("SELECT count(*) FROM care_pair WHERE archived = 0")).toInt();
    const QString pairFile = m_dir.filePath(QStringLiteral("pairs.csv"));
    QCOMPARE(cli({QStringLiteral("care"), QStringLiteral("export"), QStringLiteral("pairs"), QStringLiteral("--out"),
                  pairFile})
                 .exitCode,
             0);
    QFile p(pairFile);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QCOMPARE(int(p.readAll().count('\n')), pairs + 1);
    const QString assist = m_dir.filePath(QStringLiteral("assist.xlsx"));
    QCOMPARE(cli({QStringLiteral("care"), QStringLiteral("export"), QStringLiteral("assist"), QStringLiteral("--out"),
                  assist})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(assist));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt(), audits + 3);
    QCOMPARE(cli({QStringLiteral("care"), QStringLiteral("export"), QStringLiteral("pairs")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("care"), QStringLiteral("export"), QStringLiteral("visits"), QStringLiteral("--out"),
                  pairFile})
                 .exitCode,
             2);
}

void CareCliTest::wrongArguments()
{
    QCOMPARE(cli({QStringLiteral("care")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("care"), QStringLiteral("overdue"), QStringLiteral("--grid"), QStringLiteral("nope")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("care"), QStringLiteral("overdue"), QStringLiteral("--date"), QStringLiteral("31/5")})
                 .exitCode,
             2);
    const CliRun money =
        cli({QStringLiteral("care"), QStringLiteral("assist"), QStringLiteral("add"), QStringLiteral("--household"),
             m_household, QStringLiteral("--kind"), QStringLiteral("temporary_relief"), QStringLiteral("--amount"),
             QStringLiteral("5x"), QStringLiteral("--by"), QStringLiteral("李")});
    QCOMPARE(money.exitCode, 2);
    QVERIFY(money.err.contains(QStringLiteral("--amount")));
}

QTEST_GUILESS_MAIN(CareCliTest)
#include "carecli_test.moc"
