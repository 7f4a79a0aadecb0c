// CareOverdue at its boundaries: day 7 vs day 8 after the last visit, 79 vs 80 years old, a tag
// removed or archived, never visited (from the rule's start or the move-in), the shortest rhythm
// of the members deciding, archived visits and moved-out members ignored, a resident's own
// level, and a grid worker seeing only their grid.
#include "models/access/accessscope.h"
#include "models/care/careoverdue.h"
#include "models/care/carerules.h"
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <QTest>

class CareOverdueTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void seededRules();
    void sevenDaysIsOnTimeTheEighthIsOverdue();
    void eightyNeedsAWeekSeventyNineTwoWeeks();
    void tagRemovedOrArchivedEndsTheFollowUp();
    void neverVisitedIsOverdueSinceTheRuleApplies();
    void shortestRhythmOfTheMembersDecides();
    void archivedVisitsAndMovedOutMembersCountForNothing();
    void residentLevelOverridesTheRule();
    void gridWorkerSeesOnlyTheirGrid();
    void filtersByGridTagAndLevel();
    void rulesAreValidated();

private:
    // A household in `building` with one living member born on `birth`, tagged with `tags`.
    qint64 household(qint64 building, const QDate &birth, const QStringList &tags)
    {
        const QString room = QString::number(100 + ++m_sequence);
        const qint64 resident =
            m_t->addResidentBornOn(building, room, QStringLiteral("住户") + room, birth, m_sequence);
        for (const QString &tag : tags)
            tagResident(resident, tag);
        SqlQuery h(m_t->db(), QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
        return h.exec(resident) ? h.scalar().toLongLong() : 0;
    }
    qint64 memberOf(qint64 household) const
    {
        SqlQuery q(m_t->db(), QStringLiteral("SELECT min(id) FROM resident WHERE household_id = ?"));
        return q.exec(household) ? q.scalar().toLongLong() : 0;
    }
    qint64 addMember(qint64 household, const QDate &birth, const QStringList &tags)
    {
        ++m_sequence;
        const QString id = TestDatabase::idFor(birth, true, m_sequence);
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO resident (household_id, name, id_number, birth_date, "
                                             "relation, created_at, updated_at) VALUES (?, ?, ?, ?, 'other', 'x', "
                                             "'x')"));
        q.exec(household, QStringLiteral("成员%1").arg(m_sequence), id, birth.toString(Qt::ISODate));
        const qint64 resident = q.lastInsertId();
        for (const QString &tag : tags)
            tagResident(resident, tag);
        return resident;
    }
    void tagResident(qint64 resident, const QString &code)
    {
        SqlQuery t(m_t->db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag "
                                             "WHERE code = ?"));
        QVERIFY(t.exec(resident, code));
    }
    void visit(qint64 household, const QDate &day, bool archived = false)
    {
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, archived, "
                                             "created_at, updated_at) VALUES (?, (SELECT b.grid_id FROM household h "
                                             "JOIN building b ON b.id = h.building_id WHERE h.id = ?), ?, 'w', ?, "
                                             "'x', 'x')"));
        QVERIFY(q.exec(household, household, day.toString(Qt::ISODate), archived ? 1 : 0));
    }
    QList<OverdueHousehold> overdue(const QDate &day, const AccessScope &scope = testScope()) const
    {
        return CareOverdue(m_t->db(), scope).list(day);
    }
    const OverdueHousehold *find(const QList<OverdueHousehold> &rows, qint64 household) const
    {
        for (const OverdueHousehold &h : rows)
            if (h.householdId == household)
                return &h;
        return nullptr;
    }

    std::unique_ptr<TestDatabase> m_t;
    int m_sequence = 0;
    const QDate m_day{2026, 6, 15};
};

void CareOverdueTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    m_sequence = 0;
    // The seeded rules apply from the day of the upgrade; these tests look at an earlier June.
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE care_rule SET applies_from = '2000-01-01'")).exec());
}

void CareOverdueTest::seededRules()
{
    const QList<CareRule> rules = CareRules(m_t->db(), testScope()).list(true);
    QStringList seen;
    for (const CareRule &r : rules)
        seen << QStringLiteral("%1/%2/%3/%4").arg(r.tagName).arg(r.minAge).arg(r.level).arg(r.rhythmDays);
    seen.sort();
    QCOMPARE(seen, QStringList({QStringLiteral("低保/0/normal/30"), QStringLiteral("残疾/0/normal/30"),
                                QStringLiteral("独居/0/focus/14"), QStringLiteral("独居/80/severe/7"),
                                QStringLiteral("社区矫正/0/focus/30")}));
}

void CareOverdueTest::sevenDaysIsOnTimeTheEighthIsOverdue()
{
    const qint64 h = household(m_t->buildingA1, QDate(1940, 3, 1), {QStringLiteral("living_alone")});
    visit(h, QDate(2026, 6, 1));
    QVERIFY(!find(overdue(QDate(2026, 6, 8)), h)); // day 7: on time
    const QList<OverdueHousehold> rows = overdue(QDate(2026, 6, 9));
    const OverdueHousehold *o = find(rows, h);
    QVERIFY(o);
    QCOMPARE(o->daysOverdue, 1);
    QCOMPARE(o->lastVisit, QDate(2026, 6, 1));
    QCOMPARE(o->due, QDate(2026, 6, 8));
    QCOMPARE(o->rhythmDays, 7);
    QCOMPARE(o->minAge, 80);
    QCOMPARE(o->tagName, QStringLiteral("独居"));
    QCOMPARE(o->level, QStringLiteral("severe"));
    QCOMPARE(o->residentId, memberOf(h));
    QCOMPARE(o->gridId, m_t->gridA);
    QVERIFY(!o->address.isEmpty());
    QVERIFY(!o->head.isEmpty());
    QVERIFY(CareOverdue::reason(*o).contains(QStringLiteral("独居 80+")));
    // A visit on the day puts it right.
    visit(h, QDate(2026, 6, 9));
    QVERIFY(!find(overdue(QDate(2026, 6, 9)), h));
}

void CareOverdueTest::eightyNeedsAWeekSeventyNineTwoWeeks()
{
    // On 15 June: one turned 80 three days ago, one turns 80 in three days. Both last visited
    // ten days ago: the weekly rhythm applies to the first only, from their birthday on.
    const qint64 eighty = household(m_t->buildingA1, QDate(1946, 6, 12), {QStringLiteral("living_alone")});
    const qint64 seventyNine = household(m_t->buildingA1, QDate(1946, 6, 18), {QStringLiteral("living_alone")});
    visit(eighty, QDate(2026, 6, 5));
    visit(seventyNine, QDate(2026, 6, 5));
    const QList<OverdueHousehold> rows = overdue(m_day);
    QVERIFY(find(rows, eighty));
    QCOMPARE(find(rows, eighty)->daysOverdue, 3); // due on the 12th: last visit + 7, and turned 80
    QCOMPARE(find(rows, eighty)->minAge, 80);
    QVERIFY(!find(rows, seventyNine)); // every 14 days: due on the 19th
    // Turning 80 today: the weekly rule applies from today, so the visit of the 5th is due today.
    const qint64 today = household(m_t->buildingA1, QDate(1946, 6, 15), {QStringLiteral("living_alone")});
    visit(today, QDate(2026, 6, 5));
    QVERIFY(!find(overdue(m_day), today));
    QCOMPARE(find(overdue(m_day.addDays(1)), today)->daysOverdue, 1);
}

void CareOverdueTest::tagRemovedOrArchivedEndsTheFollowUp()
{
    const qint64 alone = household(m_t->buildingA1, QDate(1950, 1, 1), {QStringLiteral("living_alone")});
    const qint64 disabled = household(m_t->buildingA1, QDate(1970, 1, 1), {QStringLiteral("disabled")});
    visit(alone, QDate(2026, 5, 1));
    visit(disabled, QDate(2026, 5, 1));
    QList<OverdueHousehold> rows = overdue(m_day);
    QVERIFY(find(rows, alone));
    QVERIFY(find(rows, disabled));
    // The living-alone tag taken off the resident; the 残疾 tag archived by the office.
    QVERIFY(
        SqlQuery(m_t->db(), QStringLiteral("DELETE FROM resident_tag WHERE resident_id = ?")).exec(memberOf(alone)));
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE tag SET archived = 1 WHERE code = 'disabled'")).exec());
    rows = overdue(m_day);
    QVERIFY(!find(rows, alone));
    QVERIFY(!find(rows, disabled));
    // A rule switched off counts for nothing either.
    const qint64 poor = household(m_t->buildingA1, QDate(1970, 1, 1), {QStringLiteral("low_income")});
    QVERIFY(find(overdue(m_day), poor));
    CareRules rules(m_t->db(), testScope());
    for (CareRule r : rules.list()) {
        if (r.tagName == QStringLiteral("低保")) {
            r.active = false;
            QVERIFY(rules.save(r).ok);
        }
    }
    QVERIFY(!find(overdue(m_day), poor));
}

void CareOverdueTest::neverVisitedIsOverdueSinceTheRuleApplies()
{
    const qint64 h = household(m_t->buildingA1, QDate(1970, 1, 1), {QStringLiteral("disabled")});
    CareRules rules(m_t->db(), testScope());
    for (CareRule r : rules.list())
        if (r.tagName == QStringLiteral("残疾")) {
            r.appliesFrom = QDate(2026, 6, 10);
            QVERIFY(rules.save(r).ok);
        }
    QVERIFY(!find(overdue(QDate(2026, 6, 9)), h)); // the rule does not apply yet
    QCOMPARE(find(overdue(QDate(2026, 6, 10)), h)->daysOverdue, 0);
    const OverdueHousehold *o = find(overdue(m_day), h);
    QVERIFY(o);
    QCOMPARE(o->daysOverdue, 5);
    QVERIFY(!o->lastVisit.isValid());
    // A household that moved in later is due from its move-in.
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE household SET moved_in = '2026-06-13' WHERE id = ?")).exec(h));
    QCOMPARE(find(overdue(m_day), h)->daysOverdue, 2);
}

void CareOverdueTest::shortestRhythmOfTheMembersDecides()
{
    // A 低保 head (30 days) with a living-alone 85-year-old member (7 days): visited 10 days ago.
    const qint64 h = household(m_t->buildingA2, QDate(1970, 1, 1), {QStringLiteral("low_income")});
    const qint64 elder = addMember(h, QDate(1941, 1, 1), {QStringLiteral("living_alone")});
    visit(h, QDate(2026, 6, 5));
    const OverdueHousehold *o = find(overdue(m_day), h);
    QVERIFY(o);
    QCOMPARE(o->residentId, elder);
    QCOMPARE(o->rhythmDays, 7);
    QCOMPARE(o->daysOverdue, 3);
    QCOMPARE(overdue(m_day).size(), 1); // one row per household
}

void CareOverdueTest::archivedVisitsAndMovedOutMembersCountForNothing()
{
    const qint64 h = household(m_t->buildingA1, QDate(1970, 1, 1), {QStringLiteral("disabled")});
    visit(h, QDate(2026, 6, 1), true); // archived: as if never made
    visit(h, QDate(2026, 4, 1));
    QCOMPARE(find(overdue(m_day), h)->lastVisit, QDate(2026, 4, 1));
    QVERIFY(
        SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET status = 'moved_out' WHERE household_id = ?")).exec(h));
    QVERIFY(!find(overdue(m_day), h));
}

void CareOverdueTest::residentLevelOverridesTheRule()
{
    const qint64 h = household(m_t->buildingA1, QDate(1970, 1, 1), {QStringLiteral("disabled")});
    QCOMPARE(find(overdue(m_day), h)->level, QStringLiteral("normal"));
    CareRules rules(m_t->db(), testScope());
    QVERIFY(rules.setAttention(memberOf(h), QStringLiteral("severe")).ok);
    QCOMPARE(rules.attention(memberOf(h)), QStringLiteral("severe"));
    QCOMPARE(find(overdue(m_day), h)->level, QStringLiteral("severe"));
    QVERIFY(!rules.setAttention(memberOf(h), QStringLiteral("urgent")).ok);
    QVERIFY(rules.setAttention(memberOf(h), QString()).ok);
    QCOMPARE(find(overdue(m_day), h)->level, QStringLiteral("normal"));
}

void CareOverdueTest::gridWorkerSeesOnlyTheirGrid()
{
    const qint64 a = household(m_t->buildingA1, QDate(1970, 1, 1), {QStringLiteral("disabled")});
    const qint64 b = household(m_t->buildingB1, QDate(1970, 1, 1), {QStringLiteral("disabled")});
    QCOMPARE(overdue(m_day).size(), 2);
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridB});
    const QList<OverdueHousehold> rows = overdue(m_day, worker);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().householdId, b);
    QVERIFY(!find(rows, a));
    QVERIFY(overdue(m_day, AccessScope()).isEmpty()); // nobody sees nobody
    QVERIFY(!CareRules(m_t->db(), worker).setAttention(memberOf(a), QStringLiteral("focus")).ok);
    QCOMPARE(CareOverdue(m_t->db(), worker).countPerGrid(m_day).value(m_t->gridB), 1);
}

void CareOverdueTest::filtersByGridTagAndLevel()
{
    household(m_t->buildingA1, QDate(1970, 1, 1), {QStringLiteral("disabled")});
    household(m_t->buildingB1, QDate(1940, 1, 1), {QStringLiteral("living_alone")});
    CareOverdue query(m_t->db(), testScope());
    query.setGrid(m_t->gridA);
    QCOMPARE(query.list(m_day).size(), 1);
    query.setGrid(0);
    SqlQuery tag(m_t->db(), QStringLiteral("SELECT id FROM tag WHERE code = 'living_alone'"));
    query.setTag(tag.scalar().toLongLong());
    QCOMPARE(query.list(m_day).size(), 1);
    QCOMPARE(query.list(m_day).first().gridId, m_t->gridB);
    query.setTag(0);
    query.setLevel(QStringLiteral("normal"));
    QCOMPARE(query.list(m_day).size(), 1);
    QCOMPARE(query.list(m_day).first().gridId, m_t->gridA);
}

void CareOverdueTest::rulesAreValidated()
{
    CareRules rules(m_t->db(), testScope());
    CareRule r;
    SqlQuery tag(m_t->db(), QStringLiteral("SELECT id FROM tag WHERE code = 'veteran'"));
    r.tagId = tag.scalar().toLongLong();
    r.appliesFrom = QDate(2026, 1, 1);
    r.rhythmDays = 0;
    QCOMPARE(rules.save(r).errors.first().field, QStringLiteral("rhythmDays"));
    r.rhythmDays = 60;
    r.level = QStringLiteral("focus");
    QVERIFY(rules.save(r).ok);
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridB});
    QVERIFY(!CareRules(m_t->db(), worker).save(r).ok);
    QCOMPARE(rules.list(true).size(), 6);
}

QTEST_GUILESS_MAIN(CareOverdueTest)
#include "careoverdue_test.moc"
