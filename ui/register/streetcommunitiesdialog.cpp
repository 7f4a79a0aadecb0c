#include "streetcommunitiesdialog.h"

#include "models/register/communityeditor.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false); // Enter in a field saves that field's step, never closes the dialog
    return b;
}

} // namespace

StreetCommunitiesDialog::StreetCommunitiesDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Communities of the street"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("communities"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Area (km²)"), tr("Grids"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *addBox = new QGroupBox(tr("Add a community"), this);
    auto *addForm = new QFormLayout(addBox);
    m_code = new QLineEdit(addBox);
    m_code->setObjectName(QStringLiteral("communityCode"));
    m_code->setPlaceholderText(tr("e.g. C03"));
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(QStringLiteral("communityName"));
    m_name->setPlaceholderText(tr("e.g. 幸福社区"));
    m_area = new QDoubleSpinBox(addBox);
    m_area->setObjectName(QStringLiteral("communityArea"));
    m_area->setRange(0, 10000);
    m_area->setDecimals(2);
    m_area->setSuffix(tr(" km²"));
    m_area->setSpecialValueText(tr("not known"));
    m_add = button(tr("&Add"), QStringLiteral("addCommunity"), addBox);
    addForm->addRow(tr("&Code:"), m_code);
    addForm->addRow(tr("&Name:"), m_name);
    addForm->addRow(tr("A&rea:"), m_area);
    addForm->addRow(QString(), m_add);
    layout->addWidget(addBox);

    auto *changeBox = new QGroupBox(tr("The selected community"), this);
    auto *changeRow = new QHBoxLayout(changeBox);
    m_newName = new QLineEdit(changeBox);
    m_newName->setObjectName(QStringLiteral("communityNewName"));
    m_newName->setPlaceholderText(tr("New name"));
    m_rename = button(tr("Re&name"), QStringLiteral("renameCommunity"), changeBox);
    m_archive = button(tr("Arc&hive"), QStringLiteral("archiveCommunity"), changeBox);
    changeRow->addWidget(m_newName, 1);
    changeRow->addWidget(m_rename);
    changeRow->addWidget(m_archive);
    layout->addWidget(changeBox);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("communitiesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &StreetCommunitiesDialog::add);
    connect(m_name, &QLineEdit::returnPressed, this, &StreetCommunitiesDialog::add);
    connect(m_rename, &QPushButton::clicked, this, &StreetCommunitiesDialog::rename);
    connect(m_newName, &QLineEdit::returnPressed, this, &StreetCommunitiesDialog::rename);
    connect(m_archive, &QPushButton::clicked, this, &StreetCommunitiesDialog::archive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_newName->setText(row >= 0 ? m_table->item(row, 1)->text() : QString());
        updateButtons();
    });

    reload();
    // A community's clerk may look, not change: say why once, here.
    if (const QString why = CommunityEditor(m_db, m_scope).refusal(); !why.isEmpty())
        m_message->setText(why);
    resize(640, 480);
}

void StreetCommunitiesDialog::reload(qint64 select)
{
    m_table->setRowCount(0);
    for (const CommunityEditor::Entry &e : CommunityEditor(m_db, m_scope).list()) {
        if (!m_scope.isStreetLevel() && !m_scope.communityIds().contains(e.id))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {e.code, e.name,
                                   e.areaKm2 > 0 ? QLocale().toString(e.areaKm2, 'f', 2) : QStringLiteral("-"),
                                   QString::number(e.grids), e.archived ? tr("archived") : tr("active")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, e.id);
            item->setData(IdRole + 1, e.archived);
            m_table->setItem(row, column, item);
        }
        if (e.id == select)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

qint64 StreetCommunitiesDialog::currentId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->data(IdRole).toLongLong() : 0;
}

void StreetCommunitiesDialog::updateButtons()
{
    const bool may = CommunityEditor(m_db, m_scope).refusal().isEmpty();
    const int row = m_table->currentRow();
    const bool archived = row >= 0 && m_table->item(row, 0)->data(IdRole + 1).toBool();
    for (QWidget *w : {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_area),
                       static_cast<QWidget *>(m_add)})
        w->setEnabled(may);
    m_newName->setEnabled(may && currentId() && !archived);
    m_rename->setEnabled(may && currentId() && !archived);
    m_archive->setEnabled(may && currentId() && !archived);
}

void StreetCommunitiesDialog::report(const QString &error, QWidget *focus, const QString &done)
{
    m_message->setText(error.isEmpty() ? done : error);
    if (!error.isEmpty())
        focus->setFocus();
}

void StreetCommunitiesDialog::add()
{
    const SaveResult result = CommunityEditor(m_db, m_scope).add(m_name->text(), m_code->text(), m_area->value());
    if (!result.ok) {
        const QString field = result.errors.isEmpty() ? QString() : result.errors.constFirst().field;
        report(result.firstMessage(), field == QLatin1String("code") ? m_code : m_name, QString());
        return;
    }
    m_changed = true;
    report(QString(), m_name, tr("Community %1 added.").arg(m_name->text().trimmed()));
    m_code->clear();
    m_name->clear();
    m_area->setValue(0);
    reload(result.id);
    m_code->setFocus();
}

void StreetCommunitiesDialog::rename()
{
    const qint64 id = currentId();
    const SaveResult result = CommunityEditor(m_db, m_scope).rename(id, m_newName->text());
    if (result.ok)
        m_changed = true;
    report(result.firstMessage(), m_newName, tr("Community renamed %1.").arg(m_newName->text().trimmed()));
    if (result.ok)
        reload(id);
}

void StreetCommunitiesDialog::archive()
{
    const qint64 id = currentId();
    const QString name = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 1)->text() : QString();
    const SaveResult result = CommunityEditor(m_db, m_scope).archive(id);
    if (result.ok)
        m_changed = true;
    report(result.firstMessage(), m_table,
           tr("Community %1 archived: its records are kept, it is no longer offered.").arg(name));
    if (result.ok)
        reload(id);
}
