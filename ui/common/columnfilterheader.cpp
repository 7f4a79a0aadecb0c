#include "columnfilterheader.h"

#include "columnfilterdialog.h"
#include "listlayoutmemory.h"
#include "models/core/pagedmodel.h"

#include <algorithm>
#include <QAbstractItemView>
#include <QAction>
#include <QJsonArray>
#include <QKeyEvent>
#include <QMenu>

namespace {
const char *const kProperty = "cdColumnFilterHeader";
}

ColumnFilterHeader::ColumnFilterHeader(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("columnFilterHeader"));
    view->setProperty(kProperty, QVariant::fromValue(static_cast<QObject *>(this)));
    view->installEventFilter(this);
    ListLayoutMemory::offerColumnActions(view, [this](int column, QMenu *menu) -> QList<QAction *> {
        PagedModel *m = model();
        if (!m || !m->isColumnFilterable(column))
            return {};
        const QString title = m->headerData(column, Qt::Horizontal).toString();
        QAction *filter = new QAction(tr("&Filter %1…").arg(title), menu);
        filter->setObjectName(QStringLiteral("filterColumn"));
        connect(filter, &QAction::triggered, this, [this, column] { editColumn(column); });
        QList<QAction *> actions{filter};
        const QList<ColumnCondition> conditions = m->columnConditions();
        if (std::any_of(conditions.cbegin(), conditions.cend(),
                        [column](const ColumnCondition &c) { return c.column == column; })) {
            QAction *clear = new QAction(tr("&Clear the filter of %1").arg(title), menu);
            clear->setObjectName(QStringLiteral("clearColumnFilter"));
            connect(clear, &QAction::triggered, this, [this, column] { clearColumn(column); });
            actions << clear;
        }
        return actions;
    });
}

ColumnFilterHeader *ColumnFilterHeader::of(const QAbstractItemView *view)
{
    return view ? qobject_cast<ColumnFilterHeader *>(view->property(kProperty).value<QObject *>()) : nullptr;
}

PagedModel *ColumnFilterHeader::model() const
{
    return qobject_cast<PagedModel *>(m_view->model());
}

void ColumnFilterHeader::editColumn(int column)
{
    PagedModel *m = model();
    if (!m || !m->isColumnFilterable(column))
        return;
    ColumnCondition current;
    current.column = column;
    QList<ColumnCondition> conditions = m->columnConditions();
    for (const ColumnCondition &c : std::as_const(conditions))
        if (c.column == column)
            current = c;
    ColumnFilterDialog dialog(m->headerData(column, Qt::Horizontal).toString(), m->columnHasText(column),
                              m->filterChoices(column), current.contains, current.values, m_view);
    dialog.setObjectName(QStringLiteral("columnFilterDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    current.contains = dialog.contains();
    current.values = dialog.picked();
    conditions.removeIf([column](const ColumnCondition &c) { return c.column == column; });
    if (!current.isEmpty())
        conditions.append(current);
    m->setColumnConditions(conditions);
    emit changed();
}

void ColumnFilterHeader::clearColumn(int column)
{
    PagedModel *m = model();
    if (!m)
        return;
    QList<ColumnCondition> conditions = m->columnConditions();
    conditions.removeIf([column](const ColumnCondition &c) { return c.column == column; });
    m->setColumnConditions(conditions);
    emit changed();
}

void ColumnFilterHeader::clearAll()
{
    if (PagedModel *m = model()) {
        m->setColumnConditions({});
        emit changed();
    }
}

bool ColumnFilterHeader::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+Down opens the current column's dropdown, as in Excel.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) {
            const int column = m_view->currentIndex().isValid() ? m_view->currentIndex().column() : 0;
            if (PagedModel *m = model(); m && m->isColumnFilterable(column)) {
                editColumn(column);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

QJsonObject ColumnFilterHeader::states(const QWidget *page)
{
    QJsonObject o;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        ColumnFilterHeader *header = of(view);
        PagedModel *m = header ? header->model() : nullptr;
        if (m && !view->objectName().isEmpty())
            o.insert(view->objectName(), ColumnCondition::toJson(m->columnConditions()));
    }
    return o;
}

void ColumnFilterHeader::applyStates(QWidget *page, const QJsonObject &states)
{
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        ColumnFilterHeader *header = of(view);
        PagedModel *m = header ? header->model() : nullptr;
        if (!m || view->objectName().isEmpty())
            continue;
        m->setColumnConditions(ColumnCondition::fromJson(states.value(view->objectName()).toArray(), m->columnCount()));
        emit header->changed();
    }
}
