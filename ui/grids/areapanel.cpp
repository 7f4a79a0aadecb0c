#include "areapanel.h"
#include "ui/common/columnfit.h"

#include "models/core/itemroles.h"
#include "models/grids/areastore.h"
#include "models/grids/gridfigures.h"
#include "models/grids/gridrollup.h"
#include "models/grids/gridstore.h"
#include "ui/common/formhelpers.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Code, Name, Leader, Grids, Households, Residents, Elderly, ColumnCount };

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QString::number(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

AreaPanel::AreaPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("areas"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Area"), tr("Leader"), tr("Grids"), tr("Households"), tr("Residents"), tr("Aged 60+")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    ColumnFit::fitWhenFilled(m_table); // once: the clerk's widths stay after a refresh
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    left->addWidget(m_table, 1);
    auto *note = new QLabel(tr("Figures are the sums of the area's grids."), this);
    note->setWordWrap(true);
    left->addWidget(note);

    auto *editBox = new QGroupBox(tr("Area"), this);
    auto *form = new QFormLayout(editBox);
    m_code = new QLineEdit(editBox);
    m_code->setObjectName(QStringLiteral("areaCode"));
    m_code->setMaxLength(20);
    m_name = new QLineEdit(editBox);
    m_name->setObjectName(QStringLiteral("areaName"));
    m_leader = new QLineEdit(editBox);
    m_leader->setObjectName(QStringLiteral("areaLeader"));
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Leader:"), m_leader);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&New area"), editBox);
    m_save = new QPushButton(tr("Save &area"), editBox);
    m_archive = new QPushButton(tr("Archive area…"), editBox);
    buttons->addWidget(add);
    buttons->addWidget(m_save);
    buttons->addWidget(m_archive);
    buttons->addStretch();
    form->addRow(buttons);
    m_message = new QLabel(editBox);
    m_message->setWordWrap(true);
    form->addRow(m_message);
    left->addWidget(editBox);
    layout->addLayout(left, 3);

    auto *gridBox = new QGroupBox(tr("Grids of this area"), this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    m_grids = new QListWidget(gridBox);
    m_grids->setObjectName(QStringLiteral("areaGrids"));
    gridLayout->addWidget(m_grids, 1);
    m_assign = new QPushButton(tr("Apply grid &choice"), gridBox);
    gridLayout->addWidget(m_assign, 0, Qt::AlignRight);
    layout->addWidget(gridBox, 2);

    connect(add, &QPushButton::clicked, this, &AreaPanel::newArea);
    connect(m_save, &QPushButton::clicked, this, &AreaPanel::saveArea);
    connect(m_archive, &QPushButton::clicked, this, &AreaPanel::archiveArea);
    connect(m_assign, &QPushButton::clicked, this, &AreaPanel::assignGrids);
    connect(m_table, &QTableWidget::currentCellChanged, this, &AreaPanel::currentAreaChanged);
    reload();
}

qint64 AreaPanel::currentAreaId() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), Code);
    return item ? item->data(ItemRole::Id).toLongLong() : 0;
}

void AreaPanel::selectArea(qint64 areaId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Code)->data(ItemRole::Id).toLongLong() == areaId) {
            m_table->selectRow(row);
            return;
        }
}

void AreaPanel::reload()
{
    const qint64 keep = currentAreaId();
    const GridRollup rollup(m_db, m_scope, GridRollup::Rows::AreasOnly);
    const QHash<qint64, GridFigure> perGrid = GridFigures::compute(m_db, m_scope);
    QList<std::pair<qint64, GridFigure>> rows;
    for (auto it = perGrid.cbegin(); it != perGrid.cend(); ++it)
        if (it.key() > 0) // buildings in no grid belong to no area either
            rows.append({it.key(), it.value()});
    const auto perArea = rollup.sumRows(
        rows, [](const std::pair<qint64, GridFigure> &r) { return r.first; },
        [](std::pair<qint64, GridFigure> &total, const std::pair<qint64, GridFigure> &r) {
            total.second.households += r.second.households;
            total.second.residents += r.second.residents;
            total.second.elderly += r.second.elderly;
        });

    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    QList<Area> areas = AreaStore(m_db, m_scope).areas();
    Area none;
    none.id = GridRollup::kNoArea;
    none.name = rollup.areaName(GridRollup::kNoArea);
    none.gridCount = int(rollup.gridsOf(GridRollup::kNoArea).size());
    if (rollup.areaIds().contains(GridRollup::kNoArea))
        areas.append(none);
    for (const Area &a : std::as_const(areas)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *code = new QTableWidgetItem(a.code);
        code->setData(ItemRole::Id, a.id);
        m_table->setItem(row, Code, code);
        m_table->setItem(row, Name, new QTableWidgetItem(a.name));
        m_table->setItem(row, Leader, new QTableWidgetItem(a.leaderName));
        m_table->setItem(row, Grids, numberItem(a.gridCount));
        const GridFigure f = perArea.value(a.id).second;
        m_table->setItem(row, Households, numberItem(f.households));
        m_table->setItem(row, Residents, numberItem(f.residents));
        m_table->setItem(row, Elderly, numberItem(f.elderly));
        if (a.id == GridRollup::kNoArea)
            for (int c = 0; c < ColumnCount; ++c)
                m_table->item(row, c)->setForeground(QColor(0x80, 0x80, 0x80));
    }
    selectArea(keep);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    currentAreaChanged();
}

void AreaPanel::currentAreaChanged()
{
    const qint64 areaId = currentAreaId();
    const bool realArea = areaId > 0;
    const std::optional<Area> a = realArea ? AreaStore(m_db, m_scope).area(areaId) : std::nullopt;
    m_code->setText(a ? a->code : QString());
    m_name->setText(a ? a->name : QString());
    m_leader->setText(a ? a->leaderName : QString());
    m_archive->setEnabled(realArea);
    m_assign->setEnabled(realArea);
    m_message->clear();

    m_grids->clear();
    const AreaStore store(m_db, m_scope);
    const GridRollup rollup(m_db, m_scope, GridRollup::Rows::AreasOnly);
    for (const Grid &g : GridStore(m_db, m_scope).grids()) {
        const GridPlacement p = store.placement(g.id);
        QString text = QStringLiteral("%1 %2").arg(g.code, g.name);
        if (p.isExclusive())
            text += QStringLiteral("  [%1: %2]").arg(AreaStore::kindLabel(p.kind), p.unitName);
        if (p.areaId > 0 && p.areaId != areaId)
            text += QStringLiteral("  (%1)").arg(rollup.areaName(p.areaId));
        auto *item = new QListWidgetItem(text, m_grids);
        item->setData(ItemRole::Id, g.id);
        if (realArea) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(p.areaId == areaId ? Qt::Checked : Qt::Unchecked);
        } else if (p.areaId > 0) {
            item->setHidden(true); // "No area": only the grids in none
        }
    }
}

void AreaPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(
        FormHelpers::colored(text.toHtmlEscaped(), error ? FormHelpers::errorColor() : FormHelpers::okColor()));
}

void AreaPanel::newArea()
{
    m_table->clearSelection();
    m_table->setCurrentCell(-1, -1);
    m_code->clear();
    m_name->clear();
    m_leader->clear();
    m_archive->setEnabled(false);
    m_assign->setEnabled(false);
    m_code->setFocus();
}

bool AreaPanel::saveArea()
{
    Area a;
    a.id = qMax<qint64>(0, currentAreaId());
    a.code = m_code->text();
    a.name = m_name->text();
    a.leaderName = m_leader->text();
    const SaveResult r = AreaStore(m_db, m_scope).saveArea(a);
    if (!r.ok) {
        showMessage(r.firstMessage(), true);
        return false;
    }
    reload();
    selectArea(a.id);
    showMessage(tr("Saved."), false);
    emit areasChanged();
    emit statusMessage(tr("Area saved."));
    return true;
}

void AreaPanel::archiveArea()
{
    const qint64 id = currentAreaId();
    if (id <= 0)
        return;
    if (QMessageBox::question(this, tr("Archive area"),
                              tr("Archive the area %1? Its grids are left in no area.").arg(m_name->text())) !=
        QMessageBox::Yes)
        return;
    const SaveResult r = AreaStore(m_db, m_scope).archiveArea(id);
    if (!r.ok) {
        showMessage(r.firstMessage(), true);
        return;
    }
    reload();
    emit areasChanged();
    emit statusMessage(tr("Area archived."));
}

bool AreaPanel::assignGrids()
{
    const qint64 areaId = currentAreaId();
    if (areaId <= 0)
        return false;
    QList<qint64> checked;
    for (int i = 0; i < m_grids->count(); ++i)
        if (m_grids->item(i)->checkState() == Qt::Checked)
            checked.append(m_grids->item(i)->data(ItemRole::Id).toLongLong());
    const SaveResult r = AreaStore(m_db, m_scope).setGridsOfArea(areaId, checked);
    if (!r.ok) {
        showMessage(r.firstMessage(), true);
        return false;
    }
    reload();
    showMessage(tr("Grids assigned."), false);
    emit areasChanged();
    return true;
}
