// CustomFieldStore: the office defines fields on residents and households; values are typed,
// audited, kept per record, limited to the grid worker's own residents, and archived fields keep them.
#include "models/core/sqlquery.h"
#include "models/register/residentquery.h"
#include "models/tags/customfieldstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

class CustomFieldStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void defineAndRoundTrip();
    void householdFieldsAndScope();
};

void CustomFieldStoreTest::defineAndRoundTrip()
{
    TestDatabase t;
    QVERIFY(t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                           {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true)}}));
    const qint64 zhang = t.residentId(TestDatabase::idFor(QDate(1950, 1, 1), true));
    CustomFieldStore store(t.db(), testScope());
    CustomField plate;
    plate.entity = CustomFieldStore::residentEntity();
    plate.code = QStringLiteral("plate");
    plate.name = QStringLiteral("车牌号");
    plate.type = QStringLiteral("text");
    QVERIFY(store.save(plate).ok);
    CustomField religion;
    religion.entity = CustomFieldStore::residentEntity();
    religion.name = QStringLiteral("宗教");
    religion.type = QStringLiteral("choice");
    SaveResult r = store.save(religion);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("choices"));
    religion.choices = {QStringLiteral("无"), QStringLiteral("佛教"), QStringLiteral("基督教")};
    QVERIFY(store.save(religion).ok);
    CustomField again = plate;
    again.id = 0;
    again.code.clear();
    QVERIFY(!store.save(again).ok); // the same name twice
    QCOMPARE(store.list(CustomFieldStore::residentEntity()).size(), 2);
    QCOMPARE(store.field(CustomFieldStore::residentEntity(), QStringLiteral("宗教"))->id, religion.id);

    r = store.setValues(CustomFieldStore::residentEntity(), zhang,
                        {{plate.code, QStringLiteral("苏A12345")}, {religion.code, QStringLiteral("道教")}});
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("custom/") + religion.code);
    QVERIFY(r.errors.at(0).message.startsWith(QStringLiteral("宗教")));
    QVERIFY(store.values(CustomFieldStore::residentEntity(), zhang).isEmpty()); // nothing half-saved
    QVERIFY(store
                .setValues(CustomFieldStore::residentEntity(), zhang,
                           {{plate.code, QStringLiteral(" 苏A12345 ")}, {religion.code, QStringLiteral("佛教")}})
                .ok);
    QMap<QString, QString> values = store.values(CustomFieldStore::residentEntity(), zhang);
    QCOMPARE(values.value(plate.code), QStringLiteral("苏A12345"));
    // The register's search finds them by the whole value.
    auto found = [&t](const QString &text) {
        ResidentFilter filter;
        filter.text = text;
        const ResidentQuery query(t.db(), filter, testScope());
        SqlQuery search(t.db(), ResidentQuery::countSql() + query.whereClause());
        for (const QVariant &v : query.bindings())
            search.bind(v);
        return search.exec() ? search.scalar().toInt() : -1;
    };
    QCOMPARE(found(QStringLiteral("苏A12345")), 1);
    QCOMPARE(found(QStringLiteral("苏A99999")), 0);
    QCOMPARE(values.value(religion.code), QStringLiteral("佛教"));
    QVERIFY(store.setValues(CustomFieldStore::residentEntity(), zhang, {{plate.code, QString()}}).ok);
    values = store.values(CustomFieldStore::residentEntity(), zhang);
    QVERIFY(!values.contains(plate.code));
    SqlQuery audit(t.db(), QStringLiteral("SELECT before_json, after_json FROM audit_log WHERE table_name = 'resident' "
                                          "AND action = 'custom_fields' ORDER BY id DESC"));
    QVERIFY(audit.exec() && audit.next());
    QVERIFY(audit.value(0).toString().contains(QStringLiteral("苏A12345")));
    QVERIFY(!audit.value(1).toString().contains(QStringLiteral("苏A12345")));
    // Archived: out of the lists, values kept.
    QVERIFY(store.archive(religion.id).ok);
    QCOMPARE(store.list(CustomFieldStore::residentEntity()).size(), 1);
    QCOMPARE(store.values(CustomFieldStore::residentEntity(), zhang).value(religion.code), QStringLiteral("佛教"));
}

void CustomFieldStoreTest::householdFieldsAndScope()
{
    TestDatabase t;
    const qint64 a = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                    {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1950, 1, 1), true)}});
    const qint64 b = t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                                    {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1970, 3, 3), true)}});
    CustomFieldStore store(t.db(), testScope());
    CustomField pets;
    pets.entity = CustomFieldStore::householdEntity();
    pets.code = QStringLiteral("pets");
    pets.name = QStringLiteral("宠物数量");
    pets.type = QStringLiteral("number");
    QVERIFY(store.save(pets).ok);
    QVERIFY(!store.setValues(CustomFieldStore::householdEntity(), a, {{QStringLiteral("pets"), QStringLiteral("两只")}})
                 .ok);
    QVERIFY(
        store.setValues(CustomFieldStore::householdEntity(), a, {{QStringLiteral("pets"), QStringLiteral("2")}}).ok);
    QVERIFY(
        store.setValues(CustomFieldStore::householdEntity(), b, {{QStringLiteral("pets"), QStringLiteral("1")}}).ok);
    QVERIFY(store.list(CustomFieldStore::residentEntity()).isEmpty());
    const AccessScope worker(AccessScope::Role::GridWorker, 8, QStringLiteral("worker"), {t.gridA});
    CustomFieldStore workers(t.db(), worker);
    QCOMPARE(workers.values(CustomFieldStore::householdEntity(), a).value(QStringLiteral("pets")), QStringLiteral("2"));
    QVERIFY(workers.values(CustomFieldStore::householdEntity(), b).isEmpty());
    QVERIFY(
        !workers.setValues(CustomFieldStore::householdEntity(), b, {{QStringLiteral("pets"), QStringLiteral("3")}}).ok);
    CustomField mine;
    mine.entity = CustomFieldStore::householdEntity();
    mine.name = QStringLiteral("门禁卡");
    mine.type = QStringLiteral("text");
    QVERIFY(!workers.save(mine).ok); // fields are the office's
}

QTEST_GUILESS_MAIN(CustomFieldStoreTest)
#include "customfieldstore_test.moc"
