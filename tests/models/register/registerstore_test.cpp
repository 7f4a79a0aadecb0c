#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/register/residenttablemodel.h"
#include "tests/support/testsupport.h"

#include <QTest>

namespace {

const QString kClerk = QStringLiteral("王干事");

Resident person(const QString &name, const QString &idNumber, const QString &relation = QStringLiteral("head"))
{
    Resident r;
    r.name = name;
    r.idNumber = idNumber;
    r.relation = relation;
    return r;
}

Household flat(qint64 buildingId, const QString &unit, const QString &room)
{
    Household h;
    h.buildingId = buildingId;
    h.unit = unit;
    h.room = room;
    h.movedIn = QDate(2021, 5, 1);
    return h;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

const FieldError *errorFor(const SaveResult &result, const QString &field)
{
    for (const FieldError &e : result.errors)
        if (e.field == field)
            return &e;
    return nullptr;
}

// Every table a save touches; a failed save must leave all of them as they were.
const QStringList kWrittenTables = {QStringLiteral("household"),    QStringLiteral("resident"),
                                    QStringLiteral("resident_fts"), QStringLiteral("resident_change"),
                                    QStringLiteral("resident_tag"), QStringLiteral("audit_log")};

QList<int> counts(const TestDatabase &tdb)
{
    QList<int> list;
    for (const QString &table : kWrittenTables)
        list << tdb.count(table);
    return list;
}

} // namespace

class RegisterStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void saveHouseholdWithMembers();
    void householdValidationNamesTheField();
    void memberValidationNamesTheField();
    void duplicateIdNumberNamesExistingPerson();
    void failedSaveWritesNothing();
    void changeStatusKeepsHistory();
    void changeStatusRefusesBadInput();
    void moveToHousehold();
    void residentConflictByRowVersion();
    void householdConflictByRowVersion();
    void editingAddressReindexesMembers();
    void fifteenDigitIdIsUpgraded();

private:
    // Names the register search finds for `text` (any status), in the register's pinyin order.
    static QStringList search(const TestDatabase &tdb, const QString &text);
};

QStringList RegisterStoreTest::search(const TestDatabase &tdb, const QString &text)
{
    ResidentTableModel model(tdb.db(), testScope());
    ResidentFilter f;
    f.text = text;
    f.status.clear();
    model.setFilter(f);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, ResidentTableModel::Name).data().toString();
    return names;
}

void RegisterStoreTest::saveHouseholdWithMembers()
{
    TestDatabase tdb;
    RegisterStore store(tdb.db(), testScope(kClerk));
    const QString headId = TestDatabase::idFor(QDate(1970, 2, 3), true, 11);
    const QString wifeId = TestDatabase::idFor(QDate(1972, 6, 7), false, 12);
    const QString kidId = TestDatabase::idFor(QDate(2010, 9, 1), false, 13);

    Household h = flat(tdb.buildingA1, QStringLiteral(" 2 "), QStringLiteral(" 501 "));
    QList<Resident> members = {person(QStringLiteral("  张  伟 "), headId),
                               person(QStringLiteral("李娜"), wifeId, QStringLiteral("spouse")),
                               person(QStringLiteral("张小雨"), kidId.toLower(), QStringLiteral("daughter"))};
    members[0].phone = QStringLiteral("138 1234 5678");
    members[1].tagIds = {1, 6};

    const SaveResult result = store.saveHousehold(h, members);
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    QVERIFY(result.errors.isEmpty());
    QVERIFY(h.id > 0);
    QCOMPARE(result.id, h.id);
    QCOMPARE(h.rowVersion, 1);
    for (const Resident &m : members) {
        QVERIFY(m.id > 0);
        QCOMPARE(m.householdId, h.id);
        QCOMPARE(m.rowVersion, 1);
    }

    // Read back: trimmed address, normalized fields, birth date and gender taken from the ID number.
    const std::optional<Household> saved = store.household(h.id);
    QVERIFY(saved);
    QCOMPARE(saved->buildingId, tdb.buildingA1);
    QCOMPARE(saved->unit, QStringLiteral("2"));
    QCOMPARE(saved->room, QStringLiteral("501"));
    QCOMPARE(saved->movedIn, QDate(2021, 5, 1));
    const QList<Resident> read = store.members(h.id);
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(0).name, QStringLiteral("张 伟"));
    QCOMPARE(read.at(0).relation, QStringLiteral("head"));
    QCOMPARE(read.at(0).idNumber, headId);
    QCOMPARE(read.at(0).birthDate, QDate(1970, 2, 3));
    QCOMPARE(read.at(0).gender, QStringLiteral("M"));
    QCOMPARE(read.at(0).phone, QStringLiteral("13812345678"));
    const std::optional<Resident> wife = store.resident(members[1].id);
    QVERIFY(wife);
    QCOMPARE(wife->gender, QStringLiteral("F"));
    QCOMPARE(wife->tagIds, (QList<qint64>{1, 6}));
    QCOMPARE(store.resident(members[2].id)->idNumber, kidId); // lower-case x folded, if any

    // History, search index and audit rows written with the save.
    QCOMPARE(tdb.count(QStringLiteral("household")), 1);
    QCOMPARE(tdb.count(QStringLiteral("resident")), 3);
    QCOMPARE(tdb.count(QStringLiteral("resident_fts")), 3);
    QCOMPARE(tdb.count(QStringLiteral("resident_tag")), 2);
    QCOMPARE(tdb.count(QStringLiteral("resident_change")), 3);
    QCOMPARE(tdb.count(QStringLiteral("audit_log")), 4); // 3 residents + the household
    const QList<ResidentChange> history = store.history(members[0].id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).kind, QStringLiteral("moved_in"));
    QCOMPARE(history.at(0).date, QDate(2021, 5, 1));
    QCOMPARE(history.at(0).toAddress, store.householdAddress(h.id));
    QVERIFY(history.at(0).toAddress.contains(QStringLiteral("幸福里")));
    QCOMPARE(history.at(0).userName, kClerk);
    SqlQuery audit(tdb.db(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = ? AND action = 'insert'"));
    QVERIFY(audit.exec(kClerk));
    QCOMPARE(audit.scalar().toInt(), 4);
    QCOMPARE(search(tdb, QStringLiteral("zw")), QStringList{QStringLiteral("张 伟")});
    QCOMPARE(search(tdb, QStringLiteral("5678")), QStringList{QStringLiteral("张 伟")});
}

void RegisterStoreTest::householdValidationNamesTheField()
{
    TestDatabase tdb;
    RegisterStore store(tdb.db(), testScope());
    const QList<int> before = counts(tdb);

    Household noBuilding = flat(0, QString(), QStringLiteral("  "));
    QList<Resident> none;
    SaveResult result = store.saveHousehold(noBuilding, none);
    QVERIFY(!result.ok);
    QCOMPARE(fieldsOf(result.errors),
             (QStringList{QStringLiteral("building"), QStringLiteral("room"), QStringLiteral("members")}));
    for (const FieldError &e : result.errors)
        QVERIFY(!e.message.isEmpty());

    // Exactly one living head of household.
    Household h = flat(tdb.buildingA1, QString(), QStringLiteral("101"));
    QList<Resident> noHead = {
        person(QStringLiteral("张三"), TestDatabase::idFor(QDate(1980, 1, 1), true), QStringLiteral("son"))};
    result = store.saveHousehold(h, noHead);
    QVERIFY(!result.ok);
    QCOMPARE(fieldsOf(result.errors), QStringList{QStringLiteral("members")});
    QList<Resident> twoHeads = {person(QStringLiteral("张三"), TestDatabase::idFor(QDate(1980, 1, 1), true)),
                                person(QStringLiteral("李四"), TestDatabase::idFor(QDate(1981, 1, 1), true))};
    result = store.saveHousehold(h, twoHeads);
    QVERIFY(!result.ok);
    QCOMPARE(fieldsOf(result.errors), QStringList{QStringLiteral("members")});
    QCOMPARE(h.id, 0);
    QCOMPARE(counts(tdb), before);
}

void RegisterStoreTest::memberValidationNamesTheField()
{
    TestDatabase tdb;
    RegisterStore store(tdb.db(), testScope());
    const QList<int> before = counts(tdb);

    QString badCheck = TestDatabase::idFor(QDate(1975, 4, 5), true);
    badCheck[17] = badCheck.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QVERIFY(!IdNumber::parse(badCheck).isValid());
    QCOMPARE(IdNumber::parse(badCheck).error(), IdNumber::BadCheckDigit);

    Household h = flat(tdb.buildingA2, QStringLiteral("1"), QStringLiteral("302"));
    QList<Resident> members = {
        person(QStringLiteral("王五"), badCheck),
        person(QStringLiteral("赵六"), TestDatabase::idFor(QDate(1977, 1, 1), false), QStringLiteral("spouse")),
        person(QStringLiteral("   "), TestDatabase::idFor(QDate(2005, 3, 3), true), QStringLiteral("son"))};
    // Birth date and gender given, so the bad ID number is the only problem of the first member.
    members[0].birthDate = QDate(1975, 4, 5);
    members[0].gender = QStringLiteral("M");
    members[1].phone = QStringLiteral("1381234567"); // a mobile missing one digit

    const SaveResult result = store.saveHousehold(h, members);
    QVERIFY(!result.ok);
    const FieldError *id = errorFor(result, QStringLiteral("members/0/idNumber"));
    const FieldError *phone = errorFor(result, QStringLiteral("members/1/phone"));
    const FieldError *name = errorFor(result, QStringLiteral("members/2/name"));
    QVERIFY2(id && phone && name, qPrintable(fieldsOf(result.errors).join(QLatin1Char(' '))));
    QCOMPARE(result.errors.size(), 3);
    // Messages are for the clerk: each one starts with the field it is about.
    QVERIFY2(id->message.startsWith(QLatin1String("ID number")), qPrintable(id->message));
    QVERIFY2(phone->message.startsWith(QLatin1String("Phone")), qPrintable(phone->message));
    QVERIFY2(name->message.startsWith(QLatin1String("Name")), qPrintable(name->message));
    QCOMPARE(id->existingId, 0);
    QCOMPARE(counts(tdb), before);

    // A standalone save uses unprefixed field names.
    Resident lone = person(QString(), QStringLiteral("12345"));
    lone.householdId = 0;
    const SaveResult single = store.saveResident(lone);
    QVERIFY(!single.ok);
    const QStringList fields = fieldsOf(single.errors);
    QVERIFY(fields.contains(QStringLiteral("name")));
    QVERIFY(fields.contains(QStringLiteral("idNumber")));
    QVERIFY(fields.contains(QStringLiteral("household")));
    QCOMPARE(counts(tdb), before);
}

void RegisterStoreTest::duplicateIdNumberNamesExistingPerson()
{
    TestDatabase tdb;
    const QString taken = TestDatabase::idFor(QDate(1960, 10, 1), true, 21);
    const qint64 first =
        tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), taken}});
    QVERIFY(first > 0);
    const qint64 existing = tdb.residentId(taken);
    QVERIFY(existing > 0);
    const QList<int> before = counts(tdb);

    RegisterStore store(tdb.db(), testScope());
    Household h = flat(tdb.buildingB1, QString(), QStringLiteral("202"));
    QList<Resident> members = {
        person(QStringLiteral("李四"), TestDatabase::idFor(QDate(1990, 1, 1), true)),
        person(QStringLiteral("张三丰"), QStringLiteral(" ") + taken + QStringLiteral(" "), QStringLiteral("other"))};
    SaveResult result = store.saveHousehold(h, members);
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.at(0).field, QStringLiteral("members/1/idNumber"));
    QCOMPARE(result.errors.at(0).existingId, existing);
    // The message lets the clerk find the other record: name and address.
    QVERIFY2(result.errors.at(0).message.contains(QStringLiteral("张三")), qPrintable(result.firstMessage()));
    QVERIFY2(result.errors.at(0).message.contains(QLatin1String("101")), qPrintable(result.firstMessage()));
    QCOMPARE(counts(tdb), before);

    // Twice in the same household: reported, but there is no existing record to point at.
    const QString twice = TestDatabase::idFor(QDate(1991, 2, 2), false);
    members = {person(QStringLiteral("李四"), twice), person(QStringLiteral("李五"), twice, QStringLiteral("other"))};
    result = store.saveHousehold(h, members);
    QVERIFY(!result.ok);
    QCOMPARE(fieldsOf(result.errors), QStringList{QStringLiteral("members/1/idNumber")});
    QCOMPARE(result.errors.at(0).existingId, 0);

    // saveResident: the same check, and editing the holder itself is no duplicate.
    Resident other = person(QStringLiteral("王五"), taken, QStringLiteral("other"));
    other.householdId = first;
    result = store.saveResident(other);
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.at(0).field, QStringLiteral("idNumber"));
    QCOMPARE(result.errors.at(0).existingId, existing);
    QCOMPARE(counts(tdb), before);

    std::optional<Resident> self = store.resident(existing);
    QVERIFY(self);
    self->phone = QStringLiteral("13900001111");
    result = store.saveResident(*self);
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
}

void RegisterStoreTest::failedSaveWritesNothing()
{
    TestDatabase tdb;
    QVERIFY(tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                             {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1960, 1, 1), true)}}));
    const QList<int> before = counts(tdb);
    QCOMPARE(before.at(1), 1);

    RegisterStore store(tdb.db(), testScope(kClerk));
    store.setFailAfterMembersForTesting(1);
    Household h = flat(tdb.buildingA2, QStringLiteral("1"), QStringLiteral("601"));
    QList<Resident> members = {
        person(QStringLiteral("李四"), TestDatabase::idFor(QDate(1970, 1, 1), true)),
        person(QStringLiteral("王芳"), TestDatabase::idFor(QDate(1971, 1, 1), false), QStringLiteral("spouse"))};
    members[0].tagIds = {6};
    const SaveResult result = store.saveHousehold(h, members);
    QVERIFY(!result.ok);
    QVERIFY(!result.firstMessage().isEmpty());
    // The first member and the household were written before the failure; all of it is rolled back.
    QCOMPARE(counts(tdb), before);
    QCOMPARE(search(tdb, QStringLiteral("李四")), QStringList());

    // The same store saves the household once the hook is off, so the failure was the hook's.
    store.setFailAfterMembersForTesting(-1);
    Household retry = flat(tdb.buildingA2, QStringLiteral("1"), QStringLiteral("601"));
    QList<Resident> again = {
        person(QStringLiteral("李四"), TestDatabase::idFor(QDate(1970, 1, 1), true)),
        person(QStringLiteral("王芳"), TestDatabase::idFor(QDate(1971, 1, 1), false), QStringLiteral("spouse"))};
    QVERIFY(store.saveHousehold(retry, again).ok);
    QCOMPARE(tdb.count(QStringLiteral("resident")), 3);
}

void RegisterStoreTest::changeStatusKeepsHistory()
{
    TestDatabase tdb;
    const QString id = TestDatabase::idFor(QDate(1940, 5, 6), true);
    const qint64 hh =
        tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}});
    const qint64 rid = tdb.residentId(id);
    RegisterStore store(tdb.db(), testScope(kClerk));
    const QDate today = QDate::currentDate();

    SaveResult result =
        store.changeStatus(rid, QStringLiteral("moved_out"), today.addDays(-30), QStringLiteral(" 投靠子女 "));
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    std::optional<Resident> r = store.resident(rid);
    QCOMPARE(r->status, QStringLiteral("moved_out"));
    QCOMPARE(r->statusDate, today.addDays(-30));
    QCOMPARE(r->householdId, hh); // the record stays where it was, only its status changes

    result = store.changeStatus(rid, QStringLiteral("living"), today.addDays(-10), QString());
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    r = store.resident(rid);
    QCOMPARE(r->status, QStringLiteral("living"));
    QVERIFY(!r->statusDate.isValid());

    result = store.changeStatus(rid, QStringLiteral("deceased"), today, QString());
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    QCOMPARE(store.resident(rid)->status, QStringLiteral("deceased"));
    QCOMPARE(store.resident(rid)->statusDate, today);

    // Newest first: deceased, moved back, moved out, moved in.
    const QList<ResidentChange> history = store.history(rid);
    QStringList kinds;
    for (const ResidentChange &c : history)
        kinds << c.kind;
    QCOMPARE(kinds, (QStringList{QStringLiteral("deceased"), QStringLiteral("moved_back"), QStringLiteral("moved_out"),
                                 QStringLiteral("moved_in")}));
    QCOMPARE(history.at(2).note, QStringLiteral("投靠子女"));
    QCOMPARE(history.at(2).date, today.addDays(-30));
    QCOMPARE(history.at(2).userName, kClerk);

    // Nothing is deleted; the register only lists him under "every status".
    QCOMPARE(tdb.count(QStringLiteral("resident")), 1);
    QCOMPARE(tdb.count(QStringLiteral("resident_fts")), 1);
    QCOMPARE(search(tdb, QStringLiteral("张三")), QStringList{QStringLiteral("张三")});
    ResidentTableModel living(tdb.db(), testScope());
    QCOMPARE(living.rowCount(), 0);

    // Once deceased the status is final.
    result = store.changeStatus(rid, QStringLiteral("living"), today, QString());
    QVERIFY(!result.ok);
    QCOMPARE(store.resident(rid)->status, QStringLiteral("deceased"));
    QCOMPARE(store.history(rid).size(), 4);
}

void RegisterStoreTest::changeStatusRefusesBadInput()
{
    TestDatabase tdb;
    const QString id = TestDatabase::idFor(QDate(1990, 5, 6), false);
    tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("李娜"), id}});
    const qint64 rid = tdb.residentId(id);
    RegisterStore store(tdb.db(), testScope());
    const QDate today = QDate::currentDate();
    const QList<int> before = counts(tdb);

    QVERIFY(!store.changeStatus(rid, QStringLiteral("living"), today, QString()).ok);               // already
    QVERIFY(!store.changeStatus(rid, QStringLiteral("moved_out"), today.addDays(1), QString()).ok); // future
    QVERIFY(!store.changeStatus(rid, QStringLiteral("moved_out"), QDate(), QString()).ok);
    QVERIFY(!store.changeStatus(rid, QStringLiteral("moved_out"), QDate(1990, 5, 5), QString()).ok); // before birth
    QVERIFY(!store.changeStatus(rid, QStringLiteral("archived"), today, QString()).ok);              // not a status
    QVERIFY(!store.changeStatus(rid + 100, QStringLiteral("moved_out"), today, QString()).ok);       // no such person
    QCOMPARE(store.resident(rid)->status, QStringLiteral("living"));
    QCOMPARE(counts(tdb), before);
}

void RegisterStoreTest::moveToHousehold()
{
    TestDatabase tdb;
    const QString mover = TestDatabase::idFor(QDate(1985, 8, 8), true, 31);
    const qint64 from = tdb.addHousehold(
        tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
        {{QStringLiteral("张三"), mover}, {QStringLiteral("张母"), TestDatabase::idFor(QDate(1958, 1, 1), false, 32)}});
    const qint64 to = tdb.addHousehold(tdb.buildingB1, QString(), QStringLiteral("808"),
                                       {{QStringLiteral("李四"), TestDatabase::idFor(QDate(1987, 1, 1), false, 33)}});
    QVERIFY(from && to);
    const qint64 rid = tdb.residentId(mover);
    RegisterStore store(tdb.db(), testScope(kClerk));
    const QDate date = QDate::currentDate().addDays(-3);

    QCOMPARE(search(tdb, QStringLiteral("808")), QStringList{QStringLiteral("李四")});
    const SaveResult result = store.moveToHousehold(rid, to, date, QStringLiteral("结婚"));
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    const std::optional<Resident> r = store.resident(rid);
    QCOMPARE(r->householdId, to);
    QCOMPARE(r->status, QStringLiteral("living"));
    // The new household keeps its own head.
    QCOMPARE(r->relation, QStringLiteral("other"));
    QCOMPARE(store.members(to).size(), 2);
    QCOMPARE(store.members(to).at(0).name, QStringLiteral("李四"));
    QCOMPARE(store.members(from).size(), 1);

    const QList<ResidentChange> history = store.history(rid);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).kind, QStringLiteral("moved_household"));
    QCOMPARE(history.at(0).date, date);
    QCOMPARE(history.at(0).fromAddress, store.householdAddress(from));
    QCOMPARE(history.at(0).toAddress, store.householdAddress(to));
    QVERIFY(history.at(0).toAddress.contains(QStringLiteral("翠湖苑")));
    QCOMPARE(history.at(0).note, QStringLiteral("结婚"));

    // The search index follows the person to the new address.
    QCOMPARE(search(tdb, QStringLiteral("808")), (QStringList{QStringLiteral("李四"), QStringLiteral("张三")}));
    QCOMPARE(search(tdb, QStringLiteral("翠湖苑 张三")), QStringList{QStringLiteral("张三")});
    QCOMPARE(search(tdb, QStringLiteral("幸福里 张三")), QStringList());

    // Refused: same household, unknown household, future date, someone who no longer lives here.
    const QList<int> before = counts(tdb);
    QVERIFY(!store.moveToHousehold(rid, to, date, QString()).ok);
    QVERIFY(!store.moveToHousehold(rid, to + 100, date, QString()).ok);
    QVERIFY(!store.moveToHousehold(rid, from, QDate::currentDate().addDays(1), QString()).ok);
    const qint64 mother = tdb.residentId(TestDatabase::idFor(QDate(1958, 1, 1), false, 32));
    QVERIFY(store.changeStatus(mother, QStringLiteral("moved_out"), date, QString()).ok);
    const QList<int> afterStatus = counts(tdb);
    QVERIFY(!store.moveToHousehold(mother, to, date, QString()).ok);
    QCOMPARE(counts(tdb), afterStatus);
    QCOMPARE(afterStatus.at(1), before.at(1));
}

void RegisterStoreTest::residentConflictByRowVersion()
{
    TestDatabase tdb;
    const QString id = TestDatabase::idFor(QDate(1980, 3, 3), true);
    tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}});
    const qint64 rid = tdb.residentId(id);
    RegisterStore store(tdb.db(), testScope());

    // Two desks open the same record.
    Resident first = *store.resident(rid);
    Resident second = *store.resident(rid);
    QCOMPARE(first.rowVersion, 1);

    first.phone = QStringLiteral("13811112222");
    SaveResult result = store.saveResident(first);
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    QCOMPARE(first.rowVersion, 2);
    const QList<int> before = counts(tdb);

    second.name = QStringLiteral("张叁");
    result = store.saveResident(second);
    QVERIFY(!result.ok);
    QVERIFY2(result.firstMessage().contains(QStringLiteral("张叁")), qPrintable(result.firstMessage()));
    QCOMPARE(second.rowVersion, 1);
    const std::optional<Resident> stored = store.resident(rid);
    QCOMPARE(stored->name, QStringLiteral("张三"));
    QCOMPARE(stored->phone, QStringLiteral("13811112222"));
    QCOMPARE(stored->rowVersion, 2);
    QCOMPARE(counts(tdb), before);

    // The first copy is current and saves again; its edit lands in the history.
    first.notes = QStringLiteral("独居，每周回访");
    QVERIFY(store.saveResident(first).ok);
    QCOMPARE(store.resident(rid)->rowVersion, 3);
    QCOMPARE(store.history(rid).constFirst().kind, QStringLiteral("edited"));
}

void RegisterStoreTest::householdConflictByRowVersion()
{
    TestDatabase tdb;
    const qint64 hh = tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                       {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1980, 3, 3), true)}});
    RegisterStore store(tdb.db(), testScope());
    Household h1 = *store.household(hh);
    QList<Resident> m1 = store.members(hh);
    Household h2 = *store.household(hh);
    QList<Resident> m2 = store.members(hh);

    h1.notes = QStringLiteral("有宠物");
    QVERIFY(store.saveHousehold(h1, m1).ok);
    QCOMPARE(h1.rowVersion, 2);
    QCOMPARE(m1.at(0).rowVersion, 2);
    const QList<int> before = counts(tdb);

    h2.phone = QStringLiteral("025-84561234");
    const SaveResult result = store.saveHousehold(h2, m2);
    QVERIFY(!result.ok);
    QCOMPARE(store.household(hh)->notes, QStringLiteral("有宠物"));
    QVERIFY(store.household(hh)->phone.isEmpty());
    QCOMPARE(counts(tdb), before);

    // The in-memory copies of the successful save are current: saving them again works.
    QVERIFY(store.saveHousehold(h1, m1).ok);
    QCOMPARE(store.household(hh)->rowVersion, 3);
}

void RegisterStoreTest::editingAddressReindexesMembers()
{
    TestDatabase tdb;
    const qint64 hh = tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                       {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1980, 3, 3), true)},
                                        {QStringLiteral("王芳"), TestDatabase::idFor(QDate(1982, 3, 3), false)}});
    RegisterStore store(tdb.db(), testScope());
    Household h = *store.household(hh);
    QList<Resident> members = store.members(hh);
    h.buildingId = tdb.buildingB1;
    h.room = QStringLiteral("909");
    QVERIFY(store.saveHousehold(h, members).ok);
    QCOMPARE(search(tdb, QStringLiteral("909")), (QStringList{QStringLiteral("王芳"), QStringLiteral("张三")}));
    QCOMPARE(search(tdb, QStringLiteral("翠湖苑")).size(), 2);
    QCOMPARE(search(tdb, QStringLiteral("幸福里")).size(), 0);
}

void RegisterStoreTest::fifteenDigitIdIsUpgraded()
{
    TestDatabase tdb;
    RegisterStore store(tdb.db(), testScope());
    // Region 130503, born 1967-04-01, sequence 001 (odd: male).
    const QString legacy = QStringLiteral("130503670401001");
    QVERIFY(IdNumber::parse(legacy).isValid());

    Household h = flat(tdb.buildingA1, QStringLiteral("3"), QStringLiteral("201"));
    QList<Resident> members = {person(QStringLiteral("刘大爷"), legacy)};
    const SaveResult result = store.saveHousehold(h, members);
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));

    const QString stored = store.resident(members[0].id)->idNumber;
    QCOMPARE(stored.size(), 18);
    QVERIFY(stored.startsWith(QLatin1String("13050319670401001")));
    QCOMPARE(stored.at(17), IdNumber::checkDigit(stored.left(17)));
    QCOMPARE(store.resident(members[0].id)->birthDate, QDate(1967, 4, 1));
    QCOMPARE(store.resident(members[0].id)->gender, QStringLiteral("M"));
    QCOMPARE(tdb.residentId(stored), members[0].id);

    // The legacy form of the same number is recognised as a duplicate of the stored one.
    Resident again = person(QStringLiteral("刘某"), legacy, QStringLiteral("other"));
    again.householdId = h.id;
    const SaveResult dup = store.saveResident(again);
    QVERIFY(!dup.ok);
    QCOMPARE(dup.errors.at(0).existingId, members[0].id);
}

QTEST_GUILESS_MAIN(RegisterStoreTest)

#include "registerstore_test.moc"
