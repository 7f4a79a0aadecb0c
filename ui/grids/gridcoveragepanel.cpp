#include "gridcoveragepanel.h"

#include "models/grids/gridcoverage.h"
#include "ui/common/formhelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

GridCoveragePanel::GridCoveragePanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Check again"), this);
    m_buildings = new QTreeWidget(this);
    m_buildings->setRootIsDecorated(false);
    m_buildings->setHeaderLabels({tr("Compound"), tr("Building"), tr("Households")});
    m_households = new QTreeWidget(this);
    m_households->setRootIsDecorated(false);
    m_households->setHeaderLabels({tr("Household"), tr("Unit"), tr("Room"), tr("Head"), tr("Members")});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("<b>Buildings in no grid</b> (double-click to see their households)"), this));
    layout->addWidget(m_buildings, 1);
    layout->addWidget(new QLabel(tr("<b>Households with no building</b>"), this));
    layout->addWidget(m_households, 1);
    layout->addWidget(refresh, 0, Qt::AlignRight);

    connect(refresh, &QPushButton::clicked, this, &GridCoveragePanel::reload);
    connect(m_buildings, &QTreeWidget::itemDoubleClicked, this,
            [this](QTreeWidgetItem *item) { emit buildingActivated(item->data(0, Qt::UserRole).toLongLong()); });
    reload();
}

void GridCoveragePanel::reload()
{
    const GridCoverage coverage(m_db, m_scope);
    const QList<GridCoverage::Building> buildings = coverage.buildingsWithoutGrid();
    const QList<GridCoverage::Household> households = coverage.householdsWithoutBuilding();
    m_buildings->clear();
    for (const GridCoverage::Building &b : buildings) {
        auto *item = new QTreeWidgetItem(m_buildings, {b.compoundName, b.name, QString::number(b.households)});
        item->setData(0, Qt::UserRole, b.id);
    }
    m_households->clear();
    for (const GridCoverage::Household &h : households)
        new QTreeWidgetItem(m_households, {QString::number(h.id), h.unit, h.room, h.head, QString::number(h.members)});
    if (buildings.isEmpty() && households.isEmpty())
        m_summary->setText(FormHelpers::colored(tr("Every building is in a grid and every household has a building."),
                                                FormHelpers::okColor()));
    else
        m_summary->setText(FormHelpers::colored(tr("%1 building(s) in no grid, %2 household(s) with no building.")
                                                    .arg(buildings.size())
                                                    .arg(households.size()),
                                                FormHelpers::errorColor()));
}
