// TagStore: the seeded groups and typed attributes, adding, renaming, archiving, attribute
// validation, and the merge of two tags moving every resident's periods and values.
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/tags/attributetype.h"
#include "models/tags/residenttags.h"
#include "models/tags/tagstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

class TagStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void seededTagsGroupsAndAttributes();
    void addRenameArchive();
    void attributeDefinitionsAreChecked();
    void attributeValuesAreTyped();
    void mergeMovesResidentsAndKeepsHistory();
    void viewersAndGridWorkersChangeNothing();
};

void TagStoreTest::seededTagsGroupsAndAttributes()
{
    TestDatabase t;
    TagStore store(t.db(), testScope());
    const std::optional<TagInfo> dibao = store.tagByCode(QStringLiteral("low_income"));
    QVERIFY(dibao);
    QCOMPARE(dibao->name, QStringLiteral("低保"));
    QCOMPARE(dibao->group, QStringLiteral("困难群体"));
    QCOMPARE(dibao->attributes.size(), 3);
    QCOMPARE(dibao->attributes.at(0).name, QStringLiteral("低保证号"));
    QCOMPARE(dibao->attributes.at(1).type, QStringLiteral("number"));
    QCOMPARE(dibao->attributes.at(2).code, QStringLiteral("review_date"));
    QCOMPARE(dibao->attributes.at(2).type, QStringLiteral("date"));
    const std::optional<TagInfo> disabled = store.tagByCode(QStringLiteral("残疾"));
    QVERIFY(disabled);
    QCOMPARE(disabled->attributes.at(0).choices.size(), 4);
    const std::optional<TagInfo> correction = store.tagByCode(QStringLiteral("community_correction"));
    QVERIFY(correction);
    QCOMPARE(correction->attributes.at(0).name, QStringLiteral("矫正期限"));
    QVERIFY(store.groups().contains(QStringLiteral("重点人群")));
    QCOMPARE(store.list().size(), 7);
}

void TagStoreTest::addRenameArchive()
{
    TestDatabase t;
    TagStore store(t.db(), testScope());
    const int audits = t.count(QStringLiteral("audit_log"));
    const SaveResult added = store.add(QStringLiteral("留守儿童"), QStringLiteral("重点人群"));
    QVERIFY2(added.ok, qPrintable(added.firstMessage()));
    QCOMPARE(store.tag(added.id)->code, QStringLiteral("tag_%1").arg(added.id));
    QCOMPARE(store.tag(added.id)->group, QStringLiteral("重点人群"));
    // Names are unique among tags in use, and the message names the field.
    const SaveResult twice = store.add(QStringLiteral("留守儿童"));
    QVERIFY(!twice.ok);
    QCOMPARE(twice.errors.at(0).field, QStringLiteral("name"));
    QVERIFY(!store.add(QStringLiteral("  ")).ok);
    QVERIFY(!store.add(QStringLiteral("特困"), QString(), QStringLiteral("low_income")).ok); // code taken
    QVERIFY(store.rename(added.id, QStringLiteral("困境儿童")).ok);
    QCOMPARE(store.tag(added.id)->name, QStringLiteral("困境儿童"));
    QVERIFY(!store.rename(added.id, QStringLiteral("低保")).ok);
    QVERIFY(store.setGroup(added.id, QStringLiteral("困难群体")).ok);
    QVERIFY(store.archive(added.id).ok);
    QVERIFY(store.tag(added.id)->archived);
    QCOMPARE(store.list().size(), 7);
    QCOMPARE(store.list(true).size(), 8);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 4);
    // A tag someone has today is not archived from under them.
    const qint64 hh = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                     {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true)}});
    QVERIFY(hh);
    const qint64 zhang = t.residentId(TestDatabase::idFor(QDate(1950, 1, 1), true));
    const qint64 lowIncome = store.tagByCode(QStringLiteral("low_income"))->id;
    QVERIFY(ResidentTags(t.db(), testScope()).start(zhang, lowIncome, QDate(2024, 1, 1)).ok);
    QVERIFY(!store.archive(lowIncome).ok);
}

void TagStoreTest::attributeDefinitionsAreChecked()
{
    TestDatabase t;
    TagStore store(t.db(), testScope());
    const qint64 veteran = store.tagByCode(QStringLiteral("veteran"))->id;
    TagAttribute a;
    a.tagId = veteran;
    a.name = QStringLiteral("优抚类别");
    a.type = QStringLiteral("choice");
    SaveResult r = store.saveAttribute(a);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("choices"));
    a.choices = {QStringLiteral("伤残军人"), QStringLiteral(" 烈属 "), QStringLiteral("伤残军人"), QString()};
    r = store.saveAttribute(a);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(store.attributes(veteran).at(0).choices,
             (QStringList{QStringLiteral("伤残军人"), QStringLiteral("烈属")}));
    TagAttribute bad;
    bad.tagId = veteran;
    bad.name = QStringLiteral("入伍日期");
    bad.type = QStringLiteral("datetime");
    r = store.saveAttribute(bad);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("type"));
    TagAttribute same = a;
    same.id = 0;
    QVERIFY(!store.saveAttribute(same).ok); // the same name twice
    // A saved attribute keeps its type: values were checked against it.
    a.type = QStringLiteral("text");
    a.name = QStringLiteral("优抚对象类别");
    QVERIFY(store.saveAttribute(a).ok);
    QCOMPARE(store.attributes(veteran).at(0).type, QStringLiteral("choice"));
    QCOMPARE(store.attributes(veteran).at(0).name, QStringLiteral("优抚对象类别"));
}

void TagStoreTest::attributeValuesAreTyped()
{
    TagAttribute number{0, 0, QStringLiteral("amount"), QStringLiteral("金额"), QStringLiteral("number"), {}, 0, false};
    QString error;
    QCOMPARE(AttributeType::normalize(number, QStringLiteral(" 850.50 "), &error), QStringLiteral("850.5"));
    QVERIFY(error.isEmpty());
    QCOMPARE(AttributeType::normalize(number, QStringLiteral("八百"), &error), QString());
    QVERIFY(error.startsWith(QStringLiteral("金额")));
    TagAttribute date{0, 0, QStringLiteral("d"), QStringLiteral("复核日期"), QStringLiteral("date"), {}, 0, false};
    for (const QString &spelling : {QStringLiteral("2026-03-31"), QStringLiteral("2026/3/31"),
                                    QStringLiteral("2026年3月31日"), QStringLiteral("20260331")}) {
        error.clear();
        QCOMPARE(AttributeType::normalize(date, spelling, &error), QStringLiteral("2026-03-31"));
        QVERIFY(error.isEmpty());
    }
    QCOMPARE(AttributeType::normalize(date, QStringLiteral("2026-02-30"), &error), QString());
    QVERIFY(error.startsWith(QStringLiteral("复核日期")));
    TagAttribute choice{0,
                        0,
                        QStringLiteral("c"),
                        QStringLiteral("残疾等级"),
                        QStringLiteral("choice"),
                        {QStringLiteral("一级"), QStringLiteral("二级")},
                        0,
                        false};
    error.clear();
    QCOMPARE(AttributeType::normalize(choice, QStringLiteral("二级"), &error), QStringLiteral("二级"));
    QCOMPARE(AttributeType::normalize(choice, QStringLiteral("五级"), &error), QString());
    QVERIFY(error.contains(QStringLiteral("残疾等级")));
    error.clear();
    QCOMPARE(AttributeType::normalize(choice, QString(), &error), QString()); // empty is always allowed
    QVERIFY(error.isEmpty());
}

void TagStoreTest::mergeMovesResidentsAndKeepsHistory()
{
    TestDatabase t;
    TagStore store(t.db(), testScope());
    ResidentTags tags(t.db(), testScope());
    const QString idA = TestDatabase::idFor(QDate(1950, 1, 1), true);
    const QString idB = TestDatabase::idFor(QDate(1951, 2, 2), false);
    QVERIFY(t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                           {{QStringLiteral("张三"), idA}, {QStringLiteral("李四"), idB}}));
    const qint64 zhang = t.residentId(idA);
    const qint64 li = t.residentId(idB);
    // The office had made its own 困难 tag with a 证号 attribute before 低保 had attributes.
    const qint64 hardship = store.add(QStringLiteral("困难户")).id;
    TagAttribute number{0, hardship, QStringLiteral("dibao_number"), QStringLiteral("证号"), QStringLiteral("text"), {},
                        0, false};
    QVERIFY(store.saveAttribute(number).ok);
    TagAttribute since{
        0, hardship, QStringLiteral("since_note"), QStringLiteral("认定说明"), QStringLiteral("text"), {}, 0, false};
    QVERIFY(store.saveAttribute(since).ok);
    const qint64 lowIncome = store.tagByCode(QStringLiteral("low_income"))->id;
    QVERIFY(
        tags.start(zhang, hardship, QDate(2023, 5, 1), {{QStringLiteral("dibao_number"), QStringLiteral("A-1")}}).ok);
    QVERIFY(tags.start(li, hardship, QDate(2022, 1, 1)).ok);
    QVERIFY(tags.start(li, lowIncome, QDate(2024, 3, 1)).ok);
    QVERIFY(tags.end(li, hardship, QDate(2024, 2, 28)).ok); // an earlier period of Li's
    QVERIFY(tags.start(li, hardship, QDate(2024, 6, 1)).ok);
    const int audits = t.count(QStringLiteral("audit_log"));

    QVERIFY(!store.merge(hardship, hardship).ok);
    const SaveResult merged = store.merge(hardship, lowIncome);
    QVERIFY2(merged.ok, qPrintable(merged.firstMessage()));
    QVERIFY(store.tag(hardship)->archived);
    QCOMPARE(store.tag(hardship)->mergedInto, lowIncome);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits + 1);
    // The current index: both have 低保, nobody has 困难户.
    SqlQuery current(t.db(), QStringLiteral("SELECT count(*) FROM resident_tag WHERE tag_id = ?"));
    QVERIFY(current.exec(hardship));
    QCOMPARE(current.scalar().toInt(), 0);
    QVERIFY(current.exec(lowIncome));
    QCOMPARE(current.scalar().toInt(), 2);
    // Zhang's period moved with its value, now read under 低保's attribute of the same code.
    const QList<TagPeriod> zhangNow = tags.current(zhang);
    QCOMPARE(zhangNow.size(), 1);
    QCOMPARE(zhangNow.at(0).tagCode, QStringLiteral("low_income"));
    QCOMPARE(zhangNow.at(0).start, QDate(2023, 5, 1));
    QCOMPARE(ResidentTags::attributeValue(t.db(), zhang, QStringLiteral("low_income"), QStringLiteral("dibao_number")),
             QStringLiteral("A-1"));
    // The attribute 低保 lacked became 低保's.
    QVERIFY(store.attributes(lowIncome).size() == 4);
    // Li had both today: 低保's period stays, the moved one ended today; the old period is kept.
    const QList<TagPeriod> liAll = tags.periods(li);
    QCOMPARE(liAll.size(), 3);
    QCOMPARE(tags.current(li).size(), 1);
    QCOMPARE(tags.current(li).at(0).start, QDate(2024, 3, 1));
    SqlQuery original(t.db(), QStringLiteral("SELECT count(*) FROM resident_tag_period WHERE original_tag_id = ?"));
    QVERIFY(original.exec(hardship));
    QCOMPARE(original.scalar().toInt(), 3);
    // An archived tag cannot be merged again or into.
    QVERIFY(!store.merge(hardship, lowIncome).ok);
    QVERIFY(!store.merge(store.tagByCode(QStringLiteral("veteran"))->id, hardship).ok);
}

void TagStoreTest::viewersAndGridWorkersChangeNothing()
{
    TestDatabase t;
    const AccessScope viewer(AccessScope::Role::Viewer, 7, QStringLiteral("viewer"));
    const AccessScope worker(AccessScope::Role::GridWorker, 8, QStringLiteral("worker"), {t.gridA});
    QVERIFY(!TagStore(t.db(), viewer).add(QStringLiteral("特困")).ok);
    QVERIFY(!TagStore(t.db(), worker).add(QStringLiteral("特困")).ok);
    QVERIFY(TagStore(t.db(), worker).list().size() == 7); // but they read the tags
    QVERIFY(TagStore(t.db(), AccessScope()).list().isEmpty());
}

QTEST_GUILESS_MAIN(TagStoreTest)
#include "tagstore_test.moc"
