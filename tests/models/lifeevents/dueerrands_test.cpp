// DueErrands and LifeEventRules: each rule at its boundary (the day before and the day of the
// 80th birthday, a death mid-month), nothing opened twice, a grid worker's own grid only.
#include "models/core/sqlquery.h"
#include "models/lifeevents/dueerrands.h"
#include "models/lifeevents/lifeeventrules.h"
#include "models/tags/residenttags.h"
#include "tests/support/testsupport.h"

#include <QTest>

namespace {

QStringList codes(const QList<DueErrand> &due, qint64 resident)
{
    QStringList list;
    for (const DueErrand &d : due)
        if (d.residentId == resident)
            list << d.ruleCode;
    return list;
}

} // namespace

class DueErrandsTest : public QObject
{
    Q_OBJECT

private slots:
    void eightiethBirthdayBoundary();
    void yearlyReviewWithLeadTime();
    void deathMidMonth();
    void birthAndMoveIn();
    void openedOnceOnly();
    void gridWorkerSeesOwnGrid();
    void officeChangesWording();
    void lowIncomeReviewAMonthBefore();
};

void DueErrandsTest::eightiethBirthdayBoundary()
{
    TestDatabase t;
    // Turns 80 on 2026-12-15; 高龄津贴 has no lead time: due from that day, for a month.
    const qint64 zhang =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("101"), QStringLiteral("张秀英"), QDate(1946, 12, 15), 1);
    DueErrands due(t.db(), testScope());
    QVERIFY(!codes(due.list(QDate(2026, 12, 14)), zhang).contains(QStringLiteral("longevity_80")));
    const QList<DueErrand> onTheDay = due.list(QDate(2026, 12, 15));
    QVERIFY(codes(onTheDay, zhang).contains(QStringLiteral("longevity_80")));
    for (const DueErrand &d : onTheDay)
        if (d.residentId == zhang && d.ruleCode == QLatin1String("longevity_80")) {
            QCOMPARE(d.eventDate, QDate(2026, 12, 15));
            QCOMPARE(d.gridId, t.gridA);
            QVERIFY2(d.text.contains(QStringLiteral("张秀英")) && d.text.contains(QStringLiteral("2026年12月15日")) &&
                         d.text.contains(QStringLiteral("高龄津贴")),
                     qPrintable(d.text));
            QCOMPARE(d.errandTypeName, QStringLiteral("高龄津贴申请"));
        }
    QVERIFY(codes(due.list(QDate(2027, 1, 14)), zhang).contains(QStringLiteral("longevity_80"))); // 30 days on
    QVERIFY(!codes(due.list(QDate(2027, 1, 15)), zhang).contains(QStringLiteral("longevity_80")));
    // Turning 80 is not the yearly review (that starts at 81), nor 60's 优待证.
    QCOMPARE(codes(onTheDay, zhang), QStringList{QStringLiteral("longevity_80")});
}

void DueErrandsTest::yearlyReviewWithLeadTime()
{
    TestDatabase t;
    // 84 on 2027-01-20; the review is due 30 days ahead, across the turn of the year.
    const qint64 li =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("102"), QStringLiteral("李桂兰"), QDate(1943, 1, 20), 3);
    DueErrands due(t.db(), testScope());
    QVERIFY(!codes(due.list(QDate(2026, 12, 20)), li).contains(QStringLiteral("longevity_review")));
    const QList<DueErrand> list = due.list(QDate(2026, 12, 21));
    QVERIFY(codes(list, li).contains(QStringLiteral("longevity_review")));
    for (const DueErrand &d : list)
        if (d.residentId == li)
            QVERIFY2(d.text.contains(QStringLiteral("84岁")) && d.occasion == QLatin1String("2027"),
                     qPrintable(d.text));
}

void DueErrandsTest::deathMidMonth()
{
    TestDatabase t;
    const qint64 wang =
        t.addResidentBornOn(t.buildingA2, QStringLiteral("201"), QStringLiteral("王建国"), QDate(1940, 3, 3), 5);
    SqlQuery(t.db(), QStringLiteral("UPDATE resident SET status = 'deceased', status_date = '2026-11-16' WHERE id = ?"))
        .exec(wang);
    DueErrands due(t.db(), testScope());
    QVERIFY(!codes(due.list(QDate(2026, 11, 15)), wang).contains(QStringLiteral("funeral_grant")));
    QVERIFY(codes(due.list(QDate(2026, 11, 16)), wang).contains(QStringLiteral("funeral_grant")));
    QVERIFY(codes(due.list(QDate(2026, 12, 16)), wang).contains(QStringLiteral("funeral_grant")));
    QVERIFY(!codes(due.list(QDate(2026, 12, 17)), wang).contains(QStringLiteral("funeral_grant")));
    // The deceased turn no age and have no yearly review: only the funeral grant.
    SqlQuery(t.db(), QStringLiteral("UPDATE resident SET birth_date = '1946-11-20' WHERE id = ?")).exec(wang);
    QCOMPARE(codes(due.list(QDate(2026, 11, 20)), wang), QStringList{QStringLiteral("funeral_grant")});
}

void DueErrandsTest::birthAndMoveIn()
{
    TestDatabase t;
    const qint64 baby =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("301"), QStringLiteral("赵小宝"), QDate(2026, 12, 1), 7);
    const qint64 tenant =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("302"), QStringLiteral("钱多多"), QDate(1990, 5, 5), 9);
    SqlQuery(t.db(), QStringLiteral("UPDATE resident SET residency_type = 'floating' WHERE id = ?")).exec(tenant);
    SqlQuery(t.db(), QStringLiteral("UPDATE household SET moved_in = '2026-12-03' WHERE id = (SELECT household_id "
                                    "FROM resident WHERE id = ?)"))
        .exec(tenant);
    DueErrands due(t.db(), testScope());
    const QList<DueErrand> list = due.list(QDate(2026, 12, 7));
    QCOMPARE(codes(list, baby), QStringList{QStringLiteral("birth")});
    QCOMPARE(codes(list, tenant), QStringList{QStringLiteral("move_in")});
    // A registered (户籍) resident's household moving in needs no 居住证.
    SqlQuery(t.db(), QStringLiteral("UPDATE resident SET residency_type = 'registered' WHERE id = ?")).exec(tenant);
    QVERIFY(codes(due.list(QDate(2026, 12, 7)), tenant).isEmpty());
}

void DueErrandsTest::openedOnceOnly()
{
    TestDatabase t;
    const qint64 zhou =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("401"), QStringLiteral("周淑珍"), QDate(1966, 12, 7), 11);
    const int errandsBefore = t.count(QStringLiteral("cases WHERE kind = 'errand'"));
    DueErrands due(t.db(), testScope());
    const QList<DueErrand> list = due.list(QDate(2026, 12, 7));
    QCOMPARE(codes(list, zhou), QStringList{QStringLiteral("senior_card")});
    const SaveResult opened = due.open(list);
    QVERIFY2(opened.ok, qPrintable(opened.firstMessage()));
    QCOMPARE(opened.id, qint64(list.size()));
    QCOMPARE(t.count(QStringLiteral("cases WHERE kind = 'errand'")), errandsBefore + int(list.size()));
    // The errand names the resident, the rule's kind of errand and the wording.
    SqlQuery c(t.db(), QStringLiteral("SELECT c.errand_type, c.description, c.building_id, c.grid_id, c.user_name "
                                      "FROM cases c JOIN life_event_errand l ON l.case_id = c.id WHERE "
                                      "c.reporter_resident_id = ?"));
    QVERIFY(c.exec(zhou) && c.next());
    QCOMPARE(c.value(0).toString(), QStringLiteral("senior_card"));
    QVERIFY(c.value(1).toString().contains(QStringLiteral("老年优待证")));
    QCOMPARE(c.value(2).toLongLong(), t.buildingA1);
    QCOMPARE(c.value(3).toLongLong(), t.gridA);
    QCOMPARE(c.value(4).toString(), testScope().userName());
    // Listed no more, and opening the same list again opens nothing.
    QVERIFY(codes(due.list(QDate(2026, 12, 8)), zhou).isEmpty());
    const SaveResult again = due.open(list);
    QVERIFY(again.ok);
    QCOMPARE(again.id, qint64(0));
    QCOMPARE(t.count(QStringLiteral("cases WHERE kind = 'errand'")), errandsBefore + int(list.size()));
}

void DueErrandsTest::gridWorkerSeesOwnGrid()
{
    TestDatabase t;
    const qint64 inA =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("501"), QStringLiteral("吴一"), QDate(1946, 12, 7), 13);
    const qint64 inB =
        t.addResidentBornOn(t.buildingB1, QStringLiteral("502"), QStringLiteral("郑二"), QDate(1946, 12, 7), 15);
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-a"), {t.gridA});
    const QList<DueErrand> list = DueErrands(t.db(), worker).list(QDate(2026, 12, 7));
    QVERIFY(!codes(list, inA).isEmpty());
    QVERIFY(codes(list, inB).isEmpty());
    const QList<DueErrand> all = DueErrands(t.db(), testScope()).list(QDate(2026, 12, 7));
    QVERIFY(!codes(all, inB).isEmpty());
    // Grid order: 第一网格 (G01) before 第二网格.
    QCOMPARE(all.constFirst().gridId, t.gridA);
    QCOMPARE(all.constLast().gridId, t.gridB);
}

void DueErrandsTest::officeChangesWording()
{
    TestDatabase t;
    const qint64 sun =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("601"), QStringLiteral("孙七"), QDate(1946, 12, 20), 17);
    LifeEventRules rules(t.db(), testScope());
    LifeEventRule eighty;
    for (const LifeEventRule &r : rules.list())
        if (r.code == QLatin1String("longevity_80"))
            eighty = r;
    QVERIFY(eighty.id);
    eighty.wording = QStringLiteral("请联系{name}家属，{date}满{age}岁，申领高龄津贴");
    eighty.leadDays = 14;
    QVERIFY(rules.save(eighty).ok);
    // Due 14 days ahead now, in the office's words.
    const QList<DueErrand> list = DueErrands(t.db(), testScope()).list(QDate(2026, 12, 6));
    QVERIFY(codes(list, sun).contains(QStringLiteral("longevity_80")));
    for (const DueErrand &d : list)
        if (d.residentId == sun)
            QCOMPARE(d.text, QStringLiteral("请联系孙七家属，2026年12月20日满80岁，申领高龄津贴"));
    QCOMPARE(t.count(QStringLiteral("audit_log WHERE table_name = 'life_event_rule'")), 1);
    // Switched off: not listed. Bad input names the field; a viewer may not change rules.
    eighty.active = false;
    QVERIFY(rules.save(eighty).ok);
    QVERIFY(codes(DueErrands(t.db(), testScope()).list(QDate(2026, 12, 6)), sun).isEmpty());
    eighty.leadDays = 400;
    QCOMPARE(rules.save(eighty).errors.value(0).field, QStringLiteral("leadDays"));
    const AccessScope viewer(AccessScope::Role::Viewer, 9, QStringLiteral("viewer"));
    eighty.leadDays = 1;
    QVERIFY(!LifeEventRules(t.db(), viewer).save(eighty).ok);
}

void DueErrandsTest::lowIncomeReviewAMonthBefore()
{
    TestDatabase t;
    const qint64 wu =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("601"), QStringLiteral("吴建华"), QDate(1971, 5, 2), 21);
    SqlQuery tag(t.db(), QStringLiteral("SELECT id FROM tag WHERE code = 'low_income'"));
    const qint64 lowIncome = tag.exec() ? tag.scalar().toLongLong() : 0;
    QVERIFY(lowIncome);
    ResidentTags tags(t.db(), testScope());
    const SaveResult started =
        tags.start(wu, lowIncome, QDate(2026, 1, 1), {{QStringLiteral("review_date"), QStringLiteral("2027-03-15")}});
    QVERIFY2(started.ok, qPrintable(started.firstMessage()));
    const QString review = QStringLiteral("low_income_review");

    // The seeded rule: a month (30 days) ahead, the office's to change like the others.
    LifeEventRule rule;
    for (const LifeEventRule &r : LifeEventRules(t.db(), testScope()).list())
        if (r.code == review)
            rule = r;
    QVERIFY(rule.id);
    QCOMPARE(rule.event, QStringLiteral("tag_date"));
    QCOMPARE(rule.leadDays, 30);
    QCOMPARE(rule.tagCode, QStringLiteral("low_income"));

    DueErrands due(t.db(), testScope());
    QVERIFY(!codes(due.list(QDate(2027, 2, 12)), wu).contains(review)); // the day before the lead window
    const QList<DueErrand> first = due.list(QDate(2027, 2, 13));        // its first day
    QVERIFY(codes(first, wu).contains(review));
    for (const DueErrand &d : first)
        if (d.ruleCode == review) {
            QCOMPARE(d.occasion, QStringLiteral("2027-03-15"));
            QCOMPARE(d.gridId, t.gridA);
            QCOMPARE(d.errandTypeName, QStringLiteral("低保复核"));
            QVERIFY2(d.text.contains(QStringLiteral("吴建华")) && d.text.contains(QStringLiteral("2027年3月15日")),
                     qPrintable(d.text));
        }
    QVERIFY(due.open(first).ok);
    QVERIFY(!codes(due.list(QDate(2027, 2, 14)), wu).contains(review));

    // The date corrected by ten days is the same review: not opened twice.
    QVERIFY(tags.setValues(wu, lowIncome, {{QStringLiteral("review_date"), QStringLiteral("2027-03-25")}}).ok);
    QVERIFY(!codes(due.list(QDate(2027, 2, 24)), wu).contains(review));
    // Next year's review date is a new occasion: due a month before it, once.
    QVERIFY(tags.setValues(wu, lowIncome, {{QStringLiteral("review_date"), QStringLiteral("2028-03-15")}}).ok);
    QVERIFY(!codes(due.list(QDate(2028, 2, 13)), wu).contains(review));
    const QList<DueErrand> next = due.list(QDate(2028, 2, 14));
    QVERIFY(codes(next, wu).contains(review));
    QCOMPARE(due.open(next).id, qint64(next.size()));
    QVERIFY(!codes(due.list(QDate(2028, 2, 15)), wu).contains(review));
    SqlQuery opened(t.db(), QStringLiteral("SELECT occasion FROM life_event_errand WHERE resident_id = ? ORDER BY id"));
    QVERIFY(opened.exec(wu));
    QStringList occasions;
    while (opened.next())
        occasions << opened.value(0).toString();
    QCOMPARE(occasions, (QStringList{QStringLiteral("2027-03-15"), QStringLiteral("2028-03-15")}));

    // The office moves it to 60 days ahead.
    rule.leadDays = 60;
    QVERIFY(LifeEventRules(t.db(), testScope()).save(rule).ok);
    QVERIFY(tags.setValues(wu, lowIncome, {{QStringLiteral("review_date"), QStringLiteral("2029-03-15")}}).ok);
    QVERIFY(!codes(due.list(QDate(2029, 1, 13)), wu).contains(review));
    QVERIFY(codes(due.list(QDate(2029, 1, 14)), wu).contains(review));
}

QTEST_GUILESS_MAIN(DueErrandsTest)
#include "dueerrands_test.moc"
