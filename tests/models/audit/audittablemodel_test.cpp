// AuditTableModel over more rows than one page: newest first across the page boundaries, the
// filters narrowing the count, only an administrator seeing rows, and reload picking up new
// entries, with QAbstractItemModelTester watching throughout.
#include "models/access/accessscope.h"
#include "models/audit/auditentry.h"
#include "models/audit/audittablemodel.h"
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <limits>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class AuditTableModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newestFirstAcrossPages();
    void filtersNarrowTheCount();
    void onlyAnAdministratorSeesTheLog();
    void reloadPicksUpNewEntries();
    void peopleAndRecordsInWords();

private:
    static constexpr int kEntries = 2 * AuditTableModel::kPageSize + 50;
    // Entry i (1-based) was written i hours after 1 March 2026 08:00, by 王芳 every third time
    // (else 李强), about a resident when i is odd (else a case), with record id i.
    static QDateTime at(int i) { return QDateTime(QDate(2026, 3, 1), QTime(8, 0)).addSecs(i * 3600); }
    static QString user(int i) { return i % 3 == 0 ? QStringLiteral("王芳") : QStringLiteral("李强"); }
    static QString table(int i) { return i % 2 ? QStringLiteral("resident") : QStringLiteral("cases"); }
    qint64 addEntry(int i);

    std::unique_ptr<TestDatabase> m_t;
    QList<qint64> m_ids; // m_ids[i - 1]: entry i
};

qint64 AuditTableModelTest::addEntry(int i)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action, "
                                         "before_json, after_json) VALUES (?, ?, ?, ?, 'update', '{}', '{}')"));
    if (!q.exec(at(i).toString(Qt::ISODate), user(i), table(i), i))
        return 0;
    return q.lastInsertId();
}

void AuditTableModelTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("DELETE FROM audit_log")).exec()); // the fixture's own entries
    m_ids.clear();
    for (int i = 1; i <= kEntries; ++i) {
        m_ids << addEntry(i);
        QVERIFY(m_ids.constLast() > 0);
    }
}

void AuditTableModelTest::cleanup()
{
    m_t.reset();
    resetTestScope();
}

void AuditTableModelTest::newestFirstAcrossPages()
{
    AuditTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every row counted at once; pages are read as rows are asked for.
    QCOMPARE(model.rowCount(), kEntries);
    QCOMPARE(model.totalCount(), kEntries);
    QVERIFY(model.isCountExact());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));

    // A far row first, then both sides of each page boundary.
    const int page = AuditTableModel::kPageSize;
    for (int row : {kEntries - 1, 0, page - 1, page, 2 * page - 1, 2 * page}) {
        const int i = kEntries - row; // newest first
        QCOMPARE(model.index(row, AuditTableModel::At).data().toString(),
                 at(i).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.index(row, AuditTableModel::User).data().toString(), user(i));
        QCOMPARE(model.index(row, AuditTableModel::Table).data().toString(), AuditEntry::tableName(table(i)));
        QCOMPARE(model.index(row, AuditTableModel::Record).data().toString(), QString::number(i));
        QCOMPARE(model.index(row, AuditTableModel::Action).data().toString(),
                 AuditEntry::actionName(QStringLiteral("update")));
        const std::optional<AuditEntry> e = model.entry(row);
        QVERIFY(e.has_value());
        QCOMPARE(e->id, m_ids.at(i - 1));
        QCOMPARE(e->recordId, qint64(i));
        QCOMPARE(e->table, table(i));
    }
    QVERIFY(!model.entry(kEntries).has_value());
    QVERIFY(!model.entry(-1).has_value());
    QVERIFY(!model.index(kEntries, 0).isValid());
    QVERIFY(model.index(0, AuditTableModel::User).data(Qt::ToolTipRole).isNull()); // display text only

    // Every entry exactly once, in descending id order, however the pages fall.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.entry(row)->id;
        QVERIFY2(id < previous, qPrintable(QString::number(row)));
        previous = id;
    }
    QCOMPARE(model.headerData(AuditTableModel::Record, Qt::Horizontal).toString(), QStringLiteral("Record"));
}

void AuditTableModelTest::filtersNarrowTheCount()
{
    AuditTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &AuditTableModel::countChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // About a resident: more than a page of them, every one a resident.
    AuditFilter f;
    f.table = QStringLiteral("resident");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), kEntries / 2);
    QVERIFY(model.rowCount() > AuditTableModel::kPageSize);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entry(row)->table, QStringLiteral("resident"));
    QCOMPARE(model.entry(0)->recordId, qint64(kEntries - 1)); // the newest odd one
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), kEntries / 2);
    QCOMPARE(reset.size(), 1);

    // The same filter again reads nothing.
    model.setFilter(f);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(reset.size(), 1);

    // By whom, and about which record.
    f = {};
    f.user = QStringLiteral("王芳");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), kEntries / 3);
    QCOMPARE(model.index(0, AuditTableModel::Record).data().toString(), QString::number(kEntries / 3 * 3));
    f.recordId = 9;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0)->id, m_ids.at(8));

    // One whole day, both ends inclusive: the hours of 5 March.
    f = {};
    f.from = QDate(2026, 3, 5);
    f.to = QDate(2026, 3, 5);
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 24);
    QCOMPARE(model.index(0, AuditTableModel::At).data().toString(), QStringLiteral("2026-03-05 23:00:00"));
    QCOMPARE(model.index(23, AuditTableModel::At).data().toString(), QStringLiteral("2026-03-05 00:00:00"));
    QCOMPARE(counted.constLast().at(0).toInt(), 24);

    // The filter boxes list what occurs.
    QCOMPARE(model.users(), (QStringList{QStringLiteral("李强"), QStringLiteral("王芳")}));
    QCOMPARE(model.tables(), (QStringList{QStringLiteral("cases"), QStringLiteral("resident")}));

    model.setFilter({});
    QCOMPARE(model.rowCount(), kEntries);
}

void AuditTableModelTest::onlyAnAdministratorSeesTheLog()
{
    const AccessScope clerk(AccessScope::Role::Clerk, 5, QStringLiteral("clerk"));
    AuditTableModel model(m_t->db(), clerk);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.entry(0).has_value());
    QVERIFY(model.users().isEmpty());
    QVERIFY(model.tables().isEmpty());
    AuditFilter f;
    f.table = QStringLiteral("resident");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 0);
}

void AuditTableModelTest::reloadPicksUpNewEntries()
{
    AuditTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(kEntries - 1, AuditTableModel::Record).data().toString(), QStringLiteral("1"));
    const qint64 id = addEntry(kEntries + 1);
    QVERIFY(id > 0);
    QCOMPARE(model.rowCount(), kEntries); // a snapshot until reloaded
    QSignalSpy counted(&model, &AuditTableModel::countChanged);
    model.reload();
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), kEntries + 1);
    QCOMPARE(model.rowCount(), kEntries + 1);
    QCOMPARE(model.entry(0)->id, id);
    QCOMPARE(model.index(kEntries, AuditTableModel::Record).data().toString(), QStringLiteral("1"));
}

// "张三 修改了 住户 3-2-301 王五户 的 联系电话", not "zhangsan update household 17".
void AuditTableModelTest::peopleAndRecordsInWords()
{
    SqlQuery account(m_t->db(), QStringLiteral("INSERT INTO account (login, display_name, role, password_hash, "
                                               "created_at, updated_at) VALUES ('zhangsan', '张三', 'clerk', 'x', "
                                               "'x', 'x')"));
    QVERIFY(account.exec());
    const qint64 household =
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("3"), QStringLiteral("301"),
                          {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1970, 1, 1), true, 1)},
                           {QStringLiteral("赵六"), TestDatabase::idFor(QDate(1972, 1, 1), false, 2)}});
    QVERIFY(household > 0);
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action, "
                                         "before_json, after_json) VALUES (?, ?, ?, ?, 'update', ?, ?)"));
    QVERIFY(q.exec(at(1).toString(Qt::ISODate), QStringLiteral("zhangsan"), QStringLiteral("household"), household,
                   QStringLiteral("{\"phone\":\"010-1\",\"row_version\":1}"),
                   QStringLiteral("{\"phone\":\"010-2\",\"row_version\":2}")));
    QVERIFY(q.exec(at(2).toString(Qt::ISODate), QStringLiteral("lisi"), QStringLiteral("resident"),
                   m_t->residentId(TestDatabase::idFor(QDate(1972, 1, 1), false, 2)), QStringLiteral("{}"),
                   QStringLiteral("{}")));
    AuditTableModel model(m_t->db(), testScope());
    // The two just written are the newest, first: a login without an account stays as written; the resident by name.
    QCOMPARE(model.index(0, AuditTableModel::User).data().toString(), QStringLiteral("lisi"));
    QCOMPARE(model.index(0, AuditTableModel::Record).data().toString(), QStringLiteral("赵六"));
    QCOMPARE(model.index(1, AuditTableModel::User).data().toString(), QStringLiteral("张三"));
    QCOMPARE(model.index(1, AuditTableModel::Record).data().toString(),
             QStringLiteral("幸福里 1号楼 3-301 (王五's household)"));
    QCOMPARE(model.index(1, AuditTableModel::Summary).data().toString(),
             QStringLiteral("张三 Changed Households 幸福里 1号楼 3-301 (王五's household): Phone"));
}

QTEST_GUILESS_MAIN(AuditTableModelTest)
#include "audittablemodel_test.moc"
