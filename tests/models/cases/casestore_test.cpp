// CaseStore (intake, workflow steps, categories), CaseTableModel's filters and GridFigures'
// open cases, against small hand-counted fixtures.
#include "models/cases/casestore.h"
#include "models/cases/casesummary.h"
#include "models/cases/casetablemodel.h"
#include "models/core/itemroles.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/grids/gridfigures.h"
#include "tests/support/testsupport.h"

#include <array>
#include <QAbstractItemModelTester>
#include <QBrush>
#include <QMap>
#include <QTest>

class CaseStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_db = std::make_unique<TestDatabase>(); }
    void intakeNamesMissingFields();
    void intakeDerivesGridFromBuilding();
    void intakeSetsDeadlineFromCategory();
    void intakeTakesReporterFromRegister();
    void caseNumbersCountPerYear();
    void stepsFollowTheWorkflow();
    void forbiddenStepIsRefusedAndWritesNothing();
    void failingStepLeavesNothing();
    void staleRowVersionIsRefused();
    void reopenNeedsReasonAndClearsClosure();
    void categoriesAreEditedNeverDeleted();
    void filters_data();
    void filters();
    void modelColumnsAndColours();
    void openCasesPerGrid();
    void summaryFollowsEverySave();
    void summaryFollowsUndo();

private:
    qint64 category(const QString &code) const
    {
        SqlQuery q(m_db->db(), QStringLiteral("SELECT id FROM case_category WHERE code = ?"));
        q.exec(code);
        return q.scalar().toLongLong();
    }
    qint64 add(const QString &source, const QString &categoryCode, qint64 buildingId, qint64 gridId,
               const QDateTime &received, const QString &description, const QString &location = QString(),
               const QString &reporter = QString(), const QString &phone = QString())
    {
        CaseIntake in;
        in.source = source;
        in.categoryId = category(categoryCode);
        in.buildingId = buildingId;
        in.gridId = gridId;
        in.receivedAt = received;
        in.description = description;
        in.location = location;
        in.reporterName = reporter;
        in.reporterPhone = phone;
        const SaveResult r = CaseStore(m_db->db(), testScope(QStringLiteral("tester"))).intake(in);
        if (!r.ok)
            qWarning() << "intake failed:" << r.firstMessage();
        return r.id;
    }
    SaveResult step(qint64 caseId, const QString &action, const QDateTime &at, const QString &extra = QString())
    {
        CaseStore store(m_db->db(), testScope(QStringLiteral("tester")));
        CaseStepRequest r;
        r.caseId = caseId;
        r.action = action;
        r.at = at;
        r.byName = QStringLiteral("王芳");
        r.rowVersion = store.record(caseId)->rowVersion;
        if (action == QLatin1String("assign"))
            r.toWhom = extra.isEmpty() ? QStringLiteral("城管科") : extra;
        if (action == QLatin1String("close"))
            r.result = extra.isEmpty() ? QStringLiteral("已处理") : extra;
        if (action == QLatin1String("follow_up"))
            r.satisfaction = extra.isEmpty() ? QStringLiteral("satisfied") : extra;
        if (action == QLatin1String("reopen"))
            r.reason = extra;
        return store.applyStep(r);
    }
    QString status(qint64 caseId) const { return CaseStore(m_db->db(), testScope()).record(caseId)->status; }
    void addFixtures();
    static QDateTime at(int month, int day, int hour = 8) { return {QDate(2026, month, day), QTime(hour, 0)}; }

    std::unique_ptr<TestDatabase> m_db;
    QList<qint64> m_cases; // c1..c6 of addFixtures()
};

void CaseStoreTest::intakeNamesMissingFields()
{
    CaseStore store(m_db->db(), testScope());
    CaseIntake in;
    const SaveResult r = store.intake(in);
    QVERIFY(!r.ok);
    QStringList fields;
    for (const FieldError &e : r.errors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{QStringLiteral("description"), QStringLiteral("category"), QStringLiteral("source"),
                                  QStringLiteral("receivedAt")}));
    QVERIFY(r.errors.at(0).message.startsWith(QStringLiteral("Description:")));
    QVERIFY(r.errors.at(1).message.startsWith(QStringLiteral("Category:")));
    QVERIFY(r.errors.at(2).message.startsWith(QStringLiteral("Source:")));
    QVERIFY(r.errors.at(3).message.startsWith(QStringLiteral("Received:")));
    QCOMPARE(m_db->count(QStringLiteral("cases")), 0);

    in.description = QStringLiteral("路灯不亮");
    in.categoryId = category(QStringLiteral("facilities"));
    in.source = QStringLiteral("phone");
    in.receivedAt = at(3, 1);
    in.deadline = at(2, 1);
    const SaveResult late = store.intake(in);
    QCOMPARE(late.errors.size(), 1);
    QCOMPARE(late.errors.first().field, QStringLiteral("deadline"));
    in.deadline = QDateTime();
    in.buildingId = 9999;
    QCOMPARE(store.intake(in).errors.value(0).field, QStringLiteral("building"));
    QCOMPARE(m_db->count(QStringLiteral("cases")), 0);
}

void CaseStoreTest::intakeDerivesGridFromBuilding()
{
    // The building's grid wins over a grid picked by hand.
    const qint64 id = add(QStringLiteral("patrol"), QStringLiteral("environment"), m_db->buildingB1, m_db->gridA,
                          at(3, 1), QStringLiteral("垃圾堆放"));
    QVERIFY(id > 0);
    const CaseRecord c = *CaseStore(m_db->db(), testScope()).record(id);
    QCOMPARE(c.gridId, m_db->gridB);
    QCOMPARE(c.buildingId, m_db->buildingB1);
    QCOMPARE(c.buildingName, QStringLiteral("翠湖苑 1号楼"));
    QCOMPARE(c.status, QStringLiteral("received"));
    QCOMPARE(c.rowVersion, 1);
    // Without a building the chosen grid is kept.
    const qint64 other =
        add(QStringLiteral("patrol"), QStringLiteral("environment"), 0, m_db->gridA, at(3, 1), QStringLiteral("x"));
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(other)->gridId, m_db->gridA);
    // The intake is the first step of the timeline, and audited.
    const QList<CaseStep> steps = CaseStore(m_db->db(), testScope()).timeline(id);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().action, QStringLiteral("receive"));
    QCOMPARE(steps.first().at, at(3, 1));
    SqlQuery audit(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'cases' AND "
                                              "record_id = ? AND action = 'intake' AND user_name = 'tester'"));
    audit.exec(id);
    QCOMPARE(audit.scalar().toInt(), 1);
}

void CaseStoreTest::intakeSetsDeadlineFromCategory()
{
    const qint64 environment = add(QStringLiteral("phone"), QStringLiteral("environment"), 0, 0,
                                   QDateTime(QDate(2026, 2, 27), QTime(16, 45, 10)), QStringLiteral("a"));
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(environment)->deadline,
             QDateTime(QDate(2026, 3, 2), QTime(16, 45, 10)));
    const qint64 dispute = add(QStringLiteral("phone"), QStringLiteral("dispute"), 0, 0, at(3, 1), QStringLiteral("b"));
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(dispute)->deadline, at(3, 16));
    // A deadline given by hand is kept.
    CaseIntake in;
    in.source = QStringLiteral("visit");
    in.categoryId = category(QStringLiteral("dispute"));
    in.receivedAt = at(3, 1);
    in.deadline = at(3, 4, 17);
    in.description = QStringLiteral("c");
    const SaveResult r = CaseStore(m_db->db(), testScope()).intake(in);
    QVERIFY(r.ok);
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(r.id)->deadline, at(3, 4, 17));
}

void CaseStoreTest::intakeTakesReporterFromRegister()
{
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{QStringLiteral("张建国"), TestDatabase::idFor(QDate(1950, 5, 1), true)}});
    CaseStore store(m_db->db(), testScope());
    const QList<CaseStore::Person> found = store.findResidents(QStringLiteral("张建"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, QStringLiteral("张建国"));
    QVERIFY(store.findResidents(QStringLiteral("%")).isEmpty()); // LIKE wildcards are literal
    CaseIntake in;
    in.source = QStringLiteral("visit");
    in.categoryId = category(QStringLiteral("other"));
    in.receivedAt = at(3, 1);
    in.description = QStringLiteral("咨询");
    in.reporterResidentId = found.first().id;
    in.reporterName = QStringLiteral("ignored");
    in.reporterPhone = QStringLiteral("13900001111");
    const SaveResult r = store.intake(in);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    const CaseRecord c = *store.record(r.id);
    QCOMPARE(c.reporterResidentId, found.first().id);
    QCOMPARE(c.reporterName, QStringLiteral("张建国"));
    QCOMPARE(c.reporterPhone, QStringLiteral("13900001111"));
    in.reporterResidentId = 424242;
    QCOMPARE(store.intake(in).errors.value(0).field, QStringLiteral("reporter"));
}

void CaseStoreTest::caseNumbersCountPerYear()
{
    CaseStore store(m_db->db(), testScope());
    const qint64 a = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0, at(1, 5), QStringLiteral("a"));
    const qint64 b = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0, at(1, 6), QStringLiteral("b"));
    const qint64 old = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0,
                           QDateTime(QDate(2025, 12, 30), QTime(9, 0)), QStringLiteral("c"));
    const qint64 c = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0, at(2, 1), QStringLiteral("d"));
    QCOMPARE(store.record(a)->caseNo, QStringLiteral("2026-000001"));
    QCOMPARE(store.record(b)->caseNo, QStringLiteral("2026-000002"));
    QCOMPARE(store.record(old)->caseNo, QStringLiteral("2025-000001"));
    QCOMPARE(store.record(c)->caseNo, QStringLiteral("2026-000003"));
}

void CaseStoreTest::stepsFollowTheWorkflow()
{
    const qint64 id = add(QStringLiteral("hotline"), QStringLiteral("property"), m_db->buildingA1, 0, at(3, 1),
                          QStringLiteral("电梯故障"));
    QVERIFY(step(id, QStringLiteral("assess"), at(3, 1, 10)).ok);
    QVERIFY(step(id, QStringLiteral("assign"), at(3, 1, 11), QStringLiteral("物业公司")).ok);
    QVERIFY(step(id, QStringLiteral("supervise"), at(3, 4, 9)).ok);
    QVERIFY(step(id, QStringLiteral("close"), at(3, 5, 16), QStringLiteral("电梯已修复")).ok);
    QVERIFY(step(id, QStringLiteral("follow_up"), at(3, 6, 10), QStringLiteral("basically")).ok);
    CaseStore store(m_db->db(), testScope());
    const CaseRecord c = *store.record(id);
    QCOMPARE(c.status, QStringLiteral("followed_up"));
    QCOMPARE(c.assignee, QStringLiteral("物业公司"));
    QCOMPARE(c.result, QStringLiteral("电梯已修复"));
    QCOMPARE(c.closedAt, at(3, 5, 16));
    QCOMPARE(c.satisfaction, QStringLiteral("basically"));
    QCOMPARE(c.followedUpAt, at(3, 6, 10));
    QCOMPARE(c.rowVersion, 6);
    const QList<CaseStep> steps = store.timeline(id);
    QStringList actions;
    for (const CaseStep &s : steps)
        actions << s.action + QLatin1Char(':') + s.fromStatus + QLatin1Char('>') + s.toStatus;
    QCOMPARE(actions,
             (QStringList{QStringLiteral("receive:>received"), QStringLiteral("assess:received>assessed"),
                          QStringLiteral("assign:assessed>assigned"), QStringLiteral("supervise:assigned>supervised"),
                          QStringLiteral("close:supervised>closed"), QStringLiteral("follow_up:closed>followed_up")}));
    QCOMPARE(steps.at(2).toWhom, QStringLiteral("物业公司"));
    QCOMPARE(steps.at(2).byName, QStringLiteral("王芳"));
    QCOMPARE(steps.at(4).result, QStringLiteral("电梯已修复"));
    QCOMPARE(steps.at(5).satisfaction, QStringLiteral("basically"));
    SqlQuery audit(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'cases' AND "
                                              "record_id = ?"));
    audit.exec(id);
    QCOMPARE(audit.scalar().toInt(), 6);
}

void CaseStoreTest::forbiddenStepIsRefusedAndWritesNothing()
{
    const qint64 id = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0, at(3, 1), QStringLiteral("a"));
    const int steps = m_db->count(QStringLiteral("case_step"));
    const int audits = m_db->count(QStringLiteral("audit_log"));
    const SaveResult r = step(id, QStringLiteral("follow_up"), at(3, 2));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.first().field, QStringLiteral("action"));
    QCOMPARE(r.firstMessage(),
             QStringLiteral("Action: a case that is Received cannot be given the step \"Follow up\"."));
    QVERIFY(!step(id, QStringLiteral("supervise"), at(3, 2)).ok);
    QVERIFY(!step(id, QStringLiteral("reopen"), at(3, 2), QStringLiteral("why")).ok);
    const SaveResult noResult = step(id, QStringLiteral("close"), at(3, 2), QStringLiteral(" "));
    QVERIFY(!noResult.ok);
    QCOMPARE(noResult.errors.first().field, QStringLiteral("result"));
    QCOMPARE(status(id), QStringLiteral("received"));
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(id)->rowVersion, 1);
    QCOMPARE(m_db->count(QStringLiteral("case_step")), steps);
    QCOMPARE(m_db->count(QStringLiteral("audit_log")), audits);
}

void CaseStoreTest::failingStepLeavesNothing()
{
    const qint64 id = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0, at(3, 1), QStringLiteral("a"));
    const int steps = m_db->count(QStringLiteral("case_step"));
    // The audit insert, the last write of a step, fails: the step row and the case update go too.
    // Written for each engine, as the schema's own triggers are.
    const QStringList trigger =
        SqlDialect::isPostgres(m_db->db())
            ? QStringList{QStringLiteral("CREATE FUNCTION audit_fails_fn() RETURNS trigger LANGUAGE plpgsql AS $cd$ "
                                         "BEGIN RAISE EXCEPTION 'disk full'; END $cd$"),
                          QStringLiteral("CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE "
                                         "FUNCTION audit_fails_fn()")}
            : QStringList{QStringLiteral("CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log BEGIN SELECT "
                                         "RAISE(ABORT, 'disk full'); END")};
    for (const QString &statement : trigger)
        QVERIFY(SqlQuery(m_db->db(), statement).exec());
    const SaveResult r = step(id, QStringLiteral("assess"), at(3, 2));
    QVERIFY(!r.ok);
    QVERIFY(!r.firstMessage().contains(QStringLiteral("disk full"))); // no raw SQL error for the user
    QCOMPARE(m_db->count(QStringLiteral("case_step")), steps);
    const CaseRecord c = *CaseStore(m_db->db(), testScope()).record(id);
    QCOMPARE(c.status, QStringLiteral("received"));
    QCOMPARE(c.rowVersion, 1);
}

void CaseStoreTest::staleRowVersionIsRefused()
{
    const qint64 id = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0, at(3, 1), QStringLiteral("a"));
    CaseStore first(m_db->db(), testScope(QStringLiteral("desk1")));
    CaseStore second(m_db->db(), testScope(QStringLiteral("desk2")));
    const int seen = first.record(id)->rowVersion; // both clerks opened version 1
    CaseStepRequest a;
    a.caseId = id;
    a.action = QStringLiteral("assess");
    a.at = at(3, 2);
    a.rowVersion = seen;
    QVERIFY(first.applyStep(a).ok);
    CaseStepRequest b = a;
    b.action = QStringLiteral("close");
    b.result = QStringLiteral("当场解决");
    const int steps = m_db->count(QStringLiteral("case_step"));
    const SaveResult r = second.applyStep(b);
    QVERIFY(!r.ok);
    QVERIFY(r.firstMessage().contains(QStringLiteral("Someone else changed this case")));
    QCOMPARE(status(id), QStringLiteral("assessed"));
    QCOMPARE(m_db->count(QStringLiteral("case_step")), steps);
}

void CaseStoreTest::reopenNeedsReasonAndClearsClosure()
{
    const qint64 id = add(QStringLiteral("phone"), QStringLiteral("other"), 0, 0, at(3, 1), QStringLiteral("a"));
    QVERIFY(step(id, QStringLiteral("close"), at(3, 2), QStringLiteral("done")).ok);
    QVERIFY(step(id, QStringLiteral("follow_up"), at(3, 3), QStringLiteral("dissatisfied")).ok);
    const SaveResult noReason = step(id, QStringLiteral("reopen"), at(3, 4), QString());
    QVERIFY(!noReason.ok);
    QCOMPARE(noReason.errors.first().field, QStringLiteral("reason"));
    QVERIFY(step(id, QStringLiteral("reopen"), at(3, 4), QStringLiteral("问题复发")).ok);
    const CaseRecord c = *CaseStore(m_db->db(), testScope()).record(id);
    QCOMPARE(c.status, QStringLiteral("assigned"));
    QVERIFY(!c.closedAt.isValid());
    QVERIFY(c.satisfaction.isEmpty());
    QVERIFY(c.result.isEmpty());
    QCOMPARE(c.reopenCount, 1);
    QCOMPARE(CaseStore(m_db->db(), testScope()).timeline(id).constLast().reason, QStringLiteral("问题复发"));
    // And from assigned it can be closed again.
    QVERIFY(step(id, QStringLiteral("close"), at(3, 6), QStringLiteral("done again")).ok);
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(id)->closedAt, at(3, 6));
}

void CaseStoreTest::categoriesAreEditedNeverDeleted()
{
    CaseStore store(m_db->db(), testScope());
    const int before = int(store.categories().size());
    QCOMPARE(before, 8);
    CaseCategory added;
    added.name = QStringLiteral("  养犬管理 ");
    added.deadlineDays = 5;
    QVERIFY(store.saveCategory(added).ok);
    QCOMPARE(added.name, QStringLiteral("养犬管理"));
    QCOMPARE(store.categories().constLast().name, QStringLiteral("养犬管理"));
    CaseCategory dup;
    dup.name = QStringLiteral("养犬管理");
    const SaveResult d = store.saveCategory(dup);
    QCOMPARE(d.errors.value(0).field, QStringLiteral("name"));
    added.name = QStringLiteral("文明养犬");
    added.deadlineDays = 0;
    QCOMPARE(store.saveCategory(added).errors.value(0).field, QStringLiteral("deadlineDays"));
    added.deadlineDays = 4;
    QVERIFY(store.saveCategory(added).ok);
    QCOMPARE(store.categories().constLast().deadlineDays, 4);
    const qint64 id = add(QStringLiteral("phone"), added.code, 0, 0, at(3, 1), QStringLiteral("狗吠扰民"));
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(id)->deadline, at(3, 5));
    QVERIFY(store.setCategoryArchived(added.id, true).ok);
    QCOMPARE(store.categories().size(), before);
    QCOMPARE(store.categories(true).size(), before + 1);
    QCOMPARE(m_db->count(QStringLiteral("case_category")), before + 1);
    // Old cases keep their category; new ones may not use it.
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(id)->categoryName, QStringLiteral("文明养犬"));
    QCOMPARE(add(QStringLiteral("phone"), added.code, 0, 0, at(3, 1), QStringLiteral("x")), qint64(0));
}

// c1..c6; "now" for the list is 2026-06-17 09:00.
void CaseStoreTest::addFixtures()
{
    const QString env = QStringLiteral("environment");
    m_cases.clear();
    m_cases << add(QStringLiteral("patrol"), env, m_db->buildingA1, 0, at(6, 1, 9), QStringLiteral("垃圾堆放"),
                   QStringLiteral("幸福里1号楼"), QStringLiteral("李强"), QStringLiteral("13812345678"));
    m_cases << add(QStringLiteral("hotline"), QStringLiteral("property"), m_db->buildingB1, 0, at(6, 14, 10),
                   QStringLiteral("电梯故障"), QString(), QStringLiteral("王梅"));
    m_cases << add(QStringLiteral("phone"), QStringLiteral("dispute"), 0, m_db->gridA, at(5, 20),
                   QStringLiteral("邻里噪音纠纷"), QStringLiteral("翠湖苑广场"));
    m_cases << add(QStringLiteral("visit"), env, 0, m_db->gridB, at(6, 10), QStringLiteral("楼道杂物"));
    m_cases << add(QStringLiteral("online"), QStringLiteral("traffic"), 0, 0, at(4, 2), QStringLiteral("乱停车"));
    m_cases << add(QStringLiteral("hotline"), env, m_db->buildingA2, 0, at(6, 15), QStringLiteral("污水外溢"));
    const qint64 c3 = m_cases.at(2), c4 = m_cases.at(3), c5 = m_cases.at(4);
    QVERIFY(step(c3, QStringLiteral("assess"), at(5, 20, 9)).ok);
    QVERIFY(step(c3, QStringLiteral("assign"), at(5, 20, 10), QStringLiteral("司法所")).ok);
    QVERIFY(step(c3, QStringLiteral("close"), at(5, 25)).ok);
    QVERIFY(step(c4, QStringLiteral("assess"), at(6, 10, 9)).ok);
    QVERIFY(step(c4, QStringLiteral("assign"), at(6, 10, 10)).ok);
    QVERIFY(step(c4, QStringLiteral("supervise"), at(6, 12)).ok);
    QVERIFY(step(c5, QStringLiteral("close"), at(4, 3)).ok);
    QVERIFY(step(c5, QStringLiteral("follow_up"), at(4, 4)).ok);
}

void CaseStoreTest::filters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("grid"); // 0 any, 1 gridA, 2 gridB
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("byClosure");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("cases"); // 1-based fixture numbers, in list order (newest first)
    const QDate none;
    const QString any;
    QTest::newRow("all") << any << 0 << any << any << none << none << false << any << QList<int>{6, 2, 4, 1, 3, 5};
    QTest::newRow("open") << QStringLiteral("open") << 0 << any << any << none << none << false << any
                          << QList<int>{6, 2, 4, 1};
    QTest::newRow("overdue") << QStringLiteral("overdue") << 0 << any << any << none << none << false << any
                             << QList<int>{4, 1};
    QTest::newRow("resolved") << QStringLiteral("resolved") << 0 << any << any << none << none << false << any
                              << QList<int>{3, 5};
    QTest::newRow("received") << QStringLiteral("received") << 0 << any << any << none << none << false << any
                              << QList<int>{6, 2, 1};
    QTest::newRow("supervised") << QStringLiteral("supervised") << 0 << any << any << none << none << false << any
                                << QList<int>{4};
    QTest::newRow("followed up") << QStringLiteral("followed_up") << 0 << any << any << none << none << false << any
                                 << QList<int>{5};
    QTest::newRow("grid A") << any << 1 << any << any << none << none << false << any << QList<int>{6, 1, 3};
    QTest::newRow("grid B") << any << 2 << any << any << none << none << false << any << QList<int>{2, 4};
    QTest::newRow("category") << any << 0 << QStringLiteral("environment") << any << none << none << false << any
                              << QList<int>{6, 4, 1};
    QTest::newRow("source") << any << 0 << any << QStringLiteral("hotline") << none << none << false << any
                            << QList<int>{6, 2};
    QTest::newRow("period received") << any << 0 << any << any << QDate(2026, 6, 1) << QDate(2026, 6, 14) << false
                                     << any << QList<int>{2, 4, 1};
    QTest::newRow("period from only") << any << 0 << any << any << QDate(2026, 6, 14) << none << false << any
                                      << QList<int>{6, 2};
    QTest::newRow("resolved in May") << QStringLiteral("resolved") << 0 << any << any << QDate(2026, 5, 1)
                                     << QDate(2026, 5, 31) << true << any << QList<int>{3};
    QTest::newRow("search description") << any << 0 << any << any << none << none << false << QStringLiteral("垃圾")
                                        << QList<int>{1};
    QTest::newRow("search location") << any << 0 << any << any << none << none << false << QStringLiteral("翠湖苑")
                                     << QList<int>{3};
    QTest::newRow("search reporter") << any << 0 << any << any << none << none << false << QStringLiteral("王梅")
                                     << QList<int>{2};
    QTest::newRow("search phone") << any << 0 << any << any << none << none << false << QStringLiteral("1381234")
                                  << QList<int>{1};
    QTest::newRow("search case no") << any << 0 << any << any << none << none << false << QStringLiteral("2026-000003")
                                    << QList<int>{3};
    QTest::newRow("search wildcard") << any << 0 << any << any << none << none << false << QStringLiteral("_")
                                     << QList<int>{};
    QTest::newRow("open in grid A") << QStringLiteral("open") << 1 << any << any << none << none << false << any
                                    << QList<int>{6, 1};
}

void CaseStoreTest::filters()
{
    QFETCH(QString, status);
    QFETCH(int, grid);
    QFETCH(QString, category);
    QFETCH(QString, source);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, byClosure);
    QFETCH(QString, text);
    QFETCH(QList<int>, cases);
    addFixtures();
    CaseTableModel model(m_db->db(), testScope());
    model.setNow(at(6, 17, 9));
    CaseFilter f;
    f.status = status;
    f.gridId = grid == 1 ? m_db->gridA : grid == 2 ? m_db->gridB : 0;
    f.categoryId = category.isEmpty() ? 0 : this->category(category);
    f.source = source;
    f.from = from;
    f.to = to;
    f.periodByClosure = byClosure;
    f.text = text;
    model.setFilter(f);
    QList<int> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << int(m_cases.indexOf(model.caseId(row))) + 1;
    QCOMPARE(shown, cases);
}

void CaseStoreTest::modelColumnsAndColours()
{
    addFixtures();
    CaseTableModel model(m_db->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNow(at(6, 17, 9));
    QCOMPARE(model.rowCount(), 6);
    auto rowOf = [&](int fixture) {
        model.caseId(0); // loads the first page, where all six are
        return model.rowOfCase(m_cases.at(fixture - 1));
    };
    auto cell = [&](int fixture, int column, int role = Qt::DisplayRole) {
        return model.index(rowOf(fixture), column).data(role);
    };
    QCOMPARE(cell(1, CaseTableModel::CaseNo).toString(), QStringLiteral("2026-000001"));
    QCOMPARE(cell(1, CaseTableModel::Received).toString(), QStringLiteral("2026-06-01 09:00"));
    QCOMPARE(cell(1, CaseTableModel::Category).toString(), QStringLiteral("环境卫生"));
    QCOMPARE(cell(1, CaseTableModel::Grid).toString(), QStringLiteral("第一网格"));
    QCOMPARE(cell(1, CaseTableModel::Location).toString(), QStringLiteral("幸福里1号楼"));
    QCOMPARE(cell(1, CaseTableModel::Reporter).toString(), QStringLiteral("李强 138****5678"));
    model.setRevealNumbers(true);
    QCOMPARE(cell(1, CaseTableModel::Reporter).toString(), QStringLiteral("李强 13812345678"));
    QCOMPARE(cell(1, CaseTableModel::Status).toString(), QStringLiteral("Received"));
    QCOMPARE(cell(1, CaseTableModel::Status, ItemRole::Code).toString(), QStringLiteral("received"));
    QCOMPARE(cell(1, CaseTableModel::Deadline).toString(), QStringLiteral("2026-06-04 09:00"));
    QCOMPARE(cell(3, CaseTableModel::Assignee).toString(), QStringLiteral("司法所"));
    QCOMPARE(cell(3, CaseTableModel::DaysToResolve).toString(), QStringLiteral("5.0"));
    QVERIFY(cell(1, CaseTableModel::DaysToResolve).isNull());
    QCOMPARE(model.daysToResolve(rowOf(5)), 1.0);

    // Deadline colours: c1, c4 overdue (red); c6 due 06-18 08:00, 23 h left (yellow); c2 fine; closed ones none.
    const QColor red = CaseDeadline::background(CaseDeadline::State::Overdue);
    const QColor yellow = CaseDeadline::background(CaseDeadline::State::Near);
    QCOMPARE(cell(1, CaseTableModel::Deadline, Qt::BackgroundRole).value<QBrush>().color(), red);
    QCOMPARE(cell(4, CaseTableModel::Deadline, Qt::BackgroundRole).value<QBrush>().color(), red);
    QCOMPARE(cell(6, CaseTableModel::Deadline, Qt::BackgroundRole).value<QBrush>().color(), yellow);
    QVERIFY(cell(2, CaseTableModel::Deadline, Qt::BackgroundRole).isNull());
    QVERIFY(cell(3, CaseTableModel::Deadline, Qt::BackgroundRole).isNull());
    QVERIFY(cell(6, CaseTableModel::Deadline, Qt::ForegroundRole).isValid());
    QVERIFY(cell(1, CaseTableModel::Category, Qt::BackgroundRole).isNull());
    QCOMPARE(cell(6, CaseTableModel::Deadline, Qt::ToolTipRole).toString(), QStringLiteral("Due soon"));
    // Two hours later c6 is still yellow; a day later it is red.
    model.setNow(at(6, 18, 8).addSecs(1));
    QCOMPARE(cell(6, CaseTableModel::Deadline, Qt::BackgroundRole).value<QBrush>().color(), red);

    // Sorting by case number.
    model.sort(CaseTableModel::CaseNo, Qt::AscendingOrder);
    QCOMPARE(model.index(0, CaseTableModel::CaseNo).data().toString(), QStringLiteral("2026-000001"));
    QCOMPARE(model.index(5, CaseTableModel::CaseNo).data().toString(), QStringLiteral("2026-000006"));
}

void CaseStoreTest::openCasesPerGrid()
{
    addFixtures();
    const QHash<qint64, GridFigure> f = GridFigures::compute(m_db->db(), testScope(), QDate(2026, 6, 17));
    QCOMPARE(f.value(m_db->gridA).openCases, 2); // c1, c6 (c3 is closed)
    QCOMPARE(f.value(m_db->gridB).openCases, 2); // c2, c4
    QCOMPARE(f.value(0).openCases, 0);           // c5 has no grid but is followed up
    QVERIFY(step(m_cases.at(0), QStringLiteral("close"), at(6, 17)).ok);
    QCOMPARE(GridFigures::compute(m_db->db(), testScope()).value(m_db->gridA).openCases, 1);
}

// The dashboard's summary must equal a fresh recount after intake, closure, reopening and
// closing again; a drift would show wrong charts without any error.
void CaseStoreTest::summaryFollowsEverySave()
{
    auto snapshot = [this] {
        QStringList rows;
        SqlQuery m(m_db->db(), QStringLiteral("SELECT month, grid_id, category_id, received, received_closed, closed "
                                              "FROM case_month WHERE received <> 0 OR received_closed <> 0 OR closed "
                                              "<> 0 ORDER BY 1, 2, 3"));
        if (m.exec())
            while (m.next())
                rows << QStringLiteral("%1 %2 %3: %4 %5 %6")
                            .arg(m.value(0).toString(), m.value(1).toString(), m.value(2).toString(),
                                 m.value(3).toString(), m.value(4).toString(), m.value(5).toString());
        SqlQuery t(m_db->db(), QStringLiteral("SELECT month, grid_id, minutes FROM case_close_minutes WHERE minutes "
                                              "<> '' ORDER BY 1, 2"));
        if (t.exec())
            while (t.next()) {
                QList<int> minutes = CaseSummary::parseMinutes(t.value(2).toString());
                std::sort(minutes.begin(), minutes.end());
                QStringList text;
                for (int v : minutes)
                    text << QString::number(v);
                rows << QStringLiteral("%1 %2: %3")
                            .arg(t.value(0).toString(), t.value(1).toString(), text.join(QLatin1Char(',')));
            }
        return rows;
    };
    const qint64 c1 = add(QStringLiteral("phone"), QStringLiteral("environment"), m_db->buildingA1, 0, at(3, 30),
                          QStringLiteral("垃圾"));
    const qint64 c2 =
        add(QStringLiteral("visit"), QStringLiteral("dispute"), 0, m_db->gridB, at(3, 31, 9), QStringLiteral("纠纷"));
    QVERIFY(c1 > 0 && c2 > 0);
    for (const char *action : {"assess", "assign", "close"})
        QVERIFY(step(c1, QString::fromLatin1(action), at(4, 2, 20)).ok);
    QVERIFY(step(c1, QStringLiteral("reopen"), at(4, 3), QStringLiteral("居民反映未清理")).ok);
    QVERIFY(step(c1, QStringLiteral("close"), at(4, 5, 8)).ok);

    const QStringList kept = snapshot();
    // c1: received 2026-03 in grid A, closed 2026-04 after 6 days = 8640 minutes; the first
    // closure (3 days 12 hours) was taken back by the reopening.
    QVERIFY2(kept.contains(QStringLiteral("2026-04 %1: 8640").arg(m_db->gridA)), qPrintable(kept.join(u'|')));
    QVERIFY(!kept.join(u'|').contains(QStringLiteral("5040")));
    QVERIFY(CaseSummary::rebuild(m_db->db()));
    QCOMPARE(kept, snapshot());
}

// The monthly report reads its trend and categories from case_month: after intake, steps and
// their undoing (restoreState), every month's figures must equal a recount from the cases.
void CaseStoreTest::summaryFollowsUndo()
{
    const auto recount = [this] {
        QStringList rows;
        SqlQuery m(m_db->db(), QStringLiteral("SELECT month, grid_id, category_id, received, received_closed, closed "
                                              "FROM case_month WHERE received <> 0 OR received_closed <> 0 OR closed "
                                              "<> 0 ORDER BY 1, 2, 3"));
        if (m.exec())
            while (m.next())
                rows << QStringLiteral("summary %1 %2 %3: %4 %5 %6")
                            .arg(m.value(0).toString(), m.value(1).toString(), m.value(2).toString(),
                                 m.value(3).toString(), m.value(4).toString(), m.value(5).toString());
        return rows;
    };
    const auto fromCases = [this] {
        QMap<QString, std::array<int, 3>> counts;
        SqlQuery c(m_db->db(),
                   QStringLiteral("SELECT substr(received_at, 1, 7), coalesce(grid_id, 0), category_id, closed_at, "
                                  "substr(closed_at, 1, 7) FROM cases"));
        if (c.exec())
            while (c.next()) {
                const QString key = QStringLiteral(" %1 %2").arg(c.value(1).toLongLong()).arg(c.value(2).toLongLong());
                auto &received = counts[c.value(0).toString() + key];
                ++received[0];
                if (!c.value(3).isNull()) {
                    ++received[1];
                    ++counts[c.value(4).toString() + key][2];
                }
            }
        QStringList rows;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            rows << QStringLiteral("summary %1: %2 %3 %4").arg(it.key()).arg(it->at(0)).arg(it->at(1)).arg(it->at(2));
        return rows;
    };
    const qint64 c1 = add(QStringLiteral("phone"), QStringLiteral("environment"), m_db->buildingA1, 0, at(3, 30),
                          QStringLiteral("垃圾"));
    const qint64 c2 =
        add(QStringLiteral("visit"), QStringLiteral("dispute"), 0, m_db->gridB, at(3, 31, 9), QStringLiteral("纠纷"));
    const qint64 c3 =
        add(QStringLiteral("hotline"), QStringLiteral("property"), 0, 0, at(4, 1), QStringLiteral("电梯故障"));
    QVERIFY(c1 > 0 && c2 > 0 && c3 > 0);
    CaseStore store(m_db->db(), testScope(QStringLiteral("tester")));
    for (const char *action : {"assess", "assign", "close"})
        QVERIFY(step(c1, QString::fromLatin1(action), at(4, 2, 20)).ok);
    for (const char *action : {"assess", "assign"})
        QVERIFY(step(c2, QString::fromLatin1(action), at(4, 3)).ok);
    // c2 closed in May, then the closure undone: back to assigned, counted open again.
    const std::optional<CaseRecord> assigned = store.record(c2);
    QVERIFY(assigned.has_value());
    QVERIFY(step(c2, QStringLiteral("close"), at(5, 6)).ok);
    std::optional<CaseRecord> before = store.record(c2);
    QVERIFY(before.has_value());
    CaseRecord target = *assigned;
    target.rowVersion = before->rowVersion;
    QVERIFY(store.restoreState(target).ok);
    QVERIFY(!store.record(c2)->closedAt.isValid());
    // c3 closed, the undo redone (closed again at its first time).
    for (const char *action : {"assess", "assign", "close"})
        QVERIFY(step(c3, QString::fromLatin1(action), at(4, 20)).ok);
    const CaseRecord closed = *store.record(c3);
    QVERIFY(step(c3, QStringLiteral("reopen"), at(4, 21), QStringLiteral("居民反映未修好")).ok);
    target = closed;
    target.rowVersion = store.record(c3)->rowVersion;
    QVERIFY(store.restoreState(target).ok);

    const QStringList summary = recount();
    QCOMPARE(summary, fromCases());
    QVERIFY2(
        summary.contains(
            QStringLiteral("summary 2026-03 %1 %2: 1 0 0").arg(m_db->gridB).arg(category(QStringLiteral("dispute")))),
        qPrintable(summary.join(u'|')));
    QVERIFY(CaseSummary::rebuild(m_db->db()));
    QCOMPARE(recount(), summary);
}

QTEST_MAIN(CaseStoreTest)
#include "casestore_test.moc"
