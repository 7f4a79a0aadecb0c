#include "demoledgergenerator.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/mediation/mediationstore.h"
#include "models/mediation/rentalstore.h"
#include "models/register/placerolestore.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {

// Seeded demo data: what a community's mediation committee writes down.
const QStringList kMatters = {QStringLiteral("楼上卫生间漏水，楼下天花板受损"),
                              QStringLiteral("占用公共楼道堆放杂物"),
                              QStringLiteral("宠物狗夜间吠叫扰民"),
                              QStringLiteral("房屋租金及押金退还争议"),
                              QStringLiteral("物业费收取与服务质量争议"),
                              QStringLiteral("装修噪音影响邻居休息"),
                              QStringLiteral("赡养老人费用分担"),
                              QStringLiteral("拖欠装修工人工资"),
                              QStringLiteral("停车位被长期占用"),
                              QStringLiteral("空调外机噪音与滴水")};
const QStringList kKinds = {QStringLiteral("neighbours"), QStringLiteral("neighbours"), QStringLiteral("neighbours"),
                            QStringLiteral("tenancy"),    QStringLiteral("property"),   QStringLiteral("neighbours"),
                            QStringLiteral("family"),     QStringLiteral("labour"),     QStringLiteral("other"),
                            QStringLiteral("neighbours")};
const QStringList kAgreements = {QStringLiteral("责任方于十日内完成维修，并赔偿对方损失人民币伍佰元整"),
                                 QStringLiteral("双方同意互相谅解，今后遵守小区管理规约"),
                                 QStringLiteral("按合同约定于本月底前退还押金"),
                                 QStringLiteral("由物业公司整改服务，业主按时缴纳物业费")};
const QStringList kMediators = {QStringLiteral("赵敏"), QStringLiteral("钱卫东"), QStringLiteral("孙丽华"),
                                QStringLiteral("李建平")};
const QStringList kOutsiders = {QStringLiteral("陈志强"), QStringLiteral("周海燕"), QStringLiteral("吴晓东"),
                                QStringLiteral("郑立新"), QStringLiteral("冯桂芳")};
const QStringList kPropertyFirms = {QStringLiteral("万家物业服务中心"), QStringLiteral("安居物业管理处"),
                                    QStringLiteral("绿城物业客服")};

QString mobile(QRandomGenerator &rng)
{
    return QStringLiteral("13%1%2").arg(rng.bounded(5, 10)).arg(rng.bounded(10000000, 99999999));
}

} // namespace

DemoLedgerGenerator::DemoLedgerGenerator(QSqlDatabase db, quint32 seed, const QDate &today)
    : m_db(std::move(db))
    , m_seed(seed)
    , m_today(today)
{}

bool DemoLedgerGenerator::fail(const QString &what)
{
    m_error = tr("Demo ledgers could not be written (%1).").arg(what);
    return false;
}

bool DemoLedgerGenerator::generate(int mediations, int rooms)
{
    return generateRoles() && generateMediations(mediations) && generateRentals(rooms);
}

bool DemoLedgerGenerator::generateRoles()
{
    QRandomGenerator rng(m_seed + 1);
    PlaceRoleStore store(m_db, AccessScope::system(QStringLiteral("demo")));
    SqlQuery compounds(m_db, QStringLiteral("SELECT id FROM compound WHERE archived = 0 ORDER BY id"));
    if (!compounds.exec())
        return fail(QStringLiteral("compounds"));
    QList<qint64> ids;
    while (compounds.next())
        ids.append(compounds.value(0).toLongLong());
    for (const qint64 compoundId : std::as_const(ids)) {
        PlaceRole property{0,
                           compoundId,
                           0,
                           QString(),
                           QStringLiteral("property"),
                           kPropertyFirms.at(rng.bounded(int(kPropertyFirms.size()))),
                           mobile(rng),
                           0};
        if (!store.save(property).ok)
            return fail(QStringLiteral("property contacts"));
    }
    // The first resident of each building answers for it; of every third building, the unit heads too.
    SqlQuery heads(m_db, QStringLiteral("SELECT b.id, b.compound_id, h.unit, min(r.id) FROM building b JOIN household "
                                        "h ON h.building_id = b.id JOIN resident r ON r.household_id = h.id AND "
                                        "r.status = 'living' WHERE b.archived = 0 GROUP BY b.id, b.compound_id, h.unit "
                                        "ORDER BY b.id, h.unit"));
    if (!heads.exec())
        return fail(QStringLiteral("building heads"));
    qint64 lastBuilding = 0;
    int buildings = 0;
    QList<PlaceRole> roles;
    while (heads.next()) {
        const qint64 buildingId = heads.value(0).toLongLong();
        const qint64 compoundId = heads.value(1).toLongLong();
        const qint64 residentId = heads.value(3).toLongLong();
        if (buildingId != lastBuilding) {
            lastBuilding = buildingId;
            ++buildings;
            roles.append({0, compoundId, buildingId, QString(), QStringLiteral("building_head"), QString(), QString(),
                          residentId});
        } else if (buildings % 3 == 0) {
            roles.append({0, compoundId, buildingId, heads.value(2).toString(), QStringLiteral("unit_head"), QString(),
                          QString(), residentId});
        }
    }
    for (PlaceRole &r : roles)
        if (!store.save(r).ok)
            return fail(QStringLiteral("building roles"));
    return true;
}

bool DemoLedgerGenerator::generateMediations(int count)
{
    QRandomGenerator rng(m_seed + 2);
    QList<qint64> residents;
    SqlQuery q(m_db, QStringLiteral("SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id JOIN "
                                    "building b ON b.id = h.building_id WHERE r.status = 'living' AND b.grid_id IS NOT "
                                    "NULL AND r.birth_date < ? ORDER BY r.id"));
    if (!q.exec(m_today.addYears(-20).toString(Qt::ISODate)))
        return fail(QStringLiteral("residents"));
    while (q.next())
        residents.append(q.value(0).toLongLong());
    if (residents.size() < 2)
        return true;
    MediationStore store(m_db, AccessScope::system(QStringLiteral("demo")));
    for (int i = 0; i < count; ++i) {
        const int matter = rng.bounded(int(kMatters.size()));
        Mediation m;
        m.receivedOn = m_today.addDays(-rng.bounded(5, 330));
        m.kind = kKinds.at(matter);
        m.matter = kMatters.at(matter);
        m.mediator = kMediators.at(rng.bounded(int(kMediators.size())));
        Mediation::Party applicant;
        applicant.side = QStringLiteral("applicant");
        applicant.residentId = residents.at(rng.bounded(int(residents.size())));
        Mediation::Party respondent;
        respondent.side = QStringLiteral("respondent");
        if (rng.bounded(3) == 0) { // an outside person: a tenant's landlord, a contractor
            respondent.name = kOutsiders.at(rng.bounded(int(kOutsiders.size())));
            respondent.phone = mobile(rng);
        } else {
            do
                respondent.residentId = residents.at(rng.bounded(int(residents.size())));
            while (respondent.residentId == applicant.residentId);
        }
        m.parties = {applicant, respondent};
        if (!store.save(m).ok)
            return fail(QStringLiteral("mediation"));
        // Most go on to sessions; of those, most reach an agreement, and most agreements are kept.
        const int stage = rng.bounded(10);
        if (stage == 0)
            continue;
        const int sessions = 1 + rng.bounded(3);
        for (int s = 0; s < sessions; ++s) {
            const QDate held = m.receivedOn.addDays(2 + s * 5);
            m.sessions.append(
                {0, held > m_today ? m_today : held,
                 s == 0 ? QStringLiteral("双方到场，分别陈述事实和诉求") : QStringLiteral("释法明理，促成双方协商")});
        }
        m.status = QStringLiteral("mediating");
        if (!store.save(m).ok)
            return fail(QStringLiteral("mediation sessions"));
        if (stage == 1) {
            m.status = QStringLiteral("failed");
            if (!store.save(m).ok)
                return fail(QStringLiteral("mediation outcome"));
            continue;
        }
        if (stage == 2)
            continue; // still being mediated
        m.status = QStringLiteral("agreed");
        m.agreement = kAgreements.at(rng.bounded(int(kAgreements.size())));
        if (!store.save(m).ok)
            return fail(QStringLiteral("mediation agreement"));
        if (stage >= 5 && m.receivedOn.daysTo(m_today) > 30) {
            m.status = QStringLiteral("fulfilled");
            if (!store.save(m).ok)
                return fail(QStringLiteral("mediation fulfilled"));
        } else if (stage == 4 && m.receivedOn.daysTo(m_today) > 30) {
            m.kept = 0;
            if (!store.save(m).ok)
                return fail(QStringLiteral("mediation not kept"));
        }
    }
    return true;
}

bool DemoLedgerGenerator::generateRentals(int count)
{
    QRandomGenerator rng(m_seed + 3);
    // Rooms where floating residents live; their residents are the tenants.
    SqlQuery q(m_db, QStringLiteral("SELECT r.household_id, r.id FROM resident r JOIN household h ON h.id = "
                                    "r.household_id WHERE r.status = 'living' AND r.residency_type = 'floating' AND "
                                    "h.status = 'active' ORDER BY r.household_id, r.id"));
    if (!q.exec())
        return fail(QStringLiteral("floating residents"));
    QList<qint64> households;
    QHash<qint64, QList<qint64>> tenants;
    while (q.next()) {
        const qint64 h = q.value(0).toLongLong();
        if (!tenants.contains(h))
            households.append(h);
        tenants[h].append(q.value(1).toLongLong());
    }
    SqlQuery landlords(m_db, QStringLiteral("SELECT id FROM resident WHERE status = 'living' AND residency_type = "
                                            "'registered' ORDER BY id LIMIT 200"));
    QList<qint64> owners;
    if (landlords.exec())
        while (landlords.next())
            owners.append(landlords.value(0).toLongLong());
    RentalStore store(m_db, AccessScope::system(QStringLiteral("demo")));
    const int rooms = qMin(count, int(households.size()));
    for (int i = 0; i < rooms; ++i) {
        RentalRoom room;
        room.householdId = households.at(i * int(households.size()) / qMax(1, rooms));
        if (!owners.isEmpty() && rng.bounded(2) == 0) {
            room.landlordResidentId = owners.at(rng.bounded(int(owners.size())));
        } else {
            room.landlordName = kOutsiders.at(rng.bounded(int(kOutsiders.size())));
            room.landlordPhone = mobile(rng);
        }
        for (const qint64 residentId : tenants.value(room.householdId)) {
            RentalRoom::Tenant t;
            t.residentId = residentId;
            t.permit = rng.bounded(3) == 0 ? QStringLiteral("temporary") : QStringLiteral("residence_permit");
            t.expiresOn = m_today.addDays(rng.bounded(-20, 200)); // some expire within the month
            t.startsOn = t.expiresOn.addYears(-1);
            room.tenants.append(t);
        }
        if (!store.save(room).ok)
            return fail(QStringLiteral("rented room"));
        // Now and then a tenant has moved out (the register's move-out, with its date).
        if (i % 9 == 4 && room.tenants.size() > 1 &&
            !store.tenantLeaves(room.tenants.constLast().id, m_today.addDays(-rng.bounded(1, 60))).ok)
            return fail(QStringLiteral("tenant left"));
    }
    return true;
}
