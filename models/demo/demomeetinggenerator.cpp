#include "demomeetinggenerator.h"

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/meetings/motionvote.h"

#include <QRandomGenerator>
#include <QStringList>

namespace {

// Seeded demo data: the names a Chinese community office would write.
const QStringList kAreaNames = {QStringLiteral("东片区"), QStringLiteral("西片区"), QStringLiteral("南片区"),
                                QStringLiteral("北片区")};
const QStringList kWorkUnits = {QStringLiteral("区财政局"), QStringLiteral("市第三人民医院"),
                                QStringLiteral("区人民法院"), QStringLiteral("区教育局"),
                                QStringLiteral("国网城区供电公司")};
const QStringList kTopics = {QStringLiteral("加装电梯意见征集"), QStringLiteral("小区停车位重新划线"),
                             QStringLiteral("楼道杂物清理"),     QStringLiteral("垃圾分类投放点调整"),
                             QStringLiteral("老旧小区改造方案"), QStringLiteral("电动自行车充电桩选址"),
                             QStringLiteral("绿化带改造"),       QStringLiteral("物业费收缴与服务"),
                             QStringLiteral("广场舞噪音协调"),   QStringLiteral("高空抛物治理")};
const QStringList kMotions = {QStringLiteral("同意按方案实施"),       QStringLiteral("由业委会牵头征求全体业主意见"),
                              QStringLiteral("申请街道专项资金支持"), QStringLiteral("设立居民监督小组"),
                              QStringLiteral("限期一个月内完成整改"), QStringLiteral("委托物业公司提出施工方案")};
const QStringList kTasks = {QStringLiteral("张贴公告并入户告知"), QStringLiteral("联系物业公司落实"),
                            QStringLiteral("汇总居民意见"),       QStringLiteral("上报街道城管科"),
                            QStringLiteral("组织施工验收"),       QStringLiteral("回访反映问题的居民")};
const QStringList kOwners = {QStringLiteral("网格员"), QStringLiteral("居委会主任"), QStringLiteral("物业经理"),
                             QStringLiteral("楼栋长"), QStringLiteral("业委会主任")};
const QStringList kPlaces = {QStringLiteral("社区党群服务中心"), QStringLiteral("小区凉亭"),
                             QStringLiteral("居委会会议室"), QStringLiteral("楼栋架空层")};

} // namespace

DemoMeetingGenerator::DemoMeetingGenerator(QSqlDatabase db, quint32 seed, const QDate &today)
    : m_db(std::move(db))
    , m_seed(seed)
    , m_today(today)
{}

bool DemoMeetingGenerator::fail(const QString &what)
{
    m_error = tr("Demo meetings could not be written (%1).").arg(what);
    return false;
}

bool DemoMeetingGenerator::generate()
{
    QList<qint64> grids;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM grid WHERE archived = 0 ORDER BY code, id"));
    if (!q.exec())
        return fail(QStringLiteral("grids"));
    while (q.next())
        grids.append(q.value(0).toLongLong());
    if (grids.isEmpty())
        return true;
    return generateHierarchy(grids) && generateMeetings(grids);
}

bool DemoMeetingGenerator::generateHierarchy(const QList<qint64> &grids)
{
    const QString stamp = SqlValues::now();
    // Each community of the street gets its own areas over its own grids.
    QList<std::pair<qint64, QList<qint64>>> communities;
    SqlQuery ofCommunity(m_db, QStringLiteral("SELECT community_id, id FROM grid WHERE archived = 0 ORDER BY "
                                              "community_id, code, id"));
    if (!ofCommunity.exec())
        return fail(QStringLiteral("areas"));
    while (ofCommunity.next()) {
        const qint64 communityId = ofCommunity.value(0).toLongLong();
        if (communities.isEmpty() || communities.constLast().first != communityId)
            communities.append(std::make_pair(communityId, QList<qint64>()));
        communities.last().second.append(ofCommunity.value(1).toLongLong());
    }
    SqlQuery area(m_db, QStringLiteral("INSERT INTO area (community_id, code, name, leader_name, archived, created_at, "
                                       "updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)"));
    SqlQuery assign(m_db, QStringLiteral("UPDATE grid SET area_id = ? WHERE id = ?"));
    SqlQuery exclusive(m_db, QStringLiteral("UPDATE grid SET kind = 'exclusive', unit_name = ? WHERE id = ?"));
    for (const auto &[communityId, own] : std::as_const(communities)) {
        // Three grids an area; the last grid stays in no area, so the roll-up shows that row too.
        const int areaCount = qBound(1, int((own.size() - 1 + 2) / 3), int(kAreaNames.size()));
        QList<qint64> areaIds;
        for (int a = 0; a < areaCount; ++a) {
            if (!area.exec(communityId, QStringLiteral("P%1").arg(a + 1, 2, 10, QLatin1Char('0')), kAreaNames.at(a),
                           QStringList{QStringLiteral("王建国"), QStringLiteral("李秀英"), QStringLiteral("陈志强"),
                                       QStringLiteral("刘玉兰")}
                               .at(a),
                           stamp, stamp))
                return fail(QStringLiteral("areas"));
            areaIds.append(area.lastInsertId());
        }
        for (int g = 0; g + 1 < own.size(); ++g)
            if (!assign.exec(areaIds.at(qMin(g / 3, int(areaIds.size()) - 1)), own.at(g)))
                return fail(QStringLiteral("areas"));
        if (own.size() > 1 && !exclusive.exec(QStringLiteral("幸福路农贸市场"), own.constLast()))
            return fail(QStringLiteral("exclusive grid"));
    }

    // Up to three party-member households a grid, from the residents tagged 党员.
    SqlQuery members(m_db,
                     QStringLiteral("SELECT r.id, r.household_id FROM resident r JOIN resident_tag rt ON "
                                    "rt.resident_id = r.id JOIN tag t ON t.id = rt.tag_id JOIN household h ON "
                                    "h.id = r.household_id JOIN building b ON b.id = h.building_id WHERE t.code = "
                                    "'party_member' AND r.status = 'living' AND b.grid_id = ? ORDER BY r.id "
                                    "LIMIT 12"));
    SqlQuery contact(m_db, QStringLiteral("INSERT INTO party_contact (grid_id, household_id, resident_id, since, "
                                          "archived, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)"));
    for (const qint64 grid : grids) {
        if (!members.exec(grid))
            return fail(QStringLiteral("party contacts"));
        QList<std::pair<qint64, qint64>> picks;
        QList<qint64> households;
        while (members.next() && picks.size() < 3) {
            const qint64 household = members.value(1).toLongLong();
            if (households.contains(household))
                continue;
            households.append(household);
            picks.append({members.value(0).toLongLong(), household});
        }
        for (int i = 0; i < picks.size(); ++i)
            if (!contact.exec(grid, picks.at(i).second, picks.at(i).first,
                              m_today.addMonths(-6 - 5 * i).toString(Qt::ISODate), stamp, stamp))
                return fail(QStringLiteral("party contacts"));
    }

    // Every eighth active volunteer is an in-service party member of one of a few units.
    SqlQuery volunteers(m_db, QStringLiteral("SELECT id FROM volunteer WHERE status = 'active' ORDER BY id"));
    SqlQuery dual(m_db, QStringLiteral("UPDATE volunteer SET dual_report = 1, work_unit = ? WHERE id = ?"));
    QList<qint64> ids;
    if (!volunteers.exec())
        return fail(QStringLiteral("volunteers"));
    while (volunteers.next())
        ids.append(volunteers.value(0).toLongLong());
    for (int i = 0, n = 0; i < ids.size(); i += 8, ++n)
        if (!dual.exec(kWorkUnits.at(n % kWorkUnits.size()), ids.at(i)))
            return fail(QStringLiteral("volunteers"));
    return true;
}

bool DemoMeetingGenerator::generateMeetings(const QList<qint64> &grids)
{
    QRandomGenerator rng(m_seed ^ 0x3ee7u);
    const auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(quint32(list.size())))); };
    QList<qint64> kinds;
    SqlQuery k(m_db, QStringLiteral("SELECT id FROM meeting_kind WHERE archived = 0 ORDER BY sort_order"));
    if (!k.exec())
        return fail(QStringLiteral("kinds"));
    while (k.next())
        kinds.append(k.value(0).toLongLong());
    if (kinds.isEmpty())
        return true;

    const QString stamp = SqlValues::now();
    SqlQuery meeting(m_db, QStringLiteral("INSERT INTO meeting (held_on, starts_at, place, grid_id, compound_id, "
                                          "kind_id, topic, head_count, notes, archived, user_name, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, NULL, 0, NULL, ?, ?)"));
    SqlQuery residents(m_db,
                       QStringLiteral("SELECT r.id FROM resident r JOIN household h ON h.id = r.household_id "
                                      "JOIN building b ON b.id = h.building_id WHERE b.grid_id = ? AND r.status = "
                                      "'living' AND r.birth_date < ? ORDER BY r.id LIMIT 200"));
    SqlQuery attendee(m_db, QStringLiteral("INSERT INTO meeting_attendee (meeting_id, resident_id) VALUES (?, ?)"));
    SqlQuery cases(m_db, QStringLiteral("SELECT id FROM cases WHERE grid_id = ? AND received_at < ? ORDER BY "
                                        "received_at DESC LIMIT 3"));
    SqlQuery linkCase(m_db, QStringLiteral("INSERT INTO meeting_case (meeting_id, case_id) VALUES (?, ?)"));
    SqlQuery motion(m_db, QStringLiteral("INSERT INTO motion (meeting_id, sort_order, text, votes_for, votes_against, "
                                         "votes_abstain, decision, archived) VALUES (?, ?, ?, ?, ?, ?, ?, 0)"));
    SqlQuery task(m_db, QStringLiteral("INSERT INTO meeting_task (meeting_id, motion_id, description, owner, due_on, "
                                       "done_on, archived) VALUES (?, ?, ?, ?, ?, ?, 0)"));
    const QString adultBorn = m_today.addYears(-18).toString(Qt::ISODate);

    // Per grid about one meeting a month, plus one community-wide meeting a month (grid 0).
    QList<qint64> hosts = grids;
    hosts.append(0);
    for (int month = m_months - 1; month >= 0; --month) {
        const QDate first = QDate(m_today.year(), m_today.month(), 1).addMonths(-month);
        const int days = month == 0 ? m_today.day() : first.daysInMonth();
        for (const qint64 grid : std::as_const(hosts)) {
            if (grid > 0 && rng.bounded(10) < 2)
                continue; // not every grid meets every month
            const QDate held = first.addDays(rng.bounded(days));
            QList<qint64> pool;
            if (grid > 0) {
                if (!residents.exec(grid, adultBorn))
                    return fail(QStringLiteral("attendees"));
                while (residents.next())
                    pool.append(residents.value(0).toLongLong());
            }
            QList<qint64> present;
            const int wanted = grid > 0 ? 4 + int(rng.bounded(10)) : 0;
            for (int i = 0; i < wanted && !pool.isEmpty(); ++i)
                present.append(pool.takeAt(int(rng.bounded(quint32(pool.size())))));
            const int headCount = grid > 0 ? int(rng.bounded(12)) : 20 + int(rng.bounded(40));
            const int attendees = int(present.size()) + headCount;
            const qint64 kind =
                grid > 0 ? kinds.at(1 + int(rng.bounded(quint32(qMax(1, int(kinds.size()) - 2))))) : kinds.constFirst();
            const QString topic = pick(kTopics);
            if (!meeting.exec(held.toString(Qt::ISODate),
                              QStringLiteral("%1:00").arg(9 + int(rng.bounded(10)), 2, 10, QLatin1Char('0')),
                              pick(kPlaces), SqlValues::idOrNull(grid), kind, topic, headCount, stamp, stamp))
                return fail(QStringLiteral("meetings"));
            const qint64 meetingId = meeting.lastInsertId();
            ++m_meetings;
            for (const qint64 r : std::as_const(present))
                if (!attendee.exec(meetingId, r))
                    return fail(QStringLiteral("attendees"));
            if (grid > 0 && rng.bounded(3) == 0 && cases.exec(grid, held.toString(Qt::ISODate)) && cases.next())
                if (!linkCase.exec(meetingId, cases.value(0).toLongLong()))
                    return fail(QStringLiteral("cases"));

            const int motionCount = 1 + int(rng.bounded(3));
            for (int m = 0; m < motionCount; ++m) {
                // Most people vote; most motions pass.
                const int cast = attendees - int(rng.bounded(quint32(qMax(1, attendees / 4))));
                const int against = int(rng.bounded(quint32(qMax(1, cast / 3 + 1))));
                const int abstain = int(rng.bounded(quint32(qMax(1, (cast - against) / 5 + 1))));
                const int votesFor = qMax(0, cast - against - abstain);
                const MotionVote::Outcome outcome = MotionVote(votesFor, against, abstain).outcome();
                if (!motion.exec(meetingId, m, pick(kMotions), votesFor, against, abstain, MotionVote::code(outcome)))
                    return fail(QStringLiteral("motions"));
                if (outcome != MotionVote::Outcome::Carried)
                    continue;
                const qint64 motionId = motion.lastInsertId();
                const int taskCount = 1 + int(rng.bounded(2));
                for (int t = 0; t < taskCount; ++t) {
                    const QDate due = held.addDays(7 + int(rng.bounded(24)));
                    QDate done;
                    const int roll = int(rng.bounded(10));
                    if (due < m_today && roll < 7)
                        done = due.addDays(-int(rng.bounded(6)));
                    else if (due < m_today && roll < 9)
                        done = due.addDays(1 + int(rng.bounded(10)));
                    if (done.isValid() && done > m_today)
                        done = m_today;
                    if (done.isValid() && done < held)
                        done = held;
                    if (!task.exec(meetingId, motionId, pick(kTasks), pick(kOwners), due.toString(Qt::ISODate),
                                   SqlValues::dateOrNull(done)))
                        return fail(QStringLiteral("tasks"));
                }
            }
        }
    }
    return true;
}
