// `communitydesk-cli due [--date] [--open]`: the day's life-event errands from a script, opened
// once only, as the desk's 待办提醒 does (issue 26).
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class DueCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsAndOpensOnce();

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
};

void DueCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("60")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // One resident of the demo turns 80 on 2031-03-15 (a date the demo's own people do not crowd).
    scalar(QStringLiteral("UPDATE resident SET birth_date = '1951-03-15', status = 'living', name = '测试寿星' WHERE "
                          "id = (SELECT min(id) FROM resident)"));
}

void DueCliTest::listsAndOpensOnce()
{
    const CliRun before = cli({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2031-03-14")});
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(!before.out.contains(QStringLiteral("测试寿星")), qPrintable(before.out));

    const CliRun onTheDay = cli({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2031-03-15")});
    QCOMPARE(onTheDay.exitCode, 0);
    QString line;
    for (const QString &l : onTheDay.out.split(QLatin1Char('\n')))
        if (l.contains(QStringLiteral("测试寿星")))
            line = l;
    const QStringList cells = line.split(QLatin1Char('\t'));
    QVERIFY2(cells.size() == 5, qPrintable(onTheDay.out));
    QCOMPARE(cells.at(0), QStringLiteral("高龄津贴申请"));
    QCOMPARE(cells.at(1), QStringLiteral("测试寿星"));
    QVERIFY2(cells.at(2).contains(QStringLiteral("网格")), qPrintable(line)); // the demo's grids are 第…网格
    QCOMPARE(cells.at(3), QStringLiteral("2031-03-15"));
    const int listed = int(onTheDay.out.count(QLatin1Char('\n')));

    const int errands = scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = 'errand'")).toInt();
    const CliRun opened =
        cli({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2031-03-15"), QStringLiteral("--open")});
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(opened.err.contains(QStringLiteral("%1 errand(s) opened").arg(listed)), qPrintable(opened.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = 'errand'")).toInt(), errands + listed);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases c JOIN resident r ON r.id = c.reporter_resident_id "
                                   "WHERE r.name = '测试寿星' AND c.errand_type = 'longevity_allowance'"))
                 .toInt(),
             1);

    // The next day nothing is listed twice, and opening again opens nothing.
    const CliRun again =
        cli({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2031-03-16"), QStringLiteral("--open")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(!again.out.contains(QStringLiteral("测试寿星")), qPrintable(again.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases c JOIN resident r ON r.id = c.reporter_resident_id "
                                   "WHERE r.name = '测试寿星' AND c.errand_type = 'longevity_allowance'"))
                 .toInt(),
             1);

    const CliRun wrong = cli({QStringLiteral("due"), QStringLiteral("--date"), QStringLiteral("2031-02-30")});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("--date")), qPrintable(wrong.err));
}

QTEST_GUILESS_MAIN(DueCliTest)
#include "duecli_test.moc"
