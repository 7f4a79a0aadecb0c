#include "gridassignpanel.h"

#include "models/grids/gridstore.h"
#include "models/register/registerlookups.h"
#include "ui/common/formhelpers.h"
#include "ui/common/typeahead.h"

#include <algorithm>
#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

GridAssignPanel::GridAssignPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_own = new QListWidget(this);
    m_own->setObjectName(QStringLiteral("gridBuildings"));
    m_ownCount = new QLabel(this);
    m_compound = new QComboBox(this);
    m_compound->setObjectName(QStringLiteral("assignCompound"));
    TypeAhead::attach(m_compound);
    m_buildings = new QListWidget(this);
    m_buildings->setObjectName(QStringLiteral("compoundBuildings"));
    m_assignChecked = new QPushButton(tr("Assign ticked buildings"), this);
    m_assignCompound = new QPushButton(tr("Assign whole compound"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_ownCount);
    layout->addWidget(m_own, 1);
    auto *top = new QHBoxLayout;
    auto *compoundLabel = new QLabel(tr("Add from compound:"), this);
    compoundLabel->setBuddy(m_compound);
    top->addWidget(compoundLabel);
    top->addWidget(m_compound, 1);
    layout->addLayout(top);
    layout->addWidget(m_buildings, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_assignChecked);
    buttons->addWidget(m_assignCompound);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_compound, &QComboBox::currentIndexChanged, this, &GridAssignPanel::fillBuildings);
    connect(m_assignChecked, &QPushButton::clicked, this, &GridAssignPanel::assignChecked);
    connect(m_assignCompound, &QPushButton::clicked, this, &GridAssignPanel::assignCompound);
    reload();
}

void GridAssignPanel::setGrid(qint64 gridId, const QString &name)
{
    m_gridId = gridId;
    m_gridName = name;
    m_assignChecked->setEnabled(gridId != 0);
    m_assignCompound->setEnabled(gridId != 0);
    m_message->clear();
    fillBuildings();
}

void GridAssignPanel::reload()
{
    const qint64 keep = m_compound->currentData().toLongLong();
    const QSignalBlocker blocker(m_compound);
    m_compound->clear();
    for (const RegisterLookups::Item &c : RegisterLookups(m_db, m_scope).compounds())
        m_compound->addItem(c.name, c.id);
    const int index = m_compound->findData(keep);
    m_compound->setCurrentIndex(qMax(0, index));
    fillBuildings();
}

void GridAssignPanel::fillBuildings()
{
    m_own->clear();
    m_buildings->clear();
    const qint64 compoundId = m_compound->currentData().toLongLong();
    QHash<qint64, QString> gridNames;
    for (const Grid &g : GridStore(m_db, m_scope).grids())
        gridNames.insert(g.id, g.name);
    QList<MapBuilding> buildings = GridStore(m_db, m_scope).mapBuildings();
    // 2号楼 before 10号楼: compound, then building, each in the reader's order with numbers as numbers.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::stable_sort(buildings.begin(), buildings.end(), [&collator](const MapBuilding &a, const MapBuilding &b) {
        const int byCompound = collator.compare(a.compoundName, b.compoundName);
        return byCompound != 0 ? byCompound < 0 : collator.compare(a.name, b.name) < 0;
    });
    int own = 0;
    for (const MapBuilding &b : buildings) {
        // The grid's own buildings, from every compound; only they are listed as "of this grid".
        if (m_gridId != 0 && b.gridId == m_gridId) {
            auto *item = new QListWidgetItem(tr("%1 %2").arg(b.compoundName, b.name), m_own);
            item->setData(Qt::UserRole, b.id);
            ++own;
        }
        // The chosen compound's other buildings, to be moved into this grid.
        if (b.compoundId != compoundId || (m_gridId != 0 && b.gridId == m_gridId))
            continue;
        const QString where = b.gridId && gridNames.contains(b.gridId) ? gridNames.value(b.gridId) : tr("no grid");
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(b.name, where), m_buildings);
        item->setData(Qt::UserRole, b.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!gridNames.contains(b.gridId))
            item->setForeground(FormHelpers::errorColor());
    }
    m_ownCount->setText(m_gridId == 0 ? tr("Choose a grid to see its buildings.")
                                      : tr("%n building(s) in this grid:", nullptr, own));
}

void GridAssignPanel::report(bool ok, const QString &message)
{
    m_message->setText(
        FormHelpers::colored(message.toHtmlEscaped(), ok ? FormHelpers::okColor() : FormHelpers::errorColor()));
    if (ok) {
        fillBuildings();
        emit assigned();
    }
}

bool GridAssignPanel::assignChecked()
{
    QList<qint64> ids;
    for (int i = 0; i < m_buildings->count(); ++i)
        if (m_buildings->item(i)->checkState() == Qt::Checked)
            ids << m_buildings->item(i)->data(Qt::UserRole).toLongLong();
    const SaveResult r = GridStore(m_db, m_scope).assignBuildings(ids, m_gridId);
    report(r.ok, r.ok ? tr("%n building(s) now in %1.", nullptr, int(ids.size())).arg(m_gridName) : r.firstMessage());
    return r.ok;
}

bool GridAssignPanel::assignCompound()
{
    const SaveResult r = GridStore(m_db, m_scope).assignCompound(m_compound->currentData().toLongLong(), m_gridId);
    report(r.ok, r.ok ? tr("%1 is now in %2.").arg(m_compound->currentText(), m_gridName) : r.firstMessage());
    return r.ok;
}
