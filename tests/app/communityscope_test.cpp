// A community's clerk never sees another community's residents (issue 23), walked end to end on
// a street of two communities: every page of the window, every list and combo on them, and the
// command line's lists, exports and reports (CSV, .xlsx, PDF text). Community B's residents get
// names no one else has ("乙区居民…"), so any of them showing up anywhere is found by a search.
#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"
#include "tests/support/xlsxpackage.h"
#include "ui/shell/backupactions.h"
#include "ui/shell/mainwindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUuid>

namespace {

const QString kMarker = QStringLiteral("乙区居民");

void dump(QAbstractItemModel *model, const QModelIndex &parent, QStringList &out, int depth)
{
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            out << index.data().toString() << index.data(Qt::ToolTipRole).toString();
        }
        const QModelIndex first = model->index(row, 0, parent);
        if (depth < 4 && model->hasChildren(first))
            dump(model, first, out, depth + 1);
    }
}

// Everything a page shows as text: labels, line edits, combos, text views, every list's rows.
QString shownText(QWidget *root)
{
    QStringList out;
    for (const QLabel *l : root->findChildren<QLabel *>())
        out << l->text();
    for (const QLineEdit *e : root->findChildren<QLineEdit *>())
        out << e->text();
    for (const QComboBox *c : root->findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            out << c->itemText(i);
    for (const QTextEdit *t : root->findChildren<QTextEdit *>())
        out << t->toPlainText();
    for (const QPlainTextEdit *t : root->findChildren<QPlainTextEdit *>())
        out << t->toPlainText();
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>())
        if (view->model())
            dump(view->model(), view->rootIndex(), out, 0);
    return out.join(u'\n');
}

// The line that shows the other community's resident, for the failure message.
QString firstLineWith(const QString &text)
{
    for (const QString &line : text.split(u'\n'))
        if (line.contains(kMarker))
            return line;
    return QString();
}

} // namespace

class CommunityScopeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyPageOfTheWindow();
    void everyCommandLineOutput();
    void theStreetSeesBoth();

private:
    CliRun run(const QStringList &args, const QString &user = QStringLiteral("a.clerk"),
               const QString &password = QStringLiteral("clerk-pass-1")) const
    {
        CliOptions options;
        options.user = user;
        options.password = password;
        options.configHome = m_dir.filePath(QStringLiteral("config"));
        return runCli(QStringList{QStringLiteral("--database"), m_db} + args, options);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // The text of a file the command line wrote, whatever its kind.
    static QString fileText(const QString &path)
    {
        if (path.endsWith(QLatin1String(".pdf")))
            return pdfText(path);
        if (path.endsWith(QLatin1String(".xlsx"))) {
            XlsxPackage package;
            if (!package.open(path))
                return QString();
            QString text;
            for (const QString &entry : package.entries())
                text += QString::fromUtf8(package.entry(entry));
            return text;
        }
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    QString m_db;     // the street's file, or its schema on the test server (CD_TEST_DATABASE)
    QString m_schema; // PostgreSQL: dropped at the end
    qint64 m_a = 0, m_b = 0, m_clerkId = 0;
    QString m_gridA;
    QStringList m_oldNamesB; // as the search index still spells them
    int m_residentsB = 0;
};

void CommunityScopeTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = testingOnServer() ? freshServerSchemaUrl(&m_schema) : file(QStringLiteral("street.sqlite"));
    const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("160"),
                             QStringLiteral("--communities"), QStringLiteral("2")},
                            QStringLiteral("admin"), QStringLiteral("demo-admin"));
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    CliOptions admin;
    admin.configHome = m_dir.filePath(QStringLiteral("config"));
    admin.extra.insert(QStringLiteral("CD_NEW_PASSWORD"), QStringLiteral("clerk-pass-1"));
    const CliRun clerk =
        runCli({QStringLiteral("--database"), m_db, QStringLiteral("--community"), QStringLiteral("C01"),
                QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("a.clerk"), QStringLiteral("--name"),
                QStringLiteral("甲文员"), QStringLiteral("--role"), QStringLiteral("clerk")},
               admin);
    QVERIFY2(clerk.exitCode == 0, qPrintable(clerk.err));

    Database db(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(db, m_db));
    const QSqlDatabase d = db.connection();
    SqlQuery ids(d, QStringLiteral("SELECT (SELECT id FROM community WHERE code = 'C01'), (SELECT id FROM community "
                                   "WHERE code = 'C02'), (SELECT id FROM account WHERE login = 'a.clerk')"));
    QVERIFY(ids.exec() && ids.next());
    m_a = ids.value(0).toLongLong();
    m_b = ids.value(1).toLongLong();
    m_clerkId = ids.value(2).toLongLong();
    QVERIFY(m_a > 0 && m_b > 0 && m_clerkId > 0);
    SqlQuery grid(d, QStringLiteral("SELECT code FROM grid WHERE community_id = ? ORDER BY code"));
    QVERIFY(grid.exec(m_a) && grid.next());
    m_gridA = grid.value(0).toString();

    // B's residents: their names as the search index knows them, then names no one else has,
    // also where a volunteer's row copies the name.
    const QString ofB = QStringLiteral("(SELECT h.id FROM household h JOIN building b ON b.id = h.building_id JOIN "
                                       "compound c ON c.id = b.compound_id WHERE c.community_id = %1)")
                            .arg(m_b);
    SqlQuery names(d, QStringLiteral("SELECT name FROM resident WHERE household_id IN ") + ofB +
                          QStringLiteral(" AND name NOT IN (SELECT r.name FROM resident r WHERE r.household_id NOT "
                                         "IN ") +
                          ofB + QStringLiteral(") ORDER BY id LIMIT 5"));
    QVERIFY(names.exec());
    while (names.next())
        m_oldNamesB << names.value(0).toString();
    QVERIFY(!m_oldNamesB.isEmpty());
    SqlQuery rename(d, QStringLiteral("UPDATE resident SET name = '") + kMarker +
                           QStringLiteral("' || id WHERE household_id IN ") + ofB);
    QVERIFY(rename.exec());
    m_residentsB = rename.numRowsAffected();
    QVERIFY(m_residentsB > 10);
    QVERIFY(SqlQuery(d, QStringLiteral("UPDATE volunteer SET name = (SELECT r.name FROM resident r WHERE r.id = "
                                       "volunteer.resident_id) WHERE resident_id IN (SELECT id FROM resident WHERE "
                                       "name LIKE '") +
                            kMarker + QStringLiteral("%')"))
                .exec());
}

void CommunityScopeTest::cleanupTestCase()
{
    if (m_schema.isEmpty())
        return;
    ServerConnection server;
    dropServerSchema(server.db(), m_schema);
}

void CommunityScopeTest::everyPageOfTheWindow()
{
    Database db(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(db, m_db));
    AccessScope clerk(AccessScope::Role::Clerk, m_clerkId, QStringLiteral("a.clerk"));
    clerk.setCommunityIds({m_a});
    MainWindow window(db.connection(), clerk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.communitySwitcher());
    // The database file holds the whole street: no backup or restore from a community's desk.
    QVERIFY(window.findChildren<BackupActions *>().isEmpty());
    const int pages = window.navigation()->count();
    QVERIFY(pages >= 12);
    for (int row = 0; row < pages; ++row) {
        window.navigation()->setCurrentRow(row);
        QWidget *page = window.pageAt(row);
        QVERIFY(page);
        QTest::qWait(150); // pages that load after being shown
        const QString text = shownText(page);
        QVERIFY2(!text.contains(kMarker),
                 qPrintable(window.navigation()->item(row)->text() + QStringLiteral(": ") + firstLineWith(text)));
    }
    // The window's own text: title, status bar, menus.
    QVERIFY(!shownText(&window).contains(kMarker));
    QVERIFY(!window.windowTitle().contains(kMarker));
}

void CommunityScopeTest::everyCommandLineOutput()
{
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    QList<QStringList> commands = {
        {QStringLiteral("export"), QStringLiteral("--out"), file(QStringLiteral("a.csv"))},
        {QStringLiteral("export"), QStringLiteral("--out"), file(QStringLiteral("a.xlsx"))},
        {QStringLiteral("report"), month, QStringLiteral("--out"), file(QStringLiteral("r.pdf"))},
        {QStringLiteral("report"), month, QStringLiteral("--out"), file(QStringLiteral("r.xlsx"))},
        {QStringLiteral("report"), month, QStringLiteral("--by-area"), QStringLiteral("--out"),
         file(QStringLiteral("ra.xlsx"))},
        {QStringLiteral("coverage")},
        {QStringLiteral("care"), QStringLiteral("overdue")},
        {QStringLiteral("care"), QStringLiteral("assist"), QStringLiteral("list")},
        {QStringLiteral("care"), QStringLiteral("pair"), QStringLiteral("list")},
        {QStringLiteral("due")},
        {QStringLiteral("mediation"), QStringLiteral("list")},
        {QStringLiteral("rental"), QStringLiteral("list")},
        {QStringLiteral("rental"), QStringLiteral("expiring"), QStringLiteral("--days"), QStringLiteral("3650")},
        {QStringLiteral("resident"), QStringLiteral("duplicates")},
        {QStringLiteral("place"), QStringLiteral("list")},
        {QStringLiteral("community"), QStringLiteral("list")},
        {QStringLiteral("tag"), QStringLiteral("list")},
        {QStringLiteral("account"), QStringLiteral("list")},
        {QStringLiteral("handover"), m_gridA, QStringLiteral("--out"), file(QStringLiteral("h.pdf"))},
    };
    // A year of birthday lists, as CSV and as the sign-in sheet's PDF.
    for (int m = 1; m <= 12; ++m) {
        const QString ym = QStringLiteral("%1-%2").arg(QDate::currentDate().year()).arg(m, 2, 10, QLatin1Char('0'));
        commands.append({QStringLiteral("birthdays"), ym, QStringLiteral("--min-age"), QStringLiteral("0"),
                         QStringLiteral("--out"), file(QStringLiteral("b%1.csv").arg(m))});
    }
    commands.append({QStringLiteral("birthdays"), month, QStringLiteral("--out"), file(QStringLiteral("b.pdf"))});
    for (const QString &name : m_oldNamesB)
        commands.append({QStringLiteral("search"), name});
    int ran = 0;
    for (const QStringList &command : commands) {
        const CliRun r = run(command);
        const QString what = command.join(u' ');
        QVERIFY2(!r.out.contains(kMarker) && !r.err.contains(kMarker), qPrintable(what));
        const int out = command.indexOf(QStringLiteral("--out"));
        if (out >= 0 && r.exitCode == 0) {
            const QString path = command.value(out + 1);
            QVERIFY2(QFile::exists(path), qPrintable(what));
            const QString text = fileText(path);
            QVERIFY2(!text.isEmpty(), qPrintable(what));
            QVERIFY2(!text.contains(kMarker), qPrintable(what));
        }
        if (r.exitCode == 0)
            ++ran;
        else
            qWarning() << what << "ended with" << r.exitCode << r.err.left(200);
    }
    // Most of them ran (one with nothing to list, or not for a clerk, may end with 1).
    QVERIFY2(ran >= commands.size() * 2 / 3, qPrintable(QString::number(ran)));
    // The clerk may not name community B, nor back up the street's file.
    QCOMPARE(run({QStringLiteral("--community"), QStringLiteral("C02"), QStringLiteral("export"),
                  QStringLiteral("--out"), file(QStringLiteral("b.csv"))})
                 .exitCode,
             1);
    // On a server nobody backs up from a desk (pg_dump is the server administrator's; exit 2).
    QCOMPARE(run({QStringLiteral("backup"), file(QStringLiteral("copy.sqlite"))}).exitCode, testingOnServer() ? 2 : 1);
    QVERIFY(!QFile::exists(file(QStringLiteral("copy.sqlite"))));
}

void CommunityScopeTest::theStreetSeesBoth()
{
    // The same export as the street's administrator does list B: the marker is findable.
    const QString path = file(QStringLiteral("street.csv"));
    const CliRun r = run({QStringLiteral("export"), QStringLiteral("--out"), path}, QStringLiteral("admin"),
                         QStringLiteral("demo-admin"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(fileText(path).count(kMarker) > m_residentsB / 2); // the living ones
}

QTEST_MAIN(CommunityScopeTest)
#include "communityscope_test.moc"
