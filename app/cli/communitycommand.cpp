#include "communitycommand.h"

#include "models/access/accessscope.h"
#include "models/register/communityeditor.h"

#include <QCoreApplication>

namespace {

struct CommunityCli
{
    Q_DECLARE_TR_FUNCTIONS(CommunityCli)
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

} // namespace

int runStreetCommunityCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                              QTextStream &out, QTextStream &err)
{
    CommunityEditor editor(db, scope);
    const QString what = args.value(0);
    if (what == QLatin1String("list") && args.size() == 1) {
        for (const CommunityEditor::Entry &e : editor.list()) {
            // A community's clerk sees their own only, as the switcher would.
            if (!scope.isStreetLevel() && !scope.communityIds().contains(e.id))
                continue;
            out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                       .arg(e.code, e.name,
                            e.areaKm2 > 0 ? CommunityCli::tr("%1 km²").arg(e.areaKm2) : QStringLiteral("-"),
                            CommunityCli::tr("%n grid(s)", nullptr, e.grids),
                            e.archived ? CommunityCli::tr("archived") : CommunityCli::tr("active"))
                << Qt::endl;
        }
        return 0;
    }
    const qint64 id = editor.idByCode(args.value(1));
    if (what == QLatin1String("add") && (args.size() == 3 || args.size() == 4)) {
        bool ok = true;
        const double area = args.size() == 4 ? args.at(3).toDouble(&ok) : 0;
        if (!ok || area < 0)
            return wrong(err, CommunityCli::tr("community add: the area is in square kilometres, e.g. 1.2."));
        return report(editor.add(args.at(2), args.at(1), area), out, err,
                      CommunityCli::tr("Community %1 (%2) added.").arg(args.at(2).trimmed(), args.at(1).trimmed()));
    }
    if ((what == QLatin1String("rename") && args.size() == 3) ||
        (what == QLatin1String("archive") && args.size() == 2)) {
        if (!editor.refusal().isEmpty()) {
            err << editor.refusal() << Qt::endl;
            return 1;
        }
        if (!id)
            return wrong(
                err,
                CommunityCli::tr("community %1: there is no community with the code \"%2\".").arg(what, args.value(1)));
        if (what == QLatin1String("rename"))
            return report(editor.rename(id, args.at(2)), out, err,
                          CommunityCli::tr("Community %1 renamed %2.").arg(args.at(1), args.at(2).trimmed()));
        return report(editor.archive(id), out, err, CommunityCli::tr("Community %1 archived.").arg(args.at(1)));
    }
    return wrong(err, CommunityCli::tr("community: expected list, add CODE NAME [AREA_KM2], rename CODE NAME, "
                                       "archive CODE or set-name --street NAME --community NAME."));
}
