#include "casecommand.h"

#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/cases/caseworkflow.h"

#include <QCoreApplication>

namespace {

struct CaseCli
{
    Q_DECLARE_TR_FUNCTIONS(CaseCli)
};

int list(const QSqlDatabase &db, const AccessScope &scope, const QString &status, QTextStream &out, QTextStream &err)
{
    const QStringList groups{QStringLiteral("open"), QStringLiteral("overdue"), QStringLiteral("resolved")};
    if (!status.isEmpty() && !groups.contains(status) && !CaseWorkflow::statusCodes().contains(status)) {
        err << CaseCli::tr("case list: \"%1\" is not a status; say open, overdue, resolved, withdrawn or one of %2.")
                   .arg(status, CaseWorkflow::statusCodes().join(QStringLiteral(", ")))
            << Qt::endl;
        return 2;
    }
    CaseTableModel model(db, scope);
    CaseFilter filter;
    filter.status = status;
    model.setFilter(filter);
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        for (int column :
             {CaseTableModel::CaseNo, CaseTableModel::Received, CaseTableModel::Category, CaseTableModel::Grid,
              CaseTableModel::Status, CaseTableModel::Deadline, CaseTableModel::Location})
            cells << model.index(row, column).data().toString();
        out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    err << CaseCli::tr("%n case(s).", nullptr, rows) << Qt::endl;
    return 0;
}

int setWithdrawn(const QSqlDatabase &db, const AccessScope &scope, const QString &which, bool withdraw,
                 QTextStream &out, QTextStream &err)
{
    const QString command = withdraw ? QStringLiteral("withdraw") : QStringLiteral("reinstate");
    if (which.isEmpty()) {
        err << CaseCli::tr("case %1: give the case number.").arg(command) << Qt::endl;
        return 2;
    }
    CaseStore store(db, scope);
    qint64 id = store.idOfCaseNo(which);
    bool number = false;
    if (!id && which.toLongLong(&number) > 0 && number)
        id = which.toLongLong();
    const std::optional<CaseRecord> c = id ? store.record(id) : std::nullopt;
    if (!c) {
        err << CaseCli::tr("case %1: there is no case %2.").arg(command, which) << Qt::endl;
        return 1;
    }
    const SaveResult r = withdraw ? store.withdraw(c->id, c->rowVersion) : store.reinstate(c->id, c->rowVersion);
    if (!r.ok) {
        err << CaseCli::tr("case %1: %2").arg(command, r.firstMessage()) << Qt::endl;
        return 1;
    }
    out << (withdraw ? CaseCli::tr("Case %1 withdrawn; it is out of every count until reinstated.")
                     : CaseCli::tr("Case %1 reinstated."))
               .arg(c->caseNo)
        << Qt::endl;
    return 0;
}

} // namespace

int runCaseCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, QTextStream &out,
                   QTextStream &err)
{
    const QString what = args.value(0);
    if (what == QLatin1String("list"))
        return list(db, scope, args.value(1), out, err);
    if (what == QLatin1String("withdraw") || what == QLatin1String("reinstate"))
        return setWithdrawn(db, scope, args.value(1), what == QLatin1String("withdraw"), out, err);
    err << CaseCli::tr("case: say list [STATUS], withdraw CASE or reinstate CASE.") << Qt::endl;
    return 2;
}
