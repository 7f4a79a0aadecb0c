#include "mediationcommand.h"

#include "models/access/accessscope.h"
#include "models/access/exportaudit.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/documents/tableexporter.h"
#include "models/mediation/agreementdocument.h"
#include "models/mediation/mediationstore.h"
#include "models/mediation/mediationtablemodel.h"
#include "models/mediation/mediationtypes.h"
#include "models/mediation/rentalstore.h"
#include "models/mediation/rentaltablemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct MediationCli
{
    Q_DECLARE_TR_FUNCTIONS(MediationCli)
};

QString day(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd"));
}

int show(const Mediation &m, const MediationStore &store, QTextStream &out)
{
    out << MediationCli::tr("Mediation %1").arg(m.id) << Qt::endl
        << MediationCli::tr("Received: %1").arg(day(m.receivedOn)) << Qt::endl
        << MediationCli::tr("Kind: %1").arg(MediationTypes::label(MediationTypes::kinds(), m.kind)) << Qt::endl
        << MediationCli::tr("Status: %1").arg(MediationTypes::label(MediationTypes::statuses(), m.status)) << Qt::endl
        << MediationCli::tr("Mediator: %1").arg(m.mediator) << Qt::endl
        << MediationCli::tr("Grid: %1").arg(store.gridName(m.gridId)) << Qt::endl;
    if (m.caseId > 0)
        out << MediationCli::tr("From case: %1").arg(store.caseNumber(m.caseId)) << Qt::endl;
    out << MediationCli::tr("Matter: %1").arg(m.matter) << Qt::endl;
    for (const Mediation::Party &p : m.parties)
        out << MediationCli::tr("Party: %1\t%2\t%3\t%4")
                   .arg(MediationTypes::label(MediationTypes::sides(), p.side), p.name, PhoneNumber::mask(p.phone),
                        IdNumber::mask(p.idNumber))
            << Qt::endl;
    for (const Mediation::Session &s : m.sessions)
        out << MediationCli::tr("Session: %1\t%2").arg(day(s.heldOn), s.notes) << Qt::endl;
    if (!m.agreement.isEmpty())
        out << MediationCli::tr("Agreement: %1").arg(m.agreement) << Qt::endl;
    if (m.kept >= 0)
        out << (m.kept ? MediationCli::tr("Kept: yes") : MediationCli::tr("Kept: no")) << Qt::endl;
    return 0;
}

// Writes the ledger as the window's list shows it (numbers masked) to .csv or .xlsx, audited like
// the window's Export….
int exportLedger(const QSqlDatabase &db, const AccessScope &scope, QAbstractItemModel *model, const QString &command,
                 const QString &what, const QString &outPath, QTextStream &out, QTextStream &err)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (outPath.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))) {
        err << MediationCli::tr("%1 export: --out: please give a file ending in .csv or .xlsx.").arg(command)
            << Qt::endl;
        return 2;
    }
    TableExporter exporter(model);
    QString error;
    if (!exporter.write(outPath, &error) ||
        !ExportAudit::keepAudited(db, scope, what, exporter.rowsWritten(), outPath,
                                  QStringLiteral("%1 export (command line)").arg(command), {}, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << MediationCli::tr("%n row(s) written to %1.", nullptr, exporter.rowsWritten())
               .arg(QDir::toNativeSeparators(outPath))
        << Qt::endl;
    return 0;
}

} // namespace

int runMediationCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                        const QString &outPath, QTextStream &out, QTextStream &err)
{
    const QString what = args.value(0);
    const MediationStore store(db, scope);
    if (what == QLatin1String("list")) {
        const QList<MediationStore::Row> rows = store.list();
        for (const MediationStore::Row &r : rows)
            out << r.id << '\t' << day(r.receivedOn) << '\t' << r.kind << '\t' << r.status << '\t' << r.parties << '\t'
                << r.matter << Qt::endl;
        err << MediationCli::tr("%n mediation(s).", nullptr, int(rows.size())) << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("export")) {
        MediationTableModel model(db, scope);
        model.setFilter(MediationFilter());
        return exportLedger(db, scope, &model, QStringLiteral("mediation"), QStringLiteral("mediations"), outPath, out,
                            err);
    }
    if (what != QLatin1String("show") && what != QLatin1String("print")) {
        err << MediationCli::tr("mediation: say list, export --out FILE, show ID or print ID --out FILE.pdf.")
            << Qt::endl;
        return 2;
    }
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (!ok || id <= 0) {
        err << MediationCli::tr("mediation %1: please give the mediation's number (ID).").arg(what) << Qt::endl;
        return 2;
    }
    const std::optional<Mediation> m = store.mediation(id);
    if (!m) {
        err << MediationCli::tr("mediation %1: there is no mediation %2 you may see.").arg(what).arg(id) << Qt::endl;
        return 1;
    }
    if (what == QLatin1String("show"))
        return show(*m, store, out);
    if (outPath.isEmpty() || !outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        err << MediationCli::tr("mediation print: please give --out FILE.pdf.") << Qt::endl;
        return 2;
    }
    QString error;
    if (!AgreementDocument(db, scope, *m).writePdf(outPath, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    err << MediationCli::tr("Agreement written to %1.").arg(QDir::toNativeSeparators(outPath)) << Qt::endl;
    return 0;
}

int runRentalCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, const QString &days,
                     const QString &outPath, QTextStream &out, QTextStream &err)
{
    const QString what = args.value(0);
    const RentalStore store(db, scope);
    if (what == QLatin1String("list")) {
        const QList<RentalStore::Row> rows = store.rooms();
        for (const RentalStore::Row &r : rows)
            out << r.id << '\t' << r.address << '\t' << r.landlord << '\t' << r.tenants << '\t' << day(r.nextExpiry)
                << Qt::endl;
        err << MediationCli::tr("%n rented room(s).", nullptr, int(rows.size())) << Qt::endl;
        return 0;
    }
    if (what == QLatin1String("export")) {
        RentalTableModel model(db, scope);
        model.showRooms(QString());
        return exportLedger(db, scope, &model, QStringLiteral("rental"), QStringLiteral("rental_room"), outPath, out,
                            err);
    }
    if (what != QLatin1String("expiring")) {
        err << MediationCli::tr("rental: say list, export --out FILE or expiring [--days N].") << Qt::endl;
        return 2;
    }
    bool ok = true;
    const int n = days.isEmpty() ? 30 : days.toInt(&ok);
    if (!ok || n < 0) {
        err << MediationCli::tr("rental expiring: --days \"%1\" is not a number of days.").arg(days) << Qt::endl;
        return 2;
    }
    const QList<RentalStore::Expiring> list = store.expiring(n);
    for (const RentalStore::Expiring &e : list)
        out << e.name << '\t' << e.address << '\t' << e.permit << '\t' << day(e.expiresOn) << '\t' << e.daysLeft
            << Qt::endl;
    err << MediationCli::tr("%n permit(s) expire within %1 days or have expired.", nullptr, int(list.size())).arg(n)
        << Qt::endl;
    return 0;
}
