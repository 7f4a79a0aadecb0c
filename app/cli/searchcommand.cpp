#include "searchcommand.h"
#include "clicommandregistry.h"
#include "clioptions.h"
#include "clioutput.h"
#include "models/core/database.h"
#include "models/register/residenttablemodel.h"

#include <QCommandLineParser>

int runSearch(const CliContext &c)
{
    const QString text = c.args.mid(1).join(QLatin1Char(' '));
    const QCommandLineParser &parser = c.parser;
    const QCommandLineOption &limit = c.options.limit;
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max < 1) {
        c.err << Cli::tr("--limit: expected a positive whole number, got \"%1\".").arg(parser.value(limit)) << Qt::endl;
        return 2;
    }
    ResidentTableModel model(c.db.connection(), c.scope);
    ResidentFilter filter;
    filter.text = text;
    model.setFilter(filter);
    const int rows = qMin(max, model.rowCount());
    for (int row = 0; row < rows; ++row) {
        QStringList cells;
        for (int column = 0; column < ResidentTableModel::ColumnCount; ++column)
            cells << model.index(row, column).data().toString();
        c.out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    c.err << Cli::tr("%1 found, %2 shown.").arg(model.rowCount()).arg(rows) << Qt::endl;
    return 0;
}
