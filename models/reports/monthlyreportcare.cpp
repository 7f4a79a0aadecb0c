#include "monthlyreportcare.h"

#include "models/access/accessscope.h"
#include "models/care/assistancestore.h"
#include "models/care/careoverdue.h"
#include "models/documents/xlsxwriter.h"

#include <algorithm>
#include <QHash>

MonthlyReportCare::GridRow &MonthlyReportCare::GridRow::operator+=(const GridRow &o)
{
    overdue += o.overdue;
    overdueSevere += o.overdueSevere;
    assistance += o.assistance;
    amountFen += o.amountFen;
    return *this;
}

bool MonthlyReportCare::load(const QSqlDatabase &db, const AccessScope &scope, int year, int month, qint64 gridId,
                             const QList<std::pair<qint64, QString>> &grids, const QDate &asOf)
{
    m_rows.clear();
    m_kinds.clear();
    m_asOf = asOf;
    QHash<qint64, int> index;
    for (const auto &[id, name] : grids) {
        index.insert(id, int(m_rows.size()));
        m_rows << GridRow{id, name, 0, 0, 0, 0};
    }
    CareOverdue overdue(db, scope);
    overdue.setGrid(gridId);
    QList<OverdueHousehold> households;
    if (!overdue.list(asOf, &households))
        return false;
    for (const OverdueHousehold &h : households) {
        if (!index.contains(h.gridId))
            continue;
        GridRow &r = m_rows[index.value(h.gridId)];
        ++r.overdue;
        if (h.level == QLatin1String("severe"))
            ++r.overdueSevere;
    }
    const QDate first(year, month, 1);
    const QList<AssistanceTotal> totals =
        AssistanceStore(db, scope).totals(first, first.addMonths(1).addDays(-1), gridId);
    for (const AssistanceTotal &t : totals) {
        if (index.contains(t.gridId)) {
            GridRow &r = m_rows[index.value(t.gridId)];
            r.assistance += t.count;
            r.amountFen += t.amountFen;
        }
        auto kind = std::find_if(m_kinds.begin(), m_kinds.end(),
                                 [&t](const AssistanceTotal &k) { return k.kindId == t.kindId; });
        if (kind == m_kinds.end()) {
            AssistanceTotal k = t;
            k.gridId = 0;
            k.gridName.clear();
            m_kinds << k;
        } else {
            kind->count += t.count;
            kind->households += t.households;
            kind->amountFen += t.amountFen;
        }
    }
    return true;
}

MonthlyReportCare::GridRow MonthlyReportCare::total() const
{
    GridRow total;
    total.name = tr("Total");
    for (const GridRow &r : m_rows)
        total += r;
    return total;
}

bool MonthlyReportCare::isEmpty() const
{
    const GridRow t = total();
    return t.overdue == 0 && t.assistance == 0;
}

QStringList MonthlyReportCare::header() const
{
    return {tr("Grid"), tr("Overdue follow-ups"), tr("Of those, severe"), tr("Assistance given"), tr("Amount (yuan)")};
}

QList<PagedDocument::Row> MonthlyReportCare::table() const
{
    QList<PagedDocument::Row> rows;
    auto cells = [](const GridRow &r) {
        return QStringList{r.name, QString::number(r.overdue), QString::number(r.overdueSevere),
                           QString::number(r.assistance),
                           r.amountFen > 0 ? AssistanceStore::money(r.amountFen) : QStringLiteral("0")};
    };
    for (const GridRow &r : m_rows)
        rows << PagedDocument::Row{cells(r), false};
    rows << PagedDocument::Row{cells(total()), true};
    return rows;
}

QStringList MonthlyReportCare::kindHeader() const
{
    return {tr("Kind of assistance"), tr("Times given"), tr("Households"), tr("Amount (yuan)")};
}

QList<PagedDocument::Row> MonthlyReportCare::kindTable() const
{
    QList<PagedDocument::Row> rows;
    for (const AssistanceTotal &k : m_kinds)
        rows << PagedDocument::Row{{k.kindName, QString::number(k.count), QString::number(k.households),
                                    k.amountFen > 0 ? AssistanceStore::money(k.amountFen) : QStringLiteral("0")},
                                   false};
    return rows;
}

QList<PagedDocument::Column> MonthlyReportCare::columns(const QStringList &header)
{
    QList<PagedDocument::Column> columns;
    for (int i = 0; i < header.size(); ++i)
        columns << PagedDocument::Column{header.at(i), i == 0 ? 2.0 : 1.2,
                                         i == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter};
    return columns;
}

void MonthlyReportCare::addTo(PagedDocument &doc, const std::function<void(const QString &)> &heading) const
{
    if (isEmpty())
        return;
    heading(tr("Follow-ups and assistance by grid"));
    doc.addTable(columns(header()), table());
    doc.addParagraph(tr("Overdue follow-ups: households of the people the office follows (独居, 低保, 残疾, 社区矫正 "
                        "and the other groups with a follow-up rule) not visited within their rhythm, as of %1.")
                         .arg(m_asOf.toString(Qt::ISODate)));
    if (!m_kinds.isEmpty()) {
        doc.addLead(tr("Assistance given this month by kind:"));
        doc.addTable(columns(kindHeader()), kindTable());
    }
}

void MonthlyReportCare::addSheets(XlsxWriter &book) const
{
    if (isEmpty())
        return;
    book.addSheet(tr("Follow-ups and assistance"));
    book.setColumnWidths({20, 14, 14, 14, 14});
    book.setFrozenRows(1);
    book.addRow(header(), XlsxWriter::Style::Bold);
    for (const PagedDocument::Row &r : table())
        book.addRow(r.cells, r.bold ? XlsxWriter::Style::Bold : XlsxWriter::Style::Normal);
    if (!m_kinds.isEmpty()) {
        book.addSheet(tr("Assistance by kind"));
        book.setColumnWidths({20, 14, 14, 14});
        book.setFrozenRows(1);
        book.addRow(kindHeader(), XlsxWriter::Style::Bold);
        for (const PagedDocument::Row &r : kindTable())
            book.addRow(r.cells);
    }
}
