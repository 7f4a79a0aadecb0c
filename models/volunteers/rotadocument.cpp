#include "rotadocument.h"

#include "models/documents/tabledocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

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

bool RotaDocument::print(QPagedPaintDevice *device) const
{
    TableDocument::setUpA4(device, QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(device))
        return false;
    paint(painter, QRectF(0, 0, device->width(), device->height()));
    painter.end();
    return true;
}

void RotaDocument::paint(QPainter &painter, const QRectF &page) const
{
    const QString family = TableDocument::fontFamily();
    const qreal dpi = painter.device()->logicalDpiY();
    auto font = [&](qreal points, bool bold) {
        QFont f = family.isEmpty() ? QFont() : QFont(family);
        f.setPixelSize(qMax(1, qRound(points * dpi / 72.0)));
        f.setBold(bold);
        return f;
    };
    painter.setPen(Qt::black);
    QFont titleFont = font(14, true);
    painter.setFont(titleFont);
    const qreal titleHeight = QFontMetricsF(titleFont).height() * 1.4;
    painter.drawText(QRectF(page.left(), page.top(), page.width(), titleHeight), Qt::AlignHCenter | Qt::AlignTop,
                     title());
    const QFont footFont = font(8, false);
    const qreal footHeight = QFontMetricsF(footFont).height() * 1.5;
    const QRectF table(page.left(), page.top() + titleHeight, page.width(), page.height() - titleHeight - footHeight);

    const int rows = int(m_week.posts.size());
    const qreal postWidth = table.width() * 0.13;
    const qreal dayWidth = (table.width() - postWidth) / 7;
    QLocale locale;
    QStringList dayHeaders;
    for (int d = 0; d < 7; ++d) {
        const QDate day = m_week.monday.addDays(d);
        dayHeaders.append(locale.dayName(day.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                          day.toString(QStringLiteral("MM-dd")));
    }
    // Shrink the body font until every row's tallest cell fits the page.
    qreal size = 10;
    QList<qreal> heights;
    qreal headerHeight = 0;
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    for (;;) {
        const QFontMetricsF fm(font(size, false));
        const qreal pad = fm.height() * 0.25;
        headerHeight = fm.height() * 1.6;
        heights.clear();
        qreal total = headerHeight;
        for (int r = 0; r < rows; ++r) {
            const RosterStore::Post &p = m_week.posts.at(r);
            const QString postText = p.location.isEmpty() ? p.name : p.name + QLatin1Char('\n') + p.location;
            qreal h = fm.boundingRect(QRectF(0, 0, postWidth - 2 * pad, 1e6), flags, postText).height();
            for (int d = 0; d < 7; ++d)
                h = qMax(
                    h, fm.boundingRect(QRectF(0, 0, dayWidth - 2 * pad, 1e6), flags, cellText(m_week.cells.at(r).at(d)))
                           .height());
            heights.append(h + 2 * pad);
            total += h + 2 * pad;
        }
        if (total <= table.height() || size <= 5)
            break;
        size -= 0.5;
    }
    // Rows stretch to fill the page when there is room, which makes a sheet easy to write on.
    qreal used = headerHeight;
    for (const qreal h : std::as_const(heights))
        used += h;
    const qreal stretch =
        rows > 0 && used < table.height() ? qMin(2.0, (table.height() - headerHeight) / (used - headerHeight)) : 1.0;
    const QFont body = font(size, false);
    const QFont bold = font(size, true);
    const qreal pad = QFontMetricsF(body).height() * 0.25;
    painter.setPen(QPen(Qt::black, qMax(1.0, dpi / 150.0)));
    qreal y = table.top();
    painter.setFont(bold);
    painter.fillRect(QRectF(table.left(), y, table.width(), headerHeight), QColor(0xe8, 0xec, 0xf2));
    painter.drawText(QRectF(table.left() + pad, y, postWidth - 2 * pad, headerHeight), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Post"));
    for (int d = 0; d < 7; ++d)
        painter.drawText(QRectF(table.left() + postWidth + d * dayWidth, y, dayWidth, headerHeight), Qt::AlignCenter,
                         dayHeaders.at(d));
    y += headerHeight;
    for (int r = 0; r < rows; ++r) {
        const qreal h = qMin(heights.at(r) * stretch, table.bottom() - y);
        if (h <= 0)
            break;
        const RosterStore::Post &p = m_week.posts.at(r);
        painter.setFont(bold);
        const QString postText = p.location.isEmpty() ? p.name : p.name + QLatin1Char('\n') + p.location;
        painter.drawText(QRectF(table.left() + pad, y + pad, postWidth - 2 * pad, h - 2 * pad), flags, postText);
        painter.setFont(body);
        for (int d = 0; d < 7; ++d) {
            const QRectF cell(table.left() + postWidth + d * dayWidth, y, dayWidth, h);
            const QList<RosterStore::Shift> &shifts = m_week.cells.at(r).at(d);
            bool gap = false;
            for (const RosterStore::Shift &s : shifts)
                gap = gap || s.isUnderStaffed();
            if (gap)
                painter.fillRect(cell, QColor(0xfd, 0xf0, 0xe0));
            const QRectF inner = cell.adjusted(pad, pad, -pad, -pad);
            QString text = cellText(shifts);
            const QFontMetricsF fm(body);
            if (fm.boundingRect(QRectF(0, 0, inner.width(), 1e6), flags, text).height() > inner.height() + 0.5) {
                // Cut whole lines and mark the cut, so no name is half printed.
                QStringList lines = text.split(QLatin1Char('\n'));
                while (lines.size() > 1 && fm.boundingRect(QRectF(0, 0, inner.width(), 1e6), flags,
                                                           lines.join(QLatin1Char('\n')) + QStringLiteral("\n…"))
                                                   .height() > inner.height() + 0.5)
                    lines.removeLast();
                text = lines.join(QLatin1Char('\n')) + QStringLiteral("\n…");
            }
            painter.drawText(inner, flags, text);
        }
        painter.drawLine(QPointF(table.left(), y), QPointF(table.right(), y));
        y += h;
    }
    // Grid lines.
    painter.drawLine(QPointF(table.left(), table.top()), QPointF(table.right(), table.top()));
    painter.drawLine(QPointF(table.left(), y), QPointF(table.right(), y));
    painter.drawLine(QPointF(table.left(), table.top()), QPointF(table.left(), y));
    for (int d = 0; d <= 7; ++d) {
        const qreal x = table.left() + postWidth + d * dayWidth;
        painter.drawLine(QPointF(x, table.top()), QPointF(x, y));
    }
    painter.setFont(footFont);
    painter.drawText(QRectF(page.left(), page.bottom() - footHeight, page.width(), footHeight),
                     Qt::AlignLeft | Qt::AlignBottom,
                     tr("%n shift(s), %1 under-staffed. Printed %2", nullptr, m_week.shiftCount)
                         .arg(m_week.gapCount)
                         .arg(QDate::currentDate().toString(Qt::ISODate)));
}
