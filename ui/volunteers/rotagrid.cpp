#include "rotagrid.h"

#include "models/volunteers/rotadocument.h"
#include "models/volunteers/volunteertablemodel.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

RotaGrid::RotaGrid(QWidget *parent)
    : QTableWidget(parent)
{
    setColumnCount(7);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(true);
    setWordWrap(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setMaximumWidth(160);
}

void RotaGrid::setWeek(const VolunteerReports::RotaWeek &week)
{
    m_week = week;
    clearContents();
    setRowCount(int(week.posts.size()));
    const QLocale locale;
    QStringList days;
    for (int d = 0; d < 7; ++d) {
        const QDate day = week.monday.addDays(d);
        days.append(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                    day.toString(QStringLiteral("MM-dd")));
    }
    setHorizontalHeaderLabels(days);
    for (int r = 0; r < week.posts.size(); ++r) {
        const RosterStore::Post &p = week.posts.at(r);
        auto *header = new QTableWidgetItem(p.name);
        header->setToolTip(p.location);
        setVerticalHeaderItem(r, header);
        for (int d = 0; d < 7; ++d) {
            const QList<RosterStore::Shift> &shifts = week.cells.at(r).at(d);
            auto *item = new QTableWidgetItem(RotaDocument::cellText(shifts));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled);
            bool gap = false;
            QVariantList ids;
            for (const RosterStore::Shift &s : shifts) {
                gap = gap || s.isUnderStaffed();
                ids.append(s.id);
            }
            item->setData(Qt::UserRole, ids);
            if (gap)
                item->setBackground(QColor(0xfd, 0xe8, 0xcc));
            setItem(r, d, item);
        }
    }
    resizeRowsToContents();
}

QList<RosterStore::Shift> RotaGrid::shiftsAt(int row, int column) const
{
    if (row < 0 || row >= m_week.cells.size() || column < 0 || column > 6)
        return {};
    return m_week.cells.at(row).at(column);
}

QPoint RotaGrid::cellOfShift(qint64 shiftId) const
{
    for (int r = 0; r < m_week.cells.size(); ++r)
        for (int d = 0; d < 7; ++d)
            for (const RosterStore::Shift &s : m_week.cells.at(r).at(d))
                if (s.id == shiftId)
                    return {d, r};
    return {-1, -1};
}

QStringList RotaGrid::mimeTypes() const
{
    return {QLatin1String(VolunteerTableModel::kMimeType)};
}

Qt::DropActions RotaGrid::supportedDropActions() const
{
    return Qt::CopyAction;
}

void RotaGrid::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(VolunteerTableModel::kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RotaGrid::dragMoveEvent(QDragMoveEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && !shiftsAt(index.row(), index.column()).isEmpty() &&
        event->mimeData()->hasFormat(QLatin1String(VolunteerTableModel::kMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

bool RotaGrid::dropMimeData(int row, int column, const QMimeData *data, Qt::DropAction action)
{
    Q_UNUSED(action)
    if (!data->hasFormat(QLatin1String(VolunteerTableModel::kMimeType)))
        return false;
    QList<qint64> ids;
    QDataStream in(data->data(QLatin1String(VolunteerTableModel::kMimeType)));
    in >> ids;
    if (ids.isEmpty() || shiftsAt(row, column).isEmpty())
        return false;
    emit volunteersDropped(ids, row, column);
    return false; // nothing is copied into the cell; the page reloads the week
}
