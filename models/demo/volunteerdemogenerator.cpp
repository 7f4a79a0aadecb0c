#include "volunteerdemogenerator.h"

#include "models/cnrules/hanzi.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/volunteers/shiftrecurrence.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

VolunteerDemoGenerator::VolunteerDemoGenerator(QSqlDatabase db, quint32 seed)
    : m_db(std::move(db))
    , m_seed(seed)
{}

bool VolunteerDemoGenerator::generate(int volunteers)
{
    QRandomGenerator rng(m_seed);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tr("The database is busy.");
        return false;
    }
    const QString stamp = SqlValues::now();
    auto fail = [this](const QString &what) {
        m_error = tr("Demo volunteers could not be made (%1).").arg(what);
        return false;
    };

    // Adults of working or active retirement age, spread over the register, not yet volunteers
    // (the demo may run more than once on a register).
    QList<std::pair<qint64, std::pair<QString, QString>>> candidates;
    SqlQuery r(m_db,
               QStringLiteral("SELECT id, name, phone FROM resident r WHERE status = 'living' AND birth_date <= ? "
                              "AND birth_date > ? AND NOT EXISTS (SELECT 1 FROM volunteer v WHERE v.resident_id "
                              "= r.id) ORDER BY id"));
    if (!r.exec(m_today.addYears(-18).toString(Qt::ISODate), m_today.addYears(-76).toString(Qt::ISODate)))
        return fail(QStringLiteral("residents"));
    while (r.next())
        candidates.append({r.value(0).toLongLong(), {r.value(1).toString(), r.value(2).toString()}});
    const QStringList skills = {QStringLiteral("急救"),
                                QStringLiteral("电脑"),
                                QStringLiteral("理发"),
                                QStringLiteral("驾驶"),
                                QStringLiteral("摄影"),
                                QStringLiteral("心理咨询"),
                                QString(),
                                QString()};
    QList<qint64> ids;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO volunteer (resident_id, name, phone, id_number, skills, "
                                         "available_days, available_from, available_to, joined_on, status, created_at, "
                                         "updated_at, name_pinyin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int fromRegister = qMin(int(candidates.size()), volunteers - volunteers / 10);
    QSet<int> taken;
    for (int i = 0; i < volunteers; ++i) {
        QVariant resident{QMetaType(QMetaType::LongLong)};
        QString name;
        QString phone;
        QVariant idNumber{QMetaType(QMetaType::QString)};
        if (i < fromRegister) {
            int pick = int(rng.bounded(quint32(candidates.size())));
            while (taken.contains(pick))
                pick = (pick + 1) % int(candidates.size());
            taken.insert(pick);
            resident = candidates.at(pick).first;
            name = candidates.at(pick).second.first;
            phone = candidates.at(pick).second.second;
        } else {
            static const QStringList outside = {QStringLiteral("周志强"), QStringLiteral("吴晓燕"),
                                                QStringLiteral("郑海峰"), QStringLiteral("冯丽华"),
                                                QStringLiteral("陈建国"), QStringLiteral("褚秀英")};
            name = outside.at(i % outside.size());
            phone = QStringLiteral("139%1").arg(rng.bounded(10000000u, 99999999u));
        }
        // Most can come any day; some only at weekends or in the daytime.
        const int kind = int(rng.bounded(10u));
        const QVariant days = kind == 0 ? QVariant(QStringLiteral("6,7")) : QVariant(QMetaType(QMetaType::QString));
        const QVariant from = kind == 1 ? QVariant(QStringLiteral("08:00")) : QVariant(QMetaType(QMetaType::QString));
        const QVariant to = kind == 1 ? QVariant(QStringLiteral("17:00")) : QVariant(QMetaType(QMetaType::QString));
        const QString status = rng.bounded(20u) == 0 ? QStringLiteral("paused") : QStringLiteral("active");
        if (!insert.exec(resident, name, SqlValues::textOrNull(phone), idNumber,
                         SqlValues::textOrNull(skills.at(int(rng.bounded(quint32(skills.size()))))), days, from, to,
                         m_today.addDays(-int(rng.bounded(30u, 1500u))).toString(Qt::ISODate), status, stamp, stamp,
                         Hanzi::namePinyin(name)))
            return fail(QStringLiteral("volunteer"));
        ids.append(insert.lastInsertId());
    }
    m_volunteers = int(ids.size());
    if (ids.size() < 8)
        return tx.commit();

    // Teams with leaders; everyone in one team, some in two.
    struct TeamSeed
    {
        QString name;
        QString description;
    };
    const QList<TeamSeed> teamSeeds = {{QStringLiteral("党员先锋队"), QStringLiteral("在职和退休党员")},
                                       {QStringLiteral("平安巡逻队"), QStringLiteral("夜间和周末巡逻")},
                                       {QStringLiteral("助老服务队"), QStringLiteral("探访独居和空巢老人")},
                                       {QStringLiteral("环境卫生队"), QStringLiteral("垃圾分类督导和清洁")}};
    QList<qint64> grids;
    SqlQuery g(m_db, QStringLiteral("SELECT id FROM grid WHERE archived = 0 ORDER BY code"));
    if (g.exec())
        while (g.next())
            grids.append(g.value(0).toLongLong());
    QList<qint64> teams;
    SqlQuery team(m_db, QStringLiteral("INSERT INTO volunteer_team (name, grid_id, leader_id, description, created_at) "
                                       "VALUES (?, ?, ?, ?, ?)"));
    SqlQuery member(m_db, QStringLiteral("INSERT INTO volunteer_team_member (team_id, volunteer_id, "
                                         "joined_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    // The volunteers' communities (0: outside volunteers): on a street a team is led and served,
    // and a post staffed, by its own community's residents (another community's clerks would
    // otherwise see them); outside volunteers serve anywhere.
    QHash<qint64, qint64> volunteerCommunity;
    SqlQuery vc(m_db,
                QStringLiteral("SELECT v.id, c.community_id FROM volunteer v JOIN resident r ON r.id = "
                               "v.resident_id JOIN household h ON h.id = r.household_id JOIN building b ON b.id = "
                               "h.building_id JOIN compound c ON c.id = b.compound_id"));
    if (vc.exec())
        while (vc.next())
            volunteerCommunity.insert(vc.value(0).toLongLong(), vc.value(1).toLongLong());
    for (int t = 0; t < teamSeeds.size(); ++t) {
        const QVariant grid =
            grids.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(grids.at(t % grids.size()));
        SqlQuery gc(m_db, QStringLiteral("SELECT community_id FROM grid WHERE id = ?"));
        const qint64 community = !grid.isNull() && gc.exec(grid) ? gc.scalar().toLongLong() : 0;
        qint64 leader = ids.at(t);
        for (int k = 0; community && k < ids.size(); ++k) {
            const qint64 own = volunteerCommunity.value(ids.at((t + k) % ids.size()));
            if (own == 0 || own == community) {
                leader = ids.at((t + k) % ids.size());
                break;
            }
        }
        if (!team.exec(teamSeeds.at(t).name, grid, leader, teamSeeds.at(t).description, stamp))
            return fail(QStringLiteral("team"));
        teams.append(team.lastInsertId());
    }
    QHash<qint64, qint64> teamCommunity;
    SqlQuery tc(m_db, QStringLiteral("SELECT t.id, coalesce(g.community_id, 0) FROM volunteer_team t LEFT JOIN grid g "
                                     "ON g.id = t.grid_id"));
    if (tc.exec())
        while (tc.next())
            teamCommunity.insert(tc.value(0).toLongLong(), tc.value(1).toLongLong());
    const auto teamFor = [&](int i, int step) -> qint64 {
        const qint64 community = volunteerCommunity.value(ids.at(i));
        for (int k = 0; k < teams.size(); ++k) {
            const qint64 t = teams.at((i + step + k) % teams.size());
            if (community == 0 || teamCommunity.value(t) == 0 || teamCommunity.value(t) == community)
                return t;
        }
        return 0;
    };
    for (int i = 0; i < ids.size(); ++i) {
        const QString joined = m_today.addDays(-400).toString(Qt::ISODate);
        const qint64 first = teamFor(i, 0);
        if (first && !member.exec(first, ids.at(i), joined))
            return fail(QStringLiteral("member"));
        const qint64 second = teamFor(i, 1);
        if (rng.bounded(4u) == 0 && second && second != first && !member.exec(second, ids.at(i), joined))
            return fail(QStringLiteral("member"));
    }

    // Posts and their weekly shifts.
    struct PostSeed
    {
        QString name;
        QString location;
        int team;
        int needed;
        QList<int> days;
        QTime start;
        QTime end;
    };
    const QList<PostSeed> postSeeds = {
        {QStringLiteral("小区门岗值守"), QStringLiteral("幸福里东门"), 1, 2, {1, 2, 3, 4, 5}, QTime(7, 0), QTime(9, 0)},
        {QStringLiteral("夜间治安巡逻"), QStringLiteral("社区全域"), 1, 3, {5, 6}, QTime(19, 0), QTime(21, 0)},
        {QStringLiteral("助老探访"), QStringLiteral("独居老人家中"), 2, 2, {2, 4}, QTime(9, 0), QTime(11, 0)},
        {QStringLiteral("垃圾分类督导"), QStringLiteral("各小区投放点"), 3, 2, {1, 3, 6}, QTime(18, 0), QTime(20, 0)},
        {QStringLiteral("党员服务站值班"), QStringLiteral("社区党群服务中心"), 0, 1, {6}, QTime(9, 0), QTime(11, 0)},
    };
    SqlQuery post(m_db, QStringLiteral("INSERT INTO volunteer_post (name, location, grid_id, team_id, needed, "
                                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    SqlQuery shift(m_db, QStringLiteral("INSERT INTO volunteer_shift (post_id, starts_at, ends_at, minutes, needed, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    SqlQuery assign(m_db, QStringLiteral("INSERT INTO volunteer_assignment (shift_id, volunteer_id, attendance, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    const QDate monday = m_today.addDays(1 - m_today.dayOfWeek());
    QSet<QString> busy; // volunteer + start: no double booking (posts never overlap otherwise)
    for (int p = 0; p < postSeeds.size(); ++p) {
        const PostSeed &seed = postSeeds.at(p);
        const QVariant grid =
            grids.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(grids.at(p % grids.size()));
        if (!post.exec(seed.name, seed.location, grid, teams.at(seed.team), seed.needed, stamp))
            return fail(QStringLiteral("post"));
        const qint64 postId = post.lastInsertId();
        qint64 postCommunity = 0;
        SqlQuery pc(m_db, QStringLiteral("SELECT community_id FROM grid WHERE id = ?"));
        if (!grid.isNull() && pc.exec(grid))
            postCommunity = pc.scalar().toLongLong();
        ShiftRecurrence::Pattern pattern;
        pattern.weekdays = seed.days;
        pattern.start = seed.start;
        pattern.end = seed.end;
        pattern.from = monday.addDays(-56);
        pattern.weeks = 12;
        for (const ShiftRecurrence::Slot &s : ShiftRecurrence::generate(pattern)) {
            if (!shift.exec(postId, ShiftRecurrence::toText(s.start), ShiftRecurrence::toText(s.end),
                            int(s.start.secsTo(s.end) / 60), seed.needed, stamp))
                return fail(QStringLiteral("shift"));
            const qint64 shiftId = shift.lastInsertId();
            ++m_shifts;
            // Leave about one shift in eight a volunteer short, so the rota shows gaps.
            const int count = seed.needed - (rng.bounded(8u) == 0 ? 1 : 0);
            const bool past = s.end.date() < m_today;
            for (int k = 0; k < count; ++k) {
                const qint64 v = ids.at(int(rng.bounded(quint32(ids.size()))));
                // A post of one community of a street is served by that community's residents.
                if (volunteerCommunity.value(v) && postCommunity && volunteerCommunity.value(v) != postCommunity)
                    continue;
                const QString key = QString::number(v) + ShiftRecurrence::toText(s.start).left(10);
                if (busy.contains(key))
                    continue;
                busy.insert(key);
                const QVariant attendance = !past                   ? QVariant(QMetaType(QMetaType::QString))
                                            : rng.bounded(10u) == 0 ? QVariant(QStringLiteral("absent"))
                                                                    : QVariant(QStringLiteral("attended"));
                if (!assign.exec(shiftId, v, attendance, stamp, stamp))
                    return fail(QStringLiteral("assignment"));
            }
        }
    }

    SqlQuery reward(m_db, QStringLiteral("INSERT INTO volunteer_reward (name, points, created_at) VALUES (?, ?, ?)"));
    const QList<std::pair<QString, int>> rewards = {
        {QStringLiteral("洗衣液一瓶"), 50}, {QStringLiteral("大米5公斤"), 120}, {QStringLiteral("理发券"), 30}};
    for (const auto &[name, points] : rewards)
        if (!reward.exec(name, points, stamp))
            return fail(QStringLiteral("reward"));
    if (!tx.commit())
        return fail(QStringLiteral("commit"));
    return true;
}
