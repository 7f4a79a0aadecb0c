#include "monthlyreportledgers.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/documents/xlsxwriter.h"
#include "models/mediation/mediationtypes.h"
#include "models/register/registerrows.h"

#include <QHash>

namespace {

QDate day(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

bool within(const QDate &d, const QDate &first, const QDate &last)
{
    return d.isValid() && d >= first && d <= last;
}

} // namespace

MonthlyReportLedgers::Row &MonthlyReportLedgers::Row::operator+=(const Row &o)
{
    received += o.received;
    mediated += o.mediated;
    agreed += o.agreed;
    kept += o.kept;
    rooms += o.rooms;
    tenants += o.tenants;
    expiring += o.expiring;
    expired += o.expired;
    return *this;
}

bool MonthlyReportLedgers::load(const QSqlDatabase &db, const AccessScope &scope, int year, int month, qint64 gridId,
                                const QList<std::pair<qint64, QString>> &grids, const QDate &asOf)
{
    m_rows.clear();
    m_kinds.clear();
    m_asOf = asOf;
    for (const auto &[id, name] : grids) {
        Row r;
        r.id = id;
        r.name = name;
        m_rows << r;
    }
    const QList<MediationTypes::Choice> kinds = MediationTypes::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        Row r;
        r.id = i + 1;
        r.name = kinds.at(i).label;
        m_kinds << r;
    }
    if (!scope.isSignedIn())
        return true;
    const QDate first(year, month, 1);
    return loadMediations(db, scope, first, first.addMonths(1).addDays(-1), gridId) && loadRentals(db, scope, gridId);
}

MonthlyReportLedgers::Row *MonthlyReportLedgers::rowFor(qint64 gridId)
{
    for (Row &r : m_rows)
        if (r.id == gridId)
            return &r;
    if (gridId > 0)
        return nullptr; // a grid the report does not list
    // Mediations tied to no grid: one row of their own, so the grids add up to the total.
    Row r;
    r.name = tr("No grid");
    m_rows << r;
    return &m_rows.last();
}

bool MonthlyReportLedgers::loadMediations(const QSqlDatabase &db, const AccessScope &scope, const QDate &first,
                                          const QDate &last, qint64 gridId)
{
    SqlQuery q(db, QStringLiteral("SELECT m.grid_id, m.kind, m.received_on, m.agreed_on, m.kept, m.status, (SELECT "
                                  "count(*) FROM mediation_session s WHERE s.mediation_id = m.id AND s.archived = 0 "
                                  "AND s.held_on >= ? AND s.held_on <= ?) FROM mediation m WHERE m.archived = 0 AND "
                                  "m.received_on <= ? AND (? = 0 OR m.grid_id = ?)") +
                       RegisterRows::grids(scope, QStringLiteral("m.grid_id")));
    const QString from = first.toString(Qt::ISODate);
    const QString to = last.toString(Qt::ISODate);
    if (!q.exec(from, to, to, gridId, gridId))
        return false;
    const QList<MediationTypes::Choice> kinds = MediationTypes::kinds();
    while (q.next()) {
        Row figures;
        figures.received = within(day(q.value(2)), first, last) ? 1 : 0;
        figures.mediated = q.value(6).toInt() > 0 ? 1 : 0;
        const QString status = q.value(5).toString();
        const bool agreed = status == QLatin1String("agreed") || status == QLatin1String("fulfilled");
        figures.agreed = agreed && within(day(q.value(3)), first, last) ? 1 : 0;
        figures.kept = figures.agreed && (status == QLatin1String("fulfilled") ||
                                          (!q.value(4).isNull() && q.value(4).toInt() == 1))
                           ? 1
                           : 0;
        if (figures.received + figures.mediated + figures.agreed == 0)
            continue;
        if (Row *r = rowFor(q.value(0).toLongLong()))
            *r += figures;
        const QString kind = q.value(1).toString();
        for (int i = 0; i < kinds.size(); ++i)
            if (kinds.at(i).code == kind)
                m_kinds[i] += figures;
    }
    return true;
}

bool MonthlyReportLedgers::loadRentals(const QSqlDatabase &db, const AccessScope &scope, qint64 gridId)
{
    // Rooms with the tenants living there on the report's day (moved in by then, not yet left,
    // nor moved out or dead in the register by then).
    SqlQuery q(db, QStringLiteral("SELECT b.grid_id, rr.id, t.id, t.expires_on FROM rental_room rr JOIN household h ON "
                                  "h.id = rr.household_id JOIN building b ON b.id = h.building_id LEFT JOIN "
                                  "rental_tenant t ON t.room_id = rr.id AND t.archived = 0 AND (t.left_on IS NULL OR "
                                  "t.left_on > ?) AND (t.starts_on IS NULL OR t.starts_on <= ?) AND NOT EXISTS "
                                  "(SELECT 1 FROM resident rs WHERE rs.id = t.resident_id AND rs.status <> 'living' "
                                  "AND (rs.status_date IS NULL OR rs.status_date <= ?)) WHERE rr.archived = 0 AND (? = "
                                  "0 OR b.grid_id = ?)") +
                       RegisterRows::households(scope, QStringLiteral("rr.household_id")) +
                       QStringLiteral(" ORDER BY rr.id"));
    const QString asOf = m_asOf.toString(Qt::ISODate);
    if (!q.exec(asOf, asOf, asOf, gridId, gridId))
        return false;
    qint64 lastRoom = 0;
    while (q.next()) {
        Row *r = rowFor(qMax<qint64>(0, q.value(0).toLongLong()));
        if (!r)
            continue;
        const qint64 room = q.value(1).toLongLong();
        if (room != lastRoom)
            ++r->rooms;
        lastRoom = room;
        if (q.value(2).isNull())
            continue;
        ++r->tenants;
        const QDate expires = day(q.value(3));
        if (expires.isValid() && expires < m_asOf)
            ++r->expired;
        else if (expires.isValid() && expires <= m_asOf.addDays(30))
            ++r->expiring;
    }
    return true;
}

QList<MonthlyReportLedgers::Row> MonthlyReportLedgers::kinds() const
{
    QList<Row> list;
    for (const Row &k : m_kinds)
        if (k.received + k.mediated + k.agreed > 0)
            list << k;
    return list;
}

MonthlyReportLedgers::Row MonthlyReportLedgers::total() const
{
    Row total;
    total.name = tr("Total");
    for (const Row &r : m_rows)
        total += r;
    return total;
}

bool MonthlyReportLedgers::isEmpty() const
{
    const Row t = total();
    return t.received + t.mediated + t.agreed + t.rooms == 0;
}

QStringList MonthlyReportLedgers::mediationHeader() const
{
    return {tr("Grid"), tr("Received"), tr("Mediated"), tr("Agreements reached"), tr("Of those, kept")};
}

QList<PagedDocument::Row> MonthlyReportLedgers::mediationTable() const
{
    QList<PagedDocument::Row> rows;
    auto cells = [](const Row &r) {
        return QStringList{r.name, QString::number(r.received), QString::number(r.mediated), QString::number(r.agreed),
                           QString::number(r.kept)};
    };
    for (const Row &r : m_rows)
        rows << PagedDocument::Row{cells(r), false};
    rows << PagedDocument::Row{cells(total()), true};
    return rows;
}

QStringList MonthlyReportLedgers::kindHeader() const
{
    return {tr("Kind of dispute"), tr("Received"), tr("Mediated"), tr("Agreements reached"), tr("Of those, kept")};
}

QList<PagedDocument::Row> MonthlyReportLedgers::kindTable() const
{
    QList<PagedDocument::Row> rows;
    for (const Row &k : kinds())
        rows << PagedDocument::Row{{k.name, QString::number(k.received), QString::number(k.mediated),
                                    QString::number(k.agreed), QString::number(k.kept)},
                                   false};
    return rows;
}

QStringList MonthlyReportLedgers::rentalHeader() const
{
    return {tr("Grid"), tr("Rented rooms"), tr("Tenants"), tr("Permits expiring in 30 days"), tr("Permits expired")};
}

QList<PagedDocument::Row> MonthlyReportLedgers::rentalTable() const
{
    QList<PagedDocument::Row> rows;
    auto cells = [](const Row &r) {
        return QStringList{r.name, QString::number(r.rooms), QString::number(r.tenants), QString::number(r.expiring),
                           QString::number(r.expired)};
    };
    for (const Row &r : m_rows)
        if (r.id > 0 || r.rooms > 0) // the no-grid row holds mediations only
            rows << PagedDocument::Row{cells(r), false};
    rows << PagedDocument::Row{cells(total()), true};
    return rows;
}

QList<PagedDocument::Column> MonthlyReportLedgers::columns(const QStringList &header)
{
    QList<PagedDocument::Column> columns;
    for (int i = 0; i < header.size(); ++i)
        columns << PagedDocument::Column{header.at(i), i == 0 ? 2.0 : 1.2,
                                         i == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter};
    return columns;
}

void MonthlyReportLedgers::addTo(PagedDocument &doc, const std::function<void(const QString &)> &heading) const
{
    if (isEmpty())
        return;
    const Row t = total();
    if (t.received + t.mediated + t.agreed > 0) {
        heading(tr("Mediation (人民调解) by grid"));
        doc.addTable(columns(mediationHeader()), mediationTable());
        doc.addParagraph(tr("Received: disputes brought to the office this month. Mediated: those with a session "
                            "held this month. Agreements reached this month, and of those the ones already kept."));
        if (!kinds().isEmpty()) {
            doc.addLead(tr("Mediation this month by kind of dispute:"));
            doc.addTable(columns(kindHeader()), kindTable());
        }
    }
    if (t.rooms > 0) {
        heading(tr("Rented rooms (出租屋) by grid"));
        doc.addTable(columns(rentalHeader()), rentalTable());
        doc.addParagraph(tr("Rooms and tenants living there as of %1; permits (居住证, 暂住) expired before that day "
                            "or expiring within the 30 days after it.")
                             .arg(m_asOf.toString(Qt::ISODate)));
    }
}

void MonthlyReportLedgers::addSheets(XlsxWriter &book) const
{
    if (isEmpty())
        return;
    auto sheet = [&book](const QString &name, const QStringList &header, const QList<PagedDocument::Row> &rows) {
        book.addSheet(name);
        book.setColumnWidths({20, 14, 14, 16, 14});
        book.setFrozenRows(1);
        book.addRow(header, XlsxWriter::Style::Bold);
        for (const PagedDocument::Row &r : rows)
            book.addRow(r.cells, r.bold ? XlsxWriter::Style::Bold : XlsxWriter::Style::Normal);
    };
    const Row t = total();
    if (t.received + t.mediated + t.agreed > 0) {
        sheet(tr("Mediation"), mediationHeader(), mediationTable());
        sheet(tr("Mediation by kind"), kindHeader(), kindTable());
    }
    if (t.rooms > 0)
        sheet(tr("Rented rooms"), rentalHeader(), rentalTable());
}
