#include "gridpage.h"
#include "ui/common/columnfit.h"
#include "ui/common/longwork.h"

#include "areapanel.h"
#include "gridassignpanel.h"
#include "gridcoveragepanel.h"
#include "grideditor.h"
#include "mappage.h"
#include "models/core/itemroles.h"
#include "models/grids/gridstore.h"
#include "models/grids/gridtablemodel.h"
#include "models/paper/handoverpack.h"
#include "models/register/registerlookups.h"
#include "partycontactpanel.h"
#include "ui/common/formguard.h"
#include "ui/common/listexportbutton.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

GridPage::GridPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_tabs = new QTabWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);

    // Grids tab: list on the left, the selected grid on the right.
    auto *split = new QSplitter(m_tabs);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new GridTableModel(m_db, m_scope, this);
    m_view = new QTableView(left);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    ColumnFit::fitWhenFilled(m_view); // once: the clerk's widths stay after a refresh
    m_view->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_view, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New grid"), left);
    auto *archive = new QPushButton(tr("&Archive grid…"), left);
    listButtons->addWidget(add);
    listButtons->addWidget(archive);
    listButtons->addWidget(new ListExportButton(m_view, tr("grids.xlsx"), left));
    // The pack for a new grid worker taking the selected grid over (HandoverPack).
    m_handover = new QPushButton(tr("Han&dover pack…"), left);
    m_handover->setObjectName(QStringLiteral("handoverPack"));
    listButtons->addWidget(m_handover);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);

    // The grid's form, figures and buildings scroll rather than push the window past a
    // 1366×768 screen's bottom edge.
    auto *rightScroll = new QScrollArea(split);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget;
    rightScroll->setWidget(right);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    auto *details = new QGroupBox(tr("Grid"), right);
    m_editor = new GridEditor(m_db, m_scope, details);
    (new QVBoxLayout(details))->addWidget(m_editor);
    auto *figures = new QGroupBox(tr("Figures"), right);
    m_figures = new QLabel(figures);
    m_figures->setTextFormat(Qt::RichText);
    (new QVBoxLayout(figures))->addWidget(m_figures);
    auto *assign = new QGroupBox(tr("Buildings of this grid"), right);
    m_assign = new GridAssignPanel(m_db, m_scope, assign);
    (new QVBoxLayout(assign))->addWidget(m_assign);
    rightLayout->addWidget(details);
    rightLayout->addWidget(figures);
    rightLayout->addWidget(assign, 1);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, tr("Grids"));

    m_map = new MapPage(m_db, m_scope, m_tabs);
    m_tabs->addTab(m_map, tr("Map"));
    m_coverage = new GridCoveragePanel(m_db, m_scope, m_tabs);
    m_tabs->addTab(m_coverage, tr("Coverage check"));
    // The hierarchy: areas above the grids, party-member households of each grid.
    auto *areas = new AreaPanel(m_db, m_scope, m_tabs);
    m_tabs->addTab(areas, tr("Areas"));
    auto *contacts = new PartyContactPanel(m_db, m_scope, m_tabs);
    m_tabs->addTab(contacts, tr("Party-member households"));
    connect(areas, &AreaPanel::areasChanged, m_editor, &GridEditor::reloadAreas);
    connect(areas, &AreaPanel::statusMessage, this, &GridPage::statusMessage);
    connect(contacts, &PartyContactPanel::statusMessage, this, &GridPage::statusMessage);
    connect(m_editor, &GridEditor::saved, areas, &AreaPanel::reload);
    connect(m_editor, &GridEditor::saved, contacts, &PartyContactPanel::reloadGrids);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &GridPage::currentGridChanged);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_editor->hasChanges() && !FormGuard::confirmDiscard(this))
            return;
        m_reverting = true; // the new grid is no row of the list
        m_view->clearSelection();
        m_reverting = false;
        m_editor->newGrid();
        m_assign->setGrid(0, QString());
        showFigures(0);
    });
    connect(archive, &QPushButton::clicked, this, &GridPage::archiveCurrent);
    connect(m_handover, &QPushButton::clicked, this, [this] {
        const qint64 id = m_editor->grid().id;
        if (!id)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Handover pack"), tr("handover-%1.pdf").arg(m_editor->grid().code), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
        const HandoverPack pack(m_db, m_scope, id);
        LongWork work(tr("Handover pack"), tr("Writing the handover pack…"), window());
        work.step(-1.0);
        QString error;
        if (!work.writeFile(
                path, [&](const QString &part, QString *e) { return pack.writePdf(part, e); }, &error)) {
            work.fail(error);
            return;
        }
        const QString done =
            tr("Handover pack of %1 written to %2.").arg(pack.gridName(), QDir::toNativeSeparators(path));
        emit statusMessage(done);
        work.finish(done, path);
    });
    connect(m_editor, &GridEditor::saved, this, [this](qint64 id) {
        refresh(id);
        emit statusMessage(tr("Grid saved."));
    });
    connect(m_assign, &GridAssignPanel::assigned, this, [this] { refresh(m_editor->grid().id); });
    connect(m_map, &MapPage::dataChanged, this, [this] { m_model->reload(); });
    connect(m_map, &MapPage::statusMessage, this, &GridPage::statusMessage);
    connect(m_map, &MapPage::buildingActivated, this, &GridPage::showBuildingHouseholds);
    connect(m_map, &MapPage::gridActivated, this, &GridPage::showGrid);
    connect(m_coverage, &GridCoveragePanel::buildingActivated, this, &GridPage::showBuildingHouseholds);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_coverage)
            m_coverage->reload();
    });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        showFigures(0);
}

void GridPage::showGrid(qint64 gridId)
{
    const int row = m_model->rowOfGrid(gridId);
    if (row < 0)
        return;
    m_tabs->setCurrentIndex(0);
    m_view->selectRow(row);
}

void GridPage::currentGridChanged()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_reverting)
        return;
    const Grid g = m_model->grid(current.row());
    if (g.id != m_editor->grid().id && m_editor->hasChanges() && !FormGuard::confirmDiscard(this)) {
        // Keep editing: back to the grid being edited.
        m_reverting = true;
        const int row = m_model->rowOfGrid(m_editor->grid().id);
        if (row >= 0)
            m_view->selectRow(row);
        else
            m_view->clearSelection();
        m_reverting = false;
        return;
    }
    m_editor->setGrid(g);
    m_assign->setGrid(g.id, g.name);
    showFigures(g.id);
}

void GridPage::showFigures(qint64 gridId)
{
    if (!gridId) {
        m_figures->setText(tr("Save the grid first, then assign its buildings."));
        return;
    }
    const GridFigure f = m_model->figure(gridId);
    QString tags;
    int column = 0;
    for (const RegisterLookups::Item &t : RegisterLookups(m_db, m_scope).tags()) {
        if (column++ % 3 == 0)
            tags += QStringLiteral("</tr><tr>");
        tags += QStringLiteral("<td>%1</td><td align=right><b>%2</b></td>")
                    .arg(t.name.toHtmlEscaped())
                    .arg(f.tagCounts.value(t.id));
    }
    m_figures->setText(tr("<table cellspacing=4><tr><td>Households</td><td align=right><b>%1</b></td>"
                          "<td>Residents</td><td align=right><b>%2</b></td><td>Aged 60+</td><td "
                          "align=right><b>%3</b></td>%4</tr></table>")
                           .arg(f.households)
                           .arg(f.residents)
                           .arg(f.elderly)
                           .arg(tags) +
                       tr("<p>Open cases: %1</p>").arg(f.openCases));
}

void GridPage::refresh(qint64 selectGridId)
{
    m_model->reload();
    m_map->reload();
    m_assign->reload();
    const int row = m_model->rowOfGrid(selectGridId);
    if (row >= 0)
        m_view->selectRow(row);
    currentGridChanged();
}

void GridPage::archiveCurrent()
{
    const Grid g = m_editor->grid();
    if (!g.id)
        return;
    if (QMessageBox::question(
            this, tr("Archive grid"),
            tr("Archive %1 %2 as of today? It stays in the records but is no longer offered.").arg(g.code, g.name)) !=
        QMessageBox::Yes)
        return;
    const SaveResult r = GridStore(m_db, m_scope).archiveGrid(g.id, QDate::currentDate());
    if (!r.ok) {
        QMessageBox::warning(this, tr("Archive grid"), r.firstMessage());
        return;
    }
    refresh(0);
    emit statusMessage(tr("Grid archived."));
}

bool GridPage::writeHandoverPack(qint64 gridId, const QString &path)
{
    const HandoverPack pack(m_db, m_scope, gridId);
    QString error;
    if (!pack.writePdf(path, &error)) {
        QMessageBox::warning(this, tr("Handover pack"), error);
        return false;
    }
    emit statusMessage(tr("Handover pack of %1 written to %2.").arg(pack.gridName(), path));
    return true;
}
