#include "coveragecommand.h"
#include "clioutput.h"
#include "models/core/database.h"
#include "models/grids/gridcoverage.h"

// 不落一户: exit code 0 when every building is in a grid and every household has a building.
int runCoverage(Database &db, const AccessScope &scope, QTextStream &out, QTextStream &err)
{
    if (!scope.seesAllGrids()) {
        err << Cli::tr("coverage: this lists the whole community; your account sees only its own grids.") << Qt::endl;
        return 1;
    }
    const GridCoverage coverage(db.connection(), scope);
    const QList<GridCoverage::Building> buildings = coverage.buildingsWithoutGrid();
    const QList<GridCoverage::Household> households = coverage.householdsWithoutBuilding();
    for (const GridCoverage::Building &b : buildings)
        out << Cli::tr("building %1\t%2 %3\tin no grid (%4 households)")
                   .arg(b.id)
                   .arg(b.compoundName, b.name)
                   .arg(b.households)
            << Qt::endl;
    for (const GridCoverage::Household &h : households)
        out << Cli::tr("household %1\t%2\thas no building").arg(h.id).arg(h.head) << Qt::endl;
    if (buildings.isEmpty() && households.isEmpty()) {
        out << Cli::tr("Every building is in a grid and every household has a building.") << Qt::endl;
        return 0;
    }
    err << Cli::tr("%1 building(s) in no grid, %2 household(s) with no building.")
               .arg(buildings.size())
               .arg(households.size())
        << Qt::endl;
    return 1;
}
