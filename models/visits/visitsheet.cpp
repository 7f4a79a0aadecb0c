#include "visitsheet.h"

#include "models/access/accessscope.h"
#include "models/access/numberreveal.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/sqlquery.h"
#include "models/register/placerolestore.h"
#include "models/register/registerrows.h"

VisitSheet::VisitSheet(QSqlDatabase db, const AccessScope &scope, qint64 buildingId, Options options)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_buildingId(buildingId)
    , m_options(std::move(options))
{
    // Full numbers only for roles that may see them.
    m_options.revealNumbers = NumberReveal::allowed(m_scope, m_options.revealNumbers);
    SqlQuery q(m_db,
               QStringLiteral("SELECT c.name, b.name, g.name, (SELECT cm.name FROM community cm WHERE cm.id = "
                              "c.community_id) "
                              "FROM building b JOIN compound c ON c.id = b.compound_id LEFT JOIN grid g ON g.id = "
                              "b.grid_id WHERE b.id = ?") +
                   RegisterRows::grids(m_scope, QStringLiteral("b.grid_id")) +
                   RegisterRows::buildings(m_scope, QStringLiteral("b.id")));
    if (q.exec(buildingId) && q.next()) {
        m_buildingName = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        m_gridName = q.value(2).toString();
        m_community = q.value(3).toString();
    } else {
        m_buildingId = 0; // unknown, or outside the user's grids: an empty sheet
    }
}

QString VisitSheet::title() const
{
    const QString sheet = tr("Household visit sheet");
    return m_community.isEmpty() ? sheet : tr("%1 %2", "community name, sheet title").arg(m_community, sheet);
}

int VisitSheet::householdCount() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM household WHERE building_id = ? AND status = 'active'"));
    return m_buildingId > 0 && q.exec(m_buildingId) ? q.scalar().toInt() : 0;
}

TableDocument VisitSheet::document() const
{
    TableDocument doc;
    doc.setOrientation(QPageLayout::Landscape);
    doc.setTitle(title());
    doc.setSubtitle(m_buildingName);
    doc.setInfoLine(tr("Grid worker: __________   Round from __________ to __________"));
    doc.setColumns({{tr("Room"), 1.1},
                    {tr("Residents and ID numbers"), 4.2},
                    {tr("Phone"), 1.7},
                    {tr("Last visit"), 1.3, Qt::AlignCenter},
                    {tr("Date"), 1.3},
                    {tr("Met"), 1.4},
                    {tr("Notes and needs"), 3.4}});
    doc.setSignatureColumn(tr("Signature"), 1.6);
    const QDate printed = m_options.printedOn.isValid() ? m_options.printedOn : QDate::currentDate();
    doc.setFooterText(tr("Printed %1. Write down every need; the office makes it a case.")
                          .arg(printed.toString(QStringLiteral("yyyy-MM-dd"))));

    TableDocument::Section section;
    section.heading = m_gridName; // shown after the building
    // Rooms as numbers where they are numbers: 501 before 1001.
    SqlQuery q(m_db, QStringLiteral("SELECT h.id, h.unit, h.room, h.phone, r.name, r.id_number, r.phone, (SELECT "
                                    "max(v.visited_on) FROM visit v WHERE v.household_id = h.id AND v.archived = 0) "
                                    "FROM household h LEFT JOIN resident r ON r.household_id = h.id AND r.status = "
                                    "'living' WHERE h.building_id = ? AND h.status = 'active' ORDER BY h.unit, "
                                    "length(h.room), h.room, h.id, CASE WHEN r.relation = 'head' THEN 0 ELSE 1 END, "
                                    "r.id"));
    if (m_buildingId > 0 && q.exec(m_buildingId)) {
        qint64 current = 0;
        QStringList residents;
        QStringList phones;
        TableDocument::Row row;
        auto flush = [&] {
            if (current == 0)
                return;
            row.cells[1] = residents.join(QLatin1Char('\n'));
            row.cells[2] = phones.join(QLatin1Char('\n'));
            section.rows.append(row);
        };
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (id != current) {
                flush();
                current = id;
                residents.clear();
                phones.clear();
                const QString unit = q.value(1).toString();
                const QString room = q.value(2).toString();
                row = {};
                row.cells
                    << (unit.isEmpty() ? room : tr("%1-%2", "unit-room").arg(unit, room)) << QString() << QString()
                    << QDate::fromString(q.value(7).toString(), Qt::ISODate).toString(QStringLiteral("yyyy-MM-dd"))
                    << QString() << QString() << QString();
                const QString homePhone = q.value(3).toString();
                if (!homePhone.isEmpty())
                    phones << (m_options.revealNumbers ? homePhone : PhoneNumber::mask(homePhone));
            }
            if (q.value(4).isNull())
                continue;
            const QString idNumber = q.value(5).toString();
            const QString shown = m_options.revealNumbers ? idNumber : IdNumber::mask(idNumber);
            residents << (shown.isEmpty() ? q.value(4).toString() : q.value(4).toString() + QLatin1Char(' ') + shown);
            const QString phone = q.value(6).toString();
            if (!phone.isEmpty() && phones.size() < 2)
                phones << (m_options.revealNumbers ? phone : PhoneNumber::mask(phone));
        }
        flush();
    }
    section.summary = tr("%n household(s)", nullptr, int(section.rows.size()));
    // Who answers for the building (楼栋长, 单元长, 物业…), so the worker knows whom to call.
    QStringList contacts;
    for (const PlaceRole &r : PlaceRoleStore(m_db, m_scope).rolesForBuilding(m_buildingId)) {
        QString who = PlaceRoleStore::roleLabel(r.role);
        if (!r.unit.isEmpty())
            who = tr("Unit %1 %2", "unit, role").arg(r.unit, who);
        const QString phone = m_options.revealNumbers ? r.phone : PhoneNumber::mask(r.phone);
        contacts << (phone.isEmpty() ? tr("%1: %2", "role: name").arg(who, r.name)
                                     : tr("%1: %2 %3", "role: name phone").arg(who, r.name, phone));
    }
    // Four to a line: a header line does not wrap.
    for (qsizetype i = 0; m_buildingId > 0 && i < contacts.size(); i += 4)
        section.lines
            << (i == 0 ? tr("Contacts: %1") : QStringLiteral("%1")).arg(contacts.mid(i, 4).join(QStringLiteral("; ")));
    doc.addSection(section);
    return doc;
}

bool VisitSheet::writePdf(const QString &path, QString *error) const
{
    if (m_options.revealNumbers)
        NumberReveal::record(m_db, m_scope, QStringLiteral("resident"), 0, QStringLiteral("visit sheet"));
    return document().writePdf(path, error);
}
