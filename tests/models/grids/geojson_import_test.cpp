// GeoJSON boundaries: a valid file lands in one transaction; any problem names the feature
// and what is wrong, and leaves every boundary as it was.
#include "models/grids/gridgeojson.h"
#include "models/grids/gridstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

class GeoJsonImportTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsValidFile();
    void malformed_data();
    void malformed();
    void unreadableFile();

private:
    static QString data(const QString &name) { return qEnvironmentVariable("CD_TEST_DATA") + QLatin1Char('/') + name; }
    QPolygonF boundary(qint64 gridId) const { return GridStore(m_db->db(), testScope()).grid(gridId)->boundary; }

    std::unique_ptr<TestDatabase> m_db;
    const QPolygonF m_before{{QPointF(1, 1), QPointF(5, 1), QPointF(5, 5)}};
};

void GeoJsonImportTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(GridStore(m_db->db(), testScope()).setBoundary(m_db->gridA, m_before).ok);
}

void GeoJsonImportTest::importsValidFile()
{
    const GridGeoJson::Result r =
        GridGeoJson(m_db->db(), testScope()).importFile(data(QStringLiteral("grids_valid.geojson")));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported, 2);
    const QPolygonF a = boundary(m_db->gridA);
    QCOMPARE(a.size(), 4); // the closing point is dropped
    QCOMPARE(a.at(1), QPointF(210, 10));
    const QPolygonF b = boundary(m_db->gridB);
    QCOMPARE(b.size(), 4);
    QCOMPARE(b.at(2), QPointF(400, 160));
    QCOMPARE(m_db->count(QStringLiteral("audit_log WHERE action = 'boundary_import'")), 2);
}

void GeoJsonImportTest::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray ok = R"({"type":"Feature","properties":{"code":"G01"},"geometry":{"type":"Polygon",
        "coordinates":[[[0,0],[50,0],[50,50],[0,0]]]}})";
    QTest::newRow("not json") << QByteArray("{\"type\": \"FeatureCollection\", ") << QStringLiteral("not valid JSON");
    QTest::newRow("not a collection") << QByteArray(R"({"type":"Feature"})") << QStringLiteral("FeatureCollection");
    QTest::newRow("no features") << QByteArray(R"({"type":"FeatureCollection","features":[]})")
                                 << QStringLiteral("no features");
    QTest::newRow("no code") << QByteArray(R"({"type":"FeatureCollection","features":[)" + ok +
                                           R"(,{"type":"Feature","properties":{},"geometry":{}}]})")
                             << QStringLiteral("feature 2 has no \"code\"");
    QTest::newRow("unknown grid") << QByteArray(R"({"type":"FeatureCollection","features":[)" + ok +
                                                R"(,{"type":"Feature","properties":{"code":"G77"},"geometry":{}}]})")
                                  << QStringLiteral("feature 2: no active grid has the code \"G77\"");
    QTest::newRow("twice") << QByteArray(R"({"type":"FeatureCollection","features":[)" + ok + "," + ok + "]}")
                           << QStringLiteral("appears more than once");
    QTest::newRow("point geometry")
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"G02"},
            "geometry":{"type":"Point","coordinates":[1,2]}}]})")
        << QStringLiteral("geometry type \"Point\"");
    QTest::newRow("two parts")
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"G02"},
            "geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1]]],[[[5,5],[6,5],[6,6]]]]}}]})")
        << QStringLiteral("MultiPolygon of 2 parts");
    QTest::newRow("text coordinate") << QByteArray(R"({"type":"FeatureCollection","features":[)" + ok +
                                                   R"(,{"type":"Feature","properties":{"code":"G02"},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],["10",0],[10,10]]]}}]})")
                                     << QStringLiteral("feature 2 (grid G02), point 2 is not a pair of numbers");
    QTest::newRow("two points")
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"G02"},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[0,0]]]}}]})")
        << QStringLiteral("fewer than three distinct points");
    QTest::newRow("flat")
        << QByteArray(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"G02"},
            "geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[20,0],[0,0]]]}}]})")
        << QStringLiteral("encloses no area");
}

void GeoJsonImportTest::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const GridGeoJson::Result r = GridGeoJson(m_db->db(), testScope()).importData(json);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    QCOMPARE(r.imported, 0);
    // The valid first feature of a bad file is not written either.
    QCOMPARE(boundary(m_db->gridA), m_before);
    QVERIFY(boundary(m_db->gridB).isEmpty());
    QCOMPARE(m_db->count(QStringLiteral("audit_log WHERE action = 'boundary_import'")), 0);
}

void GeoJsonImportTest::unreadableFile()
{
    for (const QString &name : {QStringLiteral("grids_unknown_code.geojson"), QStringLiteral("grids_truncated.geojson"),
                                QStringLiteral("missing.geojson")}) {
        const GridGeoJson::Result r = GridGeoJson(m_db->db(), testScope()).importFile(data(name));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(name), qPrintable(r.error)); // the message names the file
        QCOMPARE(boundary(m_db->gridA), m_before);
    }
}

QTEST_GUILESS_MAIN(GeoJsonImportTest)
#include "geojson_import_test.moc"
