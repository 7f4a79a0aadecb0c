// ResidentTags: a tag's periods (start, end, re-tagging), typed values with their history, the
// current index kept in step (also by the resident form's tag list through ResidentWriter), the
// value look-up and the date-range query the life-event rules read, and the grid worker's limits.
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/tags/residenttags.h"
#include "models/tags/tagstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

namespace {

bool hasCurrent(const TestDatabase &t, qint64 resident, qint64 tag)
{
    SqlQuery q(t.db(), QStringLiteral("SELECT count(*) FROM resident_tag WHERE resident_id = ? AND tag_id = ?"));
    return q.exec(resident, tag) && q.scalar().toInt() == 1;
}

} // namespace

class ResidentTagsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void periodsStartEndAndRetag();
    void valuesAreValidatedAndKeptWithHistory();
    void formTagListKeepsPeriods();
    void dateRangeAndValueLookup();
    void gridWorkerOnlyOwnGrid();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_zhang = 0, m_li = 0, m_wang = 0;
    qint64 m_lowIncome = 0, m_disabled = 0;
};

void ResidentTagsTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString a = TestDatabase::idFor(QDate(1950, 1, 1), true);
    const QString b = TestDatabase::idFor(QDate(1960, 2, 2), false);
    const QString c = TestDatabase::idFor(QDate(1970, 3, 3), true);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("张三"), a}, {QStringLiteral("李四"), b}}));
    QVERIFY(
        m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("201"), {{QStringLiteral("王五"), c}}));
    m_zhang = m_t->residentId(a);
    m_li = m_t->residentId(b);
    m_wang = m_t->residentId(c);
    TagStore store(m_t->db(), testScope());
    m_lowIncome = store.tagByCode(QStringLiteral("low_income"))->id;
    m_disabled = store.tagByCode(QStringLiteral("disabled"))->id;
}

void ResidentTagsTest::cleanup()
{
    m_t.reset();
}

void ResidentTagsTest::periodsStartEndAndRetag()
{
    ResidentTags tags(m_t->db(), testScope());
    SaveResult r = tags.start(m_zhang, m_lowIncome, QDate());
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("start"));
    QVERIFY(!tags.start(m_zhang, m_lowIncome, QDate::currentDate().addDays(1)).ok);
    r = tags.start(m_zhang, m_lowIncome, QDate(2023, 4, 1), {}, QStringLiteral("街道审批"));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(hasCurrent(*m_t, m_zhang, m_lowIncome));
    // Twice at once is refused, naming the tag.
    r = tags.start(m_zhang, m_lowIncome, QDate(2023, 5, 1));
    QVERIFY(!r.ok);
    QVERIFY(r.firstMessage().contains(QStringLiteral("低保")));
    // An end before the start, or after today, is refused.
    r = tags.end(m_zhang, m_lowIncome, QDate(2023, 3, 31));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("end"));
    QVERIFY(!tags.end(m_zhang, m_lowIncome, QDate::currentDate().addDays(1)).ok);
    QVERIFY(tags.end(m_zhang, m_lowIncome, QDate(2024, 6, 30), QStringLiteral("收入超标")).ok);
    QVERIFY(!hasCurrent(*m_t, m_zhang, m_lowIncome));
    QVERIFY(!tags.end(m_zhang, m_lowIncome, QDate(2024, 7, 1)).ok); // nothing current to end
    // Re-tagged later: a second period; one starting inside the first is refused.
    QVERIFY(!tags.start(m_zhang, m_lowIncome, QDate(2024, 6, 1)).ok);
    QVERIFY(tags.start(m_zhang, m_lowIncome, QDate(2025, 1, 1)).ok);
    const QList<TagPeriod> all = tags.periods(m_zhang);
    QCOMPARE(all.size(), 2);
    QVERIFY(all.at(0).isCurrent());
    QCOMPARE(all.at(0).start, QDate(2025, 1, 1));
    QCOMPARE(all.at(1).start, QDate(2023, 4, 1));
    QCOMPARE(all.at(1).end, QDate(2024, 6, 30));
    QCOMPARE(all.at(1).note, QStringLiteral("收入超标"));
    QVERIFY(hasCurrent(*m_t, m_zhang, m_lowIncome));
    // Nothing was deleted; each step was audited.
    QCOMPARE(m_t->count(QStringLiteral("resident_tag_period")), 2);
    SqlQuery audits(m_t->db(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'resident_tag_period'"));
    QCOMPARE(audits.scalar().toInt(), 3);
}

void ResidentTagsTest::valuesAreValidatedAndKeptWithHistory()
{
    ResidentTags tags(m_t->db(), testScope());
    SaveResult r = tags.start(m_li, m_lowIncome, QDate(2024, 1, 1),
                              {{QStringLiteral("amount"), QStringLiteral("很多")},
                               {QStringLiteral("review_date"), QStringLiteral("2025-02-30")}});
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("values/amount"));
    QVERIFY(r.errors.at(0).message.startsWith(QStringLiteral("金额")));
    QVERIFY(r.errors.at(1).message.startsWith(QStringLiteral("复核日期")));
    QCOMPARE(m_t->count(QStringLiteral("resident_tag_period")), 0); // nothing half-written
    QVERIFY(!tags.start(m_li, m_lowIncome, QDate(2024, 1, 1), {{QStringLiteral("colour"), QStringLiteral("x")}}).ok);
    r = tags.start(m_li, m_lowIncome, QDate(2024, 1, 1),
                   {{QStringLiteral("dibao_number"), QStringLiteral("DB-2024-001")},
                    {QStringLiteral("amount"), QStringLiteral("850.50")},
                    {QStringLiteral("review_date"), QStringLiteral("2025/1/15")}});
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    const qint64 period = r.id;
    QCOMPARE(tags.current(m_li).at(0).values.value(QStringLiteral("review_date")), QStringLiteral("2025-01-15"));
    QCOMPARE(tags.current(m_li).at(0).values.value(QStringLiteral("amount")), QStringLiteral("850.5"));
    // A choice must be one of its choices.
    QVERIFY(tags.start(m_li, m_disabled, QDate(2020, 1, 1), {{QStringLiteral("level"), QStringLiteral("二级")}}).ok);
    r = tags.setValues(m_li, m_disabled, {{QStringLiteral("level"), QStringLiteral("五级")}});
    QVERIFY(!r.ok);
    QVERIFY(r.firstMessage().contains(QStringLiteral("残疾等级")));
    // The review date moves on; the old one stays in the history.
    QVERIFY(tags.setValues(m_li, m_lowIncome,
                           {{QStringLiteral("review_date"), QStringLiteral("2026-01-15")},
                            {QStringLiteral("amount"), QString()}})
                .ok);
    const TagPeriod now = tags.current(m_li).at(0).tagCode == QLatin1String("low_income") ? tags.current(m_li).at(0)
                                                                                          : tags.current(m_li).at(1);
    QCOMPARE(now.values.value(QStringLiteral("review_date")), QStringLiteral("2026-01-15"));
    QVERIFY(!now.values.contains(QStringLiteral("amount")));
    const QList<TagValueChange> history = tags.valueHistory(period);
    QCOMPARE(history.size(), 4);
    int replaced = 0;
    for (const TagValueChange &c : history)
        if (!c.replacedAt.isEmpty())
            ++replaced;
    QCOMPARE(replaced, 2); // the first review date and the cleared amount
    QVERIFY(!tags.setValues(m_zhang, m_lowIncome, {{QStringLiteral("amount"), QStringLiteral("1")}}).ok);
}

void ResidentTagsTest::formTagListKeepsPeriods()
{
    // The resident form saves a list of tags: what it adds opens a period, what it drops ends one.
    RegisterStore store(m_t->db(), testScope());
    Resident r = *store.resident(m_wang);
    r.tagIds = {m_lowIncome, m_disabled};
    QVERIFY(store.saveResident(r).ok);
    ResidentTags tags(m_t->db(), testScope());
    QCOMPARE(tags.current(m_wang).size(), 2);
    QCOMPARE(tags.current(m_wang).at(0).start, QDate::currentDate());
    r = *store.resident(m_wang);
    r.tagIds = {m_disabled};
    QVERIFY(store.saveResident(r).ok);
    QCOMPARE(tags.current(m_wang).size(), 1);
    QCOMPARE(tags.current(m_wang).at(0).tagId, m_disabled);
    QCOMPARE(tags.periods(m_wang).size(), 2);
    QVERIFY(!hasCurrent(*m_t, m_wang, m_lowIncome));
    // Saving the same list again writes no new period.
    r = *store.resident(m_wang);
    QVERIFY(store.saveResident(r).ok);
    QCOMPARE(tags.periods(m_wang).size(), 2);
    // And a tag ended here leaves the form's list.
    QVERIFY(tags.end(m_wang, m_disabled, QDate::currentDate()).ok);
    QVERIFY(store.resident(m_wang)->tagIds.isEmpty());
}

void ResidentTagsTest::dateRangeAndValueLookup()
{
    ResidentTags tags(m_t->db(), testScope());
    QVERIFY(tags.start(m_zhang, m_lowIncome, QDate(2024, 1, 1),
                       {{QStringLiteral("review_date"), QStringLiteral("2026-12-01")}})
                .ok);
    QVERIFY(tags.start(m_li, m_lowIncome, QDate(2024, 1, 1),
                       {{QStringLiteral("review_date"), QStringLiteral("2026-12-31")}})
                .ok);
    QVERIFY(tags.start(m_wang, m_lowIncome, QDate(2024, 1, 1),
                       {{QStringLiteral("review_date"), QStringLiteral("2027-01-01")}})
                .ok);
    const auto december = tags.withDateBetween(QStringLiteral("low_income"), QStringLiteral("review_date"),
                                               QDate(2026, 12, 1), QDate(2026, 12, 31));
    QCOMPARE(december.size(), 2);
    QCOMPARE(december.at(0).residentId, m_zhang);
    QCOMPARE(december.at(0).date, QDate(2026, 12, 1));
    QCOMPARE(december.at(1).residentId, m_li);
    // An ended tag is not due any more; a moved-on value counts at its new date only.
    QVERIFY(tags.end(m_zhang, m_lowIncome, QDate(2025, 1, 1)).ok);
    QVERIFY(tags.setValues(m_li, m_lowIncome, {{QStringLiteral("review_date"), QStringLiteral("2027-12-31")}}).ok);
    QVERIFY(tags.withDateBetween(QStringLiteral("low_income"), QStringLiteral("review_date"), QDate(2026, 12, 1),
                                 QDate(2026, 12, 31))
                .isEmpty());
    QCOMPARE(tags.attributeValue(m_li, QStringLiteral("low_income"), QStringLiteral("review_date")),
             QStringLiteral("2027-12-31"));
    QCOMPARE(
        ResidentTags::attributeValue(m_t->db(), m_zhang, QStringLiteral("low_income"), QStringLiteral("review_date")),
        QString());
}

void ResidentTagsTest::gridWorkerOnlyOwnGrid()
{
    const AccessScope worker(AccessScope::Role::GridWorker, 8, QStringLiteral("worker"), {m_t->gridA});
    ResidentTags tags(m_t->db(), worker);
    QVERIFY(tags.start(m_zhang, m_lowIncome, QDate(2024, 1, 1)).ok); // building A1 is in grid A
    QVERIFY(!tags.start(m_wang, m_lowIncome, QDate(2024, 1, 1)).ok); // B1 is not
    QVERIFY(ResidentTags(m_t->db(), testScope()).start(m_wang, m_lowIncome, QDate(2024, 1, 1)).ok);
    QVERIFY(tags.periods(m_wang).isEmpty());
    QCOMPARE(tags.attributeValue(m_wang, QStringLiteral("low_income"), QStringLiteral("review_date")), QString());
    const AccessScope viewer(AccessScope::Role::Viewer, 9, QStringLiteral("viewer"));
    QVERIFY(!ResidentTags(m_t->db(), viewer).end(m_zhang, m_lowIncome, QDate(2025, 1, 1)).ok);
}

QTEST_GUILESS_MAIN(ResidentTagsTest)
#include "residenttags_test.moc"
