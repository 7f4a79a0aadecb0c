// VisitStore: a visit with its needs saved in one transaction, a need made a case and linked
// both ways, a failing case leaving no visit behind, archiving instead of deleting, the access
// scope; VisitTableModel's filters and CaseFilter's kind.
#include "models/access/accessscope.h"
#include "models/cases/casestore.h"
#include "models/cases/casetablemodel.h"
#include "models/core/sqlquery.h"
#include "models/visits/visitstore.h"
#include "models/visits/visittablemodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

class VisitStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void saveVisitWithNeeds();
    void validationNamesFields();
    void movedOutHouseholdIsRefused();
    void raiseCaseLinksBothWays();
    void raiseErrand();
    void caseOnSaveIsOneTransaction();
    void failingCaseLeavesNoVisit();
    void editKeepsGridOfTheDayAndArchivesNeeds();
    void archiveKeepsTheRow();
    void gridWorkerOnlyInTheirGrid();
    void householdPicker();
    void tableModelFilters();
    void caseFilterByKind();

private:
    qint64 category() const { return CaseStore(m_t->db(), testScope()).categories().constFirst().id; }
    Visit makeVisit(qint64 household, const QDate &day = QDate(2026, 5, 6)) const
    {
        Visit v;
        v.householdId = household;
        v.visitedOn = day;
        v.worker = QStringLiteral("王芳");
        v.met = QStringLiteral("户主");
        v.notes = QStringLiteral("身体健康");
        return v;
    }
    static VisitNeed need(const QString &text)
    {
        VisitNeed n;
        n.description = text;
        return n;
    }

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_h1 = 0, m_h2 = 0, m_hB = 0;
};

void VisitStoreTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    m_h1 = m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                             {{QStringLiteral("张伟"), TestDatabase::idFor(QDate(1950, 1, 1), true, 1)},
                              {QStringLiteral("李娜"), TestDatabase::idFor(QDate(1952, 1, 1), false, 2)}});
    m_h2 = m_t->addHousehold(m_t->buildingA2, QStringLiteral("2"), QStringLiteral("502"),
                             {{QStringLiteral("赵敏"), TestDatabase::idFor(QDate(1980, 1, 1), false, 3)}});
    m_hB = m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                             {{QStringLiteral("钱进"), TestDatabase::idFor(QDate(1970, 1, 1), true, 4)}});
    QVERIFY(m_h1 && m_h2 && m_hB);
}

void VisitStoreTest::saveVisitWithNeeds()
{
    VisitStore store(m_t->db(), testScope(QStringLiteral("tester")));
    Visit v = makeVisit(m_h1);
    QList<VisitNeed> needs = {need(QStringLiteral("楼道灯坏了")), need(QStringLiteral("需开证明"))};
    const SaveResult r = store.save(v, needs);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(r.id, v.id);
    QCOMPARE(v.gridId, m_t->gridA); // copied from the building
    QVERIFY(needs.at(0).id > 0 && needs.at(1).id > 0);

    const std::optional<Visit> read = store.visit(v.id);
    QVERIFY(read);
    QCOMPARE(read->visitedOn, QDate(2026, 5, 6));
    QCOMPARE(read->worker, QStringLiteral("王芳"));
    QCOMPARE(read->met, QStringLiteral("户主"));
    QCOMPARE(read->gridId, m_t->gridA);
    QCOMPARE(read->address, QStringLiteral("幸福里 1号楼 Unit 1 101"));
    const QList<VisitNeed> stored = store.needs(v.id);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).description, QStringLiteral("楼道灯坏了"));
    QCOMPARE(stored.at(1).description, QStringLiteral("需开证明"));
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'visit' AND "
                                             "record_id = ? AND action = 'insert' AND user_name = 'tester'"));
    audit.exec(v.id);
    QCOMPARE(audit.scalar().toInt(), 1);
}

void VisitStoreTest::validationNamesFields()
{
    VisitStore store(m_t->db(), testScope());
    Visit v = makeVisit(0, QDate::currentDate().addDays(1));
    v.worker = QStringLiteral("  ");
    QList<VisitNeed> needs = {need(QStringLiteral(" "))};
    const SaveResult r = store.save(v, needs);
    QVERIFY(!r.ok);
    QStringList fields;
    for (const FieldError &e : r.errors)
        fields << e.field;
    QCOMPARE(fields, (QStringList{QStringLiteral("household"), QStringLiteral("visitedOn"), QStringLiteral("worker"),
                                  QStringLiteral("needs/0/description")}));
    QVERIFY(r.errors.at(1).message.startsWith(QStringLiteral("Date:")));
    QCOMPARE(m_t->count(QStringLiteral("visit")), 0);
}

void VisitStoreTest::movedOutHouseholdIsRefused()
{
    SqlQuery(m_t->db(), QStringLiteral("UPDATE household SET status = 'moved_out' WHERE id = ") + QString::number(m_h2))
        .exec();
    Visit v = makeVisit(m_h2);
    QList<VisitNeed> needs;
    const SaveResult r = VisitStore(m_t->db(), testScope()).save(v, needs);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("household"));
}

void VisitStoreTest::raiseCaseLinksBothWays()
{
    VisitStore store(m_t->db(), testScope(QStringLiteral("tester")));
    Visit v = makeVisit(m_h1);
    QList<VisitNeed> needs = {need(QStringLiteral("楼道灯坏了"))};
    QVERIFY(store.save(v, needs).ok);

    CaseIntake in;
    in.categoryId = category();
    in.receivedAt = QDateTime(v.visitedOn, QTime(10, 0));
    const SaveResult r = store.raiseCase(needs.at(0).id, in);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    // Case → need → visit.
    const std::optional<CaseRecord> c = CaseStore(m_t->db(), testScope()).record(r.id);
    QVERIFY(c);
    QCOMPARE(c->visitNeedId, needs.at(0).id);
    QCOMPARE(c->kind, QStringLiteral("case"));
    QCOMPARE(c->description, QStringLiteral("楼道灯坏了")); // taken from the need
    QCOMPARE(c->buildingId, m_t->buildingA1);               // the household's building
    QCOMPARE(c->gridId, m_t->gridA);
    QCOMPARE(c->source, QStringLiteral("patrol"));
    QCOMPARE(store.visitOfCase(r.id), v.id);
    // Need → case.
    const QList<VisitNeed> stored = store.needs(v.id);
    QCOMPARE(stored.at(0).caseId, r.id);
    QCOMPARE(stored.at(0).caseNo, c->caseNo);
    // Only once.
    const SaveResult again = store.raiseCase(needs.at(0).id, in);
    QVERIFY(!again.ok);
    QCOMPARE(again.errors.constFirst().field, QStringLiteral("need"));
    QCOMPARE(m_t->count(QStringLiteral("cases")), 1);
}

void VisitStoreTest::raiseErrand()
{
    VisitStore store(m_t->db(), testScope());
    Visit v = makeVisit(m_h1);
    QList<VisitNeed> needs = {need(QStringLiteral("老人需办理养老金资格认证"))};
    QVERIFY(store.save(v, needs).ok);
    CaseIntake in;
    in.categoryId = category();
    in.receivedAt = QDateTime(v.visitedOn, QTime(10, 0));
    in.kind = QStringLiteral("errand");
    in.errandType = QStringLiteral("no_such_type");
    SaveResult r = store.raiseCase(needs.at(0).id, in);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("errandType"));
    QCOMPARE(store.needs(v.id).at(0).caseId, 0);
    in.errandType = QStringLiteral("pension_certification");
    r = store.raiseCase(needs.at(0).id, in);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    const std::optional<CaseRecord> c = CaseStore(m_t->db(), testScope()).record(r.id);
    QCOMPARE(c->kind, QStringLiteral("errand"));
    QCOMPARE(c->errandType, QStringLiteral("pension_certification"));
}

void VisitStoreTest::caseOnSaveIsOneTransaction()
{
    VisitStore store(m_t->db(), testScope());
    Visit v = makeVisit(m_h1);
    QList<VisitNeed> needs = {need(QStringLiteral("单元门禁损坏")), need(QStringLiteral("只是聊聊"))};
    CaseIntake in;
    in.categoryId = category();
    in.receivedAt = QDateTime(v.visitedOn, QTime(11, 0));
    needs[0].newCase = in;
    const SaveResult r = store.save(v, needs);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(needs.at(0).caseId > 0);
    QCOMPARE(needs.at(1).caseId, 0);
    QVERIFY(!needs.at(0).newCase); // done
    QCOMPARE(CaseStore(m_t->db(), testScope()).record(needs.at(0).caseId)->visitNeedId, needs.at(0).id);
    QCOMPARE(store.visitOfCase(needs.at(0).caseId), v.id);
}

void VisitStoreTest::failingCaseLeavesNoVisit()
{
    VisitStore store(m_t->db(), testScope());
    Visit v = makeVisit(m_h1);
    QList<VisitNeed> needs = {need(QStringLiteral("一")), need(QStringLiteral("二"))};
    CaseIntake bad;
    bad.categoryId = 0; // no category: the case is refused
    bad.receivedAt = QDateTime(v.visitedOn, QTime(11, 0));
    needs[1].newCase = bad;
    const SaveResult r = store.save(v, needs);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.constFirst().field, QStringLiteral("needs/1/category"));
    QCOMPARE(m_t->count(QStringLiteral("visit")), 0);
    QCOMPARE(m_t->count(QStringLiteral("visit_need")), 0);
    QCOMPARE(m_t->count(QStringLiteral("cases")), 0);
    QCOMPARE(m_t->count(QStringLiteral("case_step")), 0);
    QCOMPARE(m_t->count(QStringLiteral("audit_log WHERE table_name IN ('visit', 'visit_need', 'cases')")), 0);
}

void VisitStoreTest::editKeepsGridOfTheDayAndArchivesNeeds()
{
    VisitStore store(m_t->db(), testScope());
    Visit v = makeVisit(m_h1);
    QList<VisitNeed> needs = {need(QStringLiteral("一")), need(QStringLiteral("二"))};
    QVERIFY(store.save(v, needs).ok);
    // The building moves to grid B later; the visit stays a visit of grid A.
    SqlQuery(m_t->db(), QStringLiteral("UPDATE building SET grid_id = ") + QString::number(m_t->gridB) +
                            QStringLiteral(" WHERE id = ") + QString::number(m_t->buildingA1))
        .exec();
    Visit edit = *store.visit(v.id);
    edit.notes = QStringLiteral("改了");
    QList<VisitNeed> editNeeds = store.needs(v.id);
    editNeeds[0].archived = true;
    editNeeds.append(need(QStringLiteral("三")));
    const SaveResult r = store.save(edit, editNeeds);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(store.visit(v.id)->gridId, m_t->gridA);
    QCOMPARE(store.visit(v.id)->notes, QStringLiteral("改了"));
    QCOMPARE(store.visit(v.id)->rowVersion, 2);
    const QList<VisitNeed> now = store.needs(v.id);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).description, QStringLiteral("二"));
    QCOMPARE(now.at(1).description, QStringLiteral("三"));
    QCOMPARE(m_t->count(QStringLiteral("visit_need")), 3); // archived, not deleted
    // A stale edit is refused.
    Visit stale = edit;
    stale.rowVersion = 1;
    QList<VisitNeed> none;
    QVERIFY(!store.save(stale, none).ok);
}

void VisitStoreTest::archiveKeepsTheRow()
{
    VisitStore store(m_t->db(), testScope());
    Visit v = makeVisit(m_h1);
    QList<VisitNeed> needs;
    QVERIFY(store.save(v, needs).ok);
    QVERIFY(store.setArchived(v.id, true).ok);
    QCOMPARE(m_t->count(QStringLiteral("visit")), 1);
    QVERIFY(store.visit(v.id)->archived);
    VisitTableModel model(m_t->db(), testScope());
    QCOMPARE(model.rowCount(), 0);
    VisitFilter all;
    all.includeArchived = true;
    model.setFilter(all);
    QCOMPARE(model.rowCount(), 1);
}

void VisitStoreTest::gridWorkerOnlyInTheirGrid()
{
    VisitStore admin(m_t->db(), testScope());
    Visit inB = makeVisit(m_hB);
    QList<VisitNeed> none;
    QVERIFY(admin.save(inB, none).ok);

    setTestScope(AccessScope(AccessScope::Role::GridWorker, 3, QStringLiteral("王芳"), {m_t->gridA}));
    VisitStore store(m_t->db(), testScope());
    Visit v = makeVisit(m_hB);
    const SaveResult refused = store.save(v, none);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errors.constFirst().field, QStringLiteral("household"));
    QVERIFY(!store.visit(inB.id)); // another grid's visit is not readable
    Visit mine = makeVisit(m_h2);
    QVERIFY(store.save(mine, none).ok);
    VisitTableModel model(m_t->db(), testScope());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.visitId(0), mine.id);
    QVERIFY(store.findHouseholds(QStringLiteral("钱")).isEmpty());

    setTestScope(AccessScope(AccessScope::Role::Viewer, 4, QStringLiteral("看")));
    Visit viewer = makeVisit(m_h2);
    QVERIFY(!VisitStore(m_t->db(), testScope()).save(viewer, none).ok);
}

void VisitStoreTest::householdPicker()
{
    VisitStore store(m_t->db(), testScope());
    const QList<VisitStore::HouseholdChoice> a1 = store.households(m_t->buildingA1);
    QCOMPARE(a1.size(), 1);
    QCOMPARE(a1.at(0).id, m_h1);
    QCOMPARE(a1.at(0).members, QStringLiteral("张伟, 李娜"));
    const QList<VisitStore::HouseholdChoice> found = store.findHouseholds(QStringLiteral("赵"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).id, m_h2);
    QCOMPARE(store.findHouseholds(QStringLiteral("502")).constFirst().id, m_h2);
}

void VisitStoreTest::tableModelFilters()
{
    VisitStore store(m_t->db(), testScope());
    QList<VisitNeed> none;
    auto add = [&](qint64 h, const QDate &d, const QString &worker, int needCount) {
        Visit v = makeVisit(h, d);
        v.worker = worker;
        QList<VisitNeed> needs;
        for (int i = 0; i < needCount; ++i)
            needs << need(QStringLiteral("需求"));
        QVERIFY(store.save(v, needs).ok);
    };
    add(m_h1, QDate(2026, 3, 1), QStringLiteral("王芳"), 0);
    add(m_h1, QDate(2026, 4, 1), QStringLiteral("王芳"), 2);
    add(m_h2, QDate(2026, 4, 15), QStringLiteral("李强"), 0);
    add(m_hB, QDate(2026, 4, 30), QStringLiteral("李强"), 1);
    VisitTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    // Newest first.
    QCOMPARE(model.index(0, VisitTableModel::VisitedOn).data().toString(), QStringLiteral("2026-04-30"));
    QCOMPARE(model.index(2, VisitTableModel::Needs).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(0, VisitTableModel::Grid).data().toString(), QStringLiteral("第二网格"));

    VisitFilter f;
    f.gridId = m_t->gridA;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);
    f.worker = QStringLiteral("李强");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    f = {};
    f.from = QDate(2026, 4, 1);
    f.to = QDate(2026, 4, 15); // inclusive on both ends
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
    f = {};
    f.householdId = m_h1;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
}

void VisitStoreTest::caseFilterByKind()
{
    CaseStore cases(m_t->db(), testScope());
    auto add = [&](const QString &kind) {
        CaseIntake in;
        in.kind = kind;
        in.errandType = QStringLiteral("certificate");
        in.source = QStringLiteral("visit");
        in.categoryId = category();
        in.gridId = m_t->gridA;
        in.receivedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0));
        in.description = QStringLiteral("事项");
        QVERIFY(cases.intake(in).ok);
    };
    add(QStringLiteral("errand"));
    add(QString()); // "" is an ordinary case
    add(QStringLiteral("case"));
    CaseTableModel model(m_t->db(), testScope());
    QCOMPARE(model.rowCount(), 3);
    CaseFilter f;
    f.kind = QStringLiteral("errand");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    f.kind = QStringLiteral("case");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(VisitStoreTest)
#include "visitstore_test.moc"
