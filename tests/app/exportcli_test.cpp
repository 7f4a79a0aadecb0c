// communitydesk-cli export: the register as the window's list exports it, limited to the signed-in
// person's grids, numbers masked unless shown as far as the role allows, audited with the count.
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

namespace {

QList<QStringList> readCsv(const QString &path)
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

// The rows the register list shows to `scope` (the window's default filter).
int listRows(const QString &path, const AccessScope &scope)
{
    Database db(QUuid::createUuid().toString());
    if (!Workspace::open(db, path))
        return -1;
    ResidentTableModel model(db.connection(), scope);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    return model.isCountExact() ? model.rowCount() : -1;
}

} // namespace

class ExportCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void administratorExportsTheRegisterMasked();
    void gridWorkerExportsOnlyTheirGridsMasked();
    void showPhonesWritesARevealRow();
    void badArguments();

private:
    CliRun run(const QStringList &args, const QString &user = QStringLiteral("admin"),
               const QString &password = QStringLiteral("demo-admin")) const;
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_gridName;
    qint64 m_gridId = 0;
    int m_residents = 0;
};

void ExportCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = file(QStringLiteral("register.sqlite"));
    const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("150")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_residents = listRows(m_db, AccessScope(AccessScope::Role::Administrator, 1, QStringLiteral("admin")));
    m_gridId = scalar(QStringLiteral("SELECT id FROM grid ORDER BY code LIMIT 1")).toLongLong();
    m_gridName = scalar(QStringLiteral("SELECT name FROM grid WHERE id = ?"), {m_gridId}).toString();
    const QString code = scalar(QStringLiteral("SELECT code FROM grid WHERE id = ?"), {m_gridId}).toString();
    CliOptions admin;
    admin.extra.insert(QStringLiteral("CD_NEW_PASSWORD"), QStringLiteral("grid-pass-1"));
    const CliRun worker =
        runCli({QStringLiteral("--database"), m_db, QStringLiteral("account"), QStringLiteral("add"),
                QStringLiteral("zhao.wg"), QStringLiteral("--name"), QStringLiteral("赵网格"), QStringLiteral("--role"),
                QStringLiteral("grid-worker"), QStringLiteral("--grid"), code},
               admin);
    QVERIFY2(worker.exitCode == 0, qPrintable(worker.err));
}

CliRun ExportCliTest::run(const QStringList &args, const QString &user, const QString &password) const
{
    CliOptions options;
    options.user = user;
    options.password = password;
    options.configHome = m_dir.filePath(QStringLiteral("config"));
    return runCli(QStringList{QStringLiteral("--database"), m_db} + args, options);
}

QVariant ExportCliTest::scalar(const QString &sql, const QVariantList &bindings) const
{
    Database db(QUuid::createUuid().toString());
    if (!Workspace::open(db, m_db))
        return {};
    SqlQuery q(db.connection(), sql);
    for (const QVariant &v : bindings)
        q.bind(v);
    return q.exec() ? q.scalar() : QVariant();
}

void ExportCliTest::administratorExportsTheRegisterMasked()
{
    const QString path = file(QStringLiteral("all.csv"));
    const CliRun r = run({QStringLiteral("export"), QStringLiteral("--out"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = readCsv(path);
    QVERIFY(rows.size() > 1);
    // The window's columns, in its order, with its header texts.
    QCOMPARE(rows.at(0).size(), int(ResidentTableModel::ColumnCount));
    QVERIFY(m_residents > 0);
    QCOMPARE(int(rows.size()) - 1, m_residents);
    QVERIFY2(r.out.contains(QString::number(m_residents)), qPrintable(r.out));
    // The demo's likely duplicates have no ID number: nothing to mask there, every other one masked.
    int masked = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QString id = rows.at(i).at(ResidentTableModel::IdNumber);
        QVERIFY2(id.isEmpty() || id.contains(QStringLiteral("****")), qPrintable(rows.at(i).join(QLatin1Char('|'))));
        masked += id.isEmpty() ? 0 : 1;
    }
    QVERIFY(masked > m_residents / 2);
    // Audited: who, what, how many, the file's name without its folder; no reveal.
    const QString after = scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'export' AND "
                                                "user_name = 'admin' AND after_json LIKE '%all.csv%'"))
                              .toString();
    QVERIFY2(after.contains(QStringLiteral("\"rows\":%1").arg(m_residents)), qPrintable(after));
    QVERIFY2(after.contains(QStringLiteral("\"file\":\"all.csv\"")), qPrintable(after));
    QVERIFY2(!after.contains(m_dir.path()), qPrintable(after));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'")).toInt(), 0);
}

void ExportCliTest::gridWorkerExportsOnlyTheirGridsMasked()
{
    const QString path = file(QStringLiteral("mine.xlsx"));
    const CliRun r = run({QStringLiteral("export"), QStringLiteral("--out"), path, QStringLiteral("--show-phones"),
                          QStringLiteral("--show-ids")},
                         QStringLiteral("zhao.wg"), QStringLiteral("grid-pass-1"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("masked")), qPrintable(r.err)); // asked for, not allowed
    const QString csvPath = file(QStringLiteral("mine.csv"));
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--out"), csvPath, QStringLiteral("--show-phones")},
                 QStringLiteral("zhao.wg"), QStringLiteral("grid-pass-1"))
                 .exitCode,
             0);
    const QList<QStringList> rows = readCsv(csvPath);
    const qint64 workerId = scalar(QStringLiteral("SELECT id FROM account WHERE login = 'zhao.wg'")).toLongLong();
    const int expected =
        listRows(m_db, AccessScope(AccessScope::Role::GridWorker, workerId, QStringLiteral("zhao.wg"), {m_gridId}));
    QVERIFY(expected > 0);
    QVERIFY(expected < m_residents);
    QCOMPARE(int(rows.size()) - 1, expected);
    QSet<QString> grids;
    for (int i = 1; i < rows.size(); ++i) {
        grids.insert(rows.at(i).at(ResidentTableModel::Grid));
        QVERIFY(rows.at(i).at(ResidentTableModel::IdNumber).contains(QStringLiteral("****")));
        const QString phone = rows.at(i).at(ResidentTableModel::Phone);
        QVERIFY2(phone.isEmpty() || phone.contains(QLatin1Char('*')), qPrintable(phone));
    }
    QCOMPARE(grids, QSet<QString>{m_gridName});
    // Audited with the worker's count; numbers stayed masked, so no reveal row names the worker.
    const QString after = scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'export' AND "
                                                "user_name = 'zhao.wg' AND after_json LIKE '%mine.csv%'"))
                              .toString();
    QVERIFY2(after.contains(QStringLiteral("\"rows\":%1").arg(expected)), qPrintable(after));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND user_name = "
                                   "'zhao.wg'"))
                 .toInt(),
             0);
}

void ExportCliTest::showPhonesWritesARevealRow()
{
    const QString path = file(QStringLiteral("phones.csv"));
    const CliRun r = run({QStringLiteral("export"), QStringLiteral("--out"), path, QStringLiteral("--show-phones")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = readCsv(path);
    QCOMPARE(int(rows.size()) - 1, m_residents);
    int fullPhones = 0;
    for (int i = 1; i < rows.size(); ++i) {
        const QString id = rows.at(i).at(ResidentTableModel::IdNumber);
        QVERIFY(id.isEmpty() || id.contains(QStringLiteral("****"))); // not asked for
        const QString phone = rows.at(i).at(ResidentTableModel::Phone);
        if (!phone.isEmpty() && !phone.contains(QLatin1Char('*')))
            ++fullPhones;
    }
    QVERIFY(fullPhones > 0);
    const QString reveal = scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'reveal' AND "
                                                 "table_name = 'resident' AND user_name = 'admin'"))
                               .toString();
    QVERIFY2(reveal.contains(QStringLiteral("\"count\":%1").arg(m_residents)), qPrintable(reveal));
    QVERIFY2(reveal.contains(QStringLiteral("phone")), qPrintable(reveal));
    QVERIFY2(!reveal.contains(QStringLiteral("\"id\"")), qPrintable(reveal));
    QVERIFY2(reveal.contains(QStringLiteral("phones.csv")), qPrintable(reveal));

    // The birthday list's --show-phones is a reveal too.
    const QString birthdays = file(QStringLiteral("birthdays.csv"));
    const CliRun b = run({QStringLiteral("birthdays"), QDate::currentDate().toString(QStringLiteral("yyyy-MM")),
                          QStringLiteral("--out"), birthdays, QStringLiteral("--show-phones")});
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND after_json LIKE "
                                   "'%birthdays.csv%'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND after_json LIKE "
                                   "'%birthdays.csv%'"))
                 .toInt(),
             1);
}

void ExportCliTest::badArguments()
{
    const CliRun noOut = run({QStringLiteral("export")});
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY2(noOut.err.contains(QStringLiteral("--out")), qPrintable(noOut.err));
    const CliRun pdf = run({QStringLiteral("export"), QStringLiteral("--out"), file(QStringLiteral("x.pdf"))});
    QCOMPARE(pdf.exitCode, 2);
    QVERIFY(!QFileInfo::exists(file(QStringLiteral("x.pdf"))));
}

QTEST_GUILESS_MAIN(ExportCliTest)
#include "exportcli_test.moc"
