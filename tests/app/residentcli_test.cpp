// `communitydesk-cli resident duplicates | merge | unmerge`: people counted once from a script (issue 25).
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class ResidentCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsMergesAndUndoes();
    void wrongArguments();
    void diedReachesTheRotaAndTheErrands();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--database"), file()} + arguments);
    }
    QVariant scalar(const QString &sql, const QVariant &value = {}) const
    {
        Database db(QUuid::createUuid().toString());
        if (!Workspace::open(db, file()))
            return {};
        SqlQuery q(db.connection(), sql);
        if (value.typeId() == QMetaType::QVariantList)
            for (const QVariant &v : value.toList())
                q.bind(v);
        else if (value.isValid())
            q.bind(value);
        return q.exec() ? q.scalar() : QVariant();
    }
    QString file() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QTemporaryDir m_dir;
    qint64 m_original = 0;
    qint64 m_copy = 0;
};

void ResidentCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("40")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_original =
        scalar(QStringLiteral("SELECT min(id) FROM resident WHERE status = 'living' AND birth_date IS NOT NULL"))
            .toLongLong();
    QVERIFY(m_original > 0);
    // The same person typed in again without the ID number, at the same address.
    scalar(QStringLiteral("INSERT INTO resident (household_id, name, birth_date, gender, relation, residency_type, "
                          "status, name_key, name_initials, name_pinyin, created_at, updated_at) SELECT household_id, "
                          "name, birth_date, gender, 'other', residency_type, 'living', name_key, name_initials, "
                          "name_pinyin, created_at, updated_at FROM resident WHERE id = ?"),
           m_original);
    m_copy = scalar(QStringLiteral("SELECT max(id) FROM resident")).toLongLong();
    QVERIFY(m_copy > m_original);
}

void ResidentCliTest::listsMergesAndUndoes()
{
    const CliRun list = cli({QStringLiteral("resident"), QStringLiteral("duplicates")});
    QCOMPARE(list.exitCode, 0);
    QString line;
    for (const QString &l : list.out.split(QLatin1Char('\n')))
        if (l.contains(QStringLiteral("\t%1 ").arg(m_original)) && l.contains(QStringLiteral("\t%1 ").arg(m_copy)))
            line = l;
    QVERIFY2(!line.isEmpty(), qPrintable(list.out));
    QVERIFY2(line.contains(QStringLiteral("Same name")), qPrintable(line));
    // ID numbers are masked.
    QVERIFY2(line.contains(QStringLiteral("********")), qPrintable(line));

    const CliRun merged = cli(
        {QStringLiteral("resident"), QStringLiteral("merge"), QString::number(m_original), QString::number(m_copy)});
    QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM resident WHERE id = ?"), m_copy).toString(),
             QStringLiteral("merged"));
    const qint64 mergeId = scalar(QStringLiteral("SELECT max(id) FROM resident_merge")).toLongLong();
    QVERIFY2(merged.out.contains(QStringLiteral("unmerge %1").arg(mergeId)), qPrintable(merged.out));
    const CliRun after = cli({QStringLiteral("resident"), QStringLiteral("duplicates")});
    QVERIFY(!after.out.contains(QStringLiteral("\t%1 ").arg(m_copy)));
    // Merging it again is refused: exit code 1 with the reason.
    const CliRun twice = cli(
        {QStringLiteral("resident"), QStringLiteral("merge"), QString::number(m_original), QString::number(m_copy)});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(!twice.err.isEmpty());

    const CliRun undone = cli({QStringLiteral("resident"), QStringLiteral("unmerge"), QString::number(mergeId)});
    QVERIFY2(undone.exitCode == 0, qPrintable(undone.err));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM resident WHERE id = ?"), m_copy).toString(),
             QStringLiteral("living"));
    QCOMPARE(cli({QStringLiteral("resident"), QStringLiteral("unmerge"), QString::number(mergeId)}).exitCode, 1);
}

void ResidentCliTest::wrongArguments()
{
    QCOMPARE(cli({QStringLiteral("resident")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("resident"), QStringLiteral("merge"), QStringLiteral("1")}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("resident"), QStringLiteral("merge"), QStringLiteral("x"), QStringLiteral("2")}).exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("resident"), QStringLiteral("unmerge"), QStringLiteral("abc")}).exitCode, 2);
}

void ResidentCliTest::diedReachesTheRotaAndTheErrands()
{
    // A living resident; what DeathRecord settles besides (rota, volunteer, pairs) is tested in
    // models/deaths, the command calls it as the register page does.
    const qint64 id =
        scalar(QStringLiteral("SELECT max(id) FROM resident WHERE status = 'living' AND id <> ?"), m_copy).toLongLong();
    QVERIFY(id > 0);
    const QDate death = QDate::currentDate().addDays(-1);
    const CliRun died = cli({QStringLiteral("resident"), QStringLiteral("died"), QString::number(id),
                             death.toString(Qt::ISODate), QStringLiteral("病故")});
    QVERIFY2(died.exitCode == 0, qPrintable(died.err));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM resident WHERE id = ?"), id).toString(),
             QStringLiteral("deceased"));
    const CliRun due = cli({QStringLiteral("due"), QStringLiteral("--date"), death.toString(Qt::ISODate)});
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    QVERIFY2(due.out.contains(QStringLiteral("funeral_grant")) || due.out.contains(QStringLiteral("丧葬")),
             qPrintable(due.out));
    // A second death of the same person is refused, and a bad date is a usage error.
    QCOMPARE(cli({QStringLiteral("resident"), QStringLiteral("died"), QString::number(id), death.toString(Qt::ISODate)})
                 .exitCode,
             1);
    QCOMPARE(cli({QStringLiteral("resident"), QStringLiteral("died"), QString::number(id), QStringLiteral("yesterday")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(ResidentCliTest)
#include "residentcli_test.moc"
