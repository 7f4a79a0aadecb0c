// communitydesk-cli account and backup/restore, as an office's administrator scripts them.
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

QString g_configHome; // the desk's settings (the backup folder) stay in the test's folder

CliOptions as(const QString &user, const QString &password, const QString &newPassword = QString())
{
    CliOptions options;
    options.user = user;
    options.password = password;
    options.configHome = g_configHome;
    if (!newPassword.isEmpty())
        options.extra.insert(QStringLiteral("CD_NEW_PASSWORD"), newPassword);
    return options;
}

CliOptions nobody(const QString &newPassword = QString())
{
    return as(QString(), QString(), newPassword);
}

// Runs the CLI, by default as the demo's administrator.
CliRun cli(const QStringList &arguments,
           const CliOptions &options = as(QStringLiteral("admin"), QStringLiteral("demo-admin")))
{
    return runCli(arguments, options);
}

// The first value of `sql` in the database file at `path`.
QVariant scalar(const QString &path, const QString &sql)
{
    Database db(QUuid::createUuid().toString());
    if (!Workspace::open(db, path))
        return {};
    SqlQuery q(db.connection(), sql);
    return q.scalar();
}

} // namespace

class AccountCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        g_configHome = m_dir.filePath(QStringLiteral("config"));
    }
    void firstAccountMustBeAnAdministrator();
    void onlyAnAdministratorManagesAccounts();
    void backupThenRestore();
    void restoreRefusesWhatIsNotABackup();
    void serverBackupsAreTheServersBusiness();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void AccountCliTest::firstAccountMustBeAnAdministrator()
{
    const QString db = file(QStringLiteral("first.sqlite"));
    const QStringList clerk = {QStringLiteral("--database"), db,
                               QStringLiteral("account"),    QStringLiteral("add"),
                               QStringLiteral("li.clerk"),   QStringLiteral("--name"),
                               QStringLiteral("李文员"),     QStringLiteral("--role"),
                               QStringLiteral("clerk")};
    const CliRun refused = cli(clerk, nobody(QStringLiteral("clerk-pass-1")));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("administrator")), qPrintable(refused.err));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM account")).toInt(), 0);

    const QStringList boss = {QStringLiteral("--database"), db,
                              QStringLiteral("account"),    QStringLiteral("add"),
                              QStringLiteral("boss"),       QStringLiteral("--name"),
                              QStringLiteral("王主任"),     QStringLiteral("--role"),
                              QStringLiteral("admin")};
    // No password anywhere and no terminal: refused with the variable to set.
    const CliRun noPassword = cli(boss, nobody());
    QCOMPARE(noPassword.exitCode, 2);
    QVERIFY2(noPassword.err.contains(QStringLiteral("CD_NEW_PASSWORD")), qPrintable(noPassword.err));
    const CliRun added = cli(boss, nobody(QStringLiteral("boss-pass-1")));
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(scalar(db, QStringLiteral("SELECT role FROM account WHERE login = 'boss'")).toString(),
             QStringLiteral("admin"));

    // From now on the database has accounts: nobody may add one without signing in.
    const CliRun anonymous = cli(clerk, nobody(QStringLiteral("clerk-pass-1")));
    QCOMPARE(anonymous.exitCode, 2);
    QVERIFY2(anonymous.err.contains(QStringLiteral("--user")), qPrintable(anonymous.err));
    QCOMPARE(
        cli(clerk, as(QStringLiteral("boss"), QStringLiteral("boss-pass-1"), QStringLiteral("clerk-pass-1"))).exitCode,
        0);
}

void AccountCliTest::onlyAnAdministratorManagesAccounts()
{
    const QString db = file(QStringLiteral("office.sqlite"));
    QCOMPARE(cli(QStringList{QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                             QStringLiteral("60")})
                 .exitCode,
             0);
    const QString gridCode = scalar(db, QStringLiteral("SELECT code FROM grid ORDER BY code LIMIT 1")).toString();
    QVERIFY(!gridCode.isEmpty());
    const CliOptions admin = as(QStringLiteral("admin"), QStringLiteral("demo-admin"), QStringLiteral("new-pass-12"));
    auto add = [&](const QString &login, const QString &role, const QStringList &more = {}) {
        return QStringList{QStringLiteral("--database"),
                           db,
                           QStringLiteral("account"),
                           QStringLiteral("add"),
                           login,
                           QStringLiteral("--name"),
                           login.toUpper(),
                           QStringLiteral("--role"),
                           role} +
               more;
    };
    QCOMPARE(cli(add(QStringLiteral("li.clerk"), QStringLiteral("clerk")), admin).exitCode, 0);
    const CliRun worker =
        cli(add(QStringLiteral("zhao.wg"), QStringLiteral("grid-worker"), {QStringLiteral("--grid"), gridCode}), admin);
    QVERIFY2(worker.exitCode == 0, qPrintable(worker.err));

    // Wrong arguments name the option.
    const CliRun badRole = cli(add(QStringLiteral("x.y"), QStringLiteral("boss")), admin);
    QCOMPARE(badRole.exitCode, 2);
    QVERIFY2(badRole.err.contains(QStringLiteral("--role")), qPrintable(badRole.err));
    const CliRun badGrid = cli(
        add(QStringLiteral("x.y"), QStringLiteral("grid-worker"), {QStringLiteral("--grid"), QStringLiteral("NOPE")}),
        admin);
    QCOMPARE(badGrid.exitCode, 2);
    QVERIFY2(badGrid.err.contains(QStringLiteral("NOPE")), qPrintable(badGrid.err));

    // A clerk is refused; nothing is added.
    const CliOptions clerk = as(QStringLiteral("li.clerk"), QStringLiteral("new-pass-12"), QStringLiteral("pass-3456"));
    const CliRun refused = cli(add(QStringLiteral("sun.viewer"), QStringLiteral("viewer")), clerk);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("administrator")), qPrintable(refused.err));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE login = 'sun.viewer'")).toInt(), 0);
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("account"), QStringLiteral("list")}, clerk).exitCode,
             1);

    // The list: login, name, role, grids, state.
    const CliRun list =
        cli({QStringLiteral("--database"), db, QStringLiteral("account"), QStringLiteral("list")}, admin);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("li.clerk\tLI.CLERK\tclerk\t\tactive")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("zhao.wg\tZHAO.WG\tgrid-worker\t%1\tactive").arg(gridCode)),
             qPrintable(list.out));
    QVERIFY2(list.out.contains(QStringLiteral("admin\t")), qPrintable(list.out));

    // Disabled: the clerk can no longer sign in, on the command line as in the window.
    const CliRun disabled = cli({QStringLiteral("--database"), db, QStringLiteral("account"), QStringLiteral("disable"),
                                 QStringLiteral("li.clerk")},
                                admin);
    QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
    const CliRun signIn = cli({QStringLiteral("--database"), db, QStringLiteral("search"), QStringLiteral("w")}, clerk);
    QCOMPARE(signIn.exitCode, 1);
    QVERIFY2(signIn.err.contains(QStringLiteral("disabled")), qPrintable(signIn.err));
    QVERIFY(signIn.out.isEmpty());
    const CliRun listed =
        cli({QStringLiteral("--database"), db, QStringLiteral("account"), QStringLiteral("list")}, admin);
    QVERIFY2(listed.out.contains(QStringLiteral("li.clerk\tLI.CLERK\tclerk\t\tdisabled")), qPrintable(listed.out));
    // The audit names who disabled whom.
    QCOMPARE(scalar(db, QStringLiteral("SELECT user_name FROM audit_log WHERE table_name = 'account' AND action = "
                                       "'disable'"))
                 .toString(),
             QStringLiteral("admin"));
}

void AccountCliTest::backupThenRestore()
{
    const QString db = file(QStringLiteral("register.sqlite"));
    QCOMPARE(cli(QStringList{QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                             QStringLiteral("40")})
                 .exitCode,
             0);
    const int residents = scalar(db, QStringLiteral("SELECT count(*) FROM resident")).toInt();
    QVERIFY(residents > 0);
    const QString backup = file(QStringLiteral("copy.sqlite"));
    const CliRun made = cli({QStringLiteral("--database"), db, QStringLiteral("backup"), backup});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(QFileInfo::exists(backup));
    // The copy is audited as an export of the whole register, with the count and the file's name.
    const QString after = scalar(db, QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'export' AND "
                                                    "table_name = 'database'"))
                              .toString();
    QVERIFY2(after.contains(QStringLiteral("\"rows\":%1").arg(residents)), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("\"file\":\"copy.sqlite\"")), qPrintable(after));
    QVERIFY2(!after.contains(m_dir.path()), qPrintable(after));
    // Not over an existing file.
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("backup"), backup}).exitCode, 1);

    // A change after the backup, then the restore brings the register back as it was.
    const CliOptions admin = as(QStringLiteral("admin"), QStringLiteral("demo-admin"), QStringLiteral("later-pass-1"));
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("account"), QStringLiteral("add"),
                  QStringLiteral("later"), QStringLiteral("--name"), QStringLiteral("后来者"), QStringLiteral("--role"),
                  QStringLiteral("viewer")},
                 admin)
                 .exitCode,
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE login = 'later'")).toInt(), 1);

    // Only an administrator restores.
    const CliOptions viewer = as(QStringLiteral("later"), QStringLiteral("later-pass-1"));
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("restore"), backup}, viewer).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("backup"), file(QStringLiteral("v.sqlite"))}, viewer)
                 .exitCode,
             1);
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("v.sqlite"))));

    const CliRun restored = cli({QStringLiteral("--database"), db, QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM account WHERE login = 'later'")).toInt(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM resident")).toInt(), residents);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'restore'")).toInt(), 1);
    // The replaced file was kept in the backup folder next to the database.
    const QStringList kept =
        QDir(file(QStringLiteral("backups"))).entryList({QStringLiteral("before-restore-*.sqlite")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(cli({QStringLiteral("--database"), db, QStringLiteral("check")}).exitCode, 0);
}

void AccountCliTest::restoreRefusesWhatIsNotABackup()
{
    QVERIFY(QDir().mkpath(file(QStringLiteral("refuse"))));
    const QString db = file(QStringLiteral("refuse/keep.sqlite"));
    QCOMPARE(cli(QStringList{QStringLiteral("--database"), db, QStringLiteral("demo"), QStringLiteral("--households"),
                             QStringLiteral("10")})
                 .exitCode,
             0);
    const int residents = scalar(db, QStringLiteral("SELECT count(*) FROM resident")).toInt();

    const QString text = file(QStringLiteral("notes.sqlite"));
    QFile notes(text);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("姓名,电话\n张三,13800000000\n");
    notes.close();
    const CliRun refused = cli({QStringLiteral("--database"), db, QStringLiteral("restore"), text});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("notes.sqlite")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("Nothing was changed")), qPrintable(refused.err));

    // A sound SQLite file that is not CommunityDesk's.
    const QString other = file(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        plain.setDatabaseName(other);
        QVERIFY(plain.open());
        SqlQuery(plain, QStringLiteral("CREATE TABLE t (x INTEGER)")).exec();
        plain.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    const CliRun foreign = cli({QStringLiteral("--database"), db, QStringLiteral("restore"), other});
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY2(foreign.err.contains(QStringLiteral("not a CommunityDesk database")), qPrintable(foreign.err));

    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM resident")).toInt(), residents);
    QVERIFY(QDir(file(QStringLiteral("refuse/backups")))
                .entryList({QStringLiteral("before-restore-*")}, QDir::Files)
                .isEmpty());
}

void AccountCliTest::serverBackupsAreTheServersBusiness()
{
    for (const QString &command : {QStringLiteral("backup"), QStringLiteral("restore")}) {
        const CliRun r = cli({QStringLiteral("--database"), QStringLiteral("postgresql://clerk@127.0.0.1:1/community"),
                              command, file(QStringLiteral("server.sqlite"))},
                             nobody());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("pg_dump")), qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(AccountCliTest)
#include "accountcli_test.moc"
