#pragma once

#include <QSqlDatabase>

// The demo community's map. The buildings are laid out grid by grid (each grid a block of
// streets, each compound's buildings together inside it), a plan image is painted from that
// layout (compound lawns, streets, footprints, a river), and each grid's boundary is the
// padded convex hull of its buildings. Deterministic: it draws no random numbers, so the
// register data of a seed is unchanged.
class GridDemoMap final
{
public:
    // Runs inside the caller's transaction.
    static bool write(const QSqlDatabase &db, qint64 communityId);
};
