#pragma once

#include <QList>
#include <QString>

class QWidget;

// The last filters of a page that keeps no state of its own (the cases): the filter widgets it
// marks are kept by object name (a combo's current value, a search's text, a toggle, a number,
// a date) with its lists' header filters (ColumnFilterHeader), and put back as if the clerk set
// each one, so the page filters again. Pages with their own state (the register, ListPage) give
// it instead.
class FilterMemory final
{
public:
    static void mark(const QList<QWidget *> &filters);
    // The marked widgets and header filters under `page` as JSON text; empty when there are none.
    static QString state(const QWidget *page);
    static void apply(QWidget *page, const QString &state);
    // A saved view of the page: its state plus the columns (order, widths, hidden, sort) of its
    // named lists; applyView() puts both back.
    static QString viewState(const QWidget *page);
    static void applyView(QWidget *page, const QString &state);
};
