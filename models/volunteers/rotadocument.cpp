#include "rotadocument.h"

#include <QLocale>

RotaDocument::RotaDocument(VolunteerReports::RotaWeek week, QString community)
    : m_week(std::move(week))
    , m_community(std::move(community))
{}

QString RotaDocument::title() const
{
    const QString week = tr("Volunteer rota %1 – %2")
                             .arg(m_week.monday.toString(Qt::ISODate), m_week.monday.addDays(6).toString(Qt::ISODate));
    return m_community.isEmpty() ? week : m_community + QLatin1Char(' ') + week;
}

QString RotaDocument::cellText(const QList<RosterStore::Shift> &shifts)
{
    QStringList lines;
    for (const RosterStore::Shift &s : shifts) {
        QStringList names;
        for (const RosterStore::Assignment &a : s.assignments)
            names.append(a.name);
        QString line = s.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                       s.end.toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + names.join(tr(", "));
        if (s.isUnderStaffed())
            line += QLatin1Char(' ') + tr("(needs %1 more)").arg(s.needed - s.assignments.size());
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

PagedDocument RotaDocument::document() const
{
    PagedDocument doc;
    doc.setOrientation(QPageLayout::Landscape);
    doc.setFooterText(tr("%n shift(s), %1 under-staffed. Printed %2", nullptr, m_week.shiftCount)
                          .arg(m_week.gapCount)
                          .arg(QDate::currentDate().toString(Qt::ISODate)));
    doc.addTitle(title());
    const Qt::Alignment top = Qt::AlignLeft | Qt::AlignTop;
    QList<PagedDocument::Column> columns = {{tr("Post"), 1.05, top, true}};
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_week.monday.addDays(d);
        columns.append({locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                            day.toString(QStringLiteral("MM-dd")),
                        1, top});
    }
    QList<PagedDocument::Row> rows;
    for (int r = 0; r < m_week.posts.size(); ++r) {
        const RosterStore::Post &p = m_week.posts.at(r);
        PagedDocument::Row row;
        row.cells << (p.location.isEmpty() ? p.name : p.name + QLatin1Char('\n') + p.location);
        for (int d = 0; d < 7; ++d) {
            const QList<RosterStore::Shift> &shifts = m_week.cells.at(r).at(d);
            row.cells << cellText(shifts);
            for (const RosterStore::Shift &s : shifts)
                if (s.isUnderStaffed() && !row.marked.contains(d + 1))
                    row.marked << d + 1;
        }
        rows << row;
    }
    PagedDocument::TableStyle style;
    style.points = 10;
    style.onePage = true;
    doc.addTable(columns, rows, style);
    return doc;
}

bool RotaDocument::print(QPagedPaintDevice *device) const
{
    if (!device)
        return false;
    PagedDocument::setUpPage(device, QPageLayout::Landscape);
    return document().print(device) > 0;
}
