#include "gridfigures.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/register/registerrows.h"

QHash<qint64, GridFigure> GridFigures::compute(const QSqlDatabase &db, const AccessScope &scope, const QDate &today)
{
    QHash<qint64, GridFigure> figures;
    // A grid worker's figures cover only their grids.
    const QString buildingScope = RegisterRows::grids(scope, QStringLiteral("b.grid_id"));
    const QString caseScope = RegisterRows::grids(scope, QStringLiteral("grid_id"));
    SqlQuery households(db, QStringLiteral("SELECT coalesce(b.grid_id, 0), count(*) FROM household h JOIN building b "
                                           "ON b.id = h.building_id WHERE h.status = 'active'") +
                                buildingScope + QStringLiteral(" GROUP BY 1"));
    if (households.exec())
        while (households.next())
            figures[households.value(0).toLongLong()].households = households.value(1).toInt();

    const QString cutoff = today.addYears(-60).toString(Qt::ISODate);
    SqlQuery residents(db, QStringLiteral("SELECT coalesce(b.grid_id, 0), count(*), "
                                          "sum(CASE WHEN r.birth_date <= ? THEN 1 ELSE 0 END) FROM resident r "
                                          "JOIN household h ON h.id = r.household_id JOIN building b ON b.id = "
                                          "h.building_id WHERE r.status = 'living'") +
                               buildingScope + QStringLiteral(" GROUP BY 1"));
    if (residents.exec(cutoff))
        while (residents.next()) {
            GridFigure &f = figures[residents.value(0).toLongLong()];
            f.residents = residents.value(1).toInt();
            f.elderly = residents.value(2).toInt();
        }

    SqlQuery tags(db, QStringLiteral("SELECT coalesce(b.grid_id, 0), rt.tag_id, count(*) FROM resident_tag rt "
                                     "JOIN resident r ON r.id = rt.resident_id JOIN household h ON h.id = "
                                     "r.household_id JOIN building b ON b.id = h.building_id WHERE r.status = "
                                     "'living'") +
                          buildingScope + QStringLiteral(" GROUP BY 1, 2"));
    if (tags.exec())
        while (tags.next())
            figures[tags.value(0).toLongLong()].tagCounts.insert(tags.value(1).toLongLong(), tags.value(2).toInt());

    // Open = not yet closed nor followed up (CaseWorkflow::isOpen); served by the cases_status index.
    SqlQuery cases(db, QStringLiteral("SELECT coalesce(grid_id, 0), count(*) FROM cases WHERE status IN ('received', "
                                      "'assessed', 'assigned', 'supervised')") +
                           caseScope + QStringLiteral(" GROUP BY 1"));
    if (cases.exec())
        while (cases.next())
            figures[cases.value(0).toLongLong()].openCases = cases.value(1).toInt();
    return figures;
}

GridFigure &GridFigure::operator+=(const GridFigure &o)
{
    households += o.households;
    residents += o.residents;
    elderly += o.elderly;
    for (auto it = o.tagCounts.cbegin(); it != o.tagCounts.cend(); ++it)
        tagCounts[it.key()] += it.value();
    openCases += o.openCases;
    return *this;
}

int GridFigures::value(const GridFigure &figure, Measure measure)
{
    switch (measure) {
    case Measure::Residents:
        return figure.residents;
    case Measure::Elderly:
        return figure.elderly;
    case Measure::Households:
        return figure.households;
    case Measure::OpenCases:
        return figure.openCases;
    }
    return 0;
}
