#pragma once

class QAbstractItemView;

// Fits a list's columns to its content once, the first time it is filled, and only when the list
// has no layout of the clerk's own (ListLayoutMemory restored none and none was dragged). A refresh after that leaves
// the widths as they are, so a width the clerk dragged is never undone by new rows.
class ColumnFit final
{
public:
    static void fitOnce(QAbstractItemView *view);
    // The same, called by itself once the view's model is first filled (after the filling code has
    // run): instead of QHeaderView::ResizeToContents, which keeps the clerk from dragging a width.
    static void fitWhenFilled(QAbstractItemView *view);
};
