#include "attendeepicker.h"

#include "models/cnrules/idnumber.h"
#include "models/core/itemroles.h"
#include "models/register/residenttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The search list shows nobody until the clerk types: no resident has this status.
ResidentFilter searchFilter(const QString &text)
{
    ResidentFilter f;
    f.text = text.trimmed();
    if (f.text.isEmpty())
        f.status = QStringLiteral("-");
    return f;
}

bool isEnter(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

AttendeePicker::AttendeePicker(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attendeePicker"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(tr("Search residents by name, initials or ID…"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);

    m_model = new ResidentTableModel(std::move(db), scope, this); // masked numbers: the model's default
    m_model->setFilter(searchFilter(QString()));
    m_hits = new QTableView(this);
    m_hits->setObjectName(QStringLiteral("residentHits"));
    m_hits->setModel(m_model);
    m_hits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hits->verticalHeader()->hide();
    m_hits->setMaximumHeight(130);
    for (int c = 0; c < ResidentTableModel::ColumnCount; ++c)
        m_hits->setColumnHidden(c, c != ResidentTableModel::Name && c != ResidentTableModel::Age &&
                                       c != ResidentTableModel::IdNumber && c != ResidentTableModel::Address);
    m_hits->horizontalHeader()->setStretchLastSection(true);
    // Age and the masked number fit whole; the address takes the rest. Measured, not
    // ResizeToContents, which would fetch pages of the register to size a column.
    const QFontMetrics metrics = m_hits->fontMetrics();
    const auto fit = [this, &metrics](int column, const QString &widest) {
        m_hits->horizontalHeader()->resizeSection(
            column, qMax(m_hits->horizontalHeader()->sectionSizeHint(column), metrics.horizontalAdvance(widest) + 16));
    };
    fit(ResidentTableModel::Name, QString(4, QChar(0x738B))); // four CJK characters: most names fit
    fit(ResidentTableModel::Age, QStringLiteral("100"));
    fit(ResidentTableModel::IdNumber, IdNumber::mask(QStringLiteral("110101199001011234")));
    m_hits->installEventFilter(this);
    layout->addWidget(m_hits);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addResident"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeResident"));
    buttons->addWidget(m_add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_chosen = new QListWidget(this);
    m_chosen->setObjectName(QStringLiteral("chosenResidents"));
    m_chosen->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosen->setMaximumHeight(120);
    m_chosen->installEventFilter(this);
    layout->addWidget(m_chosen);

    auto *countRow = new QHBoxLayout;
    m_headCountLabel = new QLabel(tr("Others not listed:"), this);
    countRow->addWidget(m_headCountLabel);
    m_headCount = new QSpinBox(this);
    m_headCount->setObjectName(QStringLiteral("headCount"));
    m_headCount->setRange(0, 100000);
    m_headCountLabel->setBuddy(m_headCount);
    countRow->addWidget(m_headCount);
    countRow->addStretch(1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("total"));
    countRow->addWidget(m_total);
    layout->addLayout(countRow);

    connect(m_search, &QLineEdit::textChanged, this, &AttendeePicker::search);
    connect(m_hits, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { addHit(i.row()); });
    connect(m_add, &QPushButton::clicked, this, &AttendeePicker::addSelectedHits);
    connect(remove, &QPushButton::clicked, this, &AttendeePicker::removeSelected);
    connect(m_headCount, &QSpinBox::valueChanged, this, &AttendeePicker::changed);
}

void AttendeePicker::setAddButtonText(const QString &text)
{
    m_add->setText(text);
}

void AttendeePicker::setHeadCountText(const QString &text)
{
    m_headCountLabel->setText(text);
}

void AttendeePicker::setResidents(const QList<std::pair<qint64, QString>> &residents)
{
    m_chosen->clear();
    for (const auto &[id, name] : residents) {
        auto *item = new QListWidgetItem(name, m_chosen);
        item->setData(ItemRole::Id, id);
    }
    emit changed();
}

QList<qint64> AttendeePicker::residentIds() const
{
    QList<qint64> ids;
    ids.reserve(m_chosen->count());
    for (int i = 0; i < m_chosen->count(); ++i)
        ids.append(m_chosen->item(i)->data(ItemRole::Id).toLongLong());
    return ids;
}

void AttendeePicker::setHeadCount(int count)
{
    m_headCount->setValue(count); // changed() through valueChanged
}

int AttendeePicker::headCount() const
{
    return m_headCount->value();
}

int AttendeePicker::total() const
{
    return m_chosen->count() + m_headCount->value();
}

void AttendeePicker::search(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_model->setFilter(searchFilter(text));
    selectFirstHit();
}

bool AttendeePicker::addHit(int row)
{
    const qint64 id = m_model->residentId(row);
    if (id <= 0)
        return false;
    for (int i = 0; i < m_chosen->count(); ++i)
        if (m_chosen->item(i)->data(ItemRole::Id).toLongLong() == id)
            return false;
    const QString name = m_model->index(row, ResidentTableModel::Name).data().toString();
    const QString address = m_model->index(row, ResidentTableModel::Address).data().toString();
    const QString age = m_model->index(row, ResidentTableModel::Age).data().toString();
    // Age and address tell apart two residents of the same name (a father and son at one address by age).
    QString label = name;
    if (!age.isEmpty() && !address.isEmpty())
        label = tr("%1  (aged %2, %3)").arg(name, age, address);
    else if (!address.isEmpty())
        label = QStringLiteral("%1  (%2)").arg(name, address);
    else if (!age.isEmpty())
        label = tr("%1  (aged %2)").arg(name, age);
    auto *item = new QListWidgetItem(label, m_chosen);
    item->setData(ItemRole::Id, id);
    emit changed();
    return true;
}

void AttendeePicker::removeSelected()
{
    const QList<QListWidgetItem *> items = m_chosen->selectedItems();
    if (items.isEmpty())
        return;
    qDeleteAll(items);
    emit changed();
}

void AttendeePicker::addSelectedHits()
{
    QModelIndexList rows = m_hits->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_hits->currentIndex().isValid())
        rows.append(m_hits->currentIndex());
    for (const QModelIndex &i : std::as_const(rows))
        addHit(i.row());
}

void AttendeePicker::moveHit(int step)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int current = m_hits->currentIndex().isValid() ? m_hits->currentIndex().row() : -1;
    m_hits->selectRow(qBound(0, current + step, count - 1));
}

void AttendeePicker::selectFirstHit()
{
    if (m_model->rowCount() > 0)
        m_hits->selectRow(0);
}

bool AttendeePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveHit(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        if (isEnter(key)) {
            // The highlighted hit; the search text stays, selected, so the next name replaces it.
            if (m_hits->currentIndex().isValid())
                addHit(m_hits->currentIndex().row());
            m_search->selectAll();
            return true;
        }
    } else if (watched == m_hits && isEnter(key)) {
        addSelectedHits();
        return true;
    } else if (watched == m_chosen && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
