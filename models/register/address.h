#pragma once

#include <QString>

// How a household's address reads in lists, prints and the search index.
class Address final
{
public:
    // "幸福里 3号楼 2单元 501"; empty parts are left out.
    static QString format(const QString &compound, const QString &building, const QString &unit, const QString &room);
};
