#include "pagedmodel.h"

#include "sqlquery.h"

#include <algorithm>
#include <QFont>
#include <QStringList>

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
    // A filtered column says so in its title, as the register's does.
    const bool filtered = orientation == Qt::Horizontal &&
                          std::any_of(m_conditions.cbegin(), m_conditions.cend(), [section](const ColumnCondition &c) {
                              return c.column == section && !c.isEmpty();
                          });
    if (filtered && role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        font.setUnderline(true);
        return font;
    }
    if (filtered && role == Qt::ToolTipRole)
        return tr("%1 is filtered: right-click the header (or Alt+Down in the list) to change or clear the filter.")
            .arg(columnTitle(section));
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

bool PagedModel::isColumnFilterable(int column) const
{
    const QList<ColumnSql> columns = filterColumns();
    const ColumnSql *sql = ColumnFilterSql::find(columns, column);
    return sql && (!sql->value.isEmpty() || !sql->text.isEmpty());
}

bool PagedModel::columnHasText(int column) const
{
    const QList<ColumnSql> columns = filterColumns();
    const ColumnSql *sql = ColumnFilterSql::find(columns, column);
    return sql && !sql->text.isEmpty();
}

QList<std::pair<QString, QString>> PagedModel::filterChoices(int column) const
{
    const QList<ColumnSql> columns = filterColumns();
    const ColumnSql *sql = ColumnFilterSql::find(columns, column);
    if (!sql || sql->value.isEmpty())
        return {};
    QVariantList bindings;
    const QString where = filterWhere(&bindings, column);
    return ColumnFilterSql::choices(m_db, *sql, filterFrom(), where, bindings);
}

void PagedModel::setColumnConditions(const QList<ColumnCondition> &conditions)
{
    QList<ColumnCondition> kept;
    for (const ColumnCondition &c : conditions)
        if (!c.isEmpty() && isColumnFilterable(c.column))
            kept << c;
    if (kept == m_conditions)
        return;
    m_conditions = kept;
    reload();
    emit headerDataChanged(Qt::Horizontal, 0, qMax(0, m_columnCount - 1));
}

QString PagedModel::filterWhere(QVariantList *bindings, int exceptColumn) const
{
    QStringList terms;
    addColumnTerms(&terms, bindings, exceptColumn);
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void PagedModel::addColumnTerms(QStringList *terms, QVariantList *bindings, int exceptColumn) const
{
    ColumnFilterSql::addTerms(filterColumns(), m_conditions, terms, bindings, exceptColumn);
}
