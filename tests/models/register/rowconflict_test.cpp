// Two desks editing one record: the second save is refused with a conflict (row_version), the
// first save's values stay. On SQLite two connections share a file; with CD_TEST_DATABASE two
// connections share one schema on the PostgreSQL server.
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

class RowConflictTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secondSaveOfResidentConflicts();
    void secondSaveOfHouseholdConflicts();
    void reloadedRecordSavesAgain();

private:
    QTemporaryDir m_dir;
    QString m_schema;
    std::unique_ptr<Database> m_deskA;
    std::unique_ptr<Database> m_deskB;
    qint64 m_householdId = 0;
    qint64 m_residentId = 0;
};

void RowConflictTest::init()
{
    const QString location =
        testingOnServer() ? freshServerSchemaUrl(&m_schema) : m_dir.filePath(QStringLiteral("desk.sqlite"));
    m_deskA = std::make_unique<Database>(QStringLiteral("deskA"));
    m_deskB = std::make_unique<Database>(QStringLiteral("deskB"));
    QVERIFY2(Workspace::open(*m_deskA, location), qPrintable(m_deskA->errorDetail()));
    QVERIFY2(Workspace::open(*m_deskB, location), qPrintable(m_deskB->errorDetail()));
    QCOMPARE(m_deskA->isServer(), testingOnServer());

    const QSqlDatabase a = m_deskA->connection();
    QVERIFY(SqlQuery(a, QStringLiteral("INSERT INTO community (id, name) VALUES (1, '测试社区')")).exec());
    SqlQuery grid(a, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (1, 'G01', '第一网格')"));
    QVERIFY(grid.exec());
    SqlQuery compound(a, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (1, '幸福里')"));
    QVERIFY(compound.exec());
    SqlQuery building(a, QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, ?, '1号楼')"));
    QVERIFY(building.exec(compound.lastInsertId(), grid.lastInsertId()));
    QVERIFY(building.lastInsertId() > 0);

    Household h;
    h.buildingId = building.lastInsertId();
    h.unit = QStringLiteral("1");
    h.room = QStringLiteral("101");
    h.movedIn = QDate(2020, 1, 1);
    Resident r;
    r.name = QStringLiteral("张三");
    r.idNumber = TestDatabase::idFor(QDate(1950, 3, 4), true);
    QList<Resident> members{r};
    const SaveResult saved = RegisterStore(a, testScope()).saveHousehold(h, members);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    m_householdId = h.id;
    m_residentId = members.first().id;
    QVERIFY(m_residentId > 0);
}

void RowConflictTest::cleanup()
{
    if (m_deskA)
        dropServerSchema(m_deskA->connection(), m_schema);
    m_deskA.reset();
    m_deskB.reset();
    m_schema.clear();
    if (!testingOnServer())
        QFile::remove(m_dir.filePath(QStringLiteral("desk.sqlite")));
}

void RowConflictTest::secondSaveOfResidentConflicts()
{
    RegisterStore storeA(m_deskA->connection(), testScope(QStringLiteral("甲")));
    RegisterStore storeB(m_deskB->connection(), testScope(QStringLiteral("乙")));
    // Both desks open the record.
    std::optional<Resident> onA = storeA.resident(m_residentId);
    std::optional<Resident> onB = storeB.resident(m_residentId);
    QVERIFY(onA && onB);
    QCOMPARE(onA->rowVersion, onB->rowVersion);

    onA->phone = QStringLiteral("13800138000");
    const SaveResult first = storeA.saveResident(*onA);
    QVERIFY2(first.ok, qPrintable(first.firstMessage()));

    onB->phone = QStringLiteral("13900139000");
    onB->notes = QStringLiteral("desk B");
    const SaveResult second = storeB.saveResident(*onB);
    QVERIFY(!second.ok);
    QVERIFY2(second.firstMessage().contains(QLatin1String("changed by someone else")),
             qPrintable(second.firstMessage()));

    // Desk B, reading again, sees desk A's values; nothing of B's save was written.
    const std::optional<Resident> stored = storeB.resident(m_residentId);
    QVERIFY(stored);
    QCOMPARE(stored->phone, QStringLiteral("13800138000"));
    QVERIFY(stored->notes.isEmpty());
    QCOMPARE(stored->rowVersion, onA->rowVersion);
    SqlQuery audits(m_deskB->connection(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'resident' AND record_id = ? AND "
                                   "user_name = ?"));
    QVERIFY(audits.exec(m_residentId, QStringLiteral("乙")));
    QCOMPARE(audits.scalar().toInt(), 0);
}

void RowConflictTest::secondSaveOfHouseholdConflicts()
{
    RegisterStore storeA(m_deskA->connection(), testScope());
    RegisterStore storeB(m_deskB->connection(), testScope());
    std::optional<Household> hA = storeA.household(m_householdId);
    std::optional<Household> hB = storeB.household(m_householdId);
    QVERIFY(hA && hB);
    QList<Resident> membersA{*storeA.resident(m_residentId)};
    QList<Resident> membersB{*storeB.resident(m_residentId)};
    hA->notes = QStringLiteral("from A");
    QVERIFY(storeA.saveHousehold(*hA, membersA).ok);
    hB->notes = QStringLiteral("from B");
    QVERIFY(!storeB.saveHousehold(*hB, membersB).ok);
    QCOMPARE(storeB.household(m_householdId)->notes, QStringLiteral("from A"));
}

void RowConflictTest::reloadedRecordSavesAgain()
{
    RegisterStore storeA(m_deskA->connection(), testScope());
    RegisterStore storeB(m_deskB->connection(), testScope());
    std::optional<Resident> onA = storeA.resident(m_residentId);
    std::optional<Resident> onB = storeB.resident(m_residentId);
    onA->notes = QStringLiteral("A");
    QVERIFY(storeA.saveResident(*onA).ok);
    onB->notes = QStringLiteral("B");
    QVERIFY(!storeB.saveResident(*onB).ok);
    // "Reload": desk B opens the record again and saves on top of A's change.
    onB = storeB.resident(m_residentId);
    onB->notes = QStringLiteral("B after reload");
    const SaveResult again = storeB.saveResident(*onB);
    QVERIFY2(again.ok, qPrintable(again.firstMessage()));
    QCOMPARE(storeA.resident(m_residentId)->notes, QStringLiteral("B after reload"));
}

QTEST_GUILESS_MAIN(RowConflictTest)
#include "rowconflict_test.moc"
