#include "demovisitgenerator.h"

#include "democlock.h"
#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "models/visits/visitstore.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

namespace {

// Demo text, written as a grid worker would write it (seed data).
const char *const kMet[] = {"户主", "户主本人", "老人本人", "家属", "租户", "子女"};
const char *const kNotes[] = {"家中情况良好", "了解近况，无特殊需求", "宣传防诈骗知识",   "宣传垃圾分类",
                              "提醒燃气安全", "老人身体健康",         "登记家庭成员变化", "发放便民服务卡"};
struct NeedText
{
    const char *description;
    const char *errandType; // "" = an ordinary case
    const char *category;
};
const NeedText kNeeds[] = {
    {"老人需办理养老金资格认证", "pension_certification", "assistance"},
    {"家中有人失业，需办理失业登记", "unemployment", "assistance"},
    {"需开具居住证明", "certificate", "other"},
    {"医保报销咨询，需协助办理", "medical_insurance", "assistance"},
    {"残疾证到期需换证", "disability_certificate", "assistance"},
    {"楼道灯坏了，需维修", "", "facilities"},
    {"楼上漏水，需协调", "", "dispute"},
    {"单元门禁损坏", "", "property"},
    {"希望增设休息座椅", "", "other"},
};
const char *const kErrandTexts[][2] = {
    {"pension_certification", "代办养老金资格认证"},
    {"unemployment", "代办失业登记"},
    {"certificate", "代开证明"},
    {"medical_insurance", "代办医保手续"},
    {"disability_certificate", "代办残疾证"},
    {"other", "代办其他事项"},
};

} // namespace

DemoVisitGenerator::DemoVisitGenerator(QSqlDatabase db, quint32 seed)
    : m_db(std::move(db))
    , m_seed(seed)
{}

bool DemoVisitGenerator::fail(const QString &what)
{
    m_error = tr("Demo visits could not be written (%1).").arg(what);
    return false;
}

bool DemoVisitGenerator::generate()
{
    // Its own random stream, so the register and activity of a seed stay as they were.
    QRandomGenerator rng(m_seed ^ 0x5f17u);
    auto chance = [&rng](double p) { return rng.generateDouble() < p; };
    const QDate start = m_today.addMonths(-m_months).addDays(1);
    const int span = int(start.daysTo(m_today));

    QHash<QString, qint64> categories;
    {
        SqlQuery c(m_db, QStringLiteral("SELECT code, id FROM case_category"));
        if (!c.exec())
            return fail(QStringLiteral("categories"));
        while (c.next())
            categories.insert(c.value(0).toString(), c.value(1).toLongLong());
    }

    SqlQuery households(m_db, QStringLiteral("SELECT h.id, b.grid_id, coalesce(g.worker_name, ''), h.building_id "
                                             "FROM household h JOIN building b ON b.id = h.building_id LEFT JOIN "
                                             "grid g ON g.id = b.grid_id WHERE h.status = 'active' ORDER BY h.id"));
    if (!households.exec())
        return fail(QStringLiteral("households"));
    struct Home
    {
        qint64 id;
        qint64 grid;
        QString worker;
        qint64 building;
    };
    QList<Home> homes;
    while (households.next())
        homes.append({households.value(0).toLongLong(), households.value(1).toLongLong(),
                      households.value(2).toString(), households.value(3).toLongLong()});

    const QString stamp = QDateTime::currentDateTime().toString(Qt::ISODate);
    SqlQuery visit(m_db, QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, met, notes, "
                                        "user_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'demo', ?, ?)"));
    SqlQuery need(m_db, QStringLiteral("INSERT INTO visit_need (visit_id, description, sort_order) VALUES (?, ?, 0)"));
    VisitStore visits(m_db, AccessScope::system(QStringLiteral("demo")));
    CaseStore cases(m_db, AccessScope::system(QStringLiteral("demo")));
    // A demo is one community: a few hundred cases from visits at most.
    const int maxCases = qBound(20, int(homes.size()) / 15, 400);

    const QDateTime endOfDay = DemoClock::endOfDay(m_today, QTime(17, 0));
    auto closeErrand = [&](qint64 caseId, const QDateTime &received, bool followUp) {
        std::optional<CaseRecord> c = cases.record(caseId);
        if (!c)
            return false;
        const QDateTime done = qMin(received.addDays(1 + rng.bounded(6)), endOfDay);
        CaseStepRequest close;
        close.caseId = caseId;
        close.action = QStringLiteral("close");
        close.at = done;
        close.byName = c->assignee.isEmpty() ? QStringLiteral("社区工作站") : c->assignee;
        close.result = QStringLiteral("已代办完成");
        close.rowVersion = c->rowVersion;
        if (!cases.applyStep(close).ok)
            return false;
        if (followUp && done.date() < m_today) {
            CaseStepRequest follow;
            follow.caseId = caseId;
            follow.action = QStringLiteral("follow_up");
            follow.at = qMin(done.addDays(1), endOfDay);
            follow.byName = close.byName;
            follow.satisfaction = QStringLiteral("satisfied");
            follow.rowVersion = c->rowVersion + 1;
            return cases.applyStep(follow).ok;
        }
        return true;
    };

    for (const Home &home : std::as_const(homes)) {
        // Most households once or twice in the period, some not at all (the "not visited" list).
        const int times = chance(0.12) ? 0 : (chance(0.35) ? 2 : 1);
        for (int t = 0; t < times; ++t) {
            const QDate day = start.addDays(rng.bounded(span + 1));
            if (!visit.exec(home.id, home.grid > 0 ? QVariant(home.grid) : QVariant(QMetaType(QMetaType::LongLong)),
                            day.toString(Qt::ISODate), home.worker.isEmpty() ? QStringLiteral("网格员") : home.worker,
                            QString::fromUtf8(kMet[rng.bounded(int(std::size(kMet)))]),
                            QString::fromUtf8(kNotes[rng.bounded(int(std::size(kNotes)))]), stamp, stamp))
                return fail(QStringLiteral("visit"));
            ++m_visits;
            const qint64 visitId = visit.lastInsertId();
            if (!chance(0.1))
                continue;
            const NeedText &text = kNeeds[rng.bounded(int(std::size(kNeeds)))];
            if (!need.exec(visitId, QString::fromUtf8(text.description)))
                return fail(QStringLiteral("need"));
            const qint64 needId = need.lastInsertId();
            if (m_cases >= maxCases || !chance(0.6))
                continue;
            CaseIntake in;
            in.source = QStringLiteral("patrol");
            in.categoryId = categories.value(QString::fromLatin1(text.category));
            in.receivedAt = qMin(QDateTime(day, QTime(9 + rng.bounded(8), rng.bounded(60))), endOfDay);
            in.byName = home.worker;
            const bool errand = *text.errandType != '\0';
            if (errand) {
                in.kind = QStringLiteral("errand");
                in.errandType = QString::fromLatin1(text.errandType);
            }
            const SaveResult made = visits.raiseCase(needId, in);
            if (!made.ok)
                return fail(QStringLiteral("case from a visit: ") + made.firstMessage());
            ++m_cases;
            if (errand && in.receivedAt.date().daysTo(m_today) > 3 && chance(0.85) &&
                !closeErrand(made.id, in.receivedAt, chance(0.5)))
                return fail(QStringLiteral("errand steps"));
        }
    }

    // Errands brought to the desk, about one a week per grid worker.
    const int errands = qBound(12, int(homes.size()) / 60, 300);
    for (int i = 0; i < errands && !homes.isEmpty(); ++i) {
        const Home &home = homes.at(rng.bounded(int(homes.size())));
        const auto &text = kErrandTexts[rng.bounded(int(std::size(kErrandTexts)))];
        CaseIntake in;
        in.kind = QStringLiteral("errand");
        in.errandType = QString::fromLatin1(text[0]);
        in.source = QStringLiteral("visit");
        in.categoryId = categories.value(QStringLiteral("assistance"));
        in.buildingId = home.building;
        in.description = QString::fromUtf8(text[1]);
        in.receivedAt =
            qMin(QDateTime(start.addDays(rng.bounded(span + 1)), QTime(9 + rng.bounded(8), rng.bounded(60))), endOfDay);
        in.byName = home.worker;
        const SaveResult made = cases.intake(in);
        if (!made.ok)
            return fail(QStringLiteral("errand: ") + made.firstMessage());
        ++m_cases;
        if (in.receivedAt.date().daysTo(m_today) > 3 && chance(0.8) &&
            !closeErrand(made.id, in.receivedAt, chance(0.4)))
            return fail(QStringLiteral("errand steps"));
    }
    return true;
}
