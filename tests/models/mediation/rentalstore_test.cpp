#include "models/access/accessscope.h"
#include "models/mediation/rentalstore.h"
#include "models/mediation/rentaltablemodel.h"

#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTest>

// Rented rooms: landlord from the register or outside, tenants with permits, the expiry
// reminder at its boundary, a tenant leaving through the register's move-out, the grid's scope.
class RentalStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveWithOutsideLandlord();
    void residentLandlord();
    void expiryAtItsBoundary();
    void tenantLeavingIsAMoveOut();
    void moveOutElsewhereEndsTheTenancy();
    void gridWorkerScope();
    void validation();

private:
    RentalRoom room() const;
    int scalar(const QString &sql) const;
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_roomA = 0; // a household in grid A
    qint64 m_roomB = 0; // grid B
    qint64 m_tenant1 = 0, m_tenant2 = 0, m_owner = 0, m_tenantB = 0;
    const QDate m_today{2026, 6, 1};
};

void RentalStoreTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString t1 = TestDatabase::idFor(QDate(1995, 1, 1), true, 31);
    const QString t2 = TestDatabase::idFor(QDate(1996, 2, 2), false, 32);
    const QString o = TestDatabase::idFor(QDate(1955, 3, 3), true, 33);
    const QString tb = TestDatabase::idFor(QDate(1997, 4, 4), true, 34);
    m_roomA = m_t->addHousehold(m_t->buildingA1, QStringLiteral("2"), QStringLiteral("602"),
                                {{QStringLiteral("刘小军"), t1}, {QStringLiteral("周小红"), t2}});
    QVERIFY(m_t->addHousehold(m_t->buildingA2, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("房东老孙"), o}}));
    m_roomB = m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("202"),
                                {{QStringLiteral("吴租客"), tb}});
    m_tenant1 = m_t->residentId(t1);
    m_tenant2 = m_t->residentId(t2);
    m_owner = m_t->residentId(o);
    m_tenantB = m_t->residentId(tb);
}

void RentalStoreTest::cleanup()
{
    resetTestScope();
    m_t.reset();
}

int RentalStoreTest::scalar(const QString &sql) const
{
    SqlQuery q(m_t->db(), sql);
    return q.scalar().toInt();
}

RentalRoom RentalStoreTest::room() const
{
    RentalRoom r;
    r.householdId = m_roomA;
    r.landlordName = QStringLiteral("外地房东钱某");
    r.landlordPhone = QStringLiteral("13800001111");
    RentalRoom::Tenant a;
    a.residentId = m_tenant1;
    a.permit = QStringLiteral("residence_permit");
    a.startsOn = QDate(2025, 7, 1);
    a.expiresOn = m_today.addDays(30); // the last day the default reminder lists
    RentalRoom::Tenant b;
    b.residentId = m_tenant2;
    b.permit = QStringLiteral("temporary");
    b.startsOn = QDate(2026, 1, 1);
    b.expiresOn = m_today.addDays(31); // one day too late
    r.tenants = {a, b};
    return r;
}

void RentalStoreTest::saveWithOutsideLandlord()
{
    RentalStore store(m_t->db(), testScope());
    RentalRoom r = room();
    const SaveResult saved = store.save(r);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    const std::optional<RentalRoom> back = store.room(r.id);
    QVERIFY(back);
    QCOMPARE(back->landlordName, QStringLiteral("外地房东钱某"));
    QCOMPARE(back->landlordResidentId, 0);
    QCOMPARE(back->tenants.size(), 2);
    QCOMPARE(back->tenants.at(0).name, QStringLiteral("刘小军"));
    QCOMPARE(back->tenants.at(1).permit, QStringLiteral("temporary"));
    QVERIFY(!back->address.isEmpty());
    // A tenant taken off the list is archived, not deleted.
    r.tenants.removeLast();
    QVERIFY(store.save(r).ok);
    QCOMPARE(store.room(r.id)->tenants.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rental_tenant")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'rental_room'")), 2);
    RentalTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model);
    model.showRooms(QStringLiteral("钱某"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RentalTableModel::Tenants).data().toString(), QStringLiteral("刘小军"));
    model.showRooms(QStringLiteral("没有"));
    QCOMPARE(model.rowCount(), 0);
}

void RentalStoreTest::residentLandlord()
{
    RentalRoom r = room();
    r.landlordResidentId = m_owner;
    r.landlordName.clear();
    r.landlordPhone.clear();
    QVERIFY(RentalStore(m_t->db(), testScope()).save(r).ok);
    QCOMPARE(RentalStore(m_t->db(), testScope()).room(r.id)->landlordName, QStringLiteral("房东老孙"));
}

void RentalStoreTest::expiryAtItsBoundary()
{
    RentalStore store(m_t->db(), testScope());
    RentalRoom r = room();
    RentalRoom::Tenant expired;
    expired.residentId = m_owner; // any resident may rent
    expired.permit = QStringLiteral("temporary");
    expired.expiresOn = m_today.addDays(-1);
    r.tenants.append(expired);
    QVERIFY(store.save(r).ok);
    QList<RentalStore::Expiring> list = store.expiring(30, m_today);
    QCOMPARE(list.size(), 2); // yesterday's and the 30th day's, not the 31st
    QCOMPARE(list.at(0).residentId, m_owner);
    QCOMPARE(list.at(0).daysLeft, -1);
    QCOMPARE(list.at(1).residentId, m_tenant1);
    QCOMPARE(list.at(1).daysLeft, 30);
    QCOMPARE(store.expiring(31, m_today).size(), 3);
    QCOMPARE(store.expiring(29, m_today).size(), 1);
    RentalTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model);
    model.showExpiring(30, m_today);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, RentalTableModel::ExpiresOn).data().toString(), QStringLiteral("2026-07-01"));
}

void RentalStoreTest::tenantLeavingIsAMoveOut()
{
    RentalStore store(m_t->db(), testScope());
    RentalRoom r = room();
    QVERIFY(store.save(r).ok);
    const qint64 tenantId = r.tenants.at(0).id;
    const QDate left = QDate::currentDate().addDays(-2);
    const SaveResult out = store.tenantLeaves(tenantId, left, QStringLiteral("合同到期"));
    QVERIFY2(out.ok, qPrintable(out.firstMessage()));
    const std::optional<Resident> res = RegisterStore(m_t->db(), testScope()).resident(m_tenant1);
    QCOMPARE(res->status, QStringLiteral("moved_out"));
    QCOMPARE(res->statusDate, left);
    const QList<ResidentChange> history = RegisterStore(m_t->db(), testScope()).history(m_tenant1);
    bool movedOut = false;
    for (const ResidentChange &c : history)
        movedOut = movedOut || (c.kind == QLatin1String("moved_out") && c.date == left);
    QVERIFY(movedOut);
    QCOMPARE(store.room(r.id)->tenants.at(0).leftOn, left);
    // No longer reminded, and not twice.
    for (const RentalStore::Expiring &e : store.expiring(365, m_today))
        QVERIFY(e.tenantId != tenantId);
    QVERIFY(!store.tenantLeaves(tenantId, left).ok);
    // A date the register refuses (the future) changes nothing at all.
    const qint64 other = r.tenants.at(1).id;
    QVERIFY(!store.tenantLeaves(other, QDate::currentDate().addDays(5)).ok);
    QVERIFY(!store.room(r.id)->tenants.at(1).leftOn.isValid());
    QCOMPARE(RegisterStore(m_t->db(), testScope()).resident(m_tenant2)->status, QStringLiteral("living"));
}

void RentalStoreTest::moveOutElsewhereEndsTheTenancy()
{
    // The move-out recorded on the register's own page (or merged from a field copy), not through
    // the rental: the tenant is gone from the room, its count and the reminders from that day.
    RentalStore store(m_t->db(), testScope());
    RentalRoom r = room();
    QVERIFY(store.save(r).ok);
    const QDate left = QDate::currentDate().addDays(-3);
    QVERIFY(
        RegisterStore(m_t->db(), testScope()).changeStatus(m_tenant1, QStringLiteral("moved_out"), left, QString()).ok);
    QCOMPARE(store.room(r.id)->tenants.at(0).leftOn, left);
    QVERIFY(!store.room(r.id)->tenants.at(1).leftOn.isValid());
    for (const RentalStore::Expiring &e : store.expiring(365, m_today))
        QVERIFY(e.residentId != m_tenant1);
    QCOMPARE(store.expiring(365, m_today).size(), 1);
    const QList<RentalStore::Row> rooms = store.rooms(QString(), 0);
    QCOMPARE(rooms.size(), 1);
    QCOMPARE(rooms.first().tenantCount, 1);
    QVERIFY(!rooms.first().tenants.contains(QStringLiteral("刘小军")));
}

void RentalStoreTest::gridWorkerScope()
{
    RentalStore office(m_t->db(), testScope());
    RentalRoom a = room();
    QVERIFY(office.save(a).ok);
    RentalRoom b;
    b.householdId = m_roomB;
    b.landlordName = QStringLiteral("B区房东");
    b.tenants = {{0, m_tenantB, QString(), QStringLiteral("temporary"), QString(), QDate(), m_today.addDays(3), {}}};
    QVERIFY(office.save(b).ok);

    setTestScope(AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("网格员"), {m_t->gridB}));
    RentalStore worker(m_t->db(), testScope());
    QCOMPARE(worker.rooms().size(), 1);
    QCOMPARE(worker.rooms().constFirst().landlord, QStringLiteral("B区房东"));
    QCOMPARE(worker.expiring(30, m_today).size(), 1);
    QVERIFY(!worker.room(a.id));
    QVERIFY(worker.save(b).ok);
    QVERIFY(!worker.save(a).ok);
    QVERIFY(!worker.tenantLeaves(a.tenants.at(0).id, QDate::currentDate()).ok);
}

void RentalStoreTest::validation()
{
    RentalStore store(m_t->db(), testScope());
    RentalRoom r = room();
    r.landlordName.clear();
    r.tenants[0].expiresOn = QDate();
    r.tenants[1].expiresOn = QDate(2025, 1, 1); // before it starts
    const SaveResult result = store.save(r);
    QVERIFY(!result.ok);
    QStringList fields;
    for (const FieldError &e : result.errors)
        fields << e.field;
    QVERIFY(fields.contains(QStringLiteral("landlord")));
    QVERIFY(fields.contains(QStringLiteral("tenants/0")));
    QVERIFY(fields.contains(QStringLiteral("tenants/1")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM rental_room")), 0);
}

QTEST_GUILESS_MAIN(RentalStoreTest)
#include "rentalstore_test.moc"
