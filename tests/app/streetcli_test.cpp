// A street office from the command line (issue 23): demo --communities N makes a street, and
// --community CODE puts one community in view; a community's clerk never gets another
// community's residents out of export, birthdays, report or backup.
#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/importing/csvreader.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class StreetCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoMakesAStreet();
    void communityClerkExportsOnlyTheirCommunity();
    void streetAccountChoosesWithCommunityCode();
    void birthdaysReportAndBackupStayInTheCommunity();
    void streetAdministratorManagesCommunities();

private:
    CliRun run(const QStringList &args, const QString &user = QStringLiteral("admin"),
               const QString &password = QStringLiteral("demo-admin")) const
    {
        CliOptions options;
        options.user = user;
        options.password = password;
        options.configHome = m_dir.filePath(QStringLiteral("config"));
        return runCli(QStringList{QStringLiteral("--database"), m_db} + args, options);
    }
    QVariant scalar(const QString &sql) const
    {
        Database db(QUuid::createUuid().toString());
        if (!Workspace::open(db, m_db))
            return {};
        SqlQuery q(db.connection(), sql);
        return q.exec() ? q.scalar() : QVariant();
    }
    // The residents the register list shows to a clerk of `community` (0: the street).
    int listRows(qint64 community) const
    {
        Database db(QUuid::createUuid().toString());
        if (!Workspace::open(db, m_db))
            return -1;
        AccessScope scope(AccessScope::Role::Clerk, 1, QStringLiteral("x"));
        if (community)
            scope.setCommunityIds({community});
        ResidentTableModel model(db.connection(), scope);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        return model.rowCount();
    }
    static QList<QStringList> readCsv(const QString &path)
    {
        QList<QStringList> rows;
        CsvReader reader;
        if (!reader.open(path))
            return rows;
        QStringList cells;
        while (reader.readRow(&cells, nullptr))
            rows << cells;
        return rows;
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_c02 = 0;
};

void StreetCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = file(QStringLiteral("street.sqlite"));
    const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("300"),
                             QStringLiteral("--communities"), QStringLiteral("3")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY2(demo.out.contains(QStringLiteral("3 communities")), qPrintable(demo.out));
    m_c02 = scalar(QStringLiteral("SELECT id FROM community WHERE code = 'C02'")).toLongLong();
    QVERIFY(m_c02 > 0);
    CliOptions admin;
    admin.configHome = m_dir.filePath(QStringLiteral("config"));
    admin.extra.insert(QStringLiteral("CD_NEW_PASSWORD"), QStringLiteral("clerk-pass-1"));
    const CliRun clerk =
        runCli({QStringLiteral("--database"), m_db, QStringLiteral("--community"), QStringLiteral("C02"),
                QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("c2.clerk"), QStringLiteral("--name"),
                QStringLiteral("东风文员"), QStringLiteral("--role"), QStringLiteral("clerk")},
               admin);
    QVERIFY2(clerk.exitCode == 0, qPrintable(clerk.err));
}

void StreetCliTest::demoMakesAStreet()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM community")).toInt(), 3);
    // 154 grids for every 10 communities: 46 for three, shared out 16, 15, 15.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid")).toInt(), 46);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT community_id) FROM compound")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT community_id) FROM area")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT community_id) FROM map_image")).toInt(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM household")).toInt(), 300);
    // Every building's grid lies in the building's community.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM building b JOIN compound c ON c.id = b.compound_id JOIN "
                                   "grid g ON g.id = b.grid_id WHERE g.community_id <> c.community_id"))
                 .toInt(),
             0);
    const CliRun list = run({QStringLiteral("account"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("C02")), qPrintable(list.out));
}

void StreetCliTest::communityClerkExportsOnlyTheirCommunity()
{
    const int own = listRows(m_c02);
    QVERIFY(own > 0);
    QVERIFY(own < listRows(0));
    const QString path = file(QStringLiteral("c2.csv"));
    const CliRun r = run({QStringLiteral("export"), QStringLiteral("--out"), path}, QStringLiteral("c2.clerk"),
                         QStringLiteral("clerk-pass-1"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(int(readCsv(path).size()) - 1, own);
    // Naming another community is refused, not quietly widened.
    const CliRun other = run({QStringLiteral("--community"), QStringLiteral("C01"), QStringLiteral("export"),
                              QStringLiteral("--out"), file(QStringLiteral("c1.csv"))},
                             QStringLiteral("c2.clerk"), QStringLiteral("clerk-pass-1"));
    QCOMPARE(other.exitCode, 1);
    QVERIFY(!QFile::exists(file(QStringLiteral("c1.csv"))));
}

void StreetCliTest::streetAccountChoosesWithCommunityCode()
{
    const QString all = file(QStringLiteral("street.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--out"), all}).exitCode, 0);
    QCOMPARE(int(readCsv(all).size()) - 1, listRows(0));
    const QString one = file(QStringLiteral("c02-by-admin.csv"));
    const CliRun r = run(
        {QStringLiteral("--community"), QStringLiteral("C02"), QStringLiteral("export"), QStringLiteral("--out"), one});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(int(readCsv(one).size()) - 1, listRows(m_c02));
    const CliRun unknown = run({QStringLiteral("--community"), QStringLiteral("X99"), QStringLiteral("export"),
                                QStringLiteral("--out"), file(QStringLiteral("x.csv"))});
    QCOMPARE(unknown.exitCode, 2);
    // An import needs one community to go into.
    const CliRun import =
        run({QStringLiteral("import"), QStringLiteral("residents"), all, QStringLiteral("--dry-run")});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(QStringLiteral("Community")), qPrintable(import.err));
}

void StreetCliTest::birthdaysReportAndBackupStayInTheCommunity()
{
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    const auto birthdays = [&](const QStringList &extra, const QString &user, const QString &password,
                               const QString &name) {
        const QString path = file(name);
        const CliRun r =
            run(extra + QStringList{QStringLiteral("birthdays"), month, QStringLiteral("--out"), path}, user, password);
        return r.exitCode == 0 ? int(readCsv(path).size()) : -1;
    };
    const int clerk =
        birthdays({}, QStringLiteral("c2.clerk"), QStringLiteral("clerk-pass-1"), QStringLiteral("b1.csv"));
    const int chosen = birthdays({QStringLiteral("--community"), QStringLiteral("C02")}, QStringLiteral("admin"),
                                 QStringLiteral("demo-admin"), QStringLiteral("b2.csv"));
    const int street = birthdays({}, QStringLiteral("admin"), QStringLiteral("demo-admin"), QStringLiteral("b3.csv"));
    QVERIFY(clerk > 0);
    QCOMPARE(clerk, chosen);
    QVERIFY(street > clerk);

    const CliRun report =
        run({QStringLiteral("report"), month, QStringLiteral("--out"), file(QStringLiteral("r.xlsx"))},
            QStringLiteral("c2.clerk"), QStringLiteral("clerk-pass-1"));
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    // The backup is the whole street's database: not for one community's clerk.
    const CliRun backup = run({QStringLiteral("backup"), file(QStringLiteral("b.sqlite"))}, QStringLiteral("c2.clerk"),
                              QStringLiteral("clerk-pass-1"));
    QCOMPARE(backup.exitCode, 1);
    QVERIFY(!QFile::exists(file(QStringLiteral("b.sqlite"))));
}

void StreetCliTest::streetAdministratorManagesCommunities()
{
    const CliRun add = run({QStringLiteral("community"), QStringLiteral("add"), QStringLiteral("C09"),
                            QStringLiteral("新河社区"), QStringLiteral("2.5")});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    QCOMPARE(scalar(QStringLiteral("SELECT area_km2 FROM community WHERE code = 'C09'")).toDouble(), 2.5);
    QCOMPARE(
        run({QStringLiteral("community"), QStringLiteral("add"), QStringLiteral("c09"), QStringLiteral("别的社区")})
            .exitCode,
        1); // the code is taken
    QCOMPARE(run({QStringLiteral("community"), QStringLiteral("rename"), QStringLiteral("C09"),
                  QStringLiteral("新河湾社区")})
                 .exitCode,
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM community WHERE code = 'C09'")).toString(),
             QStringLiteral("新河湾社区"));
    // A community's clerk may not, and lists only their own community.
    const CliRun refused = run({QStringLiteral("community"), QStringLiteral("archive"), QStringLiteral("C09")},
                               QStringLiteral("c2.clerk"), QStringLiteral("clerk-pass-1"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Communities:")), qPrintable(refused.err));
    const CliRun own = run({QStringLiteral("community"), QStringLiteral("list")}, QStringLiteral("c2.clerk"),
                           QStringLiteral("clerk-pass-1"));
    QCOMPARE(own.exitCode, 0);
    QCOMPARE(own.out.trimmed().split(u'\n').size(), 1);
    QVERIFY(own.out.startsWith(QStringLiteral("C02\t")));
    QCOMPARE(run({QStringLiteral("community"), QStringLiteral("archive"), QStringLiteral("C09")}).exitCode, 0);
    const CliRun list = run({QStringLiteral("community"), QStringLiteral("list")});
    QVERIFY2(list.out.contains(QStringLiteral("C09\t新河湾社区\t2.5 km²\t0 grid(s)\tarchived")), qPrintable(list.out));
    QCOMPARE(list.out.trimmed().split(u'\n').size(), 4);
    // Each change is audited.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'community' AND record_id = "
                                   "(SELECT id FROM community WHERE code = 'C09')"))
                 .toInt(),
             3);
}

QTEST_GUILESS_MAIN(StreetCliTest)
#include "streetcli_test.moc"
