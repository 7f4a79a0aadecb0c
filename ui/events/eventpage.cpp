#include "eventpage.h"

#include "eventdialog.h"
#include "models/access/accessscope.h"
#include "models/events/eventstore.h"
#include "models/events/eventtablemodel.h"
#include "models/grids/gridstore.h"
#include "ui/common/listexportbutton.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

EventPage::EventPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-11), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &EventPage::applyFilter);
    }
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->addItem(tr("All grids"), 0);
    m_grid->addItem(tr("Community-wide"), -1);
    for (const Grid &g : GridStore(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &EventPage::applyFilter);
    filters->addWidget(m_grid);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    fillTypes();
    connect(m_type, &QComboBox::currentIndexChanged, this, &EventPage::applyFilter);
    filters->addWidget(m_type);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search title, place, organiser…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &EventPage::applyFilter);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    auto *add = new QPushButton(tr("New event…"), this);
    add->setObjectName(QStringLiteral("newEvent"));
    connect(add, &QPushButton::clicked, this, &EventPage::newEvent);
    auto *edit = new QPushButton(tr("Edit…"), this);
    connect(edit, &QPushButton::clicked, this, &EventPage::editEvent);
    auto *cancel = new QPushButton(tr("Cancel event"), this);
    connect(cancel, &QPushButton::clicked, this, &EventPage::cancelEvent);
    auto *types = new QToolButton(this);
    types->setText(tr("Event types"));
    // A viewer reads only (EventStore refuses the same).
    for (QWidget *w : std::initializer_list<QWidget *>{add, edit, cancel, types})
        w->setEnabled(m_scope.canEdit());
    types->setPopupMode(QToolButton::InstantPopup);
    auto *typeMenu = new QMenu(types);
    typeMenu->addAction(tr("Add type…"), this, &EventPage::addType);
    typeMenu->addAction(tr("Rename type…"), this, &EventPage::renameType);
    typeMenu->addAction(tr("Archive type…"), this, &EventPage::archiveType);
    types->setMenu(typeMenu);
    actions->addWidget(add);
    actions->addWidget(edit);
    actions->addWidget(cancel);
    actions->addWidget(types);
    actions->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    actions->addWidget(m_count);
    layout->addLayout(actions);

    m_model = new EventTableModel(m_db, this);
    connect(m_model, &EventTableModel::countChanged, this,
            [this](int n) { m_count->setText(tr("%n event(s)", nullptr, n)); });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("events"));
    auto *exportList = new ListExportButton(m_table, tr("events.xlsx"), this);
    actions->insertWidget(4, exportList); // after the event type button
    connect(exportList, &ListExportButton::exported, this,
            [this](int rows) { emit statusMessage(tr("%1 events exported.").arg(rows)); });
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::Title, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(EventTableModel::Date, 170);
    m_table->setColumnWidth(EventTableModel::Grid, 130);
    connect(m_table, &QTableView::doubleClicked, this, &EventPage::editEvent);
    layout->addWidget(m_table, 1);
    applyFilter();
}

void EventPage::fillTypes()
{
    const qint64 current = m_type->currentData().toLongLong();
    const QSignalBlocker block(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), 0);
    for (const ListEntry &t : EventStore(m_db, m_scope).types())
        m_type->addItem(t.name, t.id);
    m_type->setCurrentIndex(qMax(0, m_type->findData(current)));
}

void EventPage::applyFilter()
{
    EventFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.gridId = m_grid->currentData().toLongLong();
    f.typeId = m_type->currentData().toLongLong();
    f.text = m_search->text();
    m_model->setFilter(f);
    m_count->setText(tr("%n event(s)", nullptr, m_model->totalCount()));
}

void EventPage::refresh()
{
    m_model->reload();
}

void EventPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void EventPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

qint64 EventPage::currentEventId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->eventId(index.row()) : 0;
}

void EventPage::newEvent()
{
    EventDialog dialog(m_db, m_scope, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit statusMessage(tr("Event saved."));
    }
}

void EventPage::editEvent()
{
    const qint64 id = currentEventId();
    if (!id)
        return;
    EventDialog dialog(m_db, m_scope, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit statusMessage(tr("Event saved."));
    }
}

void EventPage::cancelEvent()
{
    const qint64 id = currentEventId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Cancel event"),
                              tr("Mark this event as cancelled? It stays in the list, greyed out.")) !=
        QMessageBox::Yes)
        return;
    const SaveResult r = EventStore(m_db, m_scope).cancel(id);
    if (!r.ok) {
        QMessageBox::warning(this, tr("Cancel event"), r.firstMessage());
        return;
    }
    refresh();
    emit statusMessage(tr("Event cancelled."));
}

EditableListActions::Texts EventPage::typeTexts() const
{
    return {tr("Add event type"),
            tr("Rename event type"),
            tr("Archive event type"),
            tr("Name:"),
            tr("Choose the type in the list first."),
            tr("Archive \"%1\"? Events of this type keep it; new events cannot choose it.")};
}

void EventPage::addType()
{
    if (EditableListActions::add(this, typeTexts(),
                                 [this](ListEntry &t) { return EventStore(m_db, m_scope).saveType(t); }))
        fillTypes();
}

void EventPage::renameType()
{
    if (EditableListActions::rename(this, typeTexts(), m_type,
                                    [this](ListEntry &t) { return EventStore(m_db, m_scope).saveType(t); })) {
        fillTypes();
        refresh();
    }
}

void EventPage::archiveType()
{
    if (EditableListActions::archive(this, typeTexts(), m_type,
                                     [this](qint64 id) { return EventStore(m_db, m_scope).archiveType(id); })) {
        m_type->setCurrentIndex(0);
        fillTypes();
        applyFilter();
    }
}
