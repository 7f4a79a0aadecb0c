#include "handoverpack.h"

#include "models/birthdays/birthdayquery.h"
#include "models/cases/caseworkflow.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/sqlquery.h"
#include "models/grids/gridmapimage.h"
#include "models/grids/gridstore.h"
#include "models/grids/partycontactstore.h"
#include "models/lifeevents/dueerrands.h"
#include "models/register/registerrows.h"

#include <QPainter>
#include <QPainterPath>

namespace {

// The tags that put a household at the top of the list, in this order.
const QStringList kFirstTags = {QStringLiteral("living_alone"), QStringLiteral("low_income"),
                                QStringLiteral("disabled")};

QString masked(const QString &phone)
{
    return phone.isEmpty() ? QString() : PhoneNumber::mask(phone);
}

} // namespace

HandoverPack::HandoverPack(QSqlDatabase db, const AccessScope &scope, qint64 gridId, const QDate &day)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_gridId(gridId)
    , m_day(day.isValid() ? day : QDate::currentDate())
{
    SqlQuery q(m_db, QStringLiteral("SELECT g.name, g.code, coalesce(c.name, '') FROM grid g LEFT JOIN community c ON "
                                    "c.id = g.community_id WHERE g.id = ?") +
                         RegisterRows::grids(m_scope, QStringLiteral("g.id")));
    if (gridId > 0 && q.exec(gridId) && q.next()) {
        m_valid = true;
        m_gridName = q.value(0).toString();
        m_gridCode = q.value(1).toString();
        m_community = q.value(2).toString();
    }
}

QString HandoverPack::title() const
{
    return tr("Grid handover pack: %1").arg(m_gridName);
}

PagedDocument HandoverPack::document() const
{
    PagedDocument doc;
    if (!m_valid)
        return doc;
    const std::optional<Grid> grid = GridStore(m_db, m_scope).grid(m_gridId);
    QStringList left;
    if (grid) {
        left << tr("Grid worker: %1 %2").arg(grid->workerName, masked(grid->workerPhone)).trimmed()
             << tr("Grid leader: %1 %2").arg(grid->leaderName, masked(grid->leaderPhone)).trimmed();
    }
    doc.setFooterText(tr("%1 — handover pack of grid %2. Numbers are masked; the register has them in full.")
                          .arg(m_community, m_gridCode));
    doc.addSection(title(), m_community, left, {tr("Prepared on %1").arg(m_day.toString(Qt::ISODate))});
    addMap(doc);
    addHouseholds(doc);
    addCases(doc);
    addContacts(doc);
    addBirthdays(doc);
    return doc;
}

void HandoverPack::addMap(PagedDocument &doc) const
{
    doc.addHeading(tr("Map of the grid"));
    const std::optional<Grid> grid = GridStore(m_db, m_scope).grid(m_gridId);
    QList<MapBuilding> buildings;
    QRectF area = grid ? grid->boundary.boundingRect() : QRectF();
    for (const MapBuilding &b : GridStore(m_db, m_scope).mapBuildings())
        if (b.gridId == m_gridId && b.placed) {
            buildings << b;
            area = area.isNull() ? QRectF(b.position, QSizeF(1, 1)) : area.united(QRectF(b.position, QSizeF(1, 1)));
        }
    if (area.isNull() || area.isEmpty()) {
        doc.addNote(tr("This grid has no boundary and no building placed on the map yet."));
        return;
    }
    const qreal pad = qMax(area.width(), area.height()) * 0.08 + 10;
    area.adjust(-pad, -pad, pad, pad);
    // The grid's own community's base image: each community of a street has its own.
    const QImage image = GridMapImage(m_db, grid ? grid->communityId : 0).load();
    const QPolygonF boundary = grid ? grid->boundary : QPolygonF();
    QColor colour(grid ? grid->color : QString());
    if (!colour.isValid())
        colour = Qt::red;
    doc.addGraphic(110, [image, area, boundary, buildings, colour](QPainter &painter, const QRectF &rect) {
        // The grid's part of the map, scaled to fit and centred.
        const qreal scale = qMin(rect.width() / area.width(), rect.height() / area.height());
        const QRectF target(rect.center().x() - area.width() * scale / 2, rect.center().y() - area.height() * scale / 2,
                            area.width() * scale, area.height() * scale);
        painter.save();
        painter.setClipRect(target);
        if (!image.isNull())
            painter.drawImage(target, image, area);
        painter.translate(target.topLeft());
        painter.scale(scale, scale);
        painter.translate(-area.topLeft());
        if (!boundary.isEmpty()) {
            QColor fill = colour;
            fill.setAlpha(40);
            painter.setBrush(fill);
            painter.setPen(QPen(colour, 2.5 / scale));
            painter.drawPolygon(boundary);
        }
        QFont font = painter.font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() / scale * 0.9);
        painter.setFont(font);
        for (const MapBuilding &b : buildings) {
            painter.setPen(QPen(Qt::black, 1 / scale));
            painter.setBrush(colour);
            painter.drawEllipse(b.position, 4 / scale, 4 / scale);
            painter.drawText(b.position + QPointF(6 / scale, 4 / scale), b.compoundName + QLatin1Char(' ') + b.name);
        }
        painter.restore();
        painter.setPen(Qt::gray);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(target);
    });
}

void HandoverPack::addHouseholds(PagedDocument &doc) const
{
    struct Household
    {
        QString address;
        QStringList members;
        QString phone;
        QStringList tags;
        int rank = 99; // the first of kFirstTags it has
        QString lastVisit;
    };
    QList<Household> households;
    QHash<qint64, int> index;
    SqlQuery q(m_db, QStringLiteral("SELECT h.id, c.name, b.name, h.unit, h.room, h.phone, (SELECT max(v.visited_on) "
                                    "FROM visit v WHERE v.household_id = h.id AND v.archived = 0), r.id, r.name, "
                                    "r.id_number FROM household h JOIN building b ON b.id = h.building_id JOIN "
                                    "compound c ON c.id = b.compound_id LEFT JOIN resident r ON r.household_id = h.id "
                                    "AND r.status = 'living' WHERE b.grid_id = ? AND h.status = 'active'") +
                         RegisterRows::households(m_scope, QStringLiteral("h.id")) +
                         QStringLiteral(" ORDER BY c.name, b.name, h.unit, length(h.room), h.room, h.id, CASE WHEN "
                                        "r.relation = 'head' THEN 0 ELSE 1 END, r.id"));
    SqlQuery tags(m_db,
                  QStringLiteral("SELECT t.code, t.name FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE "
                                 "rt.resident_id = ? AND t.archived = 0 ORDER BY t.sort_order"));
    if (q.exec(m_gridId))
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!index.contains(id)) {
                index.insert(id, int(households.size()));
                Household h;
                const QString unit = q.value(3).toString();
                const QString room = q.value(4).toString();
                h.address = q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString() + QLatin1Char(' ') +
                            (unit.isEmpty() ? room : tr("%1-%2", "unit-room").arg(unit, room));
                h.phone = masked(q.value(5).toString());
                h.lastVisit = q.value(6).toString().left(10);
                households << h;
            }
            if (q.value(7).isNull())
                continue;
            Household &h = households[index.value(id)];
            const QString idNumber = IdNumber::mask(q.value(9).toString());
            h.members << (idNumber.isEmpty() ? q.value(8).toString()
                                             : q.value(8).toString() + QLatin1Char(' ') + idNumber);
            if (tags.exec(q.value(7).toLongLong()))
                while (tags.next()) {
                    const int rank = int(kFirstTags.indexOf(tags.value(0).toString()));
                    if (rank >= 0)
                        h.rank = qMin(h.rank, rank);
                    if (!h.tags.contains(tags.value(1).toString()))
                        h.tags << tags.value(1).toString();
                }
        }
    std::stable_sort(households.begin(), households.end(),
                     [](const Household &a, const Household &b) { return a.rank < b.rank; });
    int first = 0;
    QList<PagedDocument::Row> rows;
    for (const Household &h : std::as_const(households)) {
        PagedDocument::Row row;
        row.cells << h.address << h.members.join(QLatin1Char('\n')) << h.phone << h.tags.join(QStringLiteral("、"))
                  << (h.lastVisit.isEmpty() ? tr("never") : h.lastVisit);
        row.shaded = h.rank < 99;
        first += h.rank < 99 ? 1 : 0;
        rows << row;
    }
    doc.addHeading(
        tr("Households (%1; %2 living alone, on 低保 or with a disability first)").arg(households.size()).arg(first));
    PagedDocument::TableStyle style;
    style.emptyText = tr("No households in this grid.");
    doc.addTable({{tr("Address"), 2.4},
                  {tr("Members"), 3.2},
                  {tr("Phone"), 1.4},
                  {tr("Groups"), 1.4},
                  {tr("Last visit"), 1.2, Qt::AlignCenter}},
                 rows, style);
}

void HandoverPack::addCases(PagedDocument &doc) const
{
    doc.addHeading(tr("Open cases and errands"));
    SqlQuery q(m_db, QStringLiteral("SELECT case_no, kind, status, received_at, deadline, description FROM cases WHERE "
                                    "grid_id = ? AND status NOT IN ('closed', 'followed_up', 'withdrawn')") +
                         RegisterRows::grids(m_scope, QStringLiteral("grid_id")) +
                         QStringLiteral(" ORDER BY deadline, id"));
    QList<PagedDocument::Row> rows;
    if (q.exec(m_gridId))
        while (q.next()) {
            const QString kind = q.value(1).toString();
            rows.append({{q.value(0).toString(), CaseWorkflow::kindLabel(kind),
                          CaseWorkflow::statusLabel(q.value(2).toString(), kind), q.value(3).toString().left(10),
                          q.value(4).toString().left(10), q.value(5).toString()}});
        }
    PagedDocument::TableStyle style;
    style.emptyText = tr("No open cases or errands.");
    doc.addTable({{tr("Number"), 1.3},
                  {tr("Kind"), 0.8},
                  {tr("Status"), 0.9},
                  {tr("Received"), 1.1},
                  {tr("Deadline"), 1.1},
                  {tr("What"), 4.3}},
                 rows, style);
    // What the life-event rules have due that nobody has opened yet.
    QList<PagedDocument::Row> due;
    for (const DueErrand &d : DueErrands(m_db, m_scope).list(m_day))
        if (d.gridId == m_gridId)
            due.append({{d.errandTypeName, d.residentName, d.eventDate.toString(Qt::ISODate), d.text}});
    if (!due.isEmpty()) {
        doc.addHeading(tr("Errands due, not opened yet"));
        doc.addTable({{tr("Errand"), 1.5}, {tr("Resident"), 1.2}, {tr("Date"), 1.1}, {tr("What"), 4.5}}, due);
    }
}

void HandoverPack::addContacts(PagedDocument &doc) const
{
    doc.addHeading(tr("Party-member households (党员中心户) and building heads (楼栋长)"));
    QList<PagedDocument::Row> rows;
    for (const PartyContact &c : PartyContactStore(m_db, m_scope).contacts(m_gridId))
        rows.append({{tr("党员中心户"), c.residentName, c.address, masked(c.phone)}});
    // 楼栋长 are residents tagged so, where the office keeps such a tag.
    SqlQuery heads(m_db, QStringLiteral("SELECT r.name, c.name, b.name, r.phone FROM resident r JOIN resident_tag rt "
                                        "ON rt.resident_id = r.id JOIN tag t ON t.id = rt.tag_id JOIN household h ON "
                                        "h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN compound "
                                        "c ON c.id = b.compound_id WHERE (t.code = 'building_head' OR t.name = ?) AND "
                                        "r.status = 'living' AND b.grid_id = ?") +
                             RegisterRows::households(m_scope, QStringLiteral("h.id")) +
                             QStringLiteral(" ORDER BY c.name, b.name, r.name"));
    if (heads.exec(QStringLiteral("楼栋长"), m_gridId))
        while (heads.next())
            rows.append({{tr("楼栋长"), heads.value(0).toString(),
                          heads.value(1).toString() + QLatin1Char(' ') + heads.value(2).toString(),
                          masked(heads.value(3).toString())}});
    PagedDocument::TableStyle style;
    style.emptyText = tr("None recorded for this grid.");
    doc.addTable({{tr("Role"), 1.2}, {tr("Name"), 1.2}, {tr("Address"), 3.0}, {tr("Phone"), 1.4}}, rows, style);
}

void HandoverPack::addBirthdays(PagedDocument &doc) const
{
    doc.addHeading(tr("Birthdays in %1").arg(m_day.toString(QStringLiteral("yyyy-MM"))));
    QList<PagedDocument::Row> rows;
    for (const BirthdayEntry &e : BirthdayQuery(m_db, m_scope).month(m_day.year(), m_day.month()))
        if (e.gridId == m_gridId)
            rows.append({{e.name, e.keptOnText(), QString::number(e.ageTurning), e.address}});
    PagedDocument::TableStyle style;
    style.emptyText = tr("No birthdays on the list this month.");
    doc.addTable({{tr("Name"), 1.3}, {tr("Birthday"), 1.5}, {tr("Age"), 0.6, Qt::AlignCenter}, {tr("Address"), 3.5}},
                 rows, style);
}

bool HandoverPack::writePdf(const QString &path, QString *error) const
{
    if (!m_valid) {
        if (error)
            *error = tr("Grid: it does not exist or is outside your grids.");
        return false;
    }
    return document().writePdf(path, title(), error);
}
