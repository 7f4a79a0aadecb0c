#include "listlayoutmemory.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace {
const char *const kProperty = "cdListLayoutMemory";

// Holds a page's column actions on its view until (and after) the view is remembered.
class ColumnActionsHolder final : public QObject
{
public:
    ColumnActionsHolder(QObject *view, ListLayoutMemory::ColumnActions actions)
        : QObject(view)
        , actions(std::move(actions))
    {
        setObjectName(QStringLiteral("cdColumnActions"));
    }
    ListLayoutMemory::ColumnActions actions;
};

QHeaderView *columnsHeader(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->isHeaderHidden() ? nullptr : tree->header();
    return nullptr;
}

QString splitterKey(QWidget *root, const QString &group, const QSplitter *splitter)
{
    return group + QStringLiteral("/splitters/") + QLatin1String(root->metaObject()->className()) + QLatin1Char('/') +
           splitter->objectName();
}
} // namespace

ListLayoutMemory::ListLayoutMemory(QAbstractItemView *view, QHeaderView *header, const QString &settingsKey)
    : QObject(view)
    , m_view(view)
    , m_header(header)
    , m_key(settingsKey)
{
    view->setProperty(kProperty, QVariant::fromValue(static_cast<QObject *>(this)));
    // The clerk's own widths are there: ColumnFit leaves them alone.
    view->setProperty("cdLayoutOwn", restore());
    m_header->setSectionsMovable(true); // the clerk orders the columns by dragging their headers
    // Every change is kept at once: a desk switched off at night keeps the day's layout.
    connect(m_header, &QHeaderView::sectionMoved, this, &ListLayoutMemory::save);
    // Widths the page sets itself (fitted to the content of each refresh) are not the clerk's:
    // only a width dragged with the mouse is kept at once (all of them when the window closes).
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (m_mouseDown)
            save();
    });
    m_header->viewport()->installEventFilter(this);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this, &ListLayoutMemory::save);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, &ListLayoutMemory::showMenu);
}

ListLayoutMemory *ListLayoutMemory::attach(QAbstractItemView *view, const QString &settingsKey)
{
    if (ListLayoutMemory *existing = of(view))
        return existing;
    QHeaderView *header = columnsHeader(view);
    if (!header || !view->model())
        return nullptr;
    return new ListLayoutMemory(view, header, settingsKey);
}

ListLayoutMemory *ListLayoutMemory::of(const QAbstractItemView *view)
{
    return view ? qobject_cast<ListLayoutMemory *>(view->property(kProperty).value<QObject *>()) : nullptr;
}

void ListLayoutMemory::offerColumnActions(QAbstractItemView *view, ColumnActions actions)
{
    new ColumnActionsHolder(view, std::move(actions));
}

void ListLayoutMemory::attachAll(QWidget *root, const QString &group)
{
    const QString prefix =
        group + QStringLiteral("/lists/") + QLatin1String(root->metaObject()->className()) + QLatin1Char('/');
    QSet<QString> used;
    int unnamed = 0;
    const QList<QAbstractItemView *> views = root->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views) {
        // A list without a name is known by its place among the page's unnamed lists.
        const QString name =
            view->objectName().isEmpty() ? QStringLiteral("list%1").arg(++unnamed) : view->objectName();
        if (of(view))
            continue;
        // Two lists of one page named alike (tabs built by one helper) keep their own layouts.
        QString key = prefix + name;
        for (int n = 2; used.contains(key); ++n)
            key = prefix + name + QString::number(n);
        used.insert(key);
        attach(view, key);
    }
}

void ListLayoutMemory::saveSplitters(QWidget *root, const QString &group)
{
    QSettings settings;
    for (QSplitter *splitter : root->findChildren<QSplitter *>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(root, group, splitter), splitter->saveState());
}

void ListLayoutMemory::restoreSplitters(QWidget *root, const QString &group)
{
    const QSettings settings;
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        if (splitter->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(splitterKey(root, group, splitter)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
}

bool ListLayoutMemory::eventFilter(QObject *watched, QEvent *event)
{
    // A double click on an edge fits the column to its content: kept with the release after it.
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        m_mouseDown = true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_mouseDown = false;
        save();
    }
    return QObject::eventFilter(watched, event);
}

void ListLayoutMemory::save() const
{
    if (m_restoring || !m_view->model())
        return;
    m_view->setProperty("cdLayoutOwn", true);
    QSettings settings;
    settings.setValue(m_key + QStringLiteral("/header"), m_header->saveState());
    settings.setValue(m_key + QStringLiteral("/columns"), m_header->count());
}

bool ListLayoutMemory::restore()
{
    const QSettings settings;
    const QByteArray state = settings.value(m_key + QStringLiteral("/header")).toByteArray();
    // A layout saved for other columns (a newer version added one) would put widths on the wrong ones.
    if (state.isEmpty() || settings.value(m_key + QStringLiteral("/columns")).toInt() != m_header->count())
        return false;
    m_restoring = true;
    const bool restored = m_header->restoreState(state);
    if (restored && m_header->count() > 0 && m_header->hiddenSectionCount() >= m_header->count())
        m_header->showSection(m_header->logicalIndex(0)); // never a list without a column to click
    m_restoring = false;
    if (!restored)
        return false;
    // restoreState() sets the sort indicator without telling the view: sort as it shows.
    const int section = m_header->sortIndicatorSection();
    const Qt::SortOrder order = m_header->sortIndicatorOrder();
    if (auto *table = qobject_cast<QTableView *>(m_view); table && table->isSortingEnabled() && section >= 0)
        table->sortByColumn(section, order);
    else if (auto *tree = qobject_cast<QTreeView *>(m_view); tree && tree->isSortingEnabled() && section >= 0)
        tree->sortByColumn(section, order);
    return true;
}

QMenu *ListLayoutMemory::makeMenu(int column, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    QAbstractItemModel *model = m_view->model();
    if (!model)
        return menu;
    const int shown = m_header->count() - m_header->hiddenSectionCount();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction *toggle =
            menu->addAction(model->headerData(logical, m_header->orientation(), Qt::DisplayRole).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_header->isSectionHidden(logical));
        toggle->setEnabled(m_header->isSectionHidden(logical) || shown > 1); // the last column stays
        connect(toggle, &QAction::toggled, this, [this, logical](bool on) { setColumnShown(logical, on); });
    }
    menu->addSeparator();
    QAction *all = menu->addAction(tr("Show all columns"));
    all->setEnabled(m_header->hiddenSectionCount() > 0);
    connect(all, &QAction::triggered, this, [this] {
        for (int c = 0; c < m_header->count(); ++c)
            m_header->showSection(c);
        save();
    });
    const auto *holder = dynamic_cast<ColumnActionsHolder *>(
        m_view->findChild<QObject *>(QStringLiteral("cdColumnActions"), Qt::FindDirectChildrenOnly));
    if (holder && holder->actions && column >= 0) {
        const QList<QAction *> extra = holder->actions(column, menu);
        if (!extra.isEmpty()) {
            menu->addSeparator();
            menu->addActions(extra);
        }
    }
    return menu;
}

void ListLayoutMemory::showMenu(const QPoint &pos)
{
    QMenu *menu = makeMenu(m_header->logicalIndexAt(pos), m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}

void ListLayoutMemory::setColumnShown(int column, bool shown)
{
    m_header->setSectionHidden(column, !shown);
    // A column shown again after it was hidden at width 0 would be invisible.
    if (shown && m_header->sectionSize(column) < m_header->minimumSectionSize())
        m_header->resizeSection(column, m_header->defaultSectionSize());
    save();
}
