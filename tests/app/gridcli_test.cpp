// `communitydesk-cli coverage`: the demo community is fully covered; a building taken out of
// its grid and a household without a building are listed, with a non-zero exit code.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/grids/gridmapimage.h"
#include "models/grids/gridstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class GridCliTest : public QObject
{
    Q_OBJECT

private slots:
    void demoIsCoveredAndHasAMap();
    void gapsAreListed();

private:
    int run(const QStringList &arguments, QString *out = nullptr);
    QString file() const { return m_dir.filePath(QStringLiteral("grid.sqlite")); }
    QTemporaryDir m_dir;
};

int GridCliTest::run(const QStringList &arguments, QString *out)
{
    const CliRun r = runCli(QStringList{QStringLiteral("--database"), file()} + arguments);
    if (out)
        *out = r.out;
    return r.exitCode;
}

void GridCliTest::demoIsCoveredAndHasAMap()
{
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("600")}), 0);
    QString out;
    QCOMPARE(run({QStringLiteral("coverage")}, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("Every building is in a grid")), qPrintable(out));

    // The demo's map is alive: a base image, and a boundary round every building of each grid.
    Database db(QStringLiteral("gridcli"));
    QVERIFY(Workspace::open(db, file()));
    QVERIFY(!GridMapImage(db.connection()).load().isNull());
    GridStore store(db.connection(), testScope());
    const QList<Grid> grids = store.grids();
    QCOMPARE(grids.size(), 8);
    QHash<qint64, QPolygonF> boundaries;
    for (const Grid &g : grids) {
        QVERIFY2(g.boundary.size() >= 4, qPrintable(g.code));
        boundaries.insert(g.id, g.boundary);
    }
    for (const MapBuilding &b : store.mapBuildings()) {
        QVERIFY(b.placed);
        QVERIFY(boundaries.value(b.gridId).containsPoint(b.position, Qt::OddEvenFill));
        // ... and in no other grid's boundary.
        for (auto it = boundaries.cbegin(); it != boundaries.cend(); ++it)
            if (it.key() != b.gridId)
                QVERIFY(!it.value().containsPoint(b.position, Qt::OddEvenFill));
    }
}

void GridCliTest::gapsAreListed()
{
    {
        Database db(QStringLiteral("gridcli2"));
        QVERIFY(Workspace::open(db, file()));
        SqlQuery(db.connection(), QStringLiteral("UPDATE building SET grid_id = NULL WHERE id = 2")).exec();
        SqlQuery(db.connection(), QStringLiteral("UPDATE household SET building_id = NULL WHERE id = 5")).exec();
    }
    QString out;
    QCOMPARE(run({QStringLiteral("coverage")}, &out), 1);
    QVERIFY2(out.contains(QStringLiteral("building 2\t")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("household 5\t")), qPrintable(out));
}

QTEST_GUILESS_MAIN(GridCliTest)
#include "gridcli_test.moc"
