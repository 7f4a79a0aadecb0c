// `communitydesk-cli case list | withdraw | reinstate` (issue 24): what Edit → Undo does to a new
// case in the window, from a script. A withdrawn case leaves the list and the case_month counts,
// shows under `case list withdrawn`, and comes back when reinstated; wrong arguments say so.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class CaseCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withdrawnAndReinstated();
    void wrongArgumentsAreNamed();

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
    static int lines(const QString &out) { return int(out.count(QLatin1Char('\n'))); }
    QString file() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QTemporaryDir m_dir;
};

void CaseCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("60")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt() > 0);
}

void CaseCliTest::withdrawnAndReinstated()
{
    const int cases = scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt();
    const QString caseNo = scalar(QStringLiteral("SELECT min(case_no) FROM cases")).toString();
    const QString status =
        scalar(QStringLiteral("SELECT status FROM cases WHERE case_no = '%1'").arg(caseNo)).toString();
    const QString month =
        scalar(QStringLiteral("SELECT substr(received_at, 1, 7) FROM cases WHERE case_no = '%1'").arg(caseNo))
            .toString();
    const auto received = [&] {
        return scalar(QStringLiteral("SELECT sum(received) FROM case_month WHERE month = '%1'").arg(month)).toInt();
    };
    const int before = received();
    const CliRun listed = cli({QStringLiteral("case"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(lines(listed.out), cases);
    QVERIFY2(listed.out.contains(caseNo), qPrintable(listed.out));

    const CliRun withdrawn = cli({QStringLiteral("case"), QStringLiteral("withdraw"), caseNo});
    QVERIFY2(withdrawn.exitCode == 0, qPrintable(withdrawn.err));
    QVERIFY2(withdrawn.out.contains(caseNo), qPrintable(withdrawn.out));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cases WHERE case_no = '%1'").arg(caseNo)).toString(),
             QStringLiteral("withdrawn"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases")).toInt(), cases); // nothing deleted
    QCOMPARE(received(), before - 1);
    const CliRun after = cli({QStringLiteral("case"), QStringLiteral("list")});
    QCOMPARE(lines(after.out), cases - 1);
    QVERIFY(!after.out.contains(caseNo));
    const CliRun shown = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("withdrawn")});
    QCOMPARE(lines(shown.out), 1);
    QVERIFY2(shown.out.startsWith(caseNo), qPrintable(shown.out));

    const CliRun again = cli({QStringLiteral("case"), QStringLiteral("withdraw"), caseNo});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("already withdrawn")), qPrintable(again.err));

    const CliRun back = cli({QStringLiteral("case"), QStringLiteral("reinstate"), caseNo});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cases WHERE case_no = '%1'").arg(caseNo)).toString(), status);
    QCOMPARE(received(), before);
    QCOMPARE(lines(cli({QStringLiteral("case"), QStringLiteral("list")}).out), cases);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'cases' AND action IN "
                                   "('withdraw', 'reinstate')"))
                 .toInt(),
             2);
}

void CaseCliTest::wrongArgumentsAreNamed()
{
    const CliRun unknown = cli({QStringLiteral("case"), QStringLiteral("withdraw"), QStringLiteral("1999-999999")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("1999-999999")), qPrintable(unknown.err));
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("withdraw")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("lost")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("case"), QStringLiteral("delete"), QStringLiteral("1")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(CaseCliTest)
#include "casecli_test.moc"
