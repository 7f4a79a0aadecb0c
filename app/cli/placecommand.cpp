#include "placecommand.h"

#include "communitycommand.h"
#include "models/access/accessscope.h"
#include "models/register/placestore.h"

#include <QCoreApplication>

namespace {

struct PlaceCli
{
    Q_DECLARE_TR_FUNCTIONS(PlaceCli)
};

int wrong(QTextStream &err, const QString &message)
{
    err << message << Qt::endl;
    return 2;
}

int report(const SaveResult &result, QTextStream &out, QTextStream &err, const QString &done)
{
    if (!result.ok) {
        err << result.firstMessage() << Qt::endl;
        return 1;
    }
    out << done << Qt::endl;
    return 0;
}

int list(const PlaceStore &store, QTextStream &out)
{
    const PlaceStore::Community c = store.community();
    out << PlaceCli::tr("community\t%1\tstreet\t%2").arg(c.name, c.street) << Qt::endl;
    for (const PlaceStore::Compound &compound : store.compounds()) {
        out << PlaceCli::tr("compound\t%1").arg(compound.name) << Qt::endl;
        for (const PlaceStore::Building &b : store.buildings(compound.id))
            out << PlaceCli::tr("building\t%1\t%2\tgrid %3\t%4 units\t%5 households")
                       .arg(compound.name, b.name, b.gridCode.isEmpty() ? QStringLiteral("-") : b.gridCode)
                       .arg(b.units)
                       .arg(b.households)
                << Qt::endl;
    }
    return 0;
}

// The compound named by --compound, or the error to print.
qint64 compoundOf(const PlaceStore &store, const PlaceArguments &options, QString *error)
{
    if (options.compound.trimmed().isEmpty()) {
        *error = PlaceCli::tr("--compound: please name the compound.");
        return 0;
    }
    const qint64 id = store.compoundId(options.compound);
    if (!id)
        *error = PlaceCli::tr("--compound: there is no compound named %1.").arg(options.compound);
    return id;
}

int addBuilding(PlaceStore &store, const QString &name, const PlaceArguments &options, QTextStream &out,
                QTextStream &err)
{
    QString error;
    const qint64 compound = compoundOf(store, options, &error);
    if (!compound)
        return wrong(err, error);
    qint64 grid = 0;
    if (!options.grid.isEmpty()) {
        grid = store.gridId(options.grid);
        if (!grid)
            return wrong(err, PlaceCli::tr("--grid: there is no active grid with the code %1.").arg(options.grid));
    }
    int units = 0;
    if (!options.units.isEmpty()) {
        bool ok = false;
        units = options.units.toInt(&ok);
        if (!ok || units < 0)
            return wrong(err, PlaceCli::tr("--units: expected a whole number, got \"%1\".").arg(options.units));
    }
    return report(store.addBuilding(compound, name, grid, units), out, err,
                  PlaceCli::tr("Building %1 added to %2.").arg(name.trimmed(), options.compound.trimmed()));
}

int rename(PlaceStore &store, const QStringList &args, const PlaceArguments &options, QTextStream &out,
           QTextStream &err)
{
    const QString kind = args.at(1);
    const QString from = args.at(2);
    const QString to = args.at(3);
    if (kind == QLatin1String("compound")) {
        const qint64 id = store.compoundId(from);
        if (!id)
            return wrong(err, PlaceCli::tr("place rename: there is no compound named %1.").arg(from));
        return report(store.renameCompound(id, to), out, err,
                      PlaceCli::tr("Compound %1 renamed to %2.").arg(from, to.trimmed()));
    }
    QString error;
    const qint64 compound = compoundOf(store, options, &error);
    if (!compound)
        return wrong(err, error);
    const qint64 id = store.buildingId(compound, from);
    if (!id)
        return wrong(err, PlaceCli::tr("place rename: %1 has no building named %2.").arg(options.compound, from));
    return report(store.renameBuilding(id, to), out, err,
                  PlaceCli::tr("Building %1 renamed to %2.").arg(from, to.trimmed()));
}

int merge(PlaceStore &store, const QStringList &args, const PlaceArguments &options, QTextStream &out, QTextStream &err)
{
    QString error;
    const qint64 compound = compoundOf(store, options, &error);
    if (!compound)
        return wrong(err, error);
    const qint64 from = store.buildingId(compound, args.at(2));
    const qint64 into = store.buildingId(compound, args.at(3));
    if (!from || !into)
        return wrong(err, PlaceCli::tr("place merge: %1 has no building named %2.")
                              .arg(options.compound, from ? args.at(3) : args.at(2)));
    return report(store.mergeBuildings(from, into), out, err,
                  PlaceCli::tr("Building %1 merged into %2; its households moved.").arg(args.at(2), args.at(3)));
}

int mergeCompounds(PlaceStore &store, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const qint64 from = store.compoundId(args.at(2));
    const qint64 into = store.compoundId(args.at(3));
    if (!from || !into)
        return wrong(err,
                     PlaceCli::tr("place merge: there is no compound named %1.").arg(from ? args.at(3) : args.at(2)));
    return report(store.mergeCompounds(from, into), out, err,
                  PlaceCli::tr("Compound %1 merged into %2; its buildings moved.").arg(args.at(2), args.at(3)));
}

} // namespace

int runPlaceCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                    const PlaceArguments &options, QTextStream &out, QTextStream &err)
{
    PlaceStore store(db, scope);
    const QString action = args.value(0);
    const QString kind = args.value(1);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(store, out);
    if (action == QLatin1String("add") && kind == QLatin1String("compound") && args.size() == 3)
        return report(store.addCompound(args.at(2)), out, err,
                      PlaceCli::tr("Compound %1 added.").arg(args.at(2).trimmed()));
    if (action == QLatin1String("add") && kind == QLatin1String("building") && args.size() == 3)
        return addBuilding(store, args.at(2), options, out, err);
    if (action == QLatin1String("rename") && args.size() == 4 &&
        (kind == QLatin1String("building") || kind == QLatin1String("compound")))
        return rename(store, args, options, out, err);
    if (action == QLatin1String("merge") && kind == QLatin1String("building") && args.size() == 4)
        return merge(store, args, options, out, err);
    if (action == QLatin1String("merge") && kind == QLatin1String("compound") && args.size() == 4)
        return mergeCompounds(store, args, out, err);
    return wrong(err, PlaceCli::tr("place: expected list, add compound NAME, add building NAME --compound NAME, "
                                   "rename building|compound OLD NEW, merge building FROM INTO --compound NAME "
                                   "or merge compound FROM INTO."));
}

int runCommunityCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                        const PlaceArguments &options, QTextStream &out, QTextStream &err)
{
    if (args != QStringList{QStringLiteral("set-name")})
        return runStreetCommunityCommand(db, scope, args, out, err); // list, add, rename, archive
    PlaceStore store(db, scope);
    return report(store.setCommunity(options.street, options.community), out, err,
                  PlaceCli::tr("Community named %1 (%2).").arg(options.community.trimmed(), options.street.trimmed()));
}
