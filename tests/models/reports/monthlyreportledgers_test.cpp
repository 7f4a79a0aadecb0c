// The monthly report's mediation and rented-room section against hand counts: mediations received,
// mediated, agreed and kept in the month per grid and per kind (nothing from other months, archived
// ones or archived sessions; those tied to no grid in a row of their own), rooms and tenants at the
// month's end with the permits expired and expiring at their boundaries, a one-grid report, a grid
// worker's report, and the section in the document.
#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/monthlyreportquery.h"
#include "tests/support/testsupport.h"

#include <QTest>

class MonthlyReportLedgersTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void mediationPerGridAndKind();
    void rentalsAtTheMonthsEnd();
    void tenantsMovedOutInTheRegister();
    void oneGridAndAGridWorker();
    void sectionInTheDocument();

private:
    qint64 mediation(qint64 grid, const QString &kind, const QString &received, const QString &status,
                     const QString &agreedOn = QString(), int kept = -1, bool archived = false)
    {
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO mediation (received_on, kind, matter, grid_id, status, "
                                             "agreed_on, kept, archived, created_at, updated_at) VALUES (?, ?, "
                                             "'纠纷', ?, ?, ?, ?, ?, 'x', 'x')"));
        const QVariant noInt = QVariant(QMetaType(QMetaType::Int));
        const QVariant noText = QVariant(QMetaType(QMetaType::QString));
        const QVariant noId = QVariant(QMetaType(QMetaType::LongLong));
        if (!q.exec(received, kind, grid > 0 ? QVariant(grid) : noId, status,
                    agreedOn.isEmpty() ? noText : QVariant(agreedOn), kept < 0 ? noInt : QVariant(kept),
                    archived ? 1 : 0))
            return 0;
        return q.lastInsertId();
    }
    void session(qint64 mediationId, const QString &day, bool archived = false)
    {
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO mediation_session (mediation_id, held_on, notes, archived) "
                                             "VALUES (?, ?, '调解', ?)"));
        QVERIFY(q.exec(mediationId, day, archived ? 1 : 0));
    }
    qint64 room(qint64 building, const QString &number, bool archived = false)
    {
        const qint64 household =
            m_t->addHousehold(building, QStringLiteral("1"), number,
                              {{QStringLiteral("房东") + number,
                                TestDatabase::idFor(QDate(1960, 1, 1).addDays(number.toInt()), true, 41)}});
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO rental_room (household_id, landlord_name, archived, "
                                             "created_at, updated_at) VALUES (?, '房东', ?, 'x', 'x')"));
        return q.exec(household, archived ? 1 : 0) ? q.lastInsertId() : 0;
    }
    void tenant(qint64 roomId, const QString &expires, const QString &starts = QString(),
                const QString &left = QString())
    {
        const QVariant noText = QVariant(QMetaType(QMetaType::QString));
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO rental_tenant (room_id, resident_id, permit, starts_on, "
                                             "expires_on, left_on) VALUES (?, ?, 'residence_permit', ?, ?, ?)"));
        QVERIFY(q.exec(roomId, m_tenant, starts.isEmpty() ? noText : QVariant(starts),
                       expires.isEmpty() ? noText : QVariant(expires), left.isEmpty() ? noText : QVariant(left)));
    }
    MonthlyReportData run(qint64 gridId = 0, const AccessScope &scope = testScope()) const
    {
        MonthlyReportQuery query(m_t->db(), scope);
        query.setNow(QDateTime(QDate(2026, 6, 20), QTime(9, 0)));
        MonthlyReportData data;
        QString error;
        if (!query.run(2026, 5, gridId, &data, &error))
            qWarning() << error;
        return data;
    }

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_tenant = 0;
};

void MonthlyReportLedgersTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    m_tenant =
        m_t->addResidentBornOn(m_t->buildingB1, QStringLiteral("909"), QStringLiteral("租客"), QDate(1990, 1, 1), 1);
    const qint64 a = m_t->gridA, b = m_t->gridB;
    // May 2026. Grid A: #1 received and mediated; #2 received in April, mediated and agreed in May
    // (kept not known); #3 received, mediated, agreed and kept (fulfilled). Grid B: #4 received on
    // the month's last day; #5 all in March and April; #6 archived. No grid: #7 received and
    // mediated. #8 received in June; #9 only an archived session in May.
    const qint64 m1 =
        mediation(a, QStringLiteral("neighbours"), QStringLiteral("2026-05-03"), QStringLiteral("mediating"));
    session(m1, QStringLiteral("2026-05-10"));
    const qint64 m2 = mediation(a, QStringLiteral("family"), QStringLiteral("2026-04-20"), QStringLiteral("agreed"),
                                QStringLiteral("2026-05-12"));
    session(m2, QStringLiteral("2026-04-30"));
    session(m2, QStringLiteral("2026-05-12"));
    const qint64 m3 = mediation(a, QStringLiteral("family"), QStringLiteral("2026-05-05"), QStringLiteral("fulfilled"),
                                QStringLiteral("2026-05-25"), 1);
    session(m3, QStringLiteral("2026-05-25"));
    QVERIFY(mediation(b, QStringLiteral("property"), QStringLiteral("2026-05-31"), QStringLiteral("received")));
    const qint64 m5 = mediation(b, QStringLiteral("neighbours"), QStringLiteral("2026-03-01"),
                                QStringLiteral("fulfilled"), QStringLiteral("2026-04-02"), 1);
    session(m5, QStringLiteral("2026-04-01"));
    const qint64 m6 = mediation(b, QStringLiteral("tenancy"), QStringLiteral("2026-05-08"), QStringLiteral("mediating"),
                                QString(), -1, true);
    session(m6, QStringLiteral("2026-05-09"));
    const qint64 m7 = mediation(0, QStringLiteral("labour"), QStringLiteral("2026-05-20"), QStringLiteral("failed"));
    session(m7, QStringLiteral("2026-05-21"));
    QVERIFY(mediation(a, QStringLiteral("other"), QStringLiteral("2026-06-02"), QStringLiteral("received")));
    const qint64 m9 =
        mediation(a, QStringLiteral("neighbours"), QStringLiteral("2026-04-01"), QStringLiteral("mediating"));
    session(m9, QStringLiteral("2026-05-15"), true);

    // Rented rooms on 31 May. Grid A: R1 with T1 expired the day before, T2 expiring that day, T3
    // on the 30th day after (the last one counted as expiring), T4 the day after that, T5 left
    // before, T6 moving in after; R2 without tenants. Grid B: R3 with T7 (no expiry) and T8
    // (expired, leaving after the month); R4 archived.
    const qint64 r1 = room(m_t->buildingA1, QStringLiteral("501"));
    tenant(r1, QStringLiteral("2026-05-30"));
    tenant(r1, QStringLiteral("2026-05-31"));
    tenant(r1, QStringLiteral("2026-06-30"));
    tenant(r1, QStringLiteral("2026-07-01"), QStringLiteral("2026-01-01"));
    tenant(r1, QStringLiteral("2026-05-01"), QString(), QStringLiteral("2026-05-20"));
    tenant(r1, QStringLiteral("2026-12-31"), QStringLiteral("2026-06-05"));
    QVERIFY(room(m_t->buildingA2, QStringLiteral("502")));
    const qint64 r3 = room(m_t->buildingB1, QStringLiteral("503"));
    tenant(r3, QString());
    tenant(r3, QStringLiteral("2026-01-01"), QString(), QStringLiteral("2026-06-10"));
    const qint64 r4 = room(m_t->buildingB1, QStringLiteral("504"), true);
    tenant(r4, QStringLiteral("2026-05-01"));
}

void MonthlyReportLedgersTest::mediationPerGridAndKind()
{
    const MonthlyReportData d = run();
    const QList<MonthlyReportLedgers::Row> rows = d.ledgers.rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).id, m_t->gridA);
    QCOMPARE(rows.at(0).received, 2);
    QCOMPARE(rows.at(0).mediated, 3);
    QCOMPARE(rows.at(0).agreed, 2);
    QCOMPARE(rows.at(0).kept, 1);
    QCOMPARE(rows.at(1).id, m_t->gridB);
    QCOMPARE(rows.at(1).received, 1);
    QCOMPARE(rows.at(1).mediated, 0);
    QCOMPARE(rows.at(1).agreed, 0);
    QCOMPARE(rows.at(2).id, qint64(0)); // the mediations tied to no grid
    QCOMPARE(rows.at(2).name, MonthlyReportLedgers::tr("No grid"));
    QCOMPARE(rows.at(2).received, 1);
    QCOMPARE(rows.at(2).mediated, 1);
    const MonthlyReportLedgers::Row total = d.ledgers.total();
    QCOMPARE(total.received, 4);
    QCOMPARE(total.mediated, 4);
    QCOMPARE(total.agreed, 2);
    QCOMPARE(total.kept, 1);
    // Per kind, in the ledger's order, only kinds with a figure: neighbours, family, property, labour.
    const QList<MonthlyReportLedgers::Row> kinds = d.ledgers.kinds();
    QCOMPARE(kinds.size(), 4);
    QCOMPARE(kinds.at(0).id, qint64(1));
    QCOMPARE(kinds.at(0).received, 1);
    QCOMPARE(kinds.at(0).mediated, 1);
    QCOMPARE(kinds.at(1).id, qint64(2));
    QCOMPARE(kinds.at(1).received, 1);
    QCOMPARE(kinds.at(1).mediated, 2);
    QCOMPARE(kinds.at(1).agreed, 2);
    QCOMPARE(kinds.at(1).kept, 1);
    QCOMPARE(kinds.at(2).received, 1);
    QCOMPARE(kinds.at(3).mediated, 1);
    // The printed table: the grids, the no-grid row, the bold total.
    const QList<PagedDocument::Row> table = d.ledgers.mediationTable();
    QCOMPARE(table.size(), 4);
    QCOMPARE(table.at(0).cells.mid(1),
             QStringList({QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
    QVERIFY(table.last().bold);
    QCOMPARE(table.last().cells.at(1), QStringLiteral("4"));
}

void MonthlyReportLedgersTest::rentalsAtTheMonthsEnd()
{
    const MonthlyReportData d = run();
    const QList<MonthlyReportLedgers::Row> rows = d.ledgers.rows();
    QCOMPARE(rows.at(0).rooms, 2);
    QCOMPARE(rows.at(0).tenants, 4);
    QCOMPARE(rows.at(0).expired, 1);
    QCOMPARE(rows.at(0).expiring, 2);
    QCOMPARE(rows.at(1).rooms, 1);
    QCOMPARE(rows.at(1).tenants, 2);
    QCOMPARE(rows.at(1).expired, 1);
    QCOMPARE(rows.at(1).expiring, 0);
    const MonthlyReportLedgers::Row total = d.ledgers.total();
    QCOMPARE(total.rooms, 3);
    QCOMPARE(total.tenants, 6);
    // The room table leaves out the no-grid row (mediations only) but ends with the total.
    const QList<PagedDocument::Row> table = d.ledgers.rentalTable();
    QCOMPARE(table.size(), 3);
    QCOMPARE(table.last().cells.mid(1),
             QStringList({QStringLiteral("3"), QStringLiteral("6"), QStringLiteral("2"), QStringLiteral("2")}));
}

void MonthlyReportLedgersTest::tenantsMovedOutInTheRegister()
{
    // R5 in grid B: one tenant moved out in the register (not through the rental) on 15 May, one on
    // 10 June, one who died on 31 May: only the June one lives there at the month's end.
    const qint64 r5 = room(m_t->buildingB1, QStringLiteral("505"));
    const QStringList gone{QStringLiteral("2026-05-15"), QStringLiteral("2026-06-10"), QStringLiteral("2026-05-31")};
    for (int i = 0; i < gone.size(); ++i) {
        m_tenant = m_t->addResidentBornOn(m_t->buildingB1, QStringLiteral("91%1").arg(i), QStringLiteral("走了的租客"),
                                          QDate(1991, 1, 1 + i), 2 + i);
        SqlQuery q(m_t->db(), QStringLiteral("UPDATE resident SET status = ?, status_date = ? WHERE id = ?"));
        QVERIFY(q.exec(i == 2 ? QStringLiteral("deceased") : QStringLiteral("moved_out"), gone.at(i), m_tenant));
        tenant(r5, QStringLiteral("2026-12-31"));
    }
    const MonthlyReportData d = run();
    QCOMPARE(d.ledgers.rows().at(1).rooms, 2);
    QCOMPARE(d.ledgers.rows().at(1).tenants, 3);
    QCOMPARE(d.ledgers.total().tenants, 7);
}

void MonthlyReportLedgersTest::oneGridAndAGridWorker()
{
    const MonthlyReportData d = run(m_t->gridB);
    QCOMPARE(d.ledgers.rows().size(), 1);
    QCOMPARE(d.ledgers.total().received, 1);
    QCOMPARE(d.ledgers.total().rooms, 1);
    QCOMPARE(d.ledgers.total().tenants, 2);
    // A grid worker of grid A sees grid A's figures only: no grid B, no mediation tied to no grid.
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridA});
    const MonthlyReportData w = run(0, worker);
    QCOMPARE(w.ledgers.total().received, 2);
    QCOMPARE(w.ledgers.total().mediated, 3);
    QCOMPARE(w.ledgers.total().rooms, 2);
    QCOMPARE(w.ledgers.total().tenants, 4);
}

void MonthlyReportLedgersTest::sectionInTheDocument()
{
    const MonthlyReport report(run(), ReportTemplate::defaults());
    const QString text = report.document().text().join(QLatin1Char('\n'));
    QVERIFY(text.contains(MonthlyReportLedgers::tr("Mediation (人民调解) by grid")));
    QVERIFY(text.contains(MonthlyReportLedgers::tr("Rented rooms (出租屋) by grid")));
    QVERIFY(text.contains(MonthlyReportLedgers::tr("No grid")));
    QVERIFY(text.contains(QStringLiteral("2026-05-31")));
}

QTEST_MAIN(MonthlyReportLedgersTest)
#include "monthlyreportledgers_test.moc"
