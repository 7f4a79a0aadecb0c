#include "formcommand.h"

#include "models/access/accessscope.h"
#include "models/formmaps/formmappingstore.h"
#include "models/forms/formcounts.h"
#include "models/forms/formfiller.h"
#include "models/forms/formlayout.h"
#include "models/workspace/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct FormCli
{
    Q_DECLARE_TR_FUNCTIONS(FormCli)
};

} // namespace

int runFormCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, const FormArguments &a,
                   QTextStream &out, QTextStream &err)
{
    if (args.value(1) != QLatin1String("fill") || args.size() != 3) {
        err << FormCli::tr("form: please write form fill TEMPLATE.xlsx --out FILE.xlsx.") << Qt::endl;
        return 2;
    }
    const QString templatePath = args.at(2);
    if (a.out.isEmpty() || QFileInfo(a.out).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0) {
        err << FormCli::tr("form fill: --out: please give a file ending in .xlsx.") << Qt::endl;
        return 2;
    }
    FormLayout layout;
    QString error;
    if (!FormLayout::read(templatePath, &layout, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const std::optional<RememberedForm> remembered = FormMappingStore(db, scope).find(layout.fingerprint);
    FormMapping mapping = remembered ? remembered->mapping : layout.guessMapping();
    FormPeople people = remembered ? remembered->people : FormPeople();
    const FormCounts lookups(db, scope);
    if (!a.grid.isEmpty()) {
        people.gridId = lookups.gridId(a.grid);
        if (people.gridId == 0) {
            err << (scope.seesAllGrids()
                        ? FormCli::tr("form fill: there is no grid \"%1\".").arg(a.grid)
                        : FormCli::tr("form fill: --grid: \"%1\" is not one of your grids.").arg(a.grid))
                << Qt::endl;
            return 2;
        }
    }
    if (!a.tag.isEmpty()) {
        people.tagId = lookups.tagId(a.tag);
        if (people.tagId == 0) {
            err << FormCli::tr("form fill: --tag: there is no tag \"%1\".").arg(a.tag) << Qt::endl;
            return 2;
        }
    }
    if (!a.minAge.isEmpty()) {
        bool ok = false;
        people.minAge = a.minAge.toInt(&ok);
        if (!ok || people.minAge < 0 || people.minAge > 150) {
            err << FormCli::tr("--min-age: expected an age from 0 to 150, got \"%1\".").arg(a.minAge) << Qt::endl;
            return 2;
        }
    }
    people.fullNumbers = a.showIds;
    if (mapping.isEmpty()) {
        err << FormCli::tr("form fill: no column of %1 is one the register knows; map it once in the window "
                           "(File → Fill a street form…).")
                   .arg(QFileInfo(templatePath).fileName())
            << Qt::endl;
        return 1;
    }
    for (int c = 0; c < layout.titles.size(); ++c)
        if (!layout.titles.at(c).isEmpty() && mapping.columns.value(c).isEmpty())
            err << FormCli::tr("form fill: the column \"%1\" is left as the form has it.").arg(layout.titles.at(c))
                << Qt::endl;

    FormFiller filler(db, scope);
    filler.setElderlyAge(AppSettings::elderlyAge());
    if (people.fullNumbers && !scope.canRevealNumbers())
        err << FormCli::tr("form fill: your role may not see full ID or phone numbers; they are written masked.")
            << Qt::endl;
    if (!filler.fill(layout, mapping, people, a.out, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    for (const QString &label : filler.unknownRows())
        err << FormCli::tr("form fill: the row \"%1\" names no grid, age band or tag; left as it was.").arg(label)
            << Qt::endl;
    if (layout.kind == FormLayout::Kind::Counts)
        out << FormCli::tr("%n row(s) of figures written to %1.", nullptr, filler.rowsWritten())
                   .arg(QDir::toNativeSeparators(a.out))
            << Qt::endl;
    else
        out << FormCli::tr("%n resident(s) written to %1.", nullptr, filler.rowsWritten())
                   .arg(QDir::toNativeSeparators(a.out))
            << Qt::endl;
    return 0;
}
