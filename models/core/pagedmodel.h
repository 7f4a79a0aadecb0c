#pragma once

#include "columnfiltersql.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QVariantList>
#include <utility>

// The part of a paged table model that does not depend on its row type: the paging scheme, the
// count of rows the filter matches with its countChanged signal, the reset and fetchMore. Models
// derive from PagedTableModel<Row>, which holds the rows; this class exists because a class
// template cannot declare signals.
class PagedModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // How the rows reach the view.
    struct Paging
    {
        enum class Mode {
            // rowCount() is the whole count at once; pages are read as the view asks for their
            // rows and only the most recently used are kept: for lists of a million rows.
            OnDemand,
            // rowCount() grows a page at a time as the view scrolls (canFetchMore/fetchMore) and
            // every page read is kept: for lists a clerk reads from the top.
            Append
        };
        Mode mode = Mode::Append;
        int pageSize = 200;
        int maxCachedPages = 0; // OnDemand only

        static Paging onDemand(int pageSize, int maxCachedPages) { return {Mode::OnDemand, pageSize, maxCachedPages}; }
        static Paging append(int pageSize) { return {Mode::Append, pageSize, 0}; }
    };

    // Counts again and forgets every row read: the filter, the order or the data changed.
    virtual void reload();
    // Every row the filter matches, read yet or not.
    int totalCount() const { return m_count; }
    // False while a long list is still being counted (an OnDemand rowCount() is then the part
    // counted so far).
    bool isCountExact() const { return m_countExact; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The header's column filters (Excel's dropdowns), applied in SQL by the model's query: the
    // columns it offers them on (filterColumns()), their choices, the conditions in force.
    bool isColumnFilterable(int column) const;
    bool columnHasText(int column) const;
    // The values of `column` among the rows the rest of the filter keeps, read in SQL.
    QList<std::pair<QString, QString>> filterChoices(int column) const;
    QList<ColumnCondition> columnConditions() const { return m_conditions; }
    // Lists again when they changed.
    void setColumnConditions(const QList<ColumnCondition> &conditions);

signals:
    // After every reload, and when the total turns out other than counted.
    void countChanged(int count, bool exact = true);

protected:
    struct Count
    {
        int rows = 0;
        bool exact = true;
    };

    PagedModel(QSqlDatabase db, int columnCount, Paging paging, QObject *parent);

    QSqlDatabase database() const { return m_db; }
    const Paging &paging() const { return m_paging; }
    // How many rows the filter matches; usually countOf(the count SQL, its bindings).
    virtual Count countRows() const = 0;
    // The header of `column`; a null string for none.
    virtual QString columnTitle(int column) const = 0;
    // The result of a prepared `SELECT count(*) …` with `bindings`.
    int countOf(const QString &sql, const QVariantList &bindings = {}) const;
    // The exact total of a list reload() counted only in part (countRows() said not exact).
    void setExactCount(int count);
    // Tells the views that columns first…last changed in every row (numbers revealed or masked).
    void columnsChanged(int first, int last);

    // The columns a clerk may filter from the header; none by default.
    virtual QList<ColumnSql> filterColumns() const { return {}; }
    // The FROM (with the joins the labels need) and the WHERE clause (" WHERE …" or empty) of the
    // list's filter leaving out the column filter of `exceptColumn`: the choices of that column.
    virtual QString filterFrom() const { return {}; }
    virtual QString filterWhere(QVariantList *bindings, int exceptColumn) const;
    // Appends the column filters' terms (but `exceptColumn`'s) to a query's WHERE terms.
    void addColumnTerms(QStringList *terms, QVariantList *bindings, int exceptColumn = -1) const;

private:
    // Implemented by PagedTableModel, which holds the rows.
    virtual void clearRows() = 0;
    virtual int heldRows() const = 0; // Append: the rows read so far
    // Append: reads the page after the rows held, announcing the insertion unless inside a
    // reset; false when there is none.
    virtual bool appendPage(bool announce) = 0;

    QSqlDatabase m_db;
    Paging m_paging;
    int m_columnCount;
    int m_count = 0;
    bool m_countExact = true;
    bool m_changing = false; // inside reload() or fetchMore(): no fetching meanwhile
    QList<ColumnCondition> m_conditions;
};
