// Saved views of a list: kept in the database for the whole office, replaced when saved again
// under the same name, renamed without clashing, archived (never deleted), each change audited.
#include "models/core/sqlquery.h"
#include "models/workspace/savedviewstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

class SavedViewStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_t = std::make_unique<TestDatabase>(); }
    void cleanup() { m_t.reset(); }
    void savedViewsAreSharedByList();
    void savingAgainReplacesTheState();
    void renameRefusesATakenName();
    void archiveKeepsTheRow();
    void nobodySignedInSavesNothing();

private:
    int auditRows() const
    {
        return SqlQuery(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'saved_view'"))
            .scalar()
            .toInt();
    }
    std::unique_ptr<TestDatabase> m_t;
};

void SavedViewStoreTest::savedViewsAreSharedByList()
{
    SavedViewStore mine(m_t->db(), testScope(QStringLiteral("wang")));
    const SaveResult r = mine.save(QStringLiteral("register"), QStringLiteral("  独居老人 80+  第三网格 "),
                                   QStringLiteral("{\"minAge\":80}"));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(mine.save(QStringLiteral("cases"), QStringLiteral("open"), QStringLiteral("{}")).ok);
    // A colleague at another desk sees it, under the name as typed (spaces tidied).
    const QList<SavedView> views =
        SavedViewStore(m_t->db(), testScope(QStringLiteral("li"))).views(QStringLiteral("register"));
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().name, QStringLiteral("独居老人 80+ 第三网格"));
    QCOMPARE(views.first().state, QStringLiteral("{\"minAge\":80}"));
    QCOMPARE(views.first().createdBy, QStringLiteral("wang"));
    QCOMPARE(views.first().id, r.id);
    QCOMPARE(auditRows(), 2);
    const SaveResult empty = mine.save(QStringLiteral("register"), QStringLiteral("  "), QStringLiteral("{}"));
    QVERIFY(!empty.ok);
    QVERIFY2(empty.firstMessage().startsWith(QLatin1String("View name:")), qPrintable(empty.firstMessage()));
}

void SavedViewStoreTest::savingAgainReplacesTheState()
{
    SavedViewStore store(m_t->db(), testScope());
    const qint64 id = store.save(QStringLiteral("register"), QStringLiteral("80+"), QStringLiteral("{\"a\":1}")).id;
    const SaveResult again = store.save(QStringLiteral("register"), QStringLiteral("80+"), QStringLiteral("{\"a\":2}"));
    QVERIFY(again.ok);
    QCOMPARE(again.id, id);
    const QList<SavedView> views = store.views(QStringLiteral("register"));
    QCOMPARE(views.size(), 1);
    QCOMPARE(views.first().state, QStringLiteral("{\"a\":2}"));
}

void SavedViewStoreTest::renameRefusesATakenName()
{
    SavedViewStore store(m_t->db(), testScope());
    const qint64 a = store.save(QStringLiteral("register"), QStringLiteral("A"), QStringLiteral("{}")).id;
    store.save(QStringLiteral("register"), QStringLiteral("B"), QStringLiteral("{}"));
    const SaveResult clash = store.rename(a, QStringLiteral("B"));
    QVERIFY(!clash.ok);
    QVERIFY2(clash.firstMessage().contains(QLatin1String("B")), qPrintable(clash.firstMessage()));
    QVERIFY(store.rename(a, QStringLiteral("C")).ok);
    QStringList names;
    for (const SavedView &v : store.views(QStringLiteral("register")))
        names << v.name;
    QCOMPARE(names, (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
}

void SavedViewStoreTest::archiveKeepsTheRow()
{
    SavedViewStore store(m_t->db(), testScope());
    const qint64 id = store.save(QStringLiteral("register"), QStringLiteral("A"), QStringLiteral("{}")).id;
    QVERIFY(store.archive(id).ok);
    QVERIFY(store.views(QStringLiteral("register")).isEmpty());
    QCOMPARE(m_t->count(QStringLiteral("saved_view")), 1); // archived, not deleted
    QVERIFY(!store.archive(id).ok);                        // already gone for the clerk
    // The name is free again.
    QVERIFY(store.save(QStringLiteral("register"), QStringLiteral("A"), QStringLiteral("{}")).ok);
    QCOMPARE(store.views(QStringLiteral("register")).size(), 1);
}

void SavedViewStoreTest::nobodySignedInSavesNothing()
{
    SavedViewStore store(m_t->db(), AccessScope());
    QVERIFY(!store.save(QStringLiteral("register"), QStringLiteral("A"), QStringLiteral("{}")).ok);
    QCOMPARE(m_t->count(QStringLiteral("saved_view")), 0);
    // A viewer opens the office's views but changes none (the server refuses them the same).
    const qint64 id = SavedViewStore(m_t->db(), testScope())
                          .save(QStringLiteral("register"), QStringLiteral("A"), QStringLiteral("{}"))
                          .id;
    SignedIn viewer(AccessScope::Role::Viewer, QStringLiteral("guest"), QStringLiteral("Guest"));
    SavedViewStore viewing(m_t->db(), testScope());
    QCOMPARE(viewing.views(QStringLiteral("register")).size(), 1);
    const SaveResult refused = viewing.save(QStringLiteral("register"), QStringLiteral("B"), QStringLiteral("{}"));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.firstMessage().contains(QLatin1String("only view")), qPrintable(refused.firstMessage()));
    QVERIFY(!viewing.rename(id, QStringLiteral("C")).ok);
    QVERIFY(!viewing.archive(id).ok);
    QCOMPARE(m_t->count(QStringLiteral("saved_view")), 1);
}

QTEST_GUILESS_MAIN(SavedViewStoreTest)
#include "savedviewstore_test.moc"
