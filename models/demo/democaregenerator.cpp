#include "democaregenerator.h"

#include "models/access/accessscope.h"
#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/care/carepairstore.h"
#include "models/care/carerules.h"
#include "models/core/sqlquery.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>

DemoCareGenerator::DemoCareGenerator(QSqlDatabase db, quint32 seed, const QDate &today)
    : m_db(std::move(db))
    , m_seed(seed)
    , m_today(today)
{}

bool DemoCareGenerator::fail(const QString &what)
{
    m_error = QStringLiteral("demo care: %1").arg(what);
    return false;
}

bool DemoCareGenerator::generate()
{
    // Its own random stream, so the rest of a seed's demo stays as it was.
    QRandomGenerator rng(m_seed ^ 0xca7eu);
    auto chance = [&rng](double p) { return rng.generateDouble() < p; };
    const AccessScope demo = AccessScope::system(QStringLiteral("demo"));
    SqlQuery rules(m_db, QStringLiteral("UPDATE care_rule SET applies_from = ?"));
    if (!rules.exec(m_today.addMonths(-3).toString(Qt::ISODate)))
        return fail(QStringLiteral("rules"));

    // The tagged households, each with its first tagged member and the tag's code.
    SqlQuery tagged(m_db, QStringLiteral("SELECT r.household_id, r.id, t.code, b.grid_id FROM resident_tag rt JOIN tag "
                                         "t ON t.id = rt.tag_id JOIN resident r ON r.id = rt.resident_id JOIN "
                                         "household h ON h.id = r.household_id JOIN building b ON b.id = "
                                         "h.building_id WHERE r.status = 'living' AND h.status = 'active' AND t.code "
                                         "IN ('living_alone', 'low_income', 'disabled') ORDER BY r.household_id, "
                                         "r.id"));
    if (!tagged.exec())
        return fail(QStringLiteral("tagged households"));
    struct Home
    {
        qint64 household;
        qint64 resident;
        QString tag;
    };
    QList<Home> homes;
    QHash<qint64, bool> seen;
    while (tagged.next()) {
        const qint64 household = tagged.value(0).toLongLong();
        if (seen.contains(household))
            continue;
        seen.insert(household, true);
        homes.append({household, tagged.value(1).toLongLong(), tagged.value(2).toString()});
    }

    // Helpers: the grids' leaders (cadres), party members and volunteers of the register.
    QStringList cadres;
    SqlQuery leaders(m_db, QStringLiteral("SELECT DISTINCT leader_name FROM grid WHERE leader_name IS NOT NULL AND "
                                          "leader_name <> '' ORDER BY leader_name"));
    if (leaders.exec())
        while (leaders.next())
            cadres << leaders.value(0).toString();
    if (cadres.isEmpty())
        cadres << QStringLiteral("李书记") << QStringLiteral("王主任");
    QList<std::pair<qint64, QString>> partyMembers;
    SqlQuery party(m_db, QStringLiteral("SELECT r.id, r.name FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id JOIN "
                                        "resident r ON r.id = rt.resident_id WHERE t.code = 'party_member' AND "
                                        "r.status = 'living' ORDER BY r.id LIMIT 200"));
    if (party.exec())
        while (party.next())
            partyMembers.append({party.value(0).toLongLong(), party.value(1).toString()});
    QList<std::pair<qint64, QString>> volunteers;
    SqlQuery vols(m_db, QStringLiteral("SELECT id, name FROM volunteer WHERE status = 'active' ORDER BY id LIMIT 200"));
    if (vols.exec())
        while (vols.next())
            volunteers.append({vols.value(0).toLongLong(), vols.value(1).toString()});

    CareRules careRules(m_db, demo);
    CarePairStore pairs(m_db, demo);
    AssistanceStore assistance(m_db, demo);
    const AssistanceKinds kinds(m_db, demo);
    const qint64 relief = kinds.find(QStringLiteral("temporary_relief"));
    const qint64 condolence = kinds.find(QStringLiteral("condolence"));
    const qint64 goods = kinds.find(QStringLiteral("goods"));
    static const QStringList deeds = {QStringLiteral("上门看望，聊家常"),     QStringLiteral("陪同到社区医院复诊"),
                                      QStringLiteral("代购生活用品和药品"),   QStringLiteral("帮助打扫卫生"),
                                      QStringLiteral("协助办理低保年审材料"), QStringLiteral("电话问候，了解近况"),
                                      QStringLiteral("检查燃气和用电安全")};
    static const QStringList items = {QStringLiteral("大米一袋、食用油一桶"), QStringLiteral("棉被一床"),
                                      QStringLiteral("牛奶两箱"), QStringLiteral("防暑降温用品一份"),
                                      QStringLiteral("轮椅一台")};
    const QDate start = m_today.addMonths(-6);
    for (const Home &home : std::as_const(homes)) {
        // A severe case or two set by hand.
        if (chance(0.04) && !careRules.setAttention(home.resident, QStringLiteral("severe")).ok)
            return fail(QStringLiteral("attention"));
        if (chance(0.25)) {
            CarePair p;
            p.householdId = home.household;
            const int kind = int(rng.bounded(3));
            if (kind == 1 && !partyMembers.isEmpty()) {
                const auto &m = partyMembers.at(int(rng.bounded(int(partyMembers.size()))));
                p.helperKind = QStringLiteral("party_member");
                p.residentId = m.first;
                p.helperName = m.second;
            } else if (kind == 2 && !volunteers.isEmpty()) {
                const auto &v = volunteers.at(int(rng.bounded(int(volunteers.size()))));
                p.helperKind = QStringLiteral("volunteer");
                p.volunteerId = v.first;
                p.helperName = v.second;
            } else {
                p.helperKind = QStringLiteral("cadre");
                p.helperName = cadres.at(int(rng.bounded(int(cadres.size()))));
            }
            p.startedOn = start.addDays(rng.bounded(60));
            const SaveResult saved = pairs.save(p);
            if (!saved.ok)
                return fail(QStringLiteral("pair: ") + saved.firstMessage());
            ++m_pairs;
            QDate day = p.startedOn.addDays(rng.bounded(20));
            while (day <= m_today) {
                if (!pairs.addActivity({0, saved.id, day, deeds.at(int(rng.bounded(int(deeds.size()))))}).ok)
                    return fail(QStringLiteral("pair activity"));
                day = day.addDays(20 + rng.bounded(40));
            }
        }
        // Assistance: 临时救助 now and then for 低保, 慰问 before the festivals, goods for the alone.
        for (QDate month(start.year(), start.month(), 1); month <= m_today; month = month.addMonths(1)) {
            AssistanceRecord r;
            r.householdId = home.household;
            r.givenBy = cadres.at(int(rng.bounded(int(cadres.size()))));
            r.givenOn = qMin(month.addDays(rng.bounded(month.daysInMonth())), m_today);
            if (home.tag == QLatin1String("low_income") && chance(0.08)) {
                r.kindId = relief;
                r.amountFen = (300 + 100 * qint64(rng.bounded(18))) * 100;
            } else if ((month.month() == 1 || month.month() == 9) && chance(0.5)) {
                r.kindId = condolence;
                r.amountFen = (200 + 100 * qint64(rng.bounded(4))) * 100;
            } else if (home.tag == QLatin1String("living_alone") && chance(0.05)) {
                r.kindId = goods;
                r.items = items.at(int(rng.bounded(int(items.size()))));
            } else {
                continue;
            }
            if (!assistance.add(r).ok)
                return fail(QStringLiteral("assistance"));
            ++m_assistance;
        }
    }
    return true;
}
