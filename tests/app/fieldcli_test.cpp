// communitydesk-cli field checkout end to end (issue 22): an office's administrator checks a grid
// out for its worker, the file is sealed, and the copy works with --database like any database.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldworkspace.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString kFieldPassword = QStringLiteral("grid-one-laptop");

CliOptions as(const QString &user, const QString &password, const QString &fieldPassword = QString())
{
    CliOptions options;
    options.user = user;
    options.password = password;
    if (!fieldPassword.isEmpty())
        options.extra.insert(QStringLiteral("CD_FIELD_PASSWORD"), fieldPassword);
    return options;
}

CliOptions admin(const QString &fieldPassword = QString())
{
    return as(QStringLiteral("admin"), QStringLiteral("demo-admin"), fieldPassword);
}

QStringList values(const QString &path, const QString &sql)
{
    Database db(QUuid::createUuid().toString());
    QStringList result;
    if (!Workspace::open(db, path))
        return result;
    SqlQuery q(db.connection(), sql);
    if (q.exec())
        while (q.next())
            result.append(q.value(0).toString());
    return result;
}

} // namespace

class FieldCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkoutWritesASealedCopy();
    void copyOpensWithDatabase();
    void refusals();
    void renewKeepsUnmergedWork();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QStringList checkoutArgs(const QString &out) const
    {
        return {QStringLiteral("--database"), m_office,
                QStringLiteral("field"),      QStringLiteral("checkout"),
                QStringLiteral("--grid"),     QStringLiteral("G01"),
                QStringLiteral("--for"),      QStringLiteral("lina"),
                QStringLiteral("--out"),      out};
    }
    QTemporaryDir m_dir;
    QString m_office;
    QString m_copy;
};

void FieldCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_office = file(QStringLiteral("office.sqlite"));
    const CliRun demo = runCli({QStringLiteral("--database"), m_office, QStringLiteral("demo"),
                                QStringLiteral("--households"), QStringLiteral("120")},
                               as(QString(), QString()));
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    CliOptions withNew = admin();
    withNew.extra.insert(QStringLiteral("CD_NEW_PASSWORD"), QStringLiteral("lina-password"));
    const CliRun account =
        runCli({QStringLiteral("--database"), m_office, QStringLiteral("account"), QStringLiteral("add"),
                QStringLiteral("lina"), QStringLiteral("--name"), QStringLiteral("李娜"), QStringLiteral("--role"),
                QStringLiteral("grid-worker"), QStringLiteral("--grid"), QStringLiteral("G01")},
               withNew);
    QVERIFY2(account.exitCode == 0, qPrintable(account.err));
    m_copy = file(QStringLiteral("lina.cdfield"));
}

void FieldCliTest::checkoutWritesASealedCopy()
{
    const CliRun run = runCli(checkoutArgs(m_copy), admin(kFieldPassword));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Field copy written")), qPrintable(run.out));
    QVERIFY(QFile::exists(m_copy));

    // Audited at the office: who, for whom, which grid.
    const QStringList audit = values(m_office, QStringLiteral("SELECT user_name || ' ' || after_json FROM audit_log "
                                                              "WHERE table_name = 'field_checkout'"));
    QCOMPARE(audit.size(), 1);
    QVERIFY(audit.first().startsWith(QStringLiteral("admin ")));
    QVERIFY(audit.first().contains(QStringLiteral("lina")));
    QVERIFY(audit.first().contains(QStringLiteral("G01")));

    // What `strings` finds on the file: no ID number and no name of the grid's residents.
    QFile sealed(m_copy);
    QVERIFY(sealed.open(QIODevice::ReadOnly));
    const QByteArray bytes = sealed.readAll();
    const QStringList ids = values(m_office, QStringLiteral("SELECT r.id_number FROM resident r JOIN household h ON "
                                                            "h.id = r.household_id JOIN building b ON b.id = "
                                                            "h.building_id JOIN grid g ON g.id = b.grid_id WHERE "
                                                            "g.code = 'G01' AND r.id_number IS NOT NULL"));
    const QStringList names = values(m_office, QStringLiteral("SELECT r.name FROM resident r JOIN household h ON "
                                                              "h.id = r.household_id JOIN building b ON b.id = "
                                                              "h.building_id JOIN grid g ON g.id = b.grid_id WHERE "
                                                              "g.code = 'G01'"));
    QVERIFY(ids.size() > 5);
    for (const QString &id : ids)
        QVERIFY2(!bytes.contains(id.toLatin1()), qPrintable(id));
    for (const QString &name : names)
        QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(name));
}

void FieldCliTest::copyOpensWithDatabase()
{
    if (!QFile::exists(m_copy))
        QSKIP("needs the copy of checkoutWritesASealedCopy");
    // The worker signs in on the copy with the office password and works as on any database:
    // their grid's residents are there, another grid's are not.
    // A name of each grid that the other grid has no one of.
    const auto nameOnlyIn = [this](const QString &grid, const QString &other) {
        const QString residentsOf = QStringLiteral("SELECT r.name FROM resident r JOIN household h ON h.id = "
                                                   "r.household_id JOIN building b ON b.id = h.building_id JOIN grid "
                                                   "g ON g.id = b.grid_id WHERE g.code = '%1'");
        return values(m_office,
                      residentsOf.arg(grid) +
                          QStringLiteral(" AND r.name NOT IN (%1) ORDER BY r.id LIMIT 1").arg(residentsOf.arg(other)))
            .value(0);
    };
    const QString mine = nameOnlyIn(QStringLiteral("G01"), QStringLiteral("G02"));
    const QString theirs = nameOnlyIn(QStringLiteral("G02"), QStringLiteral("G01"));
    QVERIFY(!mine.isEmpty() && !theirs.isEmpty());
    const CliOptions lina = as(QStringLiteral("lina"), QStringLiteral("lina-password"), kFieldPassword);
    const CliRun found = runCli({QStringLiteral("--database"), m_copy, QStringLiteral("search"), mine}, lina);
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    QVERIFY2(found.out.contains(mine), qPrintable(found.out));
    const CliRun absent = runCli({QStringLiteral("--database"), m_copy, QStringLiteral("search"), theirs}, lina);
    QVERIFY(!absent.out.contains(theirs));

    const CliRun wrong =
        runCli({QStringLiteral("--database"), m_copy, QStringLiteral("coverage")},
               as(QStringLiteral("lina"), QStringLiteral("lina-password"), QStringLiteral("not-the-password")));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("password for this field copy is wrong")), qPrintable(wrong.err));
    QVERIFY(wrong.err.contains(QStringLiteral("lina.cdfield")));

    // A backup would write the register out unsealed: refused.
    const CliRun backup =
        runCli({QStringLiteral("--database"), m_copy, QStringLiteral("backup"), file(QStringLiteral("plain.sqlite"))},
               as(QStringLiteral("lina"), QStringLiteral("lina-password"), kFieldPassword));
    QCOMPARE(backup.exitCode, 1);
    QVERIFY(!QFile::exists(file(QStringLiteral("plain.sqlite"))));
}

void FieldCliTest::refusals()
{
    // No --for: wrong arguments.
    QStringList noWorker = checkoutArgs(file(QStringLiteral("x.cdfield")));
    noWorker.remove(noWorker.indexOf(QStringLiteral("--for")), 2);
    const CliRun missing = runCli(noWorker, admin(kFieldPassword));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("--for")), qPrintable(missing.err));

    // No password and no terminal.
    const CliRun noPassword = runCli(checkoutArgs(file(QStringLiteral("y.cdfield"))), admin());
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY2(noPassword.err.contains(QStringLiteral("CD_FIELD_PASSWORD")), qPrintable(noPassword.err));

    // A grid worker may not check out, even their own grid.
    const CliRun byWorker = runCli(checkoutArgs(file(QStringLiteral("z.cdfield"))),
                                   as(QStringLiteral("lina"), QStringLiteral("lina-password"), kFieldPassword));
    QCOMPARE(byWorker.exitCode, 1);
    QVERIFY(!QFile::exists(file(QStringLiteral("z.cdfield"))));
}

// After a merge the office renews the worker's copy: the old copy's changes made since the merge
// are in the new copy (and in its change log), and its next merge brings them in once.
void FieldCliTest::renewKeepsUnmergedWork()
{
    const QString old = file(QStringLiteral("renew-old.cdfield"));
    const QString renewed = file(QStringLiteral("renew-new.cdfield"));
    QVERIFY2(runCli(checkoutArgs(old), admin(kFieldPassword)).exitCode == 0, "checkout");
    // Two of the grid's residents, changed on the laptop: one before the merge, one after.
    const QStringList ids = values(m_office, QStringLiteral("SELECT r.id FROM resident r JOIN household h ON h.id = "
                                                            "r.household_id JOIN building b ON b.id = h.building_id "
                                                            "JOIN grid g ON g.id = b.grid_id WHERE g.code = 'G01' AND "
                                                            "r.status = 'living' ORDER BY r.id LIMIT 2"));
    QCOMPARE(ids.size(), 2);
    const auto changeOnLaptop = [&](const QString &id, const QString &phone) {
        FieldFile sealed;
        Database copy(QUuid::createUuid().toString());
        QVERIFY2(FieldWorkspace::open(copy, sealed, old, kFieldPassword), qPrintable(copy.errorText()));
        QVERIFY(SqlQuery(copy.connection(), QStringLiteral("UPDATE resident SET phone = ?, row_version = "
                                                           "row_version + 1 WHERE id = ?"))
                    .exec(phone, id));
    };
    changeOnLaptop(ids.at(0), QStringLiteral("13900000001"));
    const CliRun merged = runCli({QStringLiteral("--database"), m_office, QStringLiteral("field"),
                                  QStringLiteral("merge"), old, QStringLiteral("--prefer"), QStringLiteral("field")},
                                 admin(kFieldPassword));
    QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
    changeOnLaptop(ids.at(1), QStringLiteral("13900000002"));

    const CliRun renew = runCli({QStringLiteral("--database"), m_office, QStringLiteral("field"),
                                 QStringLiteral("renew"), old, QStringLiteral("--out"), renewed},
                                admin(kFieldPassword));
    QVERIFY2(renew.exitCode == 0, qPrintable(renew.err));
    QVERIFY2(renew.out.contains(QStringLiteral("renewed")), qPrintable(renew.out));
    // The office does not have the second change yet; the new copy does, logged for its merge.
    QVERIFY(values(m_office, QStringLiteral("SELECT phone FROM resident WHERE id = %1").arg(ids.at(1))).value(0) !=
            QLatin1String("13900000002"));
    {
        FieldFile sealed;
        Database copy(QUuid::createUuid().toString());
        QVERIFY2(FieldWorkspace::open(copy, sealed, renewed, kFieldPassword), qPrintable(copy.errorText()));
        SqlQuery phone(copy.connection(), QStringLiteral("SELECT phone FROM resident WHERE id = ?"));
        QVERIFY(phone.exec(ids.at(1)) && phone.next());
        QCOMPARE(phone.value(0).toString(), QStringLiteral("13900000002"));
        QVERIFY(phone.exec(ids.at(0)) && phone.next()); // the merged one came from the office
        QCOMPARE(phone.value(0).toString(), QStringLiteral("13900000001"));
        SqlQuery logged(copy.connection(), QStringLiteral("SELECT count(*) FROM field_change WHERE table_name = "
                                                          "'resident' AND json_extract(row_key, '$[0]') = ?"));
        QVERIFY(logged.exec(ids.at(1).toLongLong()));
        QVERIFY(logged.scalar().toInt() > 0);
    }
    const CliRun again =
        runCli({QStringLiteral("--database"), m_office, QStringLiteral("field"), QStringLiteral("merge"), renewed},
               admin(kFieldPassword));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
    QCOMPARE(values(m_office, QStringLiteral("SELECT phone FROM resident WHERE id = %1").arg(ids.at(1))).value(0),
             QStringLiteral("13900000002"));

    // Wrong arguments: no --out.
    const CliRun noOut =
        runCli({QStringLiteral("--database"), m_office, QStringLiteral("field"), QStringLiteral("renew"), old},
               admin(kFieldPassword));
    QCOMPARE(noOut.exitCode, 2);
}

QTEST_GUILESS_MAIN(FieldCliTest)
#include "fieldcli_test.moc"
