// The street's communities (issue 23): a street administrator adds one (name, code, area),
// renames it and archives it, each audited; a community's clerk, or a street clerk, may not.
// An archived community is offered nowhere (the switcher's list) but keeps its records.
#include "models/core/sqlquery.h"
#include "models/register/communityeditor.h"
#include "models/register/communitystore.h"
#include "tests/support/testsupport.h"

#include <QTest>

class CommunityEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_t.reset(); }
    void streetAdministratorAddsRenamesArchives();
    void refusesWhatIsWrong();
    void communityClerkMayNot();

private:
    int auditRows(const QString &action) const
    {
        SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'community' AND "
                                             "action = ?"));
        return q.exec(action) ? q.scalar().toInt() : -1;
    }
    std::unique_ptr<TestDatabase> m_t;
};

void CommunityEditorTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE community SET code = 'C01', street = '和平街道' WHERE id = 1"))
                .exec());
}

void CommunityEditorTest::streetAdministratorAddsRenamesArchives()
{
    const AccessScope admin = testScope(); // an administrator of the street (no community)
    CommunityEditor editor(m_t->db(), admin);
    QVERIFY(editor.refusal().isEmpty());
    const SaveResult added = editor.add(QStringLiteral("东风社区"), QStringLiteral("C02"), 1.25);
    QVERIFY2(added.ok, qPrintable(added.firstMessage()));
    const CommunityEditor::Entry e = editor.entry(added.id);
    QCOMPARE(e.name, QStringLiteral("东风社区"));
    QCOMPARE(e.code, QStringLiteral("C02"));
    QCOMPARE(e.street, QStringLiteral("和平街道")); // the street the others belong to
    QCOMPARE(e.areaKm2, 1.25);
    QVERIFY(!e.archived);
    QCOMPARE(auditRows(QStringLiteral("insert")), 1);
    QCOMPARE(CommunityStore(m_t->db(), admin).communities().size(), 2);
    QCOMPARE(CommunityStore(m_t->db(), admin).idByCode(QStringLiteral("c02")), added.id);

    QVERIFY(editor.rename(added.id, QStringLiteral("东风新村社区")).ok);
    QCOMPARE(editor.entry(added.id).name, QStringLiteral("东风新村社区"));
    QCOMPARE(auditRows(QStringLiteral("update")), 1);

    QVERIFY(editor.archive(added.id).ok);
    QVERIFY(editor.entry(added.id).archived);
    QCOMPARE(auditRows(QStringLiteral("archive")), 1);
    // Offered nowhere, still there.
    QCOMPARE(CommunityStore(m_t->db(), admin).communities().size(), 1);
    QCOMPARE(CommunityStore(m_t->db(), admin).allCommunities().size(), 2);
    QCOMPARE(editor.list().size(), 2);
}

void CommunityEditorTest::refusesWhatIsWrong()
{
    CommunityEditor editor(m_t->db(), testScope());
    SaveResult r = editor.add(QStringLiteral("东风社区"), QStringLiteral("c01"));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("code"));
    QVERIFY(r.firstMessage().startsWith(QStringLiteral("Code:")));
    r = editor.add(QString(), QStringLiteral("C02"));
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("name"));
    r = editor.add(QStringLiteral("东风社区"), QString());
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("code"));
    const QString existing = CommunityStore(m_t->db(), testScope()).community(1).name;
    r = editor.add(existing, QStringLiteral("C02"));
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("name"));
    // The street's last community stays.
    r = editor.archive(1);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("community"));
    QCOMPARE(m_t->count(QStringLiteral("community")), 1);
    QCOMPARE(auditRows(QStringLiteral("insert")), 0);
}

void CommunityEditorTest::communityClerkMayNot()
{
    QVERIFY(CommunityEditor(m_t->db(), testScope()).add(QStringLiteral("东风社区"), QStringLiteral("C02")).ok);
    AccessScope clerk(AccessScope::Role::Clerk, 7, QStringLiteral("clerk"));
    clerk.setCommunityIds({1});
    AccessScope communityAdmin(AccessScope::Role::Administrator, 8, QStringLiteral("boss"));
    communityAdmin.setCommunityIds({1});
    const AccessScope streetClerk(AccessScope::Role::Clerk, 9, QStringLiteral("street-clerk"));
    for (const AccessScope &scope : {clerk, communityAdmin, streetClerk}) {
        CommunityEditor editor(m_t->db(), scope);
        QVERIFY(!editor.refusal().isEmpty());
        QVERIFY(!editor.add(QStringLiteral("西风社区"), QStringLiteral("C03")).ok);
        QVERIFY(!editor.rename(1, QStringLiteral("改名社区")).ok);
        QVERIFY(!editor.archive(2).ok);
    }
    QCOMPARE(m_t->count(QStringLiteral("community")), 2);
    QCOMPARE(CommunityEditor(m_t->db(), testScope()).entry(1).name,
             CommunityStore(m_t->db(), testScope()).community(1).name);
    QCOMPARE(auditRows(QStringLiteral("update")), 0);
    QCOMPARE(auditRows(QStringLiteral("archive")), 0);
}

QTEST_GUILESS_MAIN(CommunityEditorTest)
#include "communityeditor_test.moc"
