// `communitydesk-cli community set-name` and `place …`: a new office sets up its community from a
// script, as the 社区建档 dialog does (issue 20).
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class PlaceCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void setsUpAnEmptyOffice();
    void wrongArgumentsAndRefusals();

private:
    CliRun place(const QStringList &arguments, const QString &user = QStringLiteral("boss"),
                 const QString &password = QStringLiteral("boss-pass-1"));
    QVariant scalar(const QString &sql, const QVariant &bound = QVariant()) const;
    QString file() const { return m_dir.filePath(QStringLiteral("office.sqlite")); }
    QTemporaryDir m_dir;
};

void PlaceCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A new office's file: its administrator, and nothing else.
    Database db(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(db, file()));
    QVERIFY(AccountStore(db.connection())
                .createAdministrator(QStringLiteral("boss"), QStringLiteral("王主任"), QStringLiteral("boss-pass-1"))
                .ok);
}

CliRun PlaceCliTest::place(const QStringList &arguments, const QString &user, const QString &password)
{
    CliOptions options;
    options.user = user;
    options.password = password;
    options.configHome = m_dir.filePath(QStringLiteral("config"));
    return runCli(QStringList{QStringLiteral("--database"), file()} + arguments, options);
}

QVariant PlaceCliTest::scalar(const QString &sql, const QVariant &bound) const
{
    Database db(QUuid::createUuid().toString());
    if (!Workspace::open(db, file()))
        return {};
    SqlQuery q(db.connection(), sql);
    return (bound.isValid() ? q.exec(bound) : q.exec()) ? q.scalar() : QVariant();
}

void PlaceCliTest::setsUpAnEmptyOffice()
{
    CliRun r = place({QStringLiteral("community"), QStringLiteral("set-name"), QStringLiteral("--street"),
                      QStringLiteral("新华街道"), QStringLiteral("--community"), QStringLiteral("幸福社区")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT name || '/' || street FROM community")).toString(),
             QStringLiteral("幸福社区/新华街道"));
    // The grid comes from the grid page (or an import); here it is written directly.
    QVERIFY(scalar(QStringLiteral("INSERT INTO grid (community_id, code, name) SELECT id, 'G01', '第一网格' FROM "
                                  "community"))
                .isNull());

    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("compound"), QStringLiteral("幸福里")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("compound"), QStringLiteral("幸福里")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Compound:")) && r.err.contains(QStringLiteral("幸福里")),
             qPrintable(r.err));

    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("building"), QStringLiteral("3号楼"),
               QStringLiteral("--compound"), QStringLiteral("幸福里"), QStringLiteral("--grid"), QStringLiteral("G01"),
               QStringLiteral("--units"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("building"), QStringLiteral("4号楼"),
               QStringLiteral("--compound"), QStringLiteral("幸福里")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = place({QStringLiteral("place"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("幸福社区")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("幸福里\t3号楼\tgrid G01\t2 units\t0 households")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("幸福里\t4号楼\tgrid -")), qPrintable(r.out));

    // Two names for one building: merge 4号楼 into 3号楼; its household moves, 4号楼 is archived.
    const qint64 four = scalar(QStringLiteral("SELECT id FROM building WHERE name = '4号楼'")).toLongLong();
    const qint64 three = scalar(QStringLiteral("SELECT id FROM building WHERE name = '3号楼'")).toLongLong();
    scalar(QStringLiteral("INSERT INTO household (building_id, unit, room, created_at, updated_at) VALUES (?, '1', "
                          "'101', '2026-01-01', '2026-01-01')"),
           four);
    r = place({QStringLiteral("place"), QStringLiteral("merge"), QStringLiteral("building"), QStringLiteral("4号楼"),
               QStringLiteral("3号楼"), QStringLiteral("--compound"), QStringLiteral("幸福里")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT building_id FROM household")).toLongLong(), three);
    QCOMPARE(scalar(QStringLiteral("SELECT archived FROM building WHERE id = ?"), four).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT user_name FROM audit_log WHERE table_name = 'building' AND action = "
                                   "'merge' AND record_id = ?"),
                    four)
                 .toString(),
             QStringLiteral("boss"));

    r = place({QStringLiteral("place"), QStringLiteral("rename"), QStringLiteral("building"), QStringLiteral("3号楼"),
               QStringLiteral("3幢"), QStringLiteral("--compound"), QStringLiteral("幸福里")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = place({QStringLiteral("place"), QStringLiteral("rename"), QStringLiteral("compound"), QStringLiteral("幸福里"),
               QStringLiteral("幸福家园")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = place({QStringLiteral("place"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QStringLiteral("幸福家园\t3幢\tgrid G01\t2 units\t1 households")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("4号楼")), qPrintable(r.out));

    // Two names for one compound (two imports spelled it differently): its 3幢 joins the other's
    // 3幢, its 7幢 moves over whole.
    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("compound"), QStringLiteral("幸福小区")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const QString &b : {QStringLiteral("3幢"), QStringLiteral("7幢")}) {
        r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("building"), b,
                   QStringLiteral("--compound"), QStringLiteral("幸福小区")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    scalar(QStringLiteral("INSERT INTO household (building_id, unit, room, created_at, updated_at) SELECT b.id, '2', "
                          "'202', '2026-01-01', '2026-01-01' FROM building b JOIN compound c ON c.id = b.compound_id "
                          "WHERE c.name = '幸福小区' AND b.name = '3幢'"));
    r = place({QStringLiteral("place"), QStringLiteral("merge"), QStringLiteral("compound"), QStringLiteral("幸福小区"),
               QStringLiteral("幸福家园")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = place({QStringLiteral("place"), QStringLiteral("list")});
    QVERIFY2(r.out.contains(QStringLiteral("幸福家园\t3幢\tgrid G01\t2 units\t2 households")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("幸福家园\t7幢")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("幸福小区")), qPrintable(r.out));
    r = place({QStringLiteral("place"), QStringLiteral("merge"), QStringLiteral("compound"), QStringLiteral("幸福小区"),
               QStringLiteral("幸福家园")});
    QCOMPARE(r.exitCode, 2);
}

void PlaceCliTest::wrongArgumentsAndRefusals()
{
    // Unknown grid or compound, a bad number, an unknown form: exit code 2, nothing written.
    const int buildings = scalar(QStringLiteral("SELECT count(*) FROM building")).toInt();
    CliRun r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("building"),
                      QStringLiteral("9号楼"), QStringLiteral("--compound"), QStringLiteral("幸福家园"),
                      QStringLiteral("--grid"), QStringLiteral("G99")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--grid")), qPrintable(r.err));
    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("building"), QStringLiteral("9号楼"),
               QStringLiteral("--compound"), QStringLiteral("无此小区")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--compound")), qPrintable(r.err));
    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("building"), QStringLiteral("9号楼"),
               QStringLiteral("--compound"), QStringLiteral("幸福家园"), QStringLiteral("--units"),
               QStringLiteral("many")});
    QCOMPARE(r.exitCode, 2);
    r = place({QStringLiteral("place"), QStringLiteral("delete"), QStringLiteral("building")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM building")).toInt(), buildings);

    // A viewer reads the list but changes nothing.
    CliOptions boss;
    boss.user = QStringLiteral("boss");
    boss.password = QStringLiteral("boss-pass-1");
    boss.configHome = m_dir.filePath(QStringLiteral("config"));
    boss.extra.insert(QStringLiteral("CD_NEW_PASSWORD"), QStringLiteral("viewer-pass-1"));
    QCOMPARE(runCli({QStringLiteral("--database"), file(), QStringLiteral("account"), QStringLiteral("add"),
                     QStringLiteral("reader"), QStringLiteral("--name"), QStringLiteral("读者"),
                     QStringLiteral("--role"), QStringLiteral("viewer")},
                    boss)
                 .exitCode,
             0);
    r = place({QStringLiteral("place"), QStringLiteral("list")}, QStringLiteral("reader"),
              QStringLiteral("viewer-pass-1"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("3幢")));
    r = place({QStringLiteral("place"), QStringLiteral("add"), QStringLiteral("compound"), QStringLiteral("新小区")},
              QStringLiteral("reader"), QStringLiteral("viewer-pass-1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("view")), qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM compound WHERE name = '新小区'")).toInt(), 0);
}

QTEST_GUILESS_MAIN(PlaceCliTest)
#include "placecli_test.moc"
