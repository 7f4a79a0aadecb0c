#pragma once

#include <QHash>
#include <QList>
#include <QVector>

// The pages of a lazily read list: rows are fetched `pageSize` at a time as a view asks for
// them, and only the `maxPages` most recently used pages are kept, so scrolling a list of a
// million rows holds a few thousand. Shared by the list models that page through SQL.
template<typename Row> class PageCache final
{
public:
    PageCache(int pageSize, int maxPages)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    {}

    int pageSize() const { return m_pageSize; }
    void clear()
    {
        m_pages.clear();
        m_order.clear();
    }

    // The row at `index`, reading its page with `load(page, &rows)` when it is not cached;
    // nullptr when the page cannot be read or is shorter than expected.
    template<typename Load> const Row *row(int index, Load load)
    {
        const int page = index / m_pageSize;
        auto it = m_pages.constFind(page);
        if (it == m_pages.constEnd()) {
            QVector<Row> rows;
            rows.reserve(m_pageSize);
            if (!load(page, &rows))
                return nullptr;
            m_pages.insert(page, rows);
            m_order.append(page);
            while (m_order.size() > m_maxPages)
                m_pages.remove(m_order.takeFirst());
            it = m_pages.constFind(page);
        } else if (m_order.constLast() != page) {
            m_order.removeOne(page);
            m_order.append(page);
        }
        const int offset = index % m_pageSize;
        return offset < it->size() ? &it->at(offset) : nullptr;
    }

    // The index of the first cached row `matches` accepts, or -1 (pages not read are not searched).
    template<typename Match> int indexOf(Match matches) const
    {
        for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
            for (int i = 0; i < it->size(); ++i)
                if (matches(it->at(i)))
                    return it.key() * m_pageSize + i;
        return -1;
    }

private:
    int m_pageSize;
    int m_maxPages;
    QHash<int, QVector<Row>> m_pages;
    QList<int> m_order; // most recently used last
};
