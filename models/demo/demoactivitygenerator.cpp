#include "demoactivitygenerator.h"

#include "democlock.h"
#include "models/cases/casesummary.h"
#include "models/core/sqlquery.h"

#include <algorithm>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

namespace {

// Demo text, written as a clerk would write it (seed data).
struct CategoryText
{
    const char *code;
    const char *descriptions[3];
    const char *department;
    const char *result;
};

const CategoryText kCategoryTexts[] = {
    {"environment",
     {"楼道堆放杂物，影响通行", "垃圾桶满溢未及时清运", "绿化带内有建筑垃圾"},
     "环卫所",
     "已清理完毕，现场恢复整洁"},
    {"property",
     {"电梯经常停运，物业处理不及时", "小区门禁损坏多日", "物业费收支不公开"},
     "物业公司",
     "物业已维修并向居民说明情况"},
    {"dispute",
     {"楼上漏水引发邻里纠纷", "噪音扰民，邻里矛盾", "停车位归属纠纷"},
     "人民调解委员会",
     "经调解双方达成一致"},
    {"safety",
     {"单元门锁损坏，存在安全隐患", "夜间有陌生人在楼道逗留", "电动车楼道充电"},
     "社区民警",
     "已排除隐患并加强巡查"},
    {"traffic",
     {"消防通道被私家车占用", "小区门口乱停车", "共享单车堆积影响通行"},
     "交警中队",
     "已劝离车辆并设置提示牌"},
    {"facilities", {"路灯不亮", "下水道堵塞", "健身器材损坏"}, "市政维修", "已维修完成，运行正常"},
    {"assistance",
     {"独居老人生活困难，申请帮扶", "残疾人申请临时救助", "低保家庭子女上学困难"},
     "民政科",
     "已办理救助并建立台账"},
    {"other", {"咨询社区服务事项", "反映小区公共事务", "建议增设便民设施"}, "社区居委会", "已答复居民"},
};

const char *const kEventTitles[][3] = {
    {"本月老人集体生日会", "长寿面生日会", "敬老生日会"}, // birthday_party
    {"社区义诊", "健康体检进社区", "中医义诊"},           // clinic
    {"义剪进社区", "爱心理发", "为老人义剪"},             // haircut
    {"广场舞展演", "书法交流会", "社区联欢"},             // cultural
    {"环境清洁日", "楼道清理行动", "垃圾分类宣传清洁"},   // cleanup
    {"防诈骗讲座", "健康知识讲座", "消防安全讲座"},       // lecture
    {"志愿服务日", "敬老志愿服务", "便民服务集市"},       // volunteer_service
    {"居民议事会", "亲子活动", "邻里节"},                 // other
};

const char *const kPlaces[] = {"社区活动室", "党群服务中心", "小区中心广场", "社区卫生服务站", "老年活动中心"};

struct Resident
{
    qint64 id;
    QString name;
};

} // namespace

DemoActivityGenerator::DemoActivityGenerator(QSqlDatabase db, quint32 seed)
    : m_db(std::move(db))
    , m_seed(seed)
{}

bool DemoActivityGenerator::fail(const QString &what)
{
    m_error = tr("Demo activity could not be written (%1).").arg(what);
    return false;
}

bool DemoActivityGenerator::generate(int cases, int events)
{
    m_error.clear();
    return generateCases(cases) && generateEvents(events);
}

bool DemoActivityGenerator::generateCases(int count)
{
    QRandomGenerator rng(m_seed ^ 0xca5e5u);
    auto range = [&](int lo, int hi) { return lo + int(rng.bounded(hi - lo + 1)); };
    auto chance = [&](double p) { return rng.generateDouble() < p; };

    struct Category
    {
        qint64 id;
        int deadlineDays;
        const CategoryText *text;
    };
    QList<Category> categories;
    SqlQuery cat(m_db, QStringLiteral("SELECT id, code, deadline_days FROM case_category WHERE archived = 0 ORDER BY "
                                      "sort_order"));
    if (cat.exec())
        while (cat.next()) {
            const QByteArray code = cat.value(1).toString().toLatin1();
            const CategoryText *text = &kCategoryTexts[std::size(kCategoryTexts) - 1];
            for (const CategoryText &t : kCategoryTexts)
                if (code == t.code)
                    text = &t;
            categories.append({cat.value(0).toLongLong(), cat.value(2).toInt(), text});
        }
    // Weights follow what offices report most: the environment and repairs first.
    const int categoryWeights[] = {24, 14, 10, 8, 12, 18, 6, 8};

    QList<qint64> grids;
    QHash<qint64, QList<std::pair<qint64, QString>>> buildings;
    SqlQuery b(m_db, QStringLiteral("SELECT b.id, b.grid_id, c.name || b.name FROM building b JOIN compound c ON c.id "
                                    "= b.compound_id WHERE b.archived = 0 AND b.grid_id IS NOT NULL ORDER BY b.id"));
    if (b.exec())
        while (b.next()) {
            const qint64 grid = b.value(1).toLongLong();
            if (!buildings.contains(grid))
                grids.append(grid);
            buildings[grid].append({b.value(0).toLongLong(), b.value(2).toString()});
        }
    if (categories.isEmpty() || grids.isEmpty() || count <= 0)
        return count <= 0 || fail(QStringLiteral("no grids or categories"));
    QHash<qint64, QList<Resident>> residents; // a sample of each grid's residents, as reporters
    SqlQuery r(m_db, QStringLiteral("SELECT r.id, r.name, b.grid_id FROM resident r JOIN household h ON h.id = "
                                    "r.household_id JOIN building b ON b.id = h.building_id WHERE r.status = 'living' "
                                    "AND r.birth_date < ?"));
    if (r.exec(m_today.addYears(-18).toString(Qt::ISODate)))
        while (r.next()) {
            QList<Resident> &list = residents[r.value(2).toLongLong()];
            if (list.size() < 3000)
                list.append({r.value(0).toLongLong(), r.value(1).toString()});
        }

    // Receipt times first, in order, so case numbers run with time.
    const QDateTime start(m_today.addMonths(-m_months).addDays(1), QTime(0, 0));
    const qint64 span = start.secsTo(QDateTime(m_today, QTime(0, 0)));
    QList<QDateTime> received;
    received.reserve(count);
    for (int i = 0; i < count; ++i) {
        QDateTime t = start.addSecs(qint64(rng.generateDouble() * span));
        // Office hours mostly; summer brings more.
        const int month = t.date().month();
        if (month >= 6 && month <= 9 && chance(0.15))
            t = t.addDays(-range(0, 3));
        t.setTime(QTime(range(8, 19), range(0, 59), range(0, 59)));
        received.append(t < start ? start.addSecs(9 * 3600) : t);
    }
    std::sort(received.begin(), received.end());

    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, building_id, "
                                   "location, reporter_resident_id, reporter_name, description, received_at, "
                                   "deadline, status, assignee, result, closed_at, satisfaction, followed_up_at, "
                                   "reopen_count, user_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery step(m_db, QStringLiteral("INSERT INTO case_step (case_id, action, from_status, to_status, at, by_name, "
                                       "to_whom, note, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString sources[] = {QStringLiteral("patrol"),  QStringLiteral("visit"),  QStringLiteral("phone"),
                               QStringLiteral("hotline"), QStringLiteral("online"), QStringLiteral("other")};
    const int sourceWeights[] = {35, 15, 15, 20, 10, 5};
    auto weighted = [&](const int *weights, int n) {
        int total = 0;
        for (int i = 0; i < n; ++i)
            total += weights[i];
        int pick = int(rng.bounded(total));
        for (int i = 0; i < n; ++i)
            if ((pick -= weights[i]) < 0)
                return i;
        return n - 1;
    };
    const QString clerk = QStringLiteral("demo"); // the demo administrator's login, for the audit columns
    // Who handled each step, as a clerk types it.
    const QString handlers[] = {QStringLiteral("张丽"), QStringLiteral("陈晓燕"), QStringLiteral("李建华"),
                                QStringLiteral("王芳")};
    const QString satisfactions[] = {QStringLiteral("satisfied"), QStringLiteral("basically"),
                                     QStringLiteral("dissatisfied")};
    const QString satisfactionNotes[] = {QStringLiteral("满意"), QStringLiteral("基本满意"), QStringLiteral("不满意")};
    const QDateTime now = DemoClock::endOfDay(m_today, QTime(18, 0));
    const QVariant noText{QMetaType(QMetaType::QString)};
    const QVariant noId{QMetaType(QMetaType::LongLong)};
    int yearSeq = 0;
    int seqYear = 0;

    struct Step
    {
        QString action, from, to;
        QDateTime at;
        QString toWhom, note;
        QString satisfaction; // of a follow-up
    };
    for (int i = 0; i < count; ++i) {
        const QDateTime &at = received.at(i);
        if (at.date().year() != seqYear) {
            // Numbers go on from the cases already there (CaseStore's yyyy-nnnnnn, per year).
            seqYear = at.date().year();
            const QString prefix = QString::number(seqYear) + QLatin1Char('-');
            SqlQuery last(m_db, QStringLiteral("SELECT max(case_no) FROM cases WHERE case_no >= ? AND case_no < ?"));
            last.exec(prefix, QString::number(seqYear) + QLatin1Char('.'));
            yearSeq = last.scalar().toString().mid(prefix.size()).toInt();
        }
        const QString caseNo = QStringLiteral("%1-%2").arg(seqYear).arg(++yearSeq, 6, 10, QLatin1Char('0'));
        const Category &category = categories.at(qMin(int(categories.size()) - 1, weighted(categoryWeights, 8)));
        const QString source = sources[weighted(sourceWeights, 6)];
        const qint64 grid = grids.at(int(rng.bounded(int(grids.size()))));
        const auto &gridBuildings = buildings.value(grid);
        const auto &building = gridBuildings.at(int(rng.bounded(int(gridBuildings.size()))));
        const QList<Resident> &people = residents.value(grid);
        const bool byResident = source != QLatin1String("patrol") && !people.isEmpty() && chance(0.75);
        const Resident reporter = byResident ? people.at(int(rng.bounded(int(people.size())))) : Resident{0, {}};
        const QString description = QString::fromUtf8(category.text->descriptions[rng.bounded(3)]);
        const QDateTime deadline = at.addDays(category.deadlineDays);
        const QString department = QString::fromUtf8(category.text->department);

        // The case's course: most close within the deadline, some run over, a few stay open long.
        QList<Step> steps;
        steps.append(
            {QStringLiteral("receive"), QString(), QStringLiteral("received"), at, QString(), QString(), QString()});
        QDateTime t = at.addSecs(range(600, 36000));
        steps.append({QStringLiteral("assess"), QStringLiteral("received"), QStringLiteral("assessed"), t, QString(),
                      QString(), QString()});
        t = t.addSecs(range(1800, 86400));
        steps.append({QStringLiteral("assign"), QStringLiteral("assessed"), QStringLiteral("assigned"), t, department,
                      QString(), QString()});
        // One in eight runs well past its deadline; a few get stuck for months (still open, overdue).
        const double slow = chance(0.03) ? 40.0 : chance(0.12) ? 2.5 : 1.0;
        const qint64 toClose = qint64((0.15 + rng.generateDouble() * 0.95) * slow * category.deadlineDays * 86400);
        QDateTime closeAt = at.addSecs(qMax<qint64>(toClose, at.secsTo(t) + 3600));
        QString last = QStringLiteral("assigned");
        if (closeAt > deadline) {
            const QDateTime superviseAt = deadline.addSecs(range(3600, 86400));
            if (superviseAt < closeAt) {
                steps.append({QStringLiteral("supervise"), last, QStringLiteral("supervised"), superviseAt, department,
                              QStringLiteral("逾期督办"), QString()});
                last = QStringLiteral("supervised");
            }
        }
        steps.append({QStringLiteral("close"), last, QStringLiteral("closed"), closeAt, QString(),
                      QString::fromUtf8(category.text->result), QString()});
        if (chance(0.85)) {
            const QDateTime followedUp = closeAt.addSecs(range(3600, 4 * 86400));
            const int satisfactionWeights[] = {70, 22, 8};
            const int s = weighted(satisfactionWeights, 3);
            steps.append({QStringLiteral("follow_up"), QStringLiteral("closed"), QStringLiteral("followed_up"),
                          followedUp, QString(), satisfactionNotes[s], satisfactions[s]});
            if (s == 2 && chance(0.6)) {
                // A dissatisfied resident: the case goes back to the department.
                const QDateTime reopenAt = followedUp.addSecs(range(600, 86400));
                steps.append({QStringLiteral("reopen"), QStringLiteral("followed_up"), QStringLiteral("assigned"),
                              reopenAt, department, QStringLiteral("回访不满意，重新交办"), QString()});
                closeAt = reopenAt.addSecs(range(86400, category.deadlineDays * 86400));
                steps.append({QStringLiteral("close"), QStringLiteral("assigned"), QStringLiteral("closed"), closeAt,
                              QString(), QString::fromUtf8(category.text->result), QString()});
                if (chance(0.8))
                    steps.append({QStringLiteral("follow_up"), QStringLiteral("closed"), QStringLiteral("followed_up"),
                                  closeAt.addSecs(range(3600, 3 * 86400)), QString(), satisfactionNotes[1],
                                  satisfactions[1]});
            }
        }
        // What has happened by today.
        while (steps.size() > 1 && steps.constLast().at > now)
            steps.removeLast();
        const QString status = steps.constLast().to;
        QDateTime closedAt;
        QDateTime lastFollowUp;
        QString lastSatisfaction;
        int reopenCount = 0;
        for (const Step &s : std::as_const(steps)) {
            if (s.action == QLatin1String("close")) {
                closedAt = s.at;
            } else if (s.action == QLatin1String("reopen")) {
                // The earlier follow-up stays in the timeline; the case's own fields describe this round.
                closedAt = {};
                lastFollowUp = {};
                lastSatisfaction.clear();
                ++reopenCount;
            } else if (s.action == QLatin1String("follow_up")) {
                lastFollowUp = s.at;
                lastSatisfaction = s.satisfaction;
            }
        }
        const QString stamp = at.toString(Qt::ISODate);
        if (!insert.exec(caseNo, source, category.id, grid, building.first, building.second,
                         reporter.id > 0 ? QVariant(reporter.id) : noId,
                         reporter.id > 0 ? QVariant(reporter.name) : noText, description, stamp,
                         deadline.toString(Qt::ISODate), status, department,
                         closedAt.isValid() ? QVariant(QString::fromUtf8(category.text->result)) : noText,
                         closedAt.isValid() ? QVariant(closedAt.toString(Qt::ISODate)) : noText,
                         lastFollowUp.isValid() ? QVariant(lastSatisfaction) : noText,
                         lastFollowUp.isValid() ? QVariant(lastFollowUp.toString(Qt::ISODate)) : noText, reopenCount,
                         clerk, stamp, steps.constLast().at.toString(Qt::ISODate)))
            return fail(QStringLiteral("case"));
        const qint64 caseId = insert.lastInsertId();
        const QString &handler = handlers[i % std::size(handlers)];
        for (const Step &s : std::as_const(steps))
            if (!step.exec(caseId, s.action, s.from.isEmpty() ? noText : QVariant(s.from), s.to,
                           s.at.toString(Qt::ISODate), handler, s.toWhom.isEmpty() ? noText : QVariant(s.toWhom),
                           s.note.isEmpty() ? noText : QVariant(s.note), clerk, s.at.toString(Qt::ISODate)))
                return fail(QStringLiteral("case step"));
        if (m_progress && (i + 1) % 10000 == 0)
            m_progress(i + 1, count);
    }
    // Bulk rows bypass CaseStore, so the dashboard's summary is recomputed once at the end.
    return CaseSummary::rebuild(m_db) || fail(QStringLiteral("case summary"));
}

bool DemoActivityGenerator::generateEvents(int count)
{
    QRandomGenerator rng(m_seed ^ 0xe7e7u);
    auto range = [&](int lo, int hi) { return lo + int(rng.bounded(hi - lo + 1)); };
    auto chance = [&](double p) { return rng.generateDouble() < p; };
    if (count <= 0)
        return true;

    QHash<QString, qint64> types;
    SqlQuery t(m_db, QStringLiteral("SELECT code, id FROM event_type"));
    if (t.exec())
        while (t.next())
            types.insert(t.value(0).toString(), t.value(1).toLongLong());
    const QStringList typeCodes{QStringLiteral("birthday_party"),    QStringLiteral("clinic"),
                                QStringLiteral("haircut"),           QStringLiteral("cultural"),
                                QStringLiteral("cleanup"),           QStringLiteral("lecture"),
                                QStringLiteral("volunteer_service"), QStringLiteral("other")};
    QList<std::pair<qint64, QString>> grids; // id, worker
    SqlQuery g(m_db, QStringLiteral("SELECT id, worker_name FROM grid WHERE archived = 0 ORDER BY code"));
    if (g.exec())
        while (g.next())
            grids.append({g.value(0).toLongLong(), g.value(1).toString()});
    QHash<qint64, QList<qint64>> residents;
    QList<qint64> everyone;
    SqlQuery r(m_db, QStringLiteral("SELECT r.id, b.grid_id FROM resident r JOIN household h ON h.id = r.household_id "
                                    "JOIN building b ON b.id = h.building_id WHERE r.status = 'living'"));
    if (r.exec())
        while (r.next()) {
            QList<qint64> &list = residents[r.value(1).toLongLong()];
            if (list.size() < 3000)
                list.append(r.value(0).toLongLong());
            if (everyone.size() < 5000)
                everyone.append(r.value(0).toLongLong());
        }
    QList<qint64> volunteers;
    SqlQuery v(m_db, QStringLiteral("SELECT id FROM volunteer WHERE status = 'active' ORDER BY id LIMIT 200"));
    if (v.exec())
        while (v.next())
            volunteers.append(v.value(0).toLongLong());
    if (grids.isEmpty() || types.isEmpty())
        return fail(QStringLiteral("no grids or event types"));

    SqlQuery insert(m_db, QStringLiteral("INSERT INTO event (title, type_id, grid_id, place, starts_at, ends_at, "
                                         "organiser, extra_participants, notes, cancelled, user_name, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery participant(
        m_db,
        QStringLiteral("INSERT INTO event_participant (event_id, resident_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    SqlQuery volunteer(m_db, QStringLiteral("INSERT INTO event_volunteer (event_id, volunteer_id, hours, role) "
                                            "VALUES (?, ?, ?, NULL) ON CONFLICT DO NOTHING"));
    const QVariant noId{QMetaType(QMetaType::LongLong)};
    const QVariant noText{QMetaType(QMetaType::QString)};
    const QDate first = m_today.addMonths(-m_months).addDays(1);
    const int days = int(first.daysTo(m_today));
    const int parties = qMin(count, m_months); // one community birthday party a month
    for (int i = 0; i < count; ++i) {
        QDate date;
        int type;
        qint64 grid = 0;
        QString organiser = QStringLiteral("社区居委会");
        if (i < parties) {
            type = 0;
            const QDate month = QDate(m_today.year(), m_today.month(), 1).addMonths(-i);
            date = month.addDays(range(9, 20));
            if (date >= m_today)
                date = m_today.addDays(-1);
        } else {
            type = 1 + int(rng.bounded(7));
            date = first.addDays(range(0, days - 1));
            if (chance(0.8)) {
                const auto &pick = grids.at(int(rng.bounded(int(grids.size()))));
                grid = pick.first;
                if (!pick.second.isEmpty())
                    organiser = pick.second;
            }
        }
        const QList<int> startHours{9, 14, 19};
        const QDateTime starts(date, QTime(startHours.at(int(rng.bounded(3))), chance(0.5) ? 0 : 30));
        const QDateTime ends = starts.addSecs(range(3, 6) * 1800);
        const QString title = QString::fromUtf8(kEventTitles[type][rng.bounded(3)]);
        const QString place = QString::fromUtf8(kPlaces[rng.bounded(int(std::size(kPlaces)))]);
        const bool cancelled = i >= parties && chance(0.03);
        const int extra = range(0, grid ? 25 : 60);
        const QString stamp = starts.toString(Qt::ISODate);
        if (!insert.exec(title, types.value(typeCodes.at(type)), grid ? QVariant(grid) : noId, place, stamp,
                         ends.toString(Qt::ISODate), organiser, extra,
                         cancelled ? QVariant(QStringLiteral("因天气取消")) : noText, cancelled ? 1 : 0,
                         QStringLiteral("demo"), stamp, stamp))
            return fail(QStringLiteral("event"));
        const qint64 eventId = insert.lastInsertId();
        if (cancelled)
            continue;
        const QList<qint64> &pool = grid ? residents.value(grid) : everyone;
        const int listed = pool.isEmpty() ? 0 : range(4, grid ? 20 : 40);
        for (int p = 0; p < listed; ++p)
            if (!participant.exec(eventId, pool.at(int(rng.bounded(int(pool.size()))))))
                return fail(QStringLiteral("participant"));
        const double hours = starts.secsTo(ends) / 3600.0;
        for (int n = volunteers.isEmpty() ? 0 : range(1, 4); n > 0; --n)
            if (!volunteer.exec(eventId, volunteers.at(int(rng.bounded(int(volunteers.size())))), hours))
                return fail(QStringLiteral("volunteer"));
    }
    return true;
}
