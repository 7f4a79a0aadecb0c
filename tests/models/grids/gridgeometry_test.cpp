// Polygon hit-testing, hulls and the choropleth's class breaks.
#include "models/grids/gridchoropleth.h"
#include "models/grids/gridgeometry.h"

#include <QTest>

class GridGeometryTest : public QObject
{
    Q_OBJECT

private slots:
    void hitTest_data();
    void hitTest();
    void degeneratePolygonContainsNothing();
    void hullOfPoints();
    void paddedHullEnclosesEveryPoint();
    void jsonRoundTrip();
    void quantileBreaks();
    void fewDistinctValuesMergeClasses();
    void emptyScale();
    void colorsRunLightToDark();
};

void GridGeometryTest::hitTest_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("inside");
    // An L-shaped (concave) grid: the notch at the upper right is outside.
    QTest::newRow("inside lower arm") << QPointF(150, 150) << true;
    QTest::newRow("inside upper arm") << QPointF(50, 50) << true;
    QTest::newRow("in the notch") << QPointF(150, 50) << false;
    QTest::newRow("left of everything") << QPointF(-1, 150) << false;
    QTest::newRow("on an edge") << QPointF(100, 40) << true;
    QTest::newRow("on a vertex") << QPointF(200, 200) << true;
    QTest::newRow("ray through a vertex") << QPointF(50, 100) << true;
    QTest::newRow("below") << QPointF(100, 201) << false;
}

void GridGeometryTest::hitTest()
{
    QFETCH(QPointF, point);
    QFETCH(bool, inside);
    const QPolygonF l(
        {QPointF(0, 0), QPointF(100, 0), QPointF(100, 100), QPointF(200, 100), QPointF(200, 200), QPointF(0, 200)});
    QCOMPARE(GridGeometry::contains(l, point), inside);
}

void GridGeometryTest::degeneratePolygonContainsNothing()
{
    QVERIFY(!GridGeometry::contains(QPolygonF({QPointF(0, 0), QPointF(10, 10)}), QPointF(5, 5)));
    QVERIFY(!GridGeometry::contains(QPolygonF(), QPointF(0, 0)));
}

void GridGeometryTest::hullOfPoints()
{
    const QPolygonF hull = GridGeometry::convexHull(
        {QPointF(0, 0), QPointF(10, 0), QPointF(5, 5), QPointF(10, 10), QPointF(0, 10), QPointF(5, 0), QPointF(0, 0)});
    QCOMPARE(hull.size(), 4); // interior point and the collinear (5,0) dropped, duplicate ignored
    QVERIFY(!hull.contains(QPointF(5, 5)));
    QCOMPARE(GridGeometry::area(hull), 100.0);
}

void GridGeometryTest::paddedHullEnclosesEveryPoint()
{
    const QList<QPointF> points = {QPointF(100, 100), QPointF(160, 100), QPointF(130, 170)};
    const QPolygonF hull = GridGeometry::paddedHull(points, 20);
    for (const QPointF &p : points) {
        QVERIFY(GridGeometry::contains(hull, p));
        QVERIFY(GridGeometry::contains(hull, p + QPointF(19, 19)));
    }
    QVERIFY(!GridGeometry::contains(hull, QPointF(100, 200)));
}

void GridGeometryTest::jsonRoundTrip()
{
    const QPolygonF p({QPointF(1.25, 2), QPointF(300, 4.5), QPointF(7, 800)});
    const QPolygonF back = GridGeometry::fromJson(GridGeometry::toJson(p));
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.at(1), QPointF(300, 4.5));
    QCOMPARE(back.at(0).x(), 1.3); // stored to a tenth of a pixel
    QVERIFY(GridGeometry::toJson(QPolygonF()).isEmpty());
}

void GridGeometryTest::quantileBreaks()
{
    // Ten grids, five classes: two grids in each.
    const GridChoropleth scale({50, 10, 40, 20, 30, 100, 90, 80, 70, 60}, 5);
    QCOMPARE(scale.upperBounds(), QList<int>({20, 40, 60, 80, 100}));
    QCOMPARE(scale.classOf(10), 0);
    QCOMPARE(scale.classOf(20), 0);
    QCOMPARE(scale.classOf(21), 1);
    QCOMPARE(scale.classOf(61), 3);
    QCOMPARE(scale.classOf(100), 4);
    QCOMPARE(scale.classOf(1000), 4);
    QCOMPARE(scale.label(0), QStringLiteral("10–20"));
    QCOMPARE(scale.label(1), QStringLiteral("21–40"));
    QCOMPARE(scale.lowerBound(4), 81);
}

void GridGeometryTest::fewDistinctValuesMergeClasses()
{
    const GridChoropleth scale({5, 5, 5, 5, 9}, 4);
    QCOMPARE(scale.upperBounds(), QList<int>({5, 9}));
    QCOMPARE(scale.classCount(), 2);
    QCOMPARE(scale.label(0), QStringLiteral("5"));
    QCOMPARE(scale.label(1), QStringLiteral("6–9"));
    const GridChoropleth flat({7, 7, 7}, 5);
    QCOMPARE(flat.classCount(), 1);
    QCOMPARE(flat.classOf(7), 0);
}

void GridGeometryTest::emptyScale()
{
    const GridChoropleth scale({}, 5);
    QCOMPARE(scale.classCount(), 0);
    QCOMPARE(scale.classOf(3), -1);
    QVERIFY(scale.colorFor(3).isValid());
}

void GridGeometryTest::colorsRunLightToDark()
{
    const GridChoropleth scale({1, 2, 3, 4, 5}, 5);
    for (int c = 1; c < scale.classCount(); ++c)
        QVERIFY(scale.color(c).lightness() < scale.color(c - 1).lightness());
}

QTEST_APPLESS_MAIN(GridGeometryTest)
#include "gridgeometry_test.moc"
