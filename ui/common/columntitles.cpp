#include "columntitles.h"

#include <QHeaderView>
#include <QStyle>
#include <QTableView>

void ColumnTitles::fit(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    if (!header || !view->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const QFontMetrics fm = header->fontMetrics();
    for (int i = 0; i < header->count(); ++i) {
        if (header->isSectionHidden(i) || header->sectionResizeMode(i) != QHeaderView::Interactive)
            continue;
        const QString title = view->model()->headerData(i, Qt::Horizontal).toString();
        if (title.isEmpty())
            continue;
        // Room for the sort arrow only where it is now: a whole list of arrows' room would push
        // the last columns out of a small screen's view.
        int needed = fm.horizontalAdvance(title) + 2 * margin + 4;
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
            needed += mark + margin;
        if (header->sectionSize(i) < needed)
            header->resizeSection(i, needed);
    }
}
