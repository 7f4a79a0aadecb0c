// The monthly report's follow-up and assistance section against hand counts: households overdue
// at the month's end per grid (and the severe ones), assistance of the month per grid and kind,
// nothing from other months or archived, a one-grid report, and the section in the document.
#include "models/access/accessscope.h"
#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/core/sqlquery.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/monthlyreportquery.h"
#include "tests/support/testsupport.h"

#include <QTest>

class MonthlyReportCareTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void countsPerGrid();
    void oneGridReport();
    void sectionInTheDocument();

private:
    qint64 household(qint64 building, const QString &room, const QDate &birth, const QString &tag)
    {
        const qint64 resident =
            m_t->addResidentBornOn(building, room, QStringLiteral("住户") + room, birth, ++m_sequence);
        SqlQuery t(m_t->db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag "
                                             "WHERE code = ?"));
        t.exec(resident, tag);
        SqlQuery h(m_t->db(), QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
        return h.exec(resident) ? h.scalar().toLongLong() : 0;
    }
    void visit(qint64 household, qint64 grid, const QDate &day)
    {
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, "
                                             "created_at, updated_at) VALUES (?, ?, ?, 'w', 'x', 'x')"));
        QVERIFY(q.exec(household, grid, day.toString(Qt::ISODate)));
    }
    void give(qint64 household, const QString &kind, qint64 fen, const QDate &day, bool archive = false)
    {
        AssistanceStore store(m_t->db(), testScope());
        AssistanceRecord r;
        r.householdId = household;
        r.kindId = AssistanceKinds(m_t->db(), testScope()).find(kind);
        r.amountFen = fen;
        r.items = fen ? QString() : QStringLiteral("米面油");
        r.givenOn = day;
        r.givenBy = QStringLiteral("李主任");
        const SaveResult saved = store.add(r);
        QVERIFY(saved.ok);
        if (archive)
            QVERIFY(store.archive(saved.id).ok);
    }
    MonthlyReportData run(qint64 gridId = 0) const
    {
        MonthlyReportQuery query(m_t->db(), testScope());
        query.setNow(QDateTime(QDate(2026, 6, 20), QTime(9, 0)));
        MonthlyReportData data;
        QString error;
        if (!query.run(2026, 5, gridId, &data, &error))
            qWarning() << error;
        return data;
    }

    std::unique_ptr<TestDatabase> m_t;
    int m_sequence = 0;
    qint64 hA1 = 0, hA2 = 0, hA3 = 0, hB1 = 0, hB2 = 0;
};

void MonthlyReportCareTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    m_sequence = 0;
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE care_rule SET applies_from = '2000-01-01'")).exec());
    // As of 31 May: hA1 (残疾, never visited) overdue; hA2 (独居 85, visited 20 May: due 27 May)
    // overdue and severe; hA3 (低保, visited 10 May) on time; hB1 (残疾, visited 1 April: due
    // 1 May) overdue; hB2 (独居 70, visited 30 May) on time. Grid A: 2 overdue, 1 severe; grid B: 1.
    hA1 = household(m_t->buildingA1, QStringLiteral("101"), QDate(1970, 1, 1), QStringLiteral("disabled"));
    hA2 = household(m_t->buildingA2, QStringLiteral("102"), QDate(1941, 1, 1), QStringLiteral("living_alone"));
    hA3 = household(m_t->buildingA1, QStringLiteral("103"), QDate(1970, 1, 1), QStringLiteral("low_income"));
    hB1 = household(m_t->buildingB1, QStringLiteral("104"), QDate(1970, 1, 1), QStringLiteral("disabled"));
    hB2 = household(m_t->buildingB1, QStringLiteral("105"), QDate(1956, 1, 1), QStringLiteral("living_alone"));
    visit(hA2, m_t->gridA, QDate(2026, 5, 20));
    visit(hA3, m_t->gridA, QDate(2026, 5, 10));
    visit(hB1, m_t->gridB, QDate(2026, 4, 1));
    visit(hB2, m_t->gridB, QDate(2026, 5, 30));
    visit(hA1, m_t->gridA, QDate(2026, 6, 5)); // after the month: does not count for May
    // May: grid A 临时救助 500 + 300.50, 物资 once; grid B 慰问 200; outside May and archived ones
    // do not count.
    give(hA1, QStringLiteral("temporary_relief"), 50000, QDate(2026, 5, 3));
    give(hA3, QStringLiteral("temporary_relief"), 30050, QDate(2026, 5, 31));
    give(hA2, QStringLiteral("goods"), 0, QDate(2026, 5, 15));
    give(hB1, QStringLiteral("condolence"), 20000, QDate(2026, 5, 1));
    give(hB1, QStringLiteral("condolence"), 20000, QDate(2026, 4, 30));
    give(hB2, QStringLiteral("condolence"), 20000, QDate(2026, 6, 1));
    give(hB2, QStringLiteral("temporary_relief"), 90000, QDate(2026, 5, 9), true);
}

void MonthlyReportCareTest::countsPerGrid()
{
    const MonthlyReportData d = run();
    const QList<MonthlyReportCare::GridRow> rows = d.care.rows();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).gridId, m_t->gridA);
    QCOMPARE(rows.at(0).overdue, 2);
    QCOMPARE(rows.at(0).overdueSevere, 1);
    QCOMPARE(rows.at(0).assistance, 3);
    QCOMPARE(rows.at(0).amountFen, qint64(80050));
    QCOMPARE(rows.at(1).gridId, m_t->gridB);
    QCOMPARE(rows.at(1).overdue, 1);
    QCOMPARE(rows.at(1).overdueSevere, 0);
    QCOMPARE(rows.at(1).assistance, 1);
    QCOMPARE(rows.at(1).amountFen, qint64(20000));
    const MonthlyReportCare::GridRow total = d.care.total();
    QCOMPARE(total.overdue, 3);
    QCOMPARE(total.assistance, 4);
    QCOMPARE(total.amountFen, qint64(100050));
    // Per kind: 临时救助 2 (2 households, 800.50), 慰问 1 (200.00), 物资 1.
    const QList<AssistanceTotal> kinds = d.care.kinds();
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(kinds.at(0).kindName, QStringLiteral("临时救助"));
    QCOMPARE(kinds.at(0).count, 2);
    QCOMPARE(kinds.at(0).households, 2);
    QCOMPARE(kinds.at(0).amountFen, qint64(80050));
    QCOMPARE(kinds.at(1).kindName, QStringLiteral("物资"));
    QCOMPARE(kinds.at(2).kindName, QStringLiteral("慰问"));
    QCOMPARE(kinds.at(2).count, 1);
    // The table as printed: grids, then the bold total.
    const QList<PagedDocument::Row> table = d.care.table();
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.at(0).cells.mid(1),
             QStringList({QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("800.50")}));
    QVERIFY(table.last().bold);
    QCOMPARE(table.last().cells.at(4), QStringLiteral("1000.50"));
}

void MonthlyReportCareTest::oneGridReport()
{
    const MonthlyReportData d = run(m_t->gridB);
    QCOMPARE(d.care.rows().size(), 1);
    QCOMPARE(d.care.total().overdue, 1);
    QCOMPARE(d.care.total().amountFen, qint64(20000));
    // A grid worker of grid B sees the same, whatever the report asks.
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridB});
    MonthlyReportQuery query(m_t->db(), worker);
    query.setNow(QDateTime(QDate(2026, 6, 20), QTime(9, 0)));
    MonthlyReportData data;
    QVERIFY(query.run(2026, 5, 0, &data));
    QCOMPARE(data.care.total().overdue, 1);
    QCOMPARE(data.care.total().assistance, 1);
}

void MonthlyReportCareTest::sectionInTheDocument()
{
    const MonthlyReport report(run(), ReportTemplate::defaults());
    const QString text = report.document().text().join(QLatin1Char('\n'));
    QVERIFY(text.contains(MonthlyReportCare::tr("Follow-ups and assistance by grid")));
    QVERIFY(text.contains(QStringLiteral("800.50")));
    QVERIFY(text.contains(QStringLiteral("临时救助")));
    QVERIFY(text.contains(QStringLiteral("2026-05-31")));
}

QTEST_MAIN(MonthlyReportCareTest)
#include "monthlyreportcare_test.moc"
