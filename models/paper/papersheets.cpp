#include "papersheets.h"

#include "models/core/sqlquery.h"
#include "models/papercodes/papersheetstore.h"
#include "models/papercodes/qrcode.h"
#include "models/register/registerrows.h"
#include "models/volunteers/rosterstore.h"

#include <QPainter>

PaperSheets::PaperSheets(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

PaperSheets::Printed PaperSheets::finish(PaperSheet sheet, const QString &subtitle, const QString &info,
                                         const QList<PagedDocument::Column> &columns, const QList<QStringList> &cells)
{
    Printed printed;
    if (cells.isEmpty()) {
        printed.error = tr("There are no rows to print on this sheet.");
        return printed;
    }
    const SaveResult issued = PaperSheetStore(m_db, m_scope).issue(sheet);
    if (!issued.ok) {
        printed.error = issued.firstMessage();
        return printed;
    }
    PagedDocument &doc = printed.document;
    doc.setOrientation(QPageLayout::Portrait);
    doc.setFooterText(tr("Tick the code of each row done; key the ticks back under sheet %1.").arg(sheet.code));
    doc.addSection(sheet.title, subtitle, {info}, {tr("Sheet code: %1").arg(sheet.code)});
    const QString code = sheet.code;
    doc.addGraphic(28, [code](QPainter &painter, const QRectF &rect) {
        QrCode(code).paint(painter, QRectF(rect.left(), rect.top(), rect.height(), rect.height()));
        QFont font = painter.font();
        font.setPointSizeF(16);
        font.setBold(true);
        painter.setFont(font);
        painter.drawText(rect.adjusted(rect.height() * 1.1, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, code);
    });
    QList<PagedDocument::Column> all{{tr("Code"), 1.0, Qt::AlignCenter, true}};
    all += columns;
    all.append({tr("Tick"), 0.7, Qt::AlignCenter});
    QList<PagedDocument::Row> rows;
    for (int i = 0; i < cells.size(); ++i) {
        PagedDocument::Row row;
        row.cells << sheet.rows.at(i).code << cells.at(i) << QString();
        rows << row;
    }
    PagedDocument::TableStyle style;
    style.minRowMm = 8;
    doc.addTable(all, rows, style);
    printed.sheet = sheet;
    printed.ok = true;
    return printed;
}

PaperSheets::Printed PaperSheets::signIn(qint64 eventId, const QList<qint64> &residentIds)
{
    SqlQuery event(m_db, QStringLiteral("SELECT title, starts_at, coalesce(place, '') FROM event WHERE id = ? AND "
                                        "cancelled = 0"));
    if (!event.exec(eventId) || !event.next())
        return {false, tr("Event: it no longer exists or was cancelled."), {}, {}};
    PaperSheet sheet;
    sheet.kind = QStringLiteral("signin");
    sheet.subjectId = eventId;
    sheet.title = tr("Sign-in sheet: %1").arg(event.value(0).toString());
    const QDateTime starts = QDateTime::fromString(event.value(1).toString(), Qt::ISODate);
    sheet.subjectDate = starts.date();
    SqlQuery person(m_db, QStringLiteral("SELECT r.name, coalesce(c.name, ''), coalesce(b.name, ''), h.unit, h.room "
                                         "FROM resident r JOIN household h ON h.id = r.household_id LEFT JOIN "
                                         "building b ON b.id = h.building_id LEFT JOIN compound c ON c.id = "
                                         "b.compound_id WHERE r.id = ?") +
                              RegisterRows::households(m_scope, QStringLiteral("r.household_id")));
    QList<QStringList> cells;
    for (const qint64 id : residentIds) {
        if (!person.exec(id) || !person.next())
            continue;
        const QString address = QStringList{person.value(1).toString(), person.value(2).toString(),
                                            person.value(3).toString(), person.value(4).toString()}
                                    .join(QLatin1Char(' '))
                                    .simplified();
        sheet.rows.append({QString(), id, person.value(0).toString(), {}});
        cells << QStringList{person.value(0).toString(), address, QString()};
    }
    return finish(sheet, event.value(2).toString(),
                  tr("Date: %1").arg(starts.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                  {{tr("Name"), 2.0}, {tr("Address"), 3.5}, {tr("Signature"), 2.0}}, cells);
}

PaperSheets::Printed PaperSheets::visit(qint64 buildingId)
{
    SqlQuery building(m_db, QStringLiteral("SELECT c.name, b.name, coalesce(g.name, '') FROM building b JOIN compound "
                                           "c ON c.id = b.compound_id LEFT JOIN grid g ON g.id = b.grid_id WHERE b.id "
                                           "= ?") +
                                RegisterRows::buildings(m_scope, QStringLiteral("b.id")));
    if (!building.exec(buildingId) || !building.next())
        return {false, tr("Building: it does not exist or is outside your grids."), {}, {}};
    PaperSheet sheet;
    sheet.kind = QStringLiteral("visit");
    sheet.subjectId = buildingId;
    sheet.subjectDate = QDate::currentDate();
    sheet.title = tr("Visit sheet: %1 %2").arg(building.value(0).toString(), building.value(1).toString());
    // Rooms as numbers where they are numbers: 501 before 1001 (as the visit sheet orders them).
    SqlQuery q(m_db,
               QStringLiteral("SELECT h.id, h.unit, h.room, (SELECT max(v.visited_on) FROM visit v WHERE "
                              "v.household_id = h.id AND v.archived = 0) FROM household h WHERE h.building_id = ? "
                              "AND h.status = 'active' ORDER BY h.unit, length(h.room), h.room, h.id"));
    SqlQuery members(m_db, QStringLiteral("SELECT name FROM resident WHERE household_id = ? AND status = 'living' "
                                          "ORDER BY CASE WHEN relation = 'head' THEN 0 ELSE 1 END, id"));
    QList<QStringList> cells;
    if (q.exec(buildingId))
        while (q.next()) {
            const QString unit = q.value(1).toString();
            const QString room = q.value(2).toString();
            const QString place = unit.isEmpty() ? room : tr("%1-%2", "unit-room").arg(unit, room);
            QStringList names;
            if (members.exec(q.value(0).toLongLong()))
                while (members.next())
                    names << members.value(0).toString();
            sheet.rows.append(
                {QString(), q.value(0).toLongLong(), building.value(1).toString() + QLatin1Char(' ') + place, {}});
            cells << QStringList{place, names.join(QStringLiteral("、")), q.value(3).toString(), QString()};
        }
    return finish(sheet, building.value(2).toString(), tr("Grid worker: __________   Date of the round: __________"),
                  {{tr("Room"), 1.0}, {tr("Residents"), 3.5}, {tr("Last visit"), 1.4}, {tr("Notes and needs"), 3.0}},
                  cells);
}

PaperSheets::Printed PaperSheets::rota(const QDate &anyDay)
{
    const QDate monday = anyDay.addDays(1 - anyDay.dayOfWeek());
    PaperSheet sheet;
    sheet.kind = QStringLiteral("rota");
    sheet.subjectDate = monday;
    sheet.title = tr("Rota %1 to %2").arg(monday.toString(Qt::ISODate), monday.addDays(6).toString(Qt::ISODate));
    QList<QStringList> cells;
    for (const RosterStore::Shift &shift : RosterStore(m_db, m_scope).shifts(monday, monday.addDays(6)))
        for (const RosterStore::Assignment &a : shift.assignments) {
            const QString when = shift.start.toString(QStringLiteral("MM-dd HH:mm")) + QStringLiteral("–") +
                                 shift.end.toString(QStringLiteral("HH:mm"));
            sheet.rows.append({QString(), a.id, a.name + QLatin1Char(' ') + when, {}});
            cells << QStringList{when, shift.postName, a.name};
        }
    return finish(sheet, QString(), tr("Tick those who served their shift."),
                  {{tr("Shift"), 2.2}, {tr("Post"), 2.5}, {tr("Volunteer"), 2.0}}, cells);
}

QList<qint64> PaperSheets::invitees(qint64 eventId, int minAge) const
{
    QList<qint64> ids;
    SqlQuery listed(m_db, QStringLiteral("SELECT resident_id FROM event_participant WHERE event_id = ? ORDER BY "
                                         "resident_id"));
    if (listed.exec(eventId))
        while (listed.next())
            ids << listed.value(0).toLongLong();
    const QString born = QDate::currentDate().addYears(-minAge).toString(Qt::ISODate);
    SqlQuery q(m_db, QStringLiteral("SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN "
                                    "building b ON b.id = h.building_id JOIN event e ON e.id = ? WHERE r.status = "
                                    "'living' AND (e.grid_id IS NULL OR b.grid_id = e.grid_id) AND (? = 0 OR "
                                    "r.birth_date <= ?)") +
                         RegisterRows::households(m_scope, QStringLiteral("r.household_id")) +
                         QStringLiteral(" ORDER BY b.id, h.unit, h.room, r.id"));
    if (q.exec(eventId, minAge, born))
        while (q.next())
            if (!ids.contains(q.value(0).toLongLong()))
                ids << q.value(0).toLongLong();
    return ids;
}

bool PaperSheets::writePdf(const Printed &printed, const QString &path, QString *error)
{
    return printed.document.writePdf(path, printed.sheet.title, error);
}
