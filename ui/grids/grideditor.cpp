#include "grideditor.h"

#include "models/grids/areastore.h"
#include "models/revisions/gridsnapshot.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"
#include "ui/common/revisioncommand.h"

#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

GridEditor::GridEditor(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_guard(FormGuard::watch(this))
{
    m_code = new QLineEdit(this);
    m_code->setMaxLength(20);
    m_name = new QLineEdit(this);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("area"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &kind : AreaStore::kinds())
        m_kind->addItem(AreaStore::kindLabel(kind), kind);
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->setPlaceholderText(tr("School, market or enterprise"));
    m_worker = new QLineEdit(this);
    m_workerPhone = new QLineEdit(this);
    m_leader = new QLineEdit(this);
    m_leaderPhone = new QLineEdit(this);
    m_color = new QPushButton(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setFixedHeight(60);
    m_save = new QPushButton(tr("&Save grid"), this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Area:"), m_area);
    auto *kind = new QHBoxLayout;
    kind->addWidget(m_kind);
    kind->addWidget(new QLabel(tr("Unit:"), this));
    kind->addWidget(m_unit, 1);
    form->addRow(tr("Kind:"), kind);
    auto *worker = new QHBoxLayout;
    worker->addWidget(m_worker, 1);
    worker->addWidget(new QLabel(tr("Phone:"), this));
    worker->addWidget(m_workerPhone, 1);
    form->addRow(tr("Grid worker:"), worker);
    auto *leader = new QHBoxLayout;
    leader->addWidget(m_leader, 1);
    leader->addWidget(new QLabel(tr("Phone:"), this));
    leader->addWidget(m_leaderPhone, 1);
    form->addRow(tr("Grid leader:"), leader);
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Notes:"), m_notes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_save);
    form->addRow(buttons);

    connect(m_color, &QPushButton::clicked, this, &GridEditor::chooseColor);
    connect(m_save, &QPushButton::clicked, this, &GridEditor::save);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GridEditor::syncKind);
    reloadAreas();
    newGrid();
}

void GridEditor::setGrid(const Grid &grid)
{
    m_grid = grid;
    m_code->setText(grid.code);
    m_name->setText(grid.name);
    m_worker->setText(grid.workerName);
    m_workerPhone->setText(grid.workerPhone);
    m_leader->setText(grid.leaderName);
    m_leaderPhone->setText(grid.leaderPhone);
    m_colorName = grid.color;
    m_notes->setPlainText(grid.notes);
    m_placement = grid.id ? AreaStore(m_db, m_scope).placement(grid.id) : GridPlacement();
    if (m_area->findData(m_placement.areaId) < 0)
        reloadAreas(); // an area added since the list was filled
    m_area->setCurrentIndex(qMax(0, m_area->findData(m_placement.areaId)));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(m_placement.kind)));
    m_unit->setText(m_placement.unitName);
    syncKind();
    m_message->clear();
    showColor();
    m_guard->markSaved();
}

bool GridEditor::hasChanges() const
{
    return m_guard->hasChanges();
}

void GridEditor::reloadAreas()
{
    const qint64 current = m_area->currentData().toLongLong();
    m_area->clear();
    m_area->addItem(tr("(no area)"), qint64(0));
    for (const Area &a : AreaStore(m_db, m_scope).areas())
        m_area->addItem(QStringLiteral("%1 %2").arg(a.code, a.name), a.id);
    m_area->setCurrentIndex(qMax(0, m_area->findData(current)));
}

void GridEditor::syncKind()
{
    // Only an exclusive grid belongs to a unit.
    m_unit->setEnabled(m_kind->currentData().toString() == QLatin1String("exclusive"));
}

void GridEditor::newGrid()
{
    Grid g;
    g.color = QStringLiteral("#56B4E9");
    setGrid(g);
    m_code->setFocus();
}

void GridEditor::showColor()
{
    m_color->setText(m_colorName.isEmpty() ? tr("Choose…") : m_colorName);
    m_color->setStyleSheet(
        m_colorName.isEmpty()
            ? QString()
            : QStringLiteral("QPushButton { border-left: 18px solid %1; padding: 3px 8px; }").arg(m_colorName));
}

void GridEditor::chooseColor()
{
    const QColor color = QColorDialog::getColor(QColor::fromString(m_colorName), this, tr("Grid colour"));
    if (!color.isValid())
        return;
    m_colorName = color.name();
    showColor();
}

bool GridEditor::save()
{
    Grid g = m_grid;
    g.code = m_code->text();
    g.name = m_name->text();
    g.workerName = m_worker->text();
    g.workerPhone = m_workerPhone->text();
    g.leaderName = m_leader->text();
    g.leaderPhone = m_leaderPhone->text();
    g.color = m_colorName;
    g.notes = m_notes->toPlainText();
    GridPlacement p;
    p.areaId = m_area->currentData().toLongLong();
    p.kind = m_kind->currentData().toString();
    p.unitName = p.isExclusive() ? m_unit->text().trimmed() : QString();
    // As stored, not as the list had it: the undo writes these values back.
    std::optional<GridSnapshot::Record> before =
        m_grid.id ? GridSnapshot::load(m_db, m_scope, m_grid.id) : std::nullopt;
    const SaveResult r = AreaStore(m_db, m_scope).saveGrid(g, p);
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return false;
    }
    RevisionCommand::pushSaved<GridSnapshot>(this, m_db, m_scope, std::move(before), g.id,
                                             [this, id = g.id] { emit saved(id); }); // the page lists it afresh
    m_grid = g;
    m_placement = p;
    m_message->setText(FormHelpers::colored(tr("Saved."), FormHelpers::okColor()));
    m_guard->markSaved();
    emit saved(g.id);
    return true;
}
