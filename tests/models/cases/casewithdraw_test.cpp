// A case's intake withdrawn (撤回, issue 24): it leaves every count — the monthly report (grid rows,
// total, trend, categories, notable cases), the charts per grid, month and category, the
// case_month summary, the case list and its open / overdue filters, the map's open cases — and
// comes back when reinstated; the workflow refuses it meanwhile. Undo of an intake (CaseSnapshot)
// withdraws it and redo reinstates it. Figures are compared with hand counts of the fixture.
#include "models/cases/casestore.h"
#include "models/cases/casesummary.h"
#include "models/cases/casetablemodel.h"
#include "models/cases/caseworkflow.h"
#include "models/core/sqlquery.h"
#include "models/grids/gridfigures.h"
#include "models/reports/dashboardquery.h"
#include "models/reports/monthlyreportquery.h"
#include "models/revisions/casesnapshot.h"
#include "models/revisions/snapshotrevision.h"
#include "tests/support/testsupport.h"

#include <QTest>

class CaseWithdrawTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void countsLeaveAndComeBack();
    void workflowRefusesWithdrawnCase();
    void withdrawIsAuditedNeverDeleted();
    void staleOrRepeatedIsRefused();
    void undoOfIntakeWithdrawsAndRedoReinstates();
    void rebuildLeavesWithdrawnOut();

private:
    static QDateTime at(int month, int day, int hour = 8) { return {QDate(2026, month, day), QTime(hour, 0)}; }
    qint64 category(const QString &code) const
    {
        SqlQuery q(m_db->db(), QStringLiteral("SELECT id FROM case_category WHERE code = ?"));
        q.exec(code);
        return q.scalar().toLongLong();
    }
    qint64 add(const QString &categoryCode, qint64 buildingId, qint64 gridId, const QDateTime &received)
    {
        CaseIntake in;
        in.source = QStringLiteral("phone");
        in.categoryId = category(categoryCode);
        in.buildingId = buildingId;
        in.gridId = gridId;
        in.receivedAt = received;
        in.description = QStringLiteral("测试");
        const SaveResult r = CaseStore(m_db->db(), testScope()).intake(in);
        if (!r.ok)
            qWarning() << "intake failed:" << r.firstMessage();
        return r.id;
    }
    bool step(qint64 caseId, const QString &action, const QDateTime &when)
    {
        CaseStore store(m_db->db(), testScope());
        CaseStepRequest r;
        r.caseId = caseId;
        r.action = action;
        r.at = when;
        r.rowVersion = store.record(caseId)->rowVersion;
        r.toWhom = QStringLiteral("城管科");
        r.result = QStringLiteral("已处理");
        return store.applyStep(r).ok;
    }
    SaveResult withdraw(qint64 caseId, bool back = false)
    {
        CaseStore store(m_db->db(), testScope());
        const int version = store.record(caseId)->rowVersion;
        return back ? store.reinstate(caseId, version) : store.withdraw(caseId, version);
    }
    QString status(qint64 caseId) const { return CaseStore(m_db->db(), testScope()).record(caseId)->status; }
    int listed(const QString &statusFilter) const
    {
        CaseTableModel model(m_db->db(), testScope());
        model.setNow(at(4, 15));
        CaseFilter f;
        f.status = statusFilter;
        model.setFilter(f);
        return model.rowCount();
    }
    // The case_month rows as text, zero rows left out.
    QStringList summary() const
    {
        QStringList rows;
        SqlQuery m(m_db->db(), QStringLiteral("SELECT month, grid_id, category_id, received, received_closed, closed "
                                              "FROM case_month WHERE received <> 0 OR received_closed <> 0 OR closed "
                                              "<> 0 ORDER BY 1, 2, 3"));
        if (m.exec())
            while (m.next())
                rows << QStringLiteral("%1 %2 %3: %4 %5 %6")
                            .arg(m.value(0).toString(), m.value(1).toString(), m.value(2).toString(),
                                 m.value(3).toString(), m.value(4).toString(), m.value(5).toString());
        return rows;
    }
    MonthlyReportData report(int month) const
    {
        MonthlyReportQuery query(m_db->db(), testScope());
        query.setNow(at(4, 15));
        MonthlyReportData d;
        QString error;
        if (!query.run(2026, month, 0, &d, &error))
            qWarning() << "report failed:" << error;
        return d;
    }
    static int gridReceived(const MonthlyReportData &d, qint64 gridId)
    {
        for (const MonthlyReportData::GridRow &r : d.grids)
            if (r.gridId == gridId)
                return r.received;
        return 0;
    }
    static int categoryCount(const MonthlyReportData &d, const QString &name)
    {
        for (const auto &[n, count] : d.categories)
            if (n == name)
                return count;
        return 0;
    }
    static int trendReceived(const MonthlyReportData &d, int month)
    {
        for (const MonthlyReportData::MonthCount &m : d.trend)
            if (m.year == 2026 && m.month == month)
                return m.received;
        return -1;
    }

    std::unique_ptr<TestDatabase> m_db;
    // c1 环境卫生 grid A, received 3-05, closed 3-10; c2 矛盾纠纷 grid B, 3-07, open (deadline 3-22);
    // c3 物业管理 grid A, 3-08, open (deadline 3-15); c4 环境卫生 grid A, received 2-20, closed 3-02.
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0;
};

void CaseWithdrawTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    c1 = add(QStringLiteral("environment"), m_db->buildingA1, 0, at(3, 5));
    c2 = add(QStringLiteral("dispute"), 0, m_db->gridB, at(3, 7));
    c3 = add(QStringLiteral("property"), 0, m_db->gridA, at(3, 8));
    c4 = add(QStringLiteral("environment"), 0, m_db->gridA, at(2, 20));
    QVERIFY(c1 && c2 && c3 && c4);
    QVERIFY(step(c1, QStringLiteral("close"), at(3, 10)));
    QVERIFY(step(c4, QStringLiteral("close"), at(3, 2)));
}

void CaseWithdrawTest::countsLeaveAndComeBack()
{
    // By hand, March: received c1 c2 c3 (3), of those closed c1 (1); closed in March c1 c4 (2);
    // open at the month's end past the deadline c2 c3 (2). Grid A received c1 c3, grid B c2.
    MonthlyReportData d = report(3);
    QCOMPARE(d.total.received, 3);
    QCOMPARE(d.total.resolvedOfReceived, 1);
    QCOMPARE(d.total.resolved, 2);
    QCOMPARE(d.total.overdue, 2);
    QCOMPARE(gridReceived(d, m_db->gridA), 2);
    QCOMPARE(gridReceived(d, m_db->gridB), 1);
    QCOMPARE(trendReceived(d, 3), 3);
    QCOMPARE(categoryCount(d, QStringLiteral("环境卫生")), 1);
    QCOMPARE(categoryCount(d, QStringLiteral("矛盾纠纷")), 1);
    QCOMPARE(listed(QString()), 4);
    QCOMPARE(listed(QStringLiteral("open")), 2);
    QCOMPARE(listed(QStringLiteral("overdue")), 2);
    QCOMPARE(listed(QStringLiteral("withdrawn")), 0);
    QCOMPARE(GridFigures::compute(m_db->db(), testScope()).value(m_db->gridB).openCases, 1);
    DashboardQuery dash(m_db->db(), testScope());
    dash.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    int dashReceived = 0, dashResolved = 0;
    for (const DashboardQuery::GridCases &g : dash.casesPerGrid()) {
        dashReceived += g.received;
        dashResolved += g.resolved;
    }
    QCOMPARE(dashReceived, 3);
    QCOMPARE(dashResolved, 2);
    const QStringList before = summary();

    // c1 (closed) and c2 (open, grid B) withdrawn. By hand, March: received c3 (1), of those
    // closed none; closed in March c4 (1); overdue c3 (1); grid A received c3, grid B nothing.
    QVERIFY(withdraw(c1).ok);
    QVERIFY(withdraw(c2).ok);
    QCOMPARE(status(c1), QStringLiteral("withdrawn"));
    d = report(3);
    QCOMPARE(d.total.received, 1);
    QCOMPARE(d.total.resolvedOfReceived, 0);
    QCOMPARE(d.total.resolved, 1);
    QCOMPARE(d.total.overdue, 1);
    QCOMPARE(gridReceived(d, m_db->gridA), 1);
    QCOMPARE(gridReceived(d, m_db->gridB), 0);
    QCOMPARE(trendReceived(d, 3), 1);
    QCOMPARE(categoryCount(d, QStringLiteral("环境卫生")), 0);
    QCOMPARE(categoryCount(d, QStringLiteral("矛盾纠纷")), 0);
    QCOMPARE(categoryCount(d, QStringLiteral("物业管理")), 1);
    for (const MonthlyReportData::NotableCase &n : d.notable)
        QVERIFY(n.caseNo != CaseStore(m_db->db(), testScope()).record(c2)->caseNo);
    QCOMPARE(listed(QString()), 2);
    QCOMPARE(listed(QStringLiteral("open")), 1);
    QCOMPARE(listed(QStringLiteral("overdue")), 1);
    QCOMPARE(listed(QStringLiteral("resolved")), 1);
    QCOMPARE(listed(QStringLiteral("withdrawn")), 2);
    QCOMPARE(GridFigures::compute(m_db->db(), testScope()).value(m_db->gridB).openCases, 0);
    dashReceived = dashResolved = 0;
    int categoryReceived = 0;
    for (const DashboardQuery::GridCases &g : dash.casesPerGrid()) {
        dashReceived += g.received;
        dashResolved += g.resolved;
    }
    for (const DashboardQuery::CategoryCases &c : dash.casesPerCategory())
        categoryReceived += c.received;
    QCOMPARE(dashReceived, 1);
    QCOMPARE(dashResolved, 1);
    QCOMPARE(categoryReceived, 1);
    // A part of a month is read from the cases themselves, not the summary.
    dash.setPeriod(QDate(2026, 3, 6), QDate(2026, 3, 20));
    dashReceived = 0;
    for (const DashboardQuery::GridCases &g : dash.casesPerGrid())
        dashReceived += g.received;
    QCOMPARE(dashReceived, 1); // c3; c2 (3-07) is withdrawn
    int monthReceived = -1;
    for (const DashboardQuery::MonthCases &m : dash.casesPerMonth())
        if (m.month == QDate(2026, 3, 1))
            monthReceived = m.received;
    QCOMPARE(monthReceived, 1);

    // Reinstated: every figure as before, case_month row for row.
    QVERIFY(withdraw(c1, true).ok);
    QVERIFY(withdraw(c2, true).ok);
    QCOMPARE(status(c1), QStringLiteral("closed"));
    QCOMPARE(status(c2), QStringLiteral("received"));
    QCOMPARE(summary(), before);
    d = report(3);
    QCOMPARE(d.total.received, 3);
    QCOMPARE(d.total.resolved, 2);
    QCOMPARE(d.total.overdue, 2);
    QCOMPARE(listed(QString()), 4);
    QCOMPARE(listed(QStringLiteral("withdrawn")), 0);
}

void CaseWithdrawTest::workflowRefusesWithdrawnCase()
{
    QVERIFY(withdraw(c2).ok);
    CaseStore store(m_db->db(), testScope());
    CaseStepRequest r;
    r.caseId = c2;
    r.action = QStringLiteral("assess");
    r.at = at(3, 9);
    r.rowVersion = store.record(c2)->rowVersion;
    const SaveResult refused = store.applyStep(r);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errors.at(0).field, QStringLiteral("action"));
    QVERIFY2(refused.firstMessage().contains(QStringLiteral("withdrawn")), qPrintable(refused.firstMessage()));
    QCOMPARE(status(c2), QStringLiteral("withdrawn"));
    QVERIFY(CaseWorkflow::allowedActions(QStringLiteral("withdrawn")).isEmpty());
    QVERIFY(!CaseWorkflow::isOpen(QStringLiteral("withdrawn")));
    // Reinstated, the step goes ahead.
    QVERIFY(withdraw(c2, true).ok);
    QVERIFY(step(c2, QStringLiteral("assess"), at(3, 9)));
}

void CaseWithdrawTest::withdrawIsAuditedNeverDeleted()
{
    const int version = CaseStore(m_db->db(), testScope()).record(c3)->rowVersion;
    const int cases = m_db->count(QStringLiteral("cases"));
    QVERIFY(withdraw(c3).ok);
    QVERIFY(withdraw(c3, true).ok);
    QCOMPARE(m_db->count(QStringLiteral("cases")), cases);
    QCOMPARE(CaseStore(m_db->db(), testScope()).record(c3)->rowVersion, version + 2);
    SqlQuery audit(m_db->db(), QStringLiteral("SELECT action FROM audit_log WHERE table_name = 'cases' AND "
                                              "record_id = ? AND action IN ('withdraw', 'reinstate') ORDER BY id"));
    QVERIFY(audit.exec(c3));
    QStringList actions;
    while (audit.next())
        actions << audit.value(0).toString();
    QCOMPARE(actions, (QStringList{QStringLiteral("withdraw"), QStringLiteral("reinstate")}));
    const QList<CaseStep> steps = CaseStore(m_db->db(), testScope()).timeline(c3);
    QCOMPARE(steps.size(), 3); // receive, withdraw, reinstate
    QCOMPARE(steps.at(1).action, QStringLiteral("withdraw"));
    QCOMPARE(steps.at(1).toStatus, QStringLiteral("withdrawn"));
    QCOMPARE(steps.at(2).toStatus, QStringLiteral("received"));
}

void CaseWithdrawTest::staleOrRepeatedIsRefused()
{
    CaseStore store(m_db->db(), testScope());
    const int version = store.record(c3)->rowVersion;
    QVERIFY(!store.withdraw(c3, version - 1).ok);
    QVERIFY(store.withdraw(c3, version).ok);
    const SaveResult again = store.withdraw(c3, version + 1);
    QVERIFY(!again.ok);
    QCOMPARE(again.errors.at(0).field, QStringLiteral("status"));
    QVERIFY(!store.reinstate(c1, store.record(c1)->rowVersion).ok); // never withdrawn
    // A viewer changes nothing.
    const AccessScope viewer(AccessScope::Role::Viewer, 8, QStringLiteral("查看"));
    QVERIFY(!CaseStore(m_db->db(), viewer).reinstate(c3, version + 1).ok);
    QCOMPARE(status(c3), QStringLiteral("withdrawn"));
}

void CaseWithdrawTest::undoOfIntakeWithdrawsAndRedoReinstates()
{
    const qint64 c5 = add(QStringLiteral("traffic"), 0, m_db->gridB, at(3, 20));
    QVERIFY(c5);
    QCOMPARE(report(3).total.received, 4);
    SnapshotRevision<CaseSnapshot> revision(m_db->db(), testScope(), std::nullopt,
                                            *CaseSnapshot::load(m_db->db(), testScope(), c5));
    QCOMPARE(revision.text(), QStringLiteral("add case %1").arg(CaseStore(m_db->db(), testScope()).record(c5)->caseNo));
    QVERIFY(revision.undo().ok);
    QCOMPARE(status(c5), QStringLiteral("withdrawn"));
    QCOMPARE(report(3).total.received, 3);
    QVERIFY(revision.redo().ok);
    QCOMPARE(status(c5), QStringLiteral("received"));
    QCOMPARE(report(3).total.received, 4);
    // Changed elsewhere since (a step): the undo is refused and the step stays.
    QVERIFY(step(c5, QStringLiteral("assess"), at(3, 21)));
    QVERIFY(!revision.undo().ok);
    QCOMPARE(status(c5), QStringLiteral("assessed"));
}

void CaseWithdrawTest::rebuildLeavesWithdrawnOut()
{
    QVERIFY(withdraw(c1).ok);
    QVERIFY(withdraw(c4).ok);
    const QStringList kept = summary();
    QVERIFY(CaseSummary::rebuild(m_db->db()));
    QCOMPARE(summary(), kept);
    // By hand: only c2 (grid B, 矛盾纠纷) and c3 (grid A, 物业管理) remain, both March, open.
    QCOMPARE(kept.size(), 2);
    for (const QString &row : kept)
        QVERIFY2(row.startsWith(QStringLiteral("2026-03 ")) && row.endsWith(QStringLiteral(": 1 0 0")),
                 qPrintable(row));
}

QTEST_GUILESS_MAIN(CaseWithdrawTest)
#include "casewithdraw_test.moc"
