// `communitydesk-cli mediation list|export|show|print` and `rental list|export|expiring` on the demo community,
// whose ledgers the demo fills (issue 25).
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class MediationCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mediationListShowPrint();
    void rentalListAndExpiring();
    void exportsAudited();
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
};

void MediationCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("120")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void MediationCliTest::mediationListShowPrint()
{
    const int count = scalar(QStringLiteral("SELECT count(*) FROM mediation WHERE archived = 0")).toInt();
    QVERIFY(count >= 20);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM place_role")).toInt() > 0);
    const CliRun list = cli({QStringLiteral("mediation"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(int(list.out.count(QLatin1Char('\n'))), count);
    const qint64 id =
        scalar(QStringLiteral("SELECT min(id) FROM mediation WHERE status = 'agreed' OR status = 'fulfilled'"))
            .toLongLong();
    QVERIFY(id > 0);
    const CliRun show = cli({QStringLiteral("mediation"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(QStringLiteral("Agreement: ")), qPrintable(show.out));
    QVERIFY(show.out.contains(QStringLiteral("Party: Applicant")));
    const QString pdf = m_dir.filePath(QStringLiteral("agreement.pdf"));
    const CliRun print =
        cli({QStringLiteral("mediation"), QStringLiteral("print"), QString::number(id), QStringLiteral("--out"), pdf});
    QVERIFY2(print.exitCode == 0, qPrintable(print.err));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(4) == "%PDF");
    const CliRun missing = cli({QStringLiteral("mediation"), QStringLiteral("show"), QStringLiteral("999999")});
    QCOMPARE(missing.exitCode, 1);
}

void MediationCliTest::rentalListAndExpiring()
{
    const CliRun list = cli({QStringLiteral("rental"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    const int rooms = scalar(QStringLiteral("SELECT count(*) FROM rental_room WHERE archived = 0")).toInt();
    QVERIFY(rooms > 0);
    QCOMPARE(int(list.out.count(QLatin1Char('\n'))), rooms);
    const int within = scalar(QStringLiteral("SELECT count(*) FROM rental_tenant WHERE archived = 0 AND left_on IS "
                                             "NULL AND expires_on <= date('now', 'localtime', '+400 days')"))
                           .toInt();
    const CliRun expiring =
        cli({QStringLiteral("rental"), QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("400")});
    QCOMPARE(expiring.exitCode, 0);
    QCOMPARE(int(expiring.out.count(QLatin1Char('\n'))), within);
    const CliRun none = cli({QStringLiteral("rental"), QStringLiteral("expiring")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(int(none.out.count(QLatin1Char('\n'))) <= within);
}

void MediationCliTest::exportsAudited()
{
    // Each ledger to a file: a header and one line per row the window lists, one audit row each.
    const int audits = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt();
    const QString mediations = m_dir.filePath(QStringLiteral("mediations.csv"));
    const CliRun m = cli({QStringLiteral("mediation"), QStringLiteral("export"), QStringLiteral("--out"), mediations});
    QVERIFY2(m.exitCode == 0, qPrintable(m.err));
    QFile mf(mediations);
    QVERIFY(mf.open(QIODevice::ReadOnly));
    const int count = scalar(QStringLiteral("SELECT count(*) FROM mediation WHERE archived = 0")).toInt();
    QCOMPARE(int(mf.readAll().count('\n')), count + 1);
    const QString rentals = m_dir.filePath(QStringLiteral("rentals.xlsx"));
    const CliRun r = cli({QStringLiteral("rental"), QStringLiteral("export"), QStringLiteral("--out"), rentals});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile rf(rentals);
    QVERIFY(rf.open(QIODevice::ReadOnly));
    QVERIFY(rf.read(2) == "PK");
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")).toInt(), audits + 2);
    QCOMPARE(cli({QStringLiteral("rental"), QStringLiteral("export")}).exitCode, 2); // no --out
    QCOMPARE(cli({QStringLiteral("mediation"), QStringLiteral("export"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("m.txt"))})
                 .exitCode,
             2);
}

void MediationCliTest::wrongArguments()
{
    QCOMPARE(cli({QStringLiteral("mediation"), QStringLiteral("print"), QStringLiteral("1")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("mediation"), QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("rental"), QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("soon")})
            .exitCode,
        2);
}

QTEST_GUILESS_MAIN(MediationCliTest)
#include "mediationcli_test.moc"
