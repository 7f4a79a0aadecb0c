// The grid map and grid page with real widgets: a boundary drawn with mouse clicks, a vertex
// dragged, a building clicked through to the register, keyboard zoom, buildings assigned,
// and the map exported. Set CD_GRID_SCREENSHOTS=DIR to also save Chinese screenshots and a PDF
// of the demo community there.
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/grids/areastore.h"
#include "models/grids/gridmapimage.h"
#include "models/grids/gridstore.h"
#include "models/grids/gridtablemodel.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/common/longwork.h"
#include "ui/grids/gridassignpanel.h"
#include "ui/grids/gridcoveragepanel.h"
#include "ui/grids/grideditor.h"
#include "ui/grids/gridpage.h"
#include "ui/grids/mapbuildingitem.h"
#include "ui/grids/mapgriditem.h"
#include "ui/grids/mappage.h"
#include "ui/grids/mapprinter.h"
#include "ui/grids/mapscene.h"
#include "ui/grids/mapview.h"
#include "ui/register/registerpage.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/translations.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>

class MapPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void drawBoundaryWithMouse();
    void escapeAbandonsDrawing();
    void dragVertexSavesBoundary();
    void clickBuildingAsksForItsHouseholds();
    void dragOnAGridPans();
    void unplacedBuildingIsDraggedOntoThePlan();
    void keyboardZoom();
    void choroplethLegend();
    void colourByArea();
    void openCasesShowWhereProblemsCluster();
    void assignBuildingFromGridPage();
    void gridEditsAskBeforeAnotherGridShows();
    void gridBuildingsAreOnlyItsOwn();
    void mainWindowShowsBuildingInRegister();
    void coveragePanelListsGaps();
    void exportPdfAndPng();
    void exportFromToolbarIsLongWork();
    void gridListKeepsDraggedWidth();
    void screenshots();

private:
    void sendMouse(QWidget *target, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons);
    std::unique_ptr<MapPage> showMap();

    std::unique_ptr<TestDatabase> m_db;
};

void MapPageTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    QImage plan(600, 400, QImage::Format_RGB32);
    plan.fill(QColor(0xf2, 0xef, 0xe6));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    plan.save(&buffer, "PNG");
    QVERIFY(GridMapImage(m_db->db()).store(png, QStringLiteral("png"), plan.size()));
    GridStore store(m_db->db(), testScope());
    QVERIFY(store
                .setBoundary(m_db->gridA,
                             QPolygonF({QPointF(20, 20), QPointF(280, 20), QPointF(280, 380), QPointF(20, 380)}))
                .ok);
    QVERIFY(store.setBuildingPosition(m_db->buildingA1, QPointF(100, 100)).ok);
    QVERIFY(store.setBuildingPosition(m_db->buildingA2, QPointF(200, 300)).ok);
}

std::unique_ptr<MapPage> MapPageTest::showMap()
{
    auto page = std::make_unique<MapPage>(m_db->db(), testScope());
    page->resize(1000, 700);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        return {};
    // Zoom 1, map centred: scene pixels map one to one onto the viewport.
    page->view()->resetTransform();
    page->view()->centerOn(300, 200);
    return page;
}

void MapPageTest::sendMouse(QWidget *target, QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons)
{
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(pos), target->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

void MapPageTest::drawBoundaryWithMouse()
{
    const auto page = showMap();
    QVERIFY(page);
    MapView *view = page->view();
    page->drawBoundaryFor(m_db->gridB);
    QVERIFY(view->isDrawing());
    const QList<QPointF> corners = {QPointF(320, 40), QPointF(560, 40), QPointF(560, 360), QPointF(320, 360)};
    for (const QPointF &c : corners)
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(c));
    QCOMPARE(view->drawnPoints().size(), 4);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(corners.constLast()));
    QVERIFY(!view->isDrawing());

    const QPolygonF saved = GridStore(m_db->db(), testScope()).grid(m_db->gridB)->boundary;
    QCOMPARE(saved.size(), 4);
    for (int i = 0; i < 4; ++i)
        QVERIFY2(QLineF(saved.at(i), corners.at(i)).length() < 1.5, qPrintable(QStringLiteral("corner %1").arg(i)));
    QVERIFY(page->scene()->gridItem(m_db->gridB)); // shown at once
}

void MapPageTest::escapeAbandonsDrawing()
{
    const auto page = showMap();
    QVERIFY(page);
    MapView *view = page->view();
    page->drawBoundaryFor(m_db->gridB);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(QPointF(320, 40)));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(QPointF(500, 40)));
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->isDrawing());
    QVERIFY(GridStore(m_db->db(), testScope()).grid(m_db->gridB)->boundary.isEmpty());
}

void MapPageTest::dragVertexSavesBoundary()
{
    const auto page = showMap();
    QVERIFY(page);
    MapView *view = page->view();
    page->editAction()->setChecked(true);
    QWidget *vp = view->viewport();
    const QPoint from = view->mapFromScene(QPointF(280, 20));
    const QPoint to = view->mapFromScene(QPointF(300, 60));
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, from + QPoint(10, 20), Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::NoButton);
    const QPolygonF saved = GridStore(m_db->db(), testScope()).grid(m_db->gridA)->boundary;
    QCOMPARE(saved.size(), 4);
    QVERIFY2(QLineF(saved.at(1), QPointF(300, 60)).length() < 1.5,
             qPrintable(QStringLiteral("%1,%2").arg(saved.at(1).x()).arg(saved.at(1).y())));
    QCOMPARE(saved.at(0), QPointF(20, 20));

    // A building marker is dragged the same way.
    const QPoint marker = view->mapFromScene(QPointF(100, 100));
    sendMouse(vp, QEvent::MouseButtonPress, marker, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, marker + QPoint(20, 0), Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, marker + QPoint(40, 10), Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, marker + QPoint(40, 10), Qt::NoButton);
    const QList<MapBuilding> buildings = GridStore(m_db->db(), testScope()).mapBuildings();
    const auto a1 = std::find_if(buildings.cbegin(), buildings.cend(),
                                 [this](const MapBuilding &b) { return b.id == m_db->buildingA1; });
    QVERIFY(QLineF(a1->position, QPointF(140, 110)).length() < 1.5);
}

void MapPageTest::clickBuildingAsksForItsHouseholds()
{
    const auto page = showMap();
    QVERIFY(page);
    QSignalSpy buildings(page.get(), &MapPage::buildingActivated);
    QSignalSpy grids(page.get(), &MapPage::gridActivated);
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, page->view()->mapFromScene(QPointF(200, 300)));
    QCOMPARE(buildings.size(), 1);
    QCOMPARE(buildings.constFirst().constFirst().toLongLong(), m_db->buildingA2);
    QCOMPARE(grids.size(), 0);
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, page->view()->mapFromScene(QPointF(60, 250)));
    QCOMPARE(grids.size(), 1);
    QCOMPARE(grids.constFirst().constFirst().toLongLong(), m_db->gridA);
}

void MapPageTest::dragOnAGridPans()
{
    const auto page = showMap();
    QVERIFY(page);
    MapView *view = page->view();
    view->zoomBy(3);
    view->centerOn(150, 200);
    QSignalSpy grids(page.get(), &MapPage::gridActivated);
    const int before = view->horizontalScrollBar()->value();
    const QPoint start = view->mapFromScene(QPointF(150, 200)); // inside grid A, away from markers
    QWidget *vp = view->viewport();
    sendMouse(vp, QEvent::MouseButtonPress, start, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, start + QPoint(-30, 0), Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, start + QPoint(-80, 0), Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, start + QPoint(-80, 0), Qt::NoButton);
    QCOMPARE(view->horizontalScrollBar()->value(), before + 80);
    QCOMPARE(grids.size(), 0); // a drag is not a click
    QCOMPARE(GridStore(m_db->db(), testScope()).grid(m_db->gridA)->boundary.constFirst(),
             QPointF(20, 20)); // not edited
}

void MapPageTest::unplacedBuildingIsDraggedOntoThePlan()
{
    const auto page = showMap();
    QVERIFY(page);
    MapView *view = page->view();
    MapBuildingItem *b1 = page->scene()->buildingItem(m_db->buildingB1); // has no position yet
    QVERIFY(b1);
    QVERIFY(!b1->isPlaced());
    QVERIFY(b1->pos().y() > 400); // in the tray below the 600x400 plan
    view->fitMap();
    page->editAction()->setChecked(true);
    QWidget *vp = view->viewport();
    const QPoint from = view->mapFromScene(b1->pos());
    const QPoint to = view->mapFromScene(QPointF(450, 200));
    sendMouse(vp, QEvent::MouseButtonPress, from, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, from + QPoint(5, -5), Qt::LeftButton);
    sendMouse(vp, QEvent::MouseMove, to, Qt::LeftButton);
    sendMouse(vp, QEvent::MouseButtonRelease, to, Qt::NoButton);
    QVERIFY(b1->isPlaced());
    for (const MapBuilding &b : GridStore(m_db->db(), testScope()).mapBuildings())
        if (b.id == m_db->buildingB1) {
            QVERIFY(b.placed);
            QVERIFY2(QLineF(b.position, QPointF(450, 200)).length() < 3,
                     qPrintable(QStringLiteral("%1,%2").arg(b.position.x()).arg(b.position.y())));
        }
}

void MapPageTest::keyboardZoom()
{
    const auto page = showMap();
    QVERIFY(page);
    MapView *view = page->view();
    view->setFocus();
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->zoom(), 1.25);
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_0);
    // Fit: the whole 600x400 image fits the viewport and fills one of its sides.
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(shown.contains(QRectF(0, 0, 600, 400).adjusted(2, 2, -2, -2)));
    QVERIFY(view->zoom() > 1.0);
    // Labels keep their size on screen at every zoom.
    QVERIFY(page->scene()->gridItem(m_db->gridA)->label()->flags() & QGraphicsItem::ItemIgnoresTransformations);
}

void MapPageTest::choroplethLegend()
{
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{QStringLiteral("张老"), TestDatabase::idFor(QDate(1950, 1, 1), true, 1)}});
    const auto page = showMap();
    QVERIFY(page);
    QCOMPARE(page->scene()->legend().entries.size(), 1); // one grid with a boundary
    page->coloringCombo()->setCurrentIndex(1);           // residents
    QCOMPARE(page->scene()->coloring(), MapScene::Coloring::Residents);
    QCOMPARE(page->scene()->legend().entries.constFirst().label, QStringLiteral("1"));
    QVERIFY(page->scene()->gridItem(m_db->gridA)->toolTip().contains(QStringLiteral("Residents: 1")));
}

void MapPageTest::colourByArea()
{
    QVERIFY(GridStore(m_db->db(), testScope())
                .setBoundary(m_db->gridB,
                             QPolygonF({QPointF(320, 20), QPointF(580, 20), QPointF(580, 380), QPointF(320, 380)}))
                .ok);
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{QStringLiteral("张老"), TestDatabase::idFor(QDate(1950, 1, 1), true, 1)}});
    m_db->addHousehold(m_db->buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                       {{QStringLiteral("李一"), TestDatabase::idFor(QDate(1980, 1, 1), true, 2)},
                        {QStringLiteral("李二"), TestDatabase::idFor(QDate(1982, 1, 1), false, 3)}});
    {
        // Without areas there is nothing to colour by.
        const auto page = showMap();
        QVERIFY(page);
        QVERIFY(!page->byAreaBox()->isEnabled());
    }
    Area east;
    east.code = QStringLiteral("P01");
    east.name = QStringLiteral("东片区");
    AreaStore areas(m_db->db(), testScope(QStringLiteral("tester")));
    QVERIFY(areas.saveArea(east).ok);
    QVERIFY(areas.setGridsOfArea(east.id, {m_db->gridA}).ok);

    const auto page = showMap();
    QVERIFY(page);
    MapScene *scene = page->scene();
    QVERIFY(page->byAreaBox()->isEnabled());
    QVERIFY(scene->gridItem(m_db->gridA)->toolTip().contains(QStringLiteral("东片区")));
    page->byAreaBox()->click();
    QVERIFY(scene->byArea());
    QCOMPARE(scene->legend().title, QStringLiteral("Areas"));
    QCOMPARE(scene->legend().entries.size(), 2);
    QCOMPARE(scene->legend().entries.at(0).label, QStringLiteral("东片区"));
    QCOMPARE(scene->legend().entries.at(1).label, QStringLiteral("No area"));
    QVERIFY(scene->gridItem(m_db->gridA)->brush().color() != scene->gridItem(m_db->gridB)->brush().color());

    // Residents per area: 1 in 东片区, 2 in no area; one class each.
    page->coloringCombo()->setCurrentIndex(page->coloringCombo()->findData(int(MapScene::Coloring::Residents)));
    QCOMPARE(scene->legend().title, QStringLiteral("Residents per area"));
    QCOMPARE(scene->legend().entries.size(), 2);
    QCOMPARE(scene->legend().entries.at(0).label, QStringLiteral("1"));
    QCOMPARE(scene->legend().entries.at(1).label, QStringLiteral("2"));

    // Both grids in 东片区: one area of 3 residents, both grids the same colour.
    QVERIFY(areas.setGridsOfArea(east.id, {m_db->gridA, m_db->gridB}).ok);
    page->reload();
    QCOMPARE(scene->legend().entries.size(), 1);
    QCOMPARE(scene->legend().entries.at(0).label, QStringLiteral("3"));
    QCOMPARE(scene->gridItem(m_db->gridA)->brush().color(), scene->gridItem(m_db->gridB)->brush().color());

    // Back to grids: each grid its own figure again.
    page->byAreaBox()->click();
    QCOMPARE(scene->legend().title, QStringLiteral("Residents per grid"));
    QCOMPARE(scene->legend().entries.size(), 2);
    QVERIFY(scene->gridItem(m_db->gridA)->brush().color() != scene->gridItem(m_db->gridB)->brush().color());
}

void MapPageTest::openCasesShowWhereProblemsCluster()
{
    SqlQuery c(m_db->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                          "received_at, deadline, status, reopen_count, created_at, updated_at) "
                                          "VALUES (?, 'visit', (SELECT min(id) FROM case_category), ?, '漏水', "
                                          "'2026-10-07T09:00:00', '2026-10-10T09:00:00', ?, 0, 'x', 'x')"));
    QVERIFY(c.exec(QStringLiteral("C1"), m_db->gridA, QStringLiteral("assigned")));
    QVERIFY(c.exec(QStringLiteral("C2"), m_db->gridA, QStringLiteral("received")));
    QVERIFY(c.exec(QStringLiteral("C3"), m_db->gridA, QStringLiteral("followed_up"))); // done: not counted
    const auto page = showMap();
    QVERIFY(page);
    page->coloringCombo()->setCurrentIndex(page->coloringCombo()->findData(int(MapScene::Coloring::OpenCases)));
    QCOMPARE(page->scene()->coloring(), MapScene::Coloring::OpenCases);
    QCOMPARE(page->scene()->legend().title, QStringLiteral("Open cases per grid"));
    QCOMPARE(page->scene()->legend().entries.constFirst().label, QStringLiteral("2"));
}

void MapPageTest::assignBuildingFromGridPage()
{
    GridPage page(m_db->db(), testScope());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.gridView()->selectRow(page.gridModel()->rowOfGrid(m_db->gridB));
    GridAssignPanel *assign = page.assignPanel();
    assign->compoundCombo()->setCurrentIndex(assign->compoundCombo()->findData(m_db->compoundA));
    QListWidget *list = assign->buildingList();
    QCOMPARE(list->count(), 2);
    list->item(0)->setCheckState(Qt::Checked);
    QVERIFY(assign->assignChecked());
    QCOMPARE(GridStore(m_db->db(), testScope()).mapBuildings().constFirst().gridId, m_db->gridB);
    // Grid page figures followed: grid B now has two buildings' worth of nothing, the editor shows grid B.
    QCOMPARE(page.editor()->grid().id, m_db->gridB);
}

void MapPageTest::gridEditsAskBeforeAnotherGridShows()
{
    // Issue 24: what was typed in the grid editor vanished when another grid was chosen.
    GridPage page(m_db->db(), testScope());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTableView *view = page.gridView();
    view->selectRow(0);
    const qint64 first = page.editor()->grid().id;
    QLineEdit *name = page.editor()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Grid one east"));
    const auto downAnswering = [&](const char *answer) {
        QString asked;
        view->setFocus();
        GuiTest::withDialog([&] { QTest::keyClick(view, Qt::Key_Down); },
                            [&](QDialog *d) {
                                asked = static_cast<QMessageBox *>(d)->text();
                                QTest::mouseClick(d->findChild<QPushButton *>(QLatin1String(answer)), Qt::LeftButton);
                            });
        return asked;
    };
    QCOMPARE(downAnswering("keepEditing"), QStringLiteral("Discard changes?"));
    QCOMPARE(page.editor()->grid().id, first);
    QCOMPARE(view->currentIndex().row(), page.gridModel()->rowOfGrid(first));
    QCOMPARE(name->text(), QStringLiteral("Grid one east"));
    QCOMPARE(downAnswering("discard"), QStringLiteral("Discard changes?"));
    QVERIFY(page.editor()->grid().id != first);
    // Nothing typed in the grid shown now: moving on just shows the next one.
    const qint64 second = page.editor()->grid().id;
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(page.editor()->grid().id, first);
    QVERIFY(second != first);
}

// "网格 → 本网格的楼栋" lists that grid's buildings only (from every compound, in order), and the
// compound to add from is found by typing part of its name.
void MapPageTest::gridBuildingsAreOnlyItsOwn()
{
    // QTest::keyClicks() only knows ASCII: Chinese is typed as key events carrying the text.
    const auto typeChinese = [](QWidget *widget, const QString &text) {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    };
    GridPage page(m_db->db(), testScope());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    GridAssignPanel *assign = page.assignPanel();
    const auto own = [assign] {
        QStringList names;
        for (int i = 0; i < assign->gridBuildingList()->count(); ++i)
            names << assign->gridBuildingList()->item(i)->text();
        return names;
    };
    page.gridView()->selectRow(page.gridModel()->rowOfGrid(m_db->gridA));
    QTRY_COMPARE(own(), (QStringList{QStringLiteral("幸福里 1号楼"), QStringLiteral("幸福里 2号楼")}));
    page.gridView()->selectRow(page.gridModel()->rowOfGrid(m_db->gridB));
    QTRY_COMPARE(own(), QStringList{QStringLiteral("翠湖苑 1号楼")});

    // Type-ahead: "福" finds 幸福里; Tab chooses it, the only compound containing it. Its
    // buildings not yet in grid B are offered to add.
    QComboBox *compound = assign->compoundCombo();
    compound->setFocus();
    compound->lineEdit()->selectAll();
    typeChinese(compound->lineEdit(), QStringLiteral("福"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // close the popup, keep the text
    // The offscreen platform does not hand activation back from a closed popup as a desktop does.
    QApplication::setActiveWindow(&page);
    QTest::keyClick(compound->lineEdit(), Qt::Key_Tab);
    QTRY_COMPARE(compound->currentData().toLongLong(), m_db->compoundA);
    QCOMPARE(assign->buildingList()->count(), 2);
    compound->setCurrentIndex(compound->findData(m_db->compoundB));
    QCOMPARE(assign->buildingList()->count(), 0); // 翠湖苑 1号楼 is grid B's already
}

void MapPageTest::mainWindowShowsBuildingInRegister()
{
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1970, 1, 1), true, 1)},
                        {QStringLiteral("李四"), TestDatabase::idFor(QDate(1972, 1, 1), false, 2)}});
    m_db->addHousehold(m_db->buildingB1, QStringLiteral("1"), QStringLiteral("102"),
                       {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1980, 1, 1), true, 3)}});
    MainWindow window(m_db->db(), testScope());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.navigation()->setCurrentRow(1);
    // The grid page is made when first shown, in its place in the page stack.
    QVERIFY(window.findChild<GridPage *>());
    QCOMPARE(window.pages()->currentWidget(), window.gridPage());
    emit window.gridPage()->mapPage()->buildingActivated(m_db->buildingA1);
    QCOMPARE(window.pages()->currentWidget(), window.registerPage());
    QTRY_COMPARE(window.registerPage()->residentModel()->rowCount(), 2);
}

void MapPageTest::coveragePanelListsGaps()
{
    SqlQuery(m_db->db(), QStringLiteral("UPDATE building SET grid_id = NULL WHERE id = ?")).exec(m_db->buildingB1);
    GridPage page(m_db->db(), testScope());
    QSignalSpy show(&page, &GridPage::showBuildingHouseholds);
    page.tabs()->setCurrentWidget(page.coveragePanel());
    QTreeWidget *buildings = page.coveragePanel()->buildings();
    QCOMPARE(buildings->topLevelItemCount(), 1);
    QCOMPARE(buildings->topLevelItem(0)->text(0), QStringLiteral("翠湖苑"));
    emit buildings->itemDoubleClicked(buildings->topLevelItem(0), 0);
    QCOMPARE(show.size(), 1);
    QCOMPARE(show.constFirst().constFirst().toLongLong(), m_db->buildingB1);
    // Assigning it closes the gap.
    QVERIFY(GridStore(m_db->db(), testScope()).assignBuildings({m_db->buildingB1}, m_db->gridB).ok);
    page.coveragePanel()->reload();
    QCOMPARE(buildings->topLevelItemCount(), 0);
}

void MapPageTest::exportPdfAndPng()
{
    const auto page = showMap();
    QVERIFY(page);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    QVERIFY(page->exportTo(pdf, false));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QVERIFY(file.size() > 2000);
    const QString png = dir.filePath(QStringLiteral("map.png"));
    QVERIFY(page->exportTo(png, true));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > image.height()); // landscape A3 at 150 dpi, about 2480 x 1754
    QCOMPARE(image.size(), QPageSize(QPageSize::A3).sizePixels(150).transposed());

    // Printing lays the same page out on the printer, landscape at the chosen paper size.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QVERIFY(MapPrinter(page->scene(), QStringLiteral("map")).print(&printer, QPageSize::A3));
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A3);
    QFile printedFile(printed);
    QVERIFY(printedFile.open(QIODevice::ReadOnly));
    QVERIFY(printedFile.read(4) == "%PDF");
}

// The toolbar's Export…: the file dialog, a progress while the map is drawn, then Open folder /
// Open file; the file is written whole beside no part file (issue 24, long work everywhere).
void MapPageTest::exportFromToolbarIsLongWork()
{
    const auto page = showMap();
    QVERIFY(page);
    QList<QUrl> opened;
    LongWork::setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("grid-map.pdf"));
    QAction *exportAction = nullptr;
    for (QAction *a : page->findChildren<QAction *>())
        if (a->text() == QStringLiteral("E&xport…"))
            exportAction = a;
    QVERIFY(exportAction);
    QToolButton *button = nullptr;
    for (QToolButton *tool : page->findChildren<QToolButton *>())
        if (tool->defaultAction() == exportAction)
            button = tool;
    QVERIFY(button);
    const auto end = GuiTest::saveAs(this, target, QStringLiteral("openFile"));
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(end->answered);
    LongWork::setOpener({});
    QVERIFY(end->typed);
    QVERIFY(end->openFolder);
    QVERIFY2(end->text.contains(QDir::toNativeSeparators(target)), qPrintable(end->text));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("grid-map.pdf")});
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath())});
}

// Issue 24: the grid list fitted its columns to their content on every refresh, so a width the
// clerk dragged (and the layout saved for them) was gone after the next save.
void MapPageTest::gridListKeepsDraggedWidth()
{
    GridPage page(m_db->db(), testScope());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QTableView *view = page.gridView();
    QHeaderView *header = view->horizontalHeader();
    QTRY_VERIFY(view->property("cdColumnsFitted").toBool()); // fitted once, on the first fill
    // The clerk drags the right edge of the first column 60 pixels to the right.
    const int before = header->sectionSize(0);
    const int y = header->height() / 2;
    const QPoint edge(header->sectionViewportPosition(0) + before - 1, y);
    sendMouse(header->viewport(), QEvent::MouseMove, edge, Qt::NoButton);
    sendMouse(header->viewport(), QEvent::MouseButtonPress, edge, Qt::LeftButton);
    for (int dx = 10; dx <= 60; dx += 10)
        sendMouse(header->viewport(), QEvent::MouseMove, edge + QPoint(dx, 0), Qt::LeftButton);
    sendMouse(header->viewport(), QEvent::MouseButtonRelease, edge + QPoint(60, 0), Qt::NoButton);
    const int dragged = header->sectionSize(0);
    QVERIFY2(dragged >= before + 50, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(dragged)));

    // A save in the editor refreshes the list: the width stays as dragged.
    auto *editor = page.findChild<GridEditor *>();
    QVERIFY(editor);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QTRY_COMPARE(editor->grid().id, m_db->gridA);
    editor->nameEdit()->setFocus();
    QTest::keyClick(editor->nameEdit(), Qt::Key_End);
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("X"));
    QSignalSpy saved(editor, &GridEditor::saved);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);
    QTest::qWait(50); // queued refits, if any
    QCOMPARE(header->sectionSize(0), dragged);
}

void MapPageTest::screenshots()
{
    const QString out = qEnvironmentVariable("CD_GRID_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set CD_GRID_SCREENSHOTS=DIR to write screenshots");
    Translations::install(qApp, QStringLiteral("zh_CN"));
    Database database(QStringLiteral("screenshots"));
    const QString file = out + QStringLiteral("/demo.sqlite");
    QFile::remove(file);
    QVERIFY(Workspace::open(database, file));
    DemoGenerator demo(database.connection());
    QVERIFY2(demo.generate(3000), qPrintable(demo.errorText()));
    {
        GridPage page(database.connection(), testScope());
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(out + QStringLiteral("/grid-page.png")));
        page.tabs()->setCurrentWidget(page.mapPage());
        QTest::qWait(50);
        page.mapPage()->view()->fitMap();
        QVERIFY(page.grab().save(out + QStringLiteral("/grid-map.png")));
        page.mapPage()->coloringCombo()->setCurrentIndex(2);
        page.mapPage()->view()->zoomBy(1.8);
        QVERIFY(page.grab().save(out + QStringLiteral("/grid-map-elderly.png")));
        QVERIFY(page.mapPage()->exportTo(out + QStringLiteral("/grid-map.pdf"), false));
        page.mapPage()->view()->fitMap();
        page.mapPage()->byAreaBox()->click();
        QVERIFY(page.grab().save(out + QStringLiteral("/grid-map-areas-elderly.png")));
        page.mapPage()->coloringCombo()->setCurrentIndex(0);
        QVERIFY(page.grab().save(out + QStringLiteral("/grid-map-areas.png")));
        QVERIFY(page.mapPage()->exportTo(out + QStringLiteral("/grid-map-areas.pdf"), false));
        page.tabs()->setCurrentWidget(page.coveragePanel());
        QVERIFY(page.grab().save(out + QStringLiteral("/grid-coverage.png")));
    }
}

QTEST_MAIN(MapPageTest)
#include "mappage_test.moc"
