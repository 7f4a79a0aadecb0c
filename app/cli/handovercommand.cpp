#include "handovercommand.h"

#include "models/access/accessscope.h"
#include "models/grids/gridstore.h"
#include "models/paper/handoverpack.h"

#include <QCoreApplication>

namespace {

struct HandoverCli
{
    Q_DECLARE_TR_FUNCTIONS(HandoverCli)
};

} // namespace

int runHandoverCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &gridCode, const QString &out,
                       QTextStream &err)
{
    if (gridCode.isEmpty() || out.isEmpty()) {
        err << HandoverCli::tr("handover: write handover GRID --out FILE.pdf (GRID: the grid's code).") << Qt::endl;
        return 2;
    }
    qint64 gridId = 0;
    for (const Grid &g : GridStore(db, scope).grids())
        if (g.code.compare(gridCode, Qt::CaseInsensitive) == 0)
            gridId = g.id;
    if (!gridId) {
        err << HandoverCli::tr("handover: no grid has the code \"%1\" (or it is outside your grids).").arg(gridCode)
            << Qt::endl;
        return 2;
    }
    const HandoverPack pack(db, scope, gridId);
    QString error;
    if (!pack.writePdf(out, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    err << HandoverCli::tr("Handover pack of %1 written to %2.").arg(pack.gridName(), out) << Qt::endl;
    return 0;
}
