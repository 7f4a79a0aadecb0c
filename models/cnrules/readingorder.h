#pragma once

#include "hanzi.h"

#include <algorithm>
#include <QList>
#include <QString>
#include <utility>

// Short lists a clerk picks from (compounds, posts, rewards) read in pinyin order, the order of
// a Chinese index, not in code-point order where 幸福里 may come before 阳光苑 by chance.
// `before` decides first (e.g. archived last); the reading breaks its ties, then the original order.
template<class T, class NameOf, class Before> void sortByReading(QList<T> &list, NameOf nameOf, Before before)
{
    QList<std::pair<QString, T>> keyed;
    keyed.reserve(list.size());
    for (const T &item : std::as_const(list))
        keyed.append({Hanzi::pinyin(nameOf(item)), item});
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) {
        if (before(a.second, b.second))
            return true;
        if (before(b.second, a.second))
            return false;
        return a.first < b.first;
    });
    for (qsizetype i = 0; i < keyed.size(); ++i)
        list[i] = keyed.at(i).second;
}

template<class T, class NameOf> void sortByReading(QList<T> &list, NameOf nameOf)
{
    sortByReading(list, nameOf, [](const T &, const T &) { return false; });
}
