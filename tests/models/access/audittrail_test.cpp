// The audit trail: an edit of a resident leaves one row with who, when, before and after; the
// signed-in user is named even when a store was made without a name; audit rows cannot be
// changed or removed by any SQL the application could run.
#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class AuditTrailTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void editWritesBeforeAndAfter();
    void auditRowsCannotBeUpdated();
    void auditRowsCannotBeDeleted();
    void refusedSaveWritesNoAuditRow();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_resident = 0;
};

void AuditTrailTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString id = TestDatabase::idFor(QDate(1970, 8, 9), true);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("102"),
                              {{QStringLiteral("陈建国"), id}}) > 0);
    m_resident = m_t->residentId(id);
    QVERIFY(m_resident > 0);
}

void AuditTrailTest::editWritesBeforeAndAfter()
{
    setTestScope(AccessScope(AccessScope::Role::Clerk, 2, QStringLiteral("zhao")));
    SqlQuery before(m_t->db(), QStringLiteral("SELECT max(id) FROM audit_log"));
    const qint64 last = before.scalar().toLongLong();

    RegisterStore store(m_t->db(), testScope()); // no name given: the signed-in user is recorded
    Resident r = *store.resident(m_resident);
    r.phone = QStringLiteral("13700001111");
    r.name = QStringLiteral("陈建华");
    const SaveResult saved = store.saveResident(r);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));

    SqlQuery q(m_t->db(), QStringLiteral("SELECT user_name, table_name, record_id, action, before_json, after_json, at "
                                         "FROM audit_log WHERE id > ? AND table_name = 'resident'"));
    QVERIFY(q.exec(last));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("zhao"));
    QCOMPARE(q.value(2).toLongLong(), m_resident);
    QCOMPARE(q.value(3).toString(), QStringLiteral("update"));
    const QJsonObject was = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    const QJsonObject now = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    QCOMPARE(was.value(QStringLiteral("name")).toString(), QStringLiteral("陈建国"));
    QCOMPARE(now.value(QStringLiteral("name")).toString(), QStringLiteral("陈建华"));
    QCOMPARE(was.value(QStringLiteral("phone")).toString(), QString());
    QCOMPARE(now.value(QStringLiteral("phone")).toString(), QStringLiteral("13700001111"));
    QVERIFY(QDateTime::fromString(q.value(6).toString(), Qt::ISODate).isValid());
    QVERIFY(!q.next()); // one row for one edit
}

void AuditTrailTest::auditRowsCannotBeUpdated()
{
    const int rows = m_t->count(QStringLiteral("audit_log"));
    QVERIFY(rows > 0);
    SqlQuery update(m_t->db(), QStringLiteral("UPDATE audit_log SET user_name = 'someone else'"));
    QVERIFY(!update.exec());
    QVERIFY(update.errorDetail().contains(QLatin1String("cannot be changed")));
    SqlQuery check(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'someone else'"));
    QCOMPARE(check.scalar().toInt(), 0);
}

void AuditTrailTest::auditRowsCannotBeDeleted()
{
    const int rows = m_t->count(QStringLiteral("audit_log"));
    SqlQuery del(m_t->db(), QStringLiteral("DELETE FROM audit_log"));
    QVERIFY(!del.exec());
    QVERIFY(del.errorDetail().contains(QLatin1String("cannot be deleted")));
    QCOMPARE(m_t->count(QStringLiteral("audit_log")), rows);
}

void AuditTrailTest::refusedSaveWritesNoAuditRow()
{
    const int rows = m_t->count(QStringLiteral("audit_log"));
    setTestScope(AccessScope(AccessScope::Role::Viewer, 4, QStringLiteral("guest")));
    RegisterStore store(m_t->db(), testScope());
    Resident r = *store.resident(m_resident);
    r.name = QStringLiteral("改名");
    QVERIFY(!store.saveResident(r).ok);
    QCOMPARE(m_t->count(QStringLiteral("audit_log")), rows);
}

QTEST_GUILESS_MAIN(AuditTrailTest)
#include "audittrail_test.moc"
