#pragma once

#include "pagecache.h"
#include "pagedmodel.h"
#include "sqlquery.h"

#include <QVector>

// A table model whose rows are read from the database a page at a time, in either scheme of
// PagedModel::Paging. A model gives only how many rows there are (countRows), how to read one
// page (loadPage), how to show a cell (cell) and its column titles (columnTitle); this class keeps
// the rows and answers the view. Row is declared outside the model, which names it in its base
// class.
template<typename Row> class PagedTableModel : public PagedModel
{
public:
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        const Row *r = index.isValid() ? rowAt(index.row()) : nullptr;
        return r ? cell(*r, index.column(), role) : QVariant();
    }

protected:
    PagedTableModel(QSqlDatabase db, int columnCount, Paging paging, QObject *parent)
        : PagedModel(std::move(db), columnCount, paging, parent)
        , m_pages(paging.pageSize, paging.maxCachedPages)
    {}

    // Appends up to `limit` rows from `offset` on, in list order; false when they cannot be read.
    virtual bool loadPage(int offset, int limit, QVector<Row> *rows) const = 0;
    virtual QVariant cell(const Row &row, int column, int role) const = 0;

    // The row at `index` (OnDemand: read with its page when not cached); nullptr when there is none.
    const Row *rowAt(int index) const
    {
        if (paging().mode == Paging::Mode::Append)
            return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
        if (index < 0 || index >= totalCount())
            return nullptr;
        return m_pages.row(index, [this](int page, QVector<Row> *rows) {
            return loadPage(page * paging().pageSize, paging().pageSize, rows);
        });
    }

    // The index of the first row read so far that `matches` accepts, or -1: rows not read yet
    // are not searched.
    template<typename Match> int indexWhere(Match matches) const
    {
        if (paging().mode == Paging::Mode::OnDemand)
            return m_pages.indexOf(matches);
        for (int i = 0; i < m_rows.size(); ++i)
            if (matches(m_rows.at(i)))
                return i;
        return -1;
    }

    // loadPage for a SELECT: runs `sql` (which ends with its ORDER BY) with `bindings` for the
    // page asked for, appending read(query) for each row.
    template<typename Read>
    bool readPage(const QString &sql, const QVariantList &bindings, int offset, int limit, QVector<Row> *rows,
                  Read read) const
    {
        SqlQuery q(database(), sql + QStringLiteral(" LIMIT ? OFFSET ?"));
        for (const QVariant &v : bindings)
            q.bind(v);
        if (!q.exec(limit, offset))
            return false;
        while (q.next())
            rows->append(read(q));
        return true;
    }

private:
    void clearRows() override
    {
        m_pages.clear();
        m_rows.clear();
    }
    int heldRows() const override { return int(m_rows.size()); }
    bool appendPage(bool announce) override
    {
        const int held = heldRows();
        QVector<Row> page;
        page.reserve(paging().pageSize);
        if (!loadPage(held, paging().pageSize, &page) || page.isEmpty())
            return false;
        if (announce)
            beginInsertRows(QModelIndex(), held, held + int(page.size()) - 1);
        m_rows += page;
        if (announce)
            endInsertRows();
        return true;
    }

    mutable PageCache<Row> m_pages; // OnDemand
    QVector<Row> m_rows;            // Append
};
