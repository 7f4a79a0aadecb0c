#include "mappage.h"
#include "ui/common/longwork.h"

#include "mapprinter.h"
#include "mapscene.h"
#include "mapview.h"
#include "models/grids/gridgeojson.h"
#include "models/grids/gridmapimage.h"
#include "models/grids/gridstore.h"
#include "models/register/communitystore.h"
#include "models/register/registerlookups.h"
#include "ui/common/formhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QToolBar>
#include <QVBoxLayout>

MapPage::MapPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_scene = new MapScene(m_db, m_scope, this);
    m_view = new MapView(m_scene, this);
    m_view->setObjectName(QStringLiteral("gridMap"));

    auto *bar = new QToolBar(this);
    bar->addWidget(new QLabel(tr("Colour by:"), bar));
    m_coloring = new QComboBox(bar);
    m_coloring->addItem(tr("Grid colours"), int(MapScene::Coloring::GridColors));
    m_coloring->addItem(tr("Residents"), int(MapScene::Coloring::Residents));
    m_coloring->addItem(tr("Residents aged 60+"), int(MapScene::Coloring::Elderly));
    m_coloring->addItem(tr("Households"), int(MapScene::Coloring::Households));
    m_coloring->addItem(tr("Open cases"), int(MapScene::Coloring::OpenCases));
    bar->addWidget(m_coloring);
    m_byArea = new QCheckBox(tr("By &area"), bar);
    m_byArea->setObjectName(QStringLiteral("byArea"));
    m_byArea->setToolTip(tr("Colour each grid by its area: the area's colour, or the figure summed over the area's "
                            "grids."));
    bar->addWidget(m_byArea);
    bar->addSeparator();
    m_grid = new QComboBox(bar);
    m_grid->setMinimumContentsLength(10);
    bar->addWidget(m_grid);
    m_draw =
        bar->addAction(tr("&Draw boundary"), this, [this] { drawBoundaryFor(m_grid->currentData().toLongLong()); });
    m_draw->setToolTip(tr("Click the corners of the grid on the map; double-click or press Enter to finish, Esc to "
                          "cancel. The old boundary is replaced."));
    m_edit = bar->addAction(tr("&Edit shapes"));
    m_edit->setCheckable(true);
    m_edit->setToolTip(tr("Drag boundary corners and building markers; each drag is saved at once."));
    bar->addSeparator();
    bar->addAction(tr("Fit"), m_view, &MapView::fitMap)->setToolTip(tr("Show the whole map (key 0); + and - zoom."));
    bar->addSeparator();
    bar->addAction(tr("Import image…"), this, &MapPage::importImage);
    bar->addAction(tr("Import GeoJSON…"), this, &MapPage::importGeoJson);
    bar->addSeparator();
    m_pageSize = new QComboBox(bar);
    m_pageSize->addItem(tr("A4"), false);
    m_pageSize->addItem(tr("A3"), true);
    bar->addWidget(m_pageSize);
    bar->addAction(tr("&Print…"), this, &MapPage::printMap);
    bar->addAction(tr("E&xport…"), this, &MapPage::exportMap);
    FormHelpers::plainTexts(bar);

    m_hint = new QLabel(this);
    m_hint->setStyleSheet(QStringLiteral("color: #5a6472; padding: 2px 6px;"));
    m_hint->setText(tr("Wheel or +/- to zoom, 0 to fit, drag to pan. Click a building to see its households, a grid "
                       "to open its page."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_hint);

    connect(m_coloring, &QComboBox::currentIndexChanged, this, [this] {
        m_scene->setColoring(MapScene::Coloring(m_coloring->currentData().toInt()));
        m_view->viewport()->update();
    });
    connect(m_byArea, &QCheckBox::toggled, this, [this](bool on) {
        m_scene->setByArea(on);
        m_view->viewport()->update();
    });
    connect(m_edit, &QAction::toggled, m_scene, &MapScene::setEditable);
    connect(m_view, &MapView::polygonDrawn, this, &MapPage::polygonDrawn);
    connect(m_view, &MapView::drawingCancelled, this, [this] { emit statusMessage(tr("Drawing cancelled.")); });
    connect(m_scene, &MapScene::buildingClicked, this, &MapPage::buildingActivated);
    connect(m_scene, &MapScene::gridClicked, this, &MapPage::gridActivated);
    connect(m_scene, &MapScene::changed, this, [this](const QString &message) {
        emit statusMessage(message);
        emit dataChanged();
    });
    // Queued: the failure is reported from inside an item's mouse handler, and reload() deletes items.
    connect(
        m_scene, &MapScene::failed, this,
        [this](const QString &message) {
            QMessageBox::warning(this, tr("Grid map"), message);
            reload();
        },
        Qt::QueuedConnection);
    m_byArea->setEnabled(m_scene->hasAreas());
    fillGrids();
}

void MapPage::fillGrids()
{
    const qint64 keep = m_grid->currentData().toLongLong();
    m_grid->clear();
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    const int index = m_grid->findData(keep);
    if (index >= 0)
        m_grid->setCurrentIndex(index);
}

void MapPage::reload()
{
    m_scene->reload();
    m_byArea->setEnabled(m_scene->hasAreas());
    fillGrids();
    m_view->viewport()->update();
}

void MapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        m_view->fitMap();
    }
}

void MapPage::drawBoundaryFor(qint64 gridId)
{
    if (!gridId)
        return;
    m_drawingFor = gridId;
    const int index = m_grid->findData(gridId);
    if (index >= 0)
        m_grid->setCurrentIndex(index);
    m_view->startDrawing();
    emit statusMessage(tr("Click the corners of %1; double-click or Enter to finish.").arg(m_grid->currentText()));
}

void MapPage::polygonDrawn(const QPolygonF &polygon)
{
    QString error;
    if (!m_scene->saveBoundary(m_drawingFor, polygon, &error)) {
        QMessageBox::warning(this, tr("Grid map"), error);
        return;
    }
    reload();
    emit statusMessage(tr("Boundary saved."));
    emit dataChanged();
}

void MapPage::importImage()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import base image"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty())
        return;
    // Each community has its own base image: the street's view has none to replace.
    const qint64 community = CommunityStore(m_db, m_scope).homeCommunityId();
    if (community == 0 && CommunityStore(m_db, m_scope).allCommunities().size() > 1) {
        QMessageBox::warning(this, tr("Import base image"),
                             tr("Community: choose one community in view first; each has its own base image."));
        return;
    }
    const QString error = GridMapImage(m_db, community).importFile(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Import base image"), error);
        return;
    }
    reload();
    m_view->fitMap();
    emit statusMessage(tr("Base image imported; boundaries and markers keep their pixel positions."));
}

void MapPage::importGeoJson()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import boundaries"), QString(), tr("GeoJSON (*.geojson *.json)"));
    if (path.isEmpty())
        return;
    const GridGeoJson::Result r = GridGeoJson(m_db, m_scope).importFile(path);
    if (!r.ok) {
        QMessageBox::warning(this, tr("Import boundaries"), tr("Nothing was imported.\n\n%1").arg(r.error));
        return;
    }
    reload();
    emit statusMessage(tr("%n boundary(ies) imported.", nullptr, r.imported));
    emit dataChanged();
}

QString MapPage::mapTitle() const
{
    const QString community = RegisterLookups(m_db, m_scope).communityName();
    QString what = m_coloring->currentIndex() > 0 ? tr(" — %1").arg(m_coloring->currentText()) : QString();
    if (m_scene->byArea() && m_scene->hasAreas())
        what += tr(" (by area)");
    return tr("%1 grid map%2").arg(community, what);
}

bool MapPage::exportTo(const QString &path, bool a3)
{
    const MapPrinter printer(m_scene, mapTitle());
    const QPageSize::PageSizeId size = a3 ? QPageSize::A3 : QPageSize::A4;
    return path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? printer.exportPng(path, size)
                                                                     : printer.exportPdf(path, size);
}

void MapPage::printMap()
{
    const QPageSize::PageSizeId size = m_pageSize->currentData().toBool() ? QPageSize::A3 : QPageSize::A4;
    const MapPrinter printer(m_scene, mapTitle());
    QPrinter device(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&device, this);
    dialog.setWindowTitle(tr("Print preview — %1").arg(mapTitle()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&printer, size](QPrinter *target) { printer.print(target, size); });
    dialog.exec();
}

void MapPage::exportMap()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export map"), tr("grid-map.pdf"), tr("PDF (*.pdf);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
    LongWork work(tr("Export map"), tr("Drawing the map…"), window());
    work.step(-1.0);
    const bool a3 = m_pageSize->currentData().toBool();
    QString error;
    if (!work.writeFile(
            path,
            [&](const QString &part, QString *e) {
                if (exportTo(part, a3))
                    return true;
                *e = tr("%1 could not be written.").arg(QDir::toNativeSeparators(path));
                return false;
            },
            &error)) {
        work.fail(error);
        return;
    }
    const QString done = tr("Map exported to %1.").arg(QDir::toNativeSeparators(path));
    emit statusMessage(done);
    work.finish(done, path);
}
