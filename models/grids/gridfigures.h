#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>

class AccessScope;

// The figures of one grid: active households, living residents, residents aged 60+, and the
// living residents carrying each special-group tag, and its open cases (not closed nor followed up).
struct GridFigure
{
    int households = 0;
    int residents = 0;
    int elderly = 0;
    QHash<qint64, int> tagCounts; // tag id -> residents
    int openCases = 0;

    GridFigure &operator+=(const GridFigure &o);
};

class GridFigures final
{
public:
    enum class Measure { Residents, Elderly, Households, OpenCases };

    // Keyed by grid id; buildings in no grid are gathered under 0.
    static QHash<qint64, GridFigure> compute(const QSqlDatabase &db, const AccessScope &scope,
                                             const QDate &today = QDate::currentDate());
    static int value(const GridFigure &figure, Measure measure);
};
