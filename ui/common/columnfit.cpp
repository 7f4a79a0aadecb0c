#include "columnfit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>
#include <QTreeView>
#include <QVariant>

namespace {
const char *const kFitted = "cdColumnsFitted";
} // namespace

void ColumnFit::fitOnce(QAbstractItemView *view)
{
    if (!view || !view->model() || view->property(kFitted).toBool())
        return;
    // An empty list is fitted to its titles only, and fitted again once rows come.
    if (view->model()->rowCount() > 0)
        view->setProperty(kFitted, true);
    // A layout saved by an older version may bring back "fit to contents" columns, which cannot be dragged.
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    for (int c = 0; header && c < header->count(); ++c)
        if (header->sectionResizeMode(c) == QHeaderView::ResizeToContents)
            header->setSectionResizeMode(c, QHeaderView::Interactive);
    if (view->property("cdLayoutOwn").toBool())
        return; // the clerk's own widths, put back or dragged (ListLayoutMemory)
    if (auto *table = qobject_cast<QTableView *>(view))
        table->resizeColumnsToContents();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        for (int c = 0; c < tree->model()->columnCount(); ++c)
            tree->resizeColumnToContents(c);
}

void ColumnFit::fitWhenFilled(QAbstractItemView *view)
{
    if (!view || !view->model())
        return;
    const auto fit = [view] { fitOnce(view); };
    // Queued: a QTableWidget announces its rows before their cells are set.
    QObject::connect(view->model(), &QAbstractItemModel::modelReset, view, fit, Qt::QueuedConnection);
    QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, fit, Qt::QueuedConnection);
    QMetaObject::invokeMethod(view, fit, Qt::QueuedConnection);
}
