#include "carecommand.h"

#include "models/access/accessscope.h"
#include "models/access/exportaudit.h"
#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/care/carelevels.h"
#include "models/care/careoverdue.h"
#include "models/care/carepairstore.h"
#include "models/documents/tableexporter.h"
#include "models/register/registerlookups.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QStandardItemModel>

namespace {

struct CareCli
{
    Q_DECLARE_TR_FUNCTIONS(CareCli)
};

// The grid with this code (or name) among those the person sees; -1 when there is none.
qint64 gridFor(const QSqlDatabase &db, const AccessScope &scope, const QString &code)
{
    if (code.isEmpty())
        return 0;
    for (const auto &g : RegisterLookups(db, scope).grids())
        if (g.extra.compare(code, Qt::CaseInsensitive) == 0 || g.name == code)
            return g.id;
    return -1;
}

QDate dayFrom(const QString &text)
{
    return text.isEmpty() ? QDate::currentDate() : QDate::fromString(text, Qt::ISODate);
}

int wrongDate(const QString &text, QTextStream &err)
{
    err << CareCli::tr("care: --date \"%1\" is not a date; write it as YYYY-MM-DD.").arg(text) << Qt::endl;
    return 2;
}

int overdue(const QSqlDatabase &db, const AccessScope &scope, qint64 gridId, const QString &date, QTextStream &out,
            QTextStream &err)
{
    const QDate day = dayFrom(date);
    if (!day.isValid())
        return wrongDate(date, err);
    CareOverdue query(db, scope);
    query.setGrid(gridId);
    QList<OverdueHousehold> rows;
    if (!query.list(day, &rows)) {
        err << CareCli::tr("care overdue: the follow-ups could not be read from the database.") << Qt::endl;
        return 1;
    }
    for (const OverdueHousehold &h : rows)
        out << h.gridName << '\t' << h.address << '\t' << h.head << '\t'
            << (h.lastVisit.isValid() ? h.lastVisit.toString(Qt::ISODate) : CareCli::tr("never visited")) << '\t'
            << CareCli::tr("%n day(s) overdue", nullptr, h.daysOverdue) << '\t' << CareLevels::name(h.level) << '\t'
            << CareOverdue::reason(h) << Qt::endl;
    err << CareCli::tr("%n household(s) overdue for a follow-up on %1.", nullptr, int(rows.size()))
               .arg(day.toString(Qt::ISODate))
        << Qt::endl;
    return 0;
}

int assistList(const QSqlDatabase &db, const AccessScope &scope, qint64 gridId, const QCommandLineParser &parser,
               const CareOptions &o, QTextStream &out, QTextStream &err)
{
    AssistanceFilter filter;
    filter.gridId = gridId;
    filter.householdId = parser.value(o.household).toLongLong();
    if (parser.isSet(o.month)) {
        const QDate first = QDate::fromString(parser.value(o.month) + QStringLiteral("-01"), Qt::ISODate);
        if (!first.isValid()) {
            err << CareCli::tr("care assist list: --month \"%1\" is not a month; write it as YYYY-MM.")
                       .arg(parser.value(o.month))
                << Qt::endl;
            return 2;
        }
        filter.from = first;
        filter.to = first.addMonths(1).addDays(-1);
    }
    const QList<AssistanceRecord> records = AssistanceStore(db, scope).list(filter);
    qint64 total = 0;
    for (const AssistanceRecord &r : records) {
        out << r.givenOn.toString(Qt::ISODate) << '\t' << r.gridName << '\t' << r.address << '\t'
            << (r.residentName.isEmpty() ? r.head : r.residentName) << '\t' << r.kindName << '\t'
            << AssistanceStore::money(r.amountFen) << '\t' << r.items << '\t' << r.givenBy << Qt::endl;
        total += r.amountFen;
    }
    err << CareCli::tr("%n record(s), %1 yuan in all.", nullptr, int(records.size()))
               .arg(total > 0 ? AssistanceStore::money(total) : QStringLiteral("0"))
        << Qt::endl;
    return 0;
}

// `care export overdue|pairs|assist --out F`: the list the page's tab shows, to .csv or .xlsx
// through the window's exporter (phones masked), audited like the window's Export….
int exportList(const QSqlDatabase &db, const AccessScope &scope, qint64 gridId, const QString &which,
               const QString &date, const QString &outPath, QTextStream &out, QTextStream &err)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (outPath.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))) {
        err << CareCli::tr("care export: --out: please give a file ending in .csv or .xlsx.") << Qt::endl;
        return 2;
    }
    QStandardItemModel model;
    const auto add = [&model](const QStringList &cells) {
        QList<QStandardItem *> row;
        for (const QString &cell : cells)
            row << new QStandardItem(cell);
        model.appendRow(row);
    };
    QString what;
    if (which.isEmpty() || which == QLatin1String("overdue")) {
        const QDate day = dayFrom(date);
        if (!day.isValid())
            return wrongDate(date, err);
        CareOverdue query(db, scope);
        query.setGrid(gridId);
        QList<OverdueHousehold> rows;
        if (!query.list(day, &rows)) {
            err << CareCli::tr("care overdue: the follow-ups could not be read from the database.") << Qt::endl;
            return 1;
        }
        model.setHorizontalHeaderLabels({CareCli::tr("Grid"), CareCli::tr("Address"), CareCli::tr("Head"),
                                         CareCli::tr("Last visit"), CareCli::tr("Days overdue"), CareCli::tr("Level"),
                                         CareCli::tr("Why")});
        for (const OverdueHousehold &h : rows)
            add({h.gridName, h.address, h.head, h.lastVisit.isValid() ? h.lastVisit.toString(Qt::ISODate) : QString(),
                 QString::number(h.daysOverdue), CareLevels::name(h.level), CareOverdue::reason(h)});
        what = QStringLiteral("household");
    } else if (which == QLatin1String("pairs")) {
        CarePairFilter filter;
        filter.gridId = gridId;
        model.setHorizontalHeaderLabels({CareCli::tr("Grid"), CareCli::tr("Address"), CareCli::tr("Head"),
                                         CareCli::tr("Helper"), CareCli::tr("Helper is"), CareCli::tr("Start"),
                                         CareCli::tr("End"), CareCli::tr("Activities")});
        for (const CarePair &p : CarePairStore(db, scope).list(filter))
            add({p.gridName, p.address, p.head, p.helperName, CarePairStore::helperKindName(p.helperKind),
                 p.startedOn.toString(Qt::ISODate), p.endedOn.toString(Qt::ISODate), QString::number(p.activities)});
        what = QStringLiteral("care_pair");
    } else if (which == QLatin1String("assist")) {
        AssistanceFilter filter;
        filter.gridId = gridId;
        model.setHorizontalHeaderLabels({CareCli::tr("Given on"), CareCli::tr("Grid"), CareCli::tr("Address"),
                                         CareCli::tr("Resident"), CareCli::tr("Kind"), CareCli::tr("Amount (yuan)"),
                                         CareCli::tr("Items"), CareCli::tr("Given by")});
        for (const AssistanceRecord &r : AssistanceStore(db, scope).list(filter))
            add({r.givenOn.toString(Qt::ISODate), r.gridName, r.address,
                 r.residentName.isEmpty() ? r.head : r.residentName, r.kindName,
                 r.amountFen > 0 ? AssistanceStore::money(r.amountFen) : QString(), r.items, r.givenBy});
        what = QStringLiteral("assistance");
    } else {
        err << CareCli::tr("care export: say overdue, pairs or assist.") << Qt::endl;
        return 2;
    }
    TableExporter exporter(&model);
    QString error;
    if (!exporter.write(outPath, &error) ||
        !ExportAudit::keepAudited(db, scope, what, exporter.rowsWritten(), outPath,
                                  QStringLiteral("care export (command line)"), {}, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << CareCli::tr("%n row(s) written to %1.", nullptr, exporter.rowsWritten())
               .arg(QDir::toNativeSeparators(outPath))
        << Qt::endl;
    return 0;
}

int assistAdd(const QSqlDatabase &db, const AccessScope &scope, const QString &date, const QCommandLineParser &parser,
              const CareOptions &o, QTextStream &out, QTextStream &err)
{
    AssistanceRecord r;
    r.householdId = parser.value(o.household).toLongLong();
    r.residentId = parser.value(o.resident).toLongLong();
    r.kindId = AssistanceKinds(db, scope).find(parser.value(o.kind));
    if (r.householdId <= 0 || r.kindId <= 0) {
        err << CareCli::tr(
                   "care assist add: please give --household ID and --kind (e.g. 临时救助 or temporary_relief).")
            << Qt::endl;
        return 2;
    }
    if (!AssistanceStore::parseMoney(parser.value(o.amount), &r.amountFen)) {
        err << CareCli::tr("care assist add: --amount \"%1\" is not a sum of yuan, e.g. 500 or 300.50.")
                   .arg(parser.value(o.amount))
            << Qt::endl;
        return 2;
    }
    r.items = parser.value(o.items);
    r.givenBy = parser.value(o.givenBy);
    r.givenOn = dayFrom(date);
    if (!r.givenOn.isValid())
        return wrongDate(date, err);
    const SaveResult saved = AssistanceStore(db, scope).add(r);
    if (!saved.ok) {
        err << saved.firstMessage() << Qt::endl;
        return 1;
    }
    out << CareCli::tr("Assistance record %1 added.").arg(saved.id) << Qt::endl;
    return 0;
}

int pairList(const QSqlDatabase &db, const AccessScope &scope, qint64 gridId, const QCommandLineParser &parser,
             const CareOptions &o, QTextStream &out, QTextStream &err)
{
    CarePairFilter filter;
    filter.gridId = gridId;
    filter.householdId = parser.value(o.household).toLongLong();
    const QList<CarePair> pairs = CarePairStore(db, scope).list(filter);
    for (const CarePair &p : pairs)
        out << p.gridName << '\t' << p.address << '\t' << p.head << '\t' << p.helperName << '\t'
            << CarePairStore::helperKindName(p.helperKind) << '\t' << p.startedOn.toString(Qt::ISODate) << '\t'
            << (p.endedOn.isValid() ? p.endedOn.toString(Qt::ISODate) : CareCli::tr("current")) << '\t'
            << CareCli::tr("%n activity(ies)", nullptr, p.activities) << Qt::endl;
    err << CareCli::tr("%n pair(s).", nullptr, int(pairs.size())) << Qt::endl;
    return 0;
}

int pairAdd(const QSqlDatabase &db, const AccessScope &scope, const QString &date, const QCommandLineParser &parser,
            const CareOptions &o, QTextStream &out, QTextStream &err)
{
    CarePair p;
    p.householdId = parser.value(o.household).toLongLong();
    p.helperName = parser.value(o.helper);
    p.helperKind = parser.value(o.kind).isEmpty() ? QStringLiteral("cadre") : parser.value(o.kind);
    p.startedOn = dayFrom(date);
    if (!p.startedOn.isValid())
        return wrongDate(date, err);
    if (p.householdId <= 0) {
        err << CareCli::tr("care pair add: please give --household ID.") << Qt::endl;
        return 2;
    }
    const SaveResult saved = CarePairStore(db, scope).save(p);
    if (!saved.ok) {
        err << saved.firstMessage() << Qt::endl;
        return 1;
    }
    out << CareCli::tr("Pair %1 added.").arg(saved.id) << Qt::endl;
    return 0;
}

} // namespace

CareOptions::CareOptions()
    : household(QStringLiteral("household"), CareCli::tr("care: the household's ID."), QStringLiteral("ID"))
    , resident(QStringLiteral("resident"), CareCli::tr("care assist add: the resident helped (ID)."),
               QStringLiteral("ID"))
    , kind(QStringLiteral("kind"),
           CareCli::tr("care assist add: the kind of assistance; care pair add: cadre, party_member or volunteer."),
           QStringLiteral("KIND"))
    , amount(QStringLiteral("amount"), CareCli::tr("care assist add: the sum given, in yuan."), QStringLiteral("YUAN"))
    , items(QStringLiteral("items"), CareCli::tr("care assist add: what was handed over."), QStringLiteral("TEXT"))
    , givenBy(QStringLiteral("by"), CareCli::tr("care assist add: who gave it."), QStringLiteral("NAME"))
    , helper(QStringLiteral("helper"), CareCli::tr("care pair add: the helper's name."), QStringLiteral("NAME"))
    , month(QStringLiteral("month"), CareCli::tr("care assist list: only this month."), QStringLiteral("YYYY-MM"))
{}

QList<QCommandLineOption> CareOptions::all() const
{
    return {household, resident, kind, amount, items, givenBy, helper, month};
}

int runCareCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                   const QCommandLineParser &parser, const CareOptions &options, const QString &gridCode,
                   const QString &date, const QString &outPath, QTextStream &out, QTextStream &err)
{
    const qint64 gridId = gridFor(db, scope, gridCode);
    if (gridId < 0) {
        err << CareCli::tr("care: --grid: \"%1\" is not one of the grids you see.").arg(gridCode) << Qt::endl;
        return 2;
    }
    const QString what = args.value(0);
    const QString how = args.value(1);
    if (what == QLatin1String("export"))
        return exportList(db, scope, gridId, how, date, outPath, out, err);
    if (what == QLatin1String("overdue"))
        return overdue(db, scope, gridId, date, out, err);
    if (what == QLatin1String("assist") && how == QLatin1String("list"))
        return assistList(db, scope, gridId, parser, options, out, err);
    if (what == QLatin1String("assist") && how == QLatin1String("add"))
        return assistAdd(db, scope, date, parser, options, out, err);
    if (what == QLatin1String("pair") && how == QLatin1String("list"))
        return pairList(db, scope, gridId, parser, options, out, err);
    if (what == QLatin1String("pair") && how == QLatin1String("add"))
        return pairAdd(db, scope, date, parser, options, out, err);
    err << CareCli::tr("care: expected overdue, assist list|add, pair list|add or export overdue|pairs|assist.")
        << Qt::endl;
    return 2;
}
