#include "listpage.h"

#include "columnfilterheader.h"
#include "datefield.h"
#include "filterchip.h"
#include "filtermemory.h"
#include "listexportbutton.h"
#include "savedviewsbar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

ListPage::ListPage(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_filters = new QHBoxLayout;
    m_layout->addLayout(m_filters);
    m_actions = new QHBoxLayout;
    m_layout->addLayout(m_actions);
}

void ListPage::addFilters(const QList<std::pair<QString, qint64>> &grids, Entries entries, const QString &searchHint)
{
    m_entries = std::move(entries);
    m_filters->addWidget(new QLabel(tr("From:"), this));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-11), this);
    m_from->setObjectName(QStringLiteral("from"));
    DateField::tabLeaves(m_from);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("to"));
    DateField::tabLeaves(m_to);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &ListPage::applyFilter);
    }
    m_filters->addWidget(m_from);
    m_filters->addWidget(new QLabel(tr("To:"), this));
    m_filters->addWidget(m_to);
    m_filters->addSpacing(12);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->addItem(tr("All grids"), 0);
    for (const auto &[name, id] : grids)
        m_grid->addItem(name, id);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &ListPage::applyFilter);
    m_filters->addWidget(m_grid);
    m_entryFilter = new QComboBox(this);
    m_entryFilter->setObjectName(m_entries.objectName);
    fillEntries();
    connect(m_entryFilter, &QComboBox::currentIndexChanged, this, &ListPage::applyFilter);
    m_filters->addWidget(m_entryFilter);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(searchHint);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ListPage::applyFilter);
    m_filters->addWidget(m_search, 1);
    // A filter another page chose, named in a chip; choosing the grid or period by hand ends it.
    m_chip = new FilterChip(this);
    m_chip->setObjectName(QStringLiteral("filterChip"));
    m_filters->insertWidget(0, m_chip);
    connect(m_chip, &FilterChip::removed, this, [this] {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_grid);
        m_grid->setCurrentIndex(qMax(0, m_grid->findData(m_gridBefore)));
        if (m_fromBefore.isValid() && m_toBefore.isValid()) {
            m_from->setDate(m_fromBefore);
            m_to->setDate(m_toBefore);
        }
        applyFilter();
    });
    const auto ownChoice = [this] { m_chip->setFilterText(QString()); };
    connect(m_grid, &QComboBox::currentIndexChanged, this, ownChoice);
    connect(m_from, &QDateEdit::dateChanged, this, ownChoice);
    connect(m_to, &QDateEdit::dateChanged, this, ownChoice);
    // A list page inside another page (a tab) is remembered with it by FilterMemory.
    FilterMemory::mark({m_from, m_to, m_grid, m_entryFilter, m_search});
}

void ListPage::addFilter(QWidget *filter)
{
    m_filters->addWidget(filter);
    if (!filter->objectName().isEmpty())
        FilterMemory::mark({filter}); // kept with the page's filters (viewState)
}

QPushButton *ListPage::addButton(const QString &text, const std::function<void()> &clicked)
{
    auto *button = new QPushButton(text, this);
    connect(button, &QPushButton::clicked, this, clicked);
    m_actions->addWidget(button);
    return button;
}

QToolButton *ListPage::addTable(QAbstractItemModel *model, const QString &viewName, const QString &exportFile,
                                const QString &exportedText)
{
    auto *entriesButton = new QToolButton(this);
    entriesButton->setText(m_entries.menuText);
    entriesButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(entriesButton);
    menu->addAction(m_entries.addText, this, &ListPage::addEntry);
    menu->addAction(m_entries.renameText, this, &ListPage::renameEntry);
    menu->addAction(m_entries.archiveText, this, &ListPage::archiveEntry);
    entriesButton->setMenu(menu);
    m_actions->addWidget(entriesButton);

    m_table = new QTableView(this);
    m_table->setObjectName(viewName);
    auto *exportList = new ListExportButton(m_table, exportFile, this);
    m_actions->addWidget(exportList);
    connect(exportList, &ListExportButton::exported, this,
            [this, exportedText](int rows) { emit statusMessage(exportedText.arg(rows)); });
    m_actions->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_actions->addWidget(m_count);

    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_layout->addWidget(m_table, 1);
    new ColumnFilterHeader(m_table); // the header's filters, when the model offers them
    return entriesButton;
}

void ListPage::addSavedViews(QSqlDatabase db, const AccessScope &scope, const QString &list)
{
    m_views = new SavedViewsBar(
        std::move(db), scope, list, [this] { return viewState(); },
        [this](const QString &state) { applyViewState(state); }, this);
    connect(m_views, &SavedViewsBar::statusMessage, this, &ListPage::statusMessage);
    m_filters->addWidget(m_views);
}

bool ListPage::confirmChange(const QString &title, const QString &question, const std::function<SaveResult()> &change)
{
    if (QMessageBox::question(this, title, question) != QMessageBox::Yes)
        return false;
    const SaveResult r = change();
    if (!r.ok) {
        QMessageBox::warning(this, title, r.firstMessage());
        return false;
    }
    refresh();
    return true;
}

QDate ListPage::from() const
{
    return m_from->date();
}

QDate ListPage::to() const
{
    return m_to->date();
}

qint64 ListPage::gridId() const
{
    return m_grid->currentData().toLongLong();
}

qint64 ListPage::entryId() const
{
    return m_entryFilter->currentData().toLongLong();
}

QString ListPage::searchText() const
{
    return m_search->text();
}

void ListPage::showCount(int rows)
{
    m_count->setText(countText(rows));
}

void ListPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ListPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void ListPage::fillEntries()
{
    const qint64 current = m_entryFilter->currentData().toLongLong();
    const QSignalBlocker block(m_entryFilter);
    m_entryFilter->clear();
    m_entryFilter->addItem(m_entries.allText, 0);
    for (const ListEntry &e : m_entries.load())
        m_entryFilter->addItem(e.name, e.id);
    m_entryFilter->setCurrentIndex(qMax(0, m_entryFilter->findData(current)));
}

void ListPage::addEntry()
{
    if (EditableListActions::add(this, m_entries.prompts, m_entries.save))
        fillEntries();
}

void ListPage::renameEntry()
{
    // The list shows the entry's name on every row that has it.
    if (EditableListActions::rename(this, m_entries.prompts, m_entryFilter, m_entries.save)) {
        fillEntries();
        refresh();
    }
}

void ListPage::archiveEntry()
{
    if (EditableListActions::archive(this, m_entries.prompts, m_entryFilter, m_entries.archive)) {
        m_entryFilter->setCurrentIndex(0);
        fillEntries();
        applyFilter();
    }
}

void ListPage::showFiltered(qint64 gridId, const QDate &from, const QDate &to)
{
    if (!m_search)
        return;
    if (m_chip->filterText().isEmpty()) { // a second chart's filter replaces the first
        m_gridBefore = m_grid->currentData().toLongLong();
        m_fromBefore = m_from->date();
        m_toBefore = m_to->date();
    }
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_grid);
        const int grid = m_grid->findData(gridId);
        m_grid->setCurrentIndex(qMax(0, grid));
        if (from.isValid() && to.isValid()) {
            m_from->setDate(from);
            m_to->setDate(to);
        }
    }
    QStringList words;
    if (gridId != 0)
        words << tr("Grid: %1").arg(m_grid->currentText());
    if (from.isValid() && to.isValid())
        words << tr("%1 to %2")
                     .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat));
    m_chip->setFilterText(words.join(QStringLiteral(", ")));
    applyFilter();
}

QString ListPage::viewState() const
{
    if (!m_search)
        return QString();
    const QJsonObject o{
        {QStringLiteral("from"), m_from->date().toString(Qt::ISODate)},
        {QStringLiteral("to"), m_to->date().toString(Qt::ISODate)},
        {QStringLiteral("grid"), QString::number(gridId())},
        {QStringLiteral("entry"), QString::number(entryId())},
        {QStringLiteral("search"), m_search->text()},
        // The page's own filters (addFilter) and the header's: FilterMemory's text.
        {QStringLiteral("more"), FilterMemory::state(this)},
        {QStringLiteral("header"),
         m_table ? QString::fromLatin1(m_table->horizontalHeader()->saveState().toBase64()) : QString()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void ListPage::applyViewState(const QString &state)
{
    const QJsonObject o = QJsonDocument::fromJson(state.toUtf8()).object();
    if (o.isEmpty() || !m_search)
        return;
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_grid), b4(m_entryFilter), b5(m_search);
        const QDate from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
        const QDate to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
        if (from.isValid() && to.isValid()) {
            m_from->setDate(from);
            m_to->setDate(to);
        }
        m_grid->setCurrentIndex(qMax(0, m_grid->findData(o.value(QStringLiteral("grid")).toString().toLongLong())));
        m_entryFilter->setCurrentIndex(
            qMax(0, m_entryFilter->findData(o.value(QStringLiteral("entry")).toString().toLongLong())));
        m_search->setText(o.value(QStringLiteral("search")).toString());
    }
    const QByteArray header = QByteArray::fromBase64(o.value(QStringLiteral("header")).toString().toLatin1());
    if (m_table && !header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    if (const QString more = o.value(QStringLiteral("more")).toString(); !more.isEmpty())
        FilterMemory::apply(this, more);
    else
        ColumnFilterHeader::applyStates(this, {}); // a view saved before header filters: none
    applyFilter();
}
