#include "monthlyreport.h"

#include "streetcomparison.h"

#include "models/access/exportaudit.h"
#include "models/documents/reportchart.h"
#include "models/documents/xlsxwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

MonthlyReport::MonthlyReport(MonthlyReportData data, ReportTemplate reportTemplate)
    : m_data(std::move(data))
    , m_template(std::move(reportTemplate))
{}

QString MonthlyReport::monthText() const
{
    return tr("%1-%2").arg(m_data.year).arg(m_data.month, 2, 10, QLatin1Char('0'));
}

QString MonthlyReport::title() const
{
    const QString place = m_data.gridId > 0 ? tr("%1 %2").arg(m_data.community, m_data.gridName) : m_data.community;
    return m_template.titleFor(place, monthText());
}

QString MonthlyReport::percent(double value)
{
    return value < 0 ? tr("—") : tr("%1%").arg(QString::number(value, 'f', 1));
}

QString MonthlyReport::statusText(const QString &status) const
{
    if (status == QLatin1String("received"))
        return tr("Received");
    if (status == QLatin1String("assessed"))
        return tr("Assessed");
    if (status == QLatin1String("assigned"))
        return tr("Assigned");
    if (status == QLatin1String("supervised"))
        return tr("Supervised");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    if (status == QLatin1String("followed_up"))
        return tr("Followed up");
    return status;
}

QList<MonthlyReportData::GridRow>
MonthlyReport::chartRows(const std::function<int(const MonthlyReportData::GridRow &)> &weight) const
{
    QList<MonthlyReportData::GridRow> rows = byArea() ? m_data.areas : m_data.grids;
    if (rows.size() <= kChartBars)
        return rows;
    std::stable_sort(rows.begin(), rows.end(),
                     [&weight](const auto &a, const auto &b) { return weight(a) > weight(b); });
    MonthlyReportData::GridRow other;
    const int others = int(rows.size()) - (kChartBars - 1);
    other.name = byArea() ? tr("Other areas (%1)").arg(others) : tr("Other grids (%1)").arg(others);
    for (int i = kChartBars - 1; i < rows.size(); ++i)
        other += rows.at(i);
    rows.resize(kChartBars - 1);
    rows << other;
    return rows;
}

bool MonthlyReport::byArea() const
{
    // The street's report is always by community: its grids alone would be a list of hundreds.
    return (m_template.byArea || m_data.byCommunity) && m_data.gridId == 0 && !m_data.areas.isEmpty();
}

template<typename Row, typename Cells>
QList<PagedDocument::Row> MonthlyReport::placeRows(const QList<Row> &grids, const QList<std::pair<Row, bool>> &outline,
                                                   Cells cells) const
{
    QList<PagedDocument::Row> rows;
    if (!byArea()) {
        for (const Row &r : grids)
            rows << PagedDocument::Row{cells(r), false};
        return rows;
    }
    for (const auto &[r, isArea] : outline) {
        QStringList line = cells(r);
        if (!isArea)
            line[0].prepend(QChar(0x3000)); // an ideographic space: the grid sits under its area
        rows << PagedDocument::Row{line, isArea};
    }
    return rows;
}

QList<PagedDocument::Row> MonthlyReport::gridTable() const
{
    QList<PagedDocument::Row> rows =
        placeRows(m_data.grids, m_data.gridOutline, [this](const MonthlyReportData::GridRow &r) { return gridRow(r); });
    rows << PagedDocument::Row{gridRow(m_data.total), true};
    return rows;
}

QList<PagedDocument::Row> MonthlyReport::communityTable() const
{
    QList<PagedDocument::Row> rows;
    for (const MonthlyReportData::CommunityRow &r : m_data.communities)
        rows << PagedDocument::Row{StreetComparison::cells(r), false};
    return rows;
}

QStringList MonthlyReport::gridHeader() const
{
    // The rate sits right after the two counts it divides, and its title names them, so a reader
    // checks it from the row; cases closed this month but received earlier have their own column.
    return {byArea() ? tr("Area / grid") : tr("Grid"),
            tr("Cases received"),
            tr("Of those, resolved"),
            tr("Resolved ÷ received"),
            tr("Resolved this month (any month received)"),
            tr("Overdue"),
            tr("Satisfaction"),
            tr("Events held"),
            tr("Participants"),
            tr("Volunteer hours")};
}

QStringList MonthlyReport::gridRow(const MonthlyReportData::GridRow &r) const
{
    return {r.name,
            QString::number(r.received),
            QString::number(r.resolvedOfReceived),
            percent(r.resolutionRate()),
            QString::number(r.resolved),
            QString::number(r.overdue),
            percent(r.satisfactionRate()),
            QString::number(r.events),
            QString::number(r.participants),
            QString::number(r.volunteerHours, 'f', 1)};
}

QList<QStringList> MonthlyReport::gridRows() const
{
    QList<QStringList> rows;
    for (const PagedDocument::Row &r : gridTable())
        rows << r.cells;
    return rows;
}

QList<QPair<QString, QString>> MonthlyReport::summaryFigures() const
{
    const auto n = [](int v) { return QString::number(v); };
    return {{tr("Households"), n(m_data.households)},
            {tr("Residents"), n(m_data.residents)},
            {tr("Residents 60+"), n(m_data.elderly)},
            {tr("Moved in"), n(m_data.movedIn)},
            {tr("Moved out"), n(m_data.movedOut)},
            {tr("Births"), n(m_data.births)},
            {tr("Deaths"), n(m_data.deaths)},
            {tr("Cases received"), n(m_data.total.received)},
            {tr("Of those, resolved"), n(m_data.total.resolvedOfReceived)},
            {tr("Resolved this month (any month received)"), n(m_data.total.resolved)},
            {tr("Overdue at month end"), n(m_data.total.overdue)},
            {tr("Events held"), n(m_data.total.events)},
            {tr("Volunteer hours"), QString::number(m_data.total.volunteerHours, 'f', 1)}};
}

QStringList MonthlyReport::notableHeader() const
{
    return {tr("Case no."), tr("Received"),   tr("Category"),   tr("Grid"),
            tr("Status"),   tr("Why listed"), tr("Description")};
}

QList<QStringList> MonthlyReport::notableRows() const
{
    QList<QStringList> rows;
    for (const auto &c : m_data.notable)
        rows << QStringList{
            c.caseNo,     c.received.toString(Qt::ISODate), c.category, c.grid, statusText(c.status), c.reason,
            c.description};
    return rows;
}

PagedDocument MonthlyReport::document() const
{
    PagedDocument doc;
    doc.setFooterText(title());
    doc.addTitle(title(), m_template.subtitle);
    QStringList left = m_template.headerLeft;
    left << tr("Community: %1").arg(m_data.community);
    if (m_data.gridId > 0)
        left << tr("Grid: %1").arg(m_data.gridName);
    QStringList right = m_template.headerRight;
    right << tr("Month: %1").arg(monthText()) << tr("Register figures as of %1").arg(m_data.asOf.toString(Qt::ISODate));
    doc.addHeaderLines(left, right);

    int section = 0;
    const auto heading = [&](const QString &text) { doc.addHeading(tr("%1. %2").arg(++section).arg(text)); };
    if (m_template.summary) {
        heading(tr("Summary"));
        doc.addFigures(summaryFigures(), 4);
    }
    if (m_data.communities.size() > 1) {
        heading(tr("The street's communities compared"));
        addTable(doc, StreetComparison::header(), communityTable());
    }
    if (m_template.gridTable) {
        heading(m_data.byCommunity ? tr("Cases, events and volunteer hours by community")
                : byArea()         ? tr("Cases, events and volunteer hours by area")
                                   : tr("Cases, events and volunteer hours by grid"));
        addTable(doc, gridHeader(), gridTable());
        doc.addParagraph(tr("Resolved ÷ received: of the cases received this month, the share resolved by its end "
                            "(the column before it over the cases received). Resolved this month counts every case "
                            "closed this month, including ones received earlier, so it can exceed the cases "
                            "received. Satisfaction: "
                            "follow-up visits this month with the resident satisfied or basically satisfied. "
                            "Overdue: cases open at the end of the month past their deadline."));
    }
    if (m_template.gridWork && !m_data.gridWork.isEmpty()) {
        heading(byArea() ? tr("Visits, errands and deliberation by area")
                         : tr("Visits, errands and deliberation by grid"));
        addTable(doc, gridWorkHeader(), gridWorkTable());
        doc.addParagraph(tr("Coverage: households visited at least once this month of the households living in "
                            "the grid. Decisions followed up: tasks from the meetings' decisions that are done."));
        if (!m_data.errandTypes.isEmpty()) {
            doc.addLead(tr("Errands done this month by type:"));
            addTable(doc, errandTypeHeader(), errandTypeTable());
        }
    }
    m_data.care.addTo(doc, heading);
    m_data.ledgers.addTo(doc, heading);
    if (m_template.charts) {
        heading(tr("Charts"));
        // A chart stays readable with a couple of dozen bars; a street-sized register lists the
        // busiest grids and sums the rest.
        const QList<MonthlyReportData::GridRow> caseRows =
            chartRows([](const MonthlyReportData::GridRow &r) { return r.received + r.resolved; });
        QStringList grids;
        QList<double> received, resolved;
        for (const auto &r : caseRows) {
            grids << r.name;
            received << r.received;
            resolved << r.resolved;
        }
        ReportChart perGrid(ReportChart::Type::Bars, byArea() ? tr("Cases received and resolved per area")
                                                              : tr("Cases received and resolved per grid"));
        perGrid.setCategories(grids);
        perGrid.addSeries(tr("Received"), ReportChart::color(0), received);
        perGrid.addSeries(tr("Resolved"), ReportChart::color(1), resolved);
        doc.addGraphic(70, [perGrid](QPainter &p, const QRectF &r) { perGrid.paint(p, r); });

        ReportChart trend(ReportChart::Type::Lines, tr("Cases per month, last 12 months"));
        QStringList months;
        QList<double> trendReceived, trendResolved;
        for (const auto &m : m_data.trend) {
            months << tr("%1/%2").arg(m.month).arg(m.year % 100, 2, 10, QLatin1Char('0'));
            trendReceived << m.received;
            trendResolved << m.resolved;
        }
        trend.setCategories(months);
        trend.addSeries(tr("Received"), ReportChart::color(0), trendReceived);
        trend.addSeries(tr("Resolved"), ReportChart::color(1), trendResolved);
        doc.addGraphic(65, [trend](QPainter &p, const QRectF &r) { trend.paint(p, r); });

        ReportChart byCategory(ReportChart::Type::Bars, tr("Cases received by category"));
        QStringList names;
        QList<double> counts;
        for (const auto &c : m_data.categories) {
            names << c.first;
            counts << c.second;
        }
        byCategory.setCategories(names);
        byCategory.addSeries(tr("Cases"), ReportChart::color(2), counts);
        doc.addGraphic(60, [byCategory](QPainter &p, const QRectF &r) { byCategory.paint(p, r); });

        const QList<MonthlyReportData::GridRow> eventRows =
            chartRows([](const MonthlyReportData::GridRow &r) { return r.events * 1000 + r.participants; });
        QStringList eventGrids;
        QList<double> events, participants;
        for (const auto &r : eventRows) {
            eventGrids << r.name;
            events << r.events;
            participants << r.participants;
        }
        // Events and participants differ by two orders of magnitude: on one axis the events vanish.
        ReportChart eventChart(ReportChart::Type::Bars,
                               byArea() ? tr("Events held per area") : tr("Events held per grid"));
        eventChart.setCategories(eventGrids);
        eventChart.addSeries(tr("Events held"), ReportChart::color(3), events);
        doc.addGraphic(60, [eventChart](QPainter &p, const QRectF &r) { eventChart.paint(p, r); });
        ReportChart peopleChart(ReportChart::Type::Bars,
                                byArea() ? tr("Event participants per area") : tr("Event participants per grid"));
        peopleChart.setCategories(eventGrids);
        peopleChart.addSeries(tr("Participants"), ReportChart::color(4), participants);
        doc.addGraphic(60, [peopleChart](QPainter &p, const QRectF &r) { peopleChart.paint(p, r); });
    }
    if (m_template.birthdays) {
        const QDate next = QDate(m_data.year, m_data.month, 1).addMonths(1);
        heading(tr("Birthdays of the elderly next month (%1)")
                    .arg(tr("%1-%2").arg(next.year()).arg(next.month(), 2, 10, QLatin1Char('0'))));
        doc.addFigures({{tr("Birthdays"), QString::number(m_data.birthdays)},
                        {tr("Aged 80+"), QString::number(m_data.birthdays80)},
                        {tr("Aged 90+"), QString::number(m_data.birthdays90)},
                        {tr("Aged 100+"), QString::number(m_data.birthdays100)},
                        {tr("Milestone birthdays"), QString::number(m_data.milestoneBirthdays)}},
                       5);
        const auto &perPlace = byArea() ? m_data.birthdaysPerArea : m_data.birthdaysPerGrid;
        if (!perPlace.isEmpty()) {
            QStringList parts;
            for (const auto &g : perPlace)
                parts << tr("%1: %2").arg(g.first).arg(g.second);
            doc.addParagraph(byArea() ? tr("Per area: %1").arg(parts.join(tr("; ")))
                                      : tr("Per grid: %1").arg(parts.join(tr("; "))));
        }
    }
    if (m_template.notableCases) {
        heading(tr("Notable cases"));
        if (m_data.notable.isEmpty()) {
            doc.addParagraph(tr("No case this month was reopened, left a resident dissatisfied or ran past its "
                                "deadline."));
        } else {
            const QStringList header = notableHeader();
            const QList<qreal> widths = {1.6, 1.5, 1.4, 1.4, 1.1, 1.4, 4.0};
            QList<PagedDocument::Column> columns;
            for (int i = 0; i < header.size(); ++i)
                columns << PagedDocument::Column{header.at(i), widths.at(i), Qt::AlignLeft | Qt::AlignVCenter};
            QList<PagedDocument::Row> rows;
            for (const QStringList &r : notableRows())
                rows << PagedDocument::Row{r, false};
            doc.addTable(columns, rows);
        }
    }
    const QString blank = QStringLiteral("________________");
    doc.addHeaderLines({tr("Prepared by: %1").arg(m_template.preparedBy.isEmpty() ? blank : m_template.preparedBy)},
                       {tr("Reviewed by: %1").arg(m_template.reviewedBy.isEmpty() ? blank : m_template.reviewedBy),
                        tr("Date: %1").arg(QDate::currentDate().toString(Qt::ISODate))});
    return doc;
}

QStringList MonthlyReport::gridWorkHeader() const
{
    return {byArea() ? tr("Area / grid") : tr("Grid"),
            tr("Households"),
            tr("Visited"),
            tr("Coverage"),
            tr("Needs raised"),
            tr("Errands"),
            tr("Meetings"),
            tr("Decisions"),
            tr("Decisions followed up")};
}

QList<PagedDocument::Row> MonthlyReport::gridWorkTable() const
{
    const auto cells = [](const GridWorkFigures::Row &r) {
        return QStringList{r.name,
                           QString::number(r.households),
                           QString::number(r.visited),
                           r.households > 0 ? QStringLiteral("%1%").arg(r.coverage(), 0, 'f', 1) : QStringLiteral("–"),
                           QString::number(r.needs),
                           QString::number(r.errands),
                           QString::number(r.meetings),
                           QString::number(r.decisions),
                           QString::number(r.followedUp)};
    };
    QList<PagedDocument::Row> rows = placeRows(m_data.gridWork, m_data.gridWorkOutline, cells);
    GridWorkFigures::Row total = GridWorkFigures::total(m_data.gridWork);
    total.name = tr("Total");
    rows << PagedDocument::Row{cells(total), true};
    return rows;
}

QStringList MonthlyReport::errandTypeHeader() const
{
    return {tr("Errand type"), tr("Errands done")};
}

QList<PagedDocument::Row> MonthlyReport::errandTypeTable() const
{
    QList<PagedDocument::Row> rows;
    int total = 0;
    for (const auto &t : m_data.errandTypes) {
        rows << PagedDocument::Row{{t.first, QString::number(t.second)}, false};
        total += t.second;
    }
    rows << PagedDocument::Row{{tr("Total"), QString::number(total)}, true};
    return rows;
}

QList<QStringList> MonthlyReport::gridWorkRows() const
{
    QList<QStringList> rows;
    for (const PagedDocument::Row &r : gridWorkTable())
        rows << r.cells;
    return rows;
}

void MonthlyReport::addTable(PagedDocument &doc, const QStringList &header, const QList<PagedDocument::Row> &rows) const
{
    QList<PagedDocument::Column> columns;
    for (int i = 0; i < header.size(); ++i)
        columns << PagedDocument::Column{header.at(i), i == 0 ? 2.0 : 1.0,
                                         i == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter};
    doc.addTable(columns, rows);
}

void MonthlyReport::addSheet(XlsxWriter &book, const QString &name, const QList<double> &widths,
                             const QStringList &header, const QList<PagedDocument::Row> &rows) const
{
    book.addSheet(name);
    book.setColumnWidths(widths);
    book.setFrozenRows(1);
    book.addRow(header, XlsxWriter::Style::Bold);
    for (const PagedDocument::Row &r : rows)
        book.addRow(r.cells, r.bold ? XlsxWriter::Style::Bold : XlsxWriter::Style::Normal);
}

XlsxWriter MonthlyReport::workbook() const
{
    XlsxWriter book;
    book.addSheet(tr("Summary"));
    book.setColumnWidths({24, 14});
    book.addRow(QStringList{title()}, XlsxWriter::Style::Bold);
    for (const auto &f : summaryFigures())
        book.addRow(QVariantList{f.first, f.second.toDouble()});
    if (m_data.communities.size() > 1)
        addSheet(book, tr("Communities"), {20, 10, 12, 16, 12, 12, 10, 14}, StreetComparison::header(),
                 communityTable());
    addSheet(book, byArea() ? tr("By area") : tr("By grid"), {20, 12, 12, 12, 16, 10, 12, 12, 12, 14}, gridHeader(),
             gridTable());
    if (!m_data.gridWork.isEmpty())
        addSheet(book, byArea() ? tr("Grid work by area") : tr("Grid work"), {20, 12, 12, 10, 10, 10, 10, 10, 12},
                 gridWorkHeader(), gridWorkTable());
    if (!m_data.errandTypes.isEmpty())
        addSheet(book, tr("Errands by type"), {24, 14}, errandTypeHeader(), errandTypeTable());
    m_data.care.addSheets(book);
    m_data.ledgers.addSheets(book);
    book.addSheet(tr("Notable cases"));
    book.setColumnWidths({14, 12, 12, 12, 10, 16, 60});
    book.setFrozenRows(1);
    book.addRow(notableHeader(), XlsxWriter::Style::Bold);
    for (const QStringList &r : notableRows())
        book.addRow(r);
    return book;
}

bool MonthlyReport::write(const QString &path, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return writePdf(path, error);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, error);
    if (error)
        *error = tr("%1: the file name must end in .pdf or .xlsx.").arg(QDir::toNativeSeparators(path));
    return false;
}

bool MonthlyReport::writePdf(const QString &path, QString *error) const
{
    return document().writePdf(path, title(), error);
}

bool MonthlyReport::writeXlsx(const QString &path, QString *error) const
{
    return workbook().save(path, error); // its message names the file
}

bool MonthlyReport::writeAudited(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                                 QString *error) const
{
    if (!write(path, error))
        return false;
    // The notable cases are the report's rows about people (descriptions of residents' matters).
    return ExportAudit::keepAudited(db, scope, QStringLiteral("cases"), int(m_data.notable.size()), path,
                                    QStringLiteral("monthly report"), {}, error);
}
