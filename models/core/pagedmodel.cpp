#include "pagedmodel.h"

#include "sqlquery.h"

PagedModel::PagedModel(QSqlDatabase db, int columnCount, Paging paging, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_paging(paging)
    , m_columnCount(columnCount)
{}

void PagedModel::reload()
{
    m_changing = true;
    beginResetModel();
    clearRows();
    const Count count = countRows();
    m_count = count.rows;
    m_countExact = count.exact;
    // The first page comes with the reset, so views see one change, not a reset and an insert.
    if (m_paging.mode == Paging::Mode::Append && m_count > 0 && !appendPage(false))
        m_count = 0; // the list emptied since it was counted
    endResetModel();
    m_changing = false;
    emit countChanged(m_count, m_countExact);
}

int PagedModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_paging.mode == Paging::Mode::OnDemand ? m_count : heldRows();
}

int PagedModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PagedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = columnTitle(section);
    return title.isNull() ? QVariant() : QVariant(title);
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    // Whoever hears of a reset or an insertion (a view, QAbstractItemModelTester) may ask for more
    // before the change is complete, which would insert rows inside it: not until it is.
    return !parent.isValid() && m_paging.mode == Paging::Mode::Append && !m_changing && heldRows() < m_count;
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_changing = true;
    const bool appended = appendPage(true);
    m_changing = false;
    if (appended)
        return;
    m_count = heldRows(); // the list shrank since it was counted: stop asking
    emit countChanged(m_count, m_countExact);
}

int PagedModel::countOf(const QString &sql, const QVariantList &bindings) const
{
    SqlQuery count(m_db, sql);
    for (const QVariant &v : bindings)
        count.bind(v);
    return count.scalar().toInt();
}

void PagedModel::setExactCount(int count)
{
    if (m_countExact)
        return;
    m_countExact = true;
    if (count > m_count) {
        if (m_paging.mode == Paging::Mode::OnDemand) {
            beginInsertRows(QModelIndex(), m_count, count - 1);
            m_count = count;
            endInsertRows();
        } else {
            m_count = count; // more to fetch
        }
    }
    emit countChanged(m_count, true);
}

void PagedModel::columnsChanged(int first, int last)
{
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0, first), index(rows - 1, last));
}
