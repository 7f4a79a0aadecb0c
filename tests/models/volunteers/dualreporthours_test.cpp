#include "models/access/accessscope.h"
#include "models/volunteers/dualreporthours.h"
#include "models/volunteers/dualreportstore.h"

#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QObject>
#include <QTest>

// Hand-counted fixture: units 区财政局 (two members, 3 h + 2 h) and 市医院 (one member, 1.5 h);
// a volunteer who is not a dual-report member serves 4 h at 区财政局 and is not counted.
class DualReportHoursTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void totalsPerUnit();
    void periodAndCancelledEventsExcluded();
    void membersWithoutHoursListed();
    void flagNeedsAWorkUnit();
    void flagSavedWithTheVolunteer();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<VolunteerTestData> m_data;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0;
};

void DualReportHoursTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_data = std::make_unique<VolunteerTestData>(*m_t);
    m_a = m_data->volunteer(QStringLiteral("甲"));
    m_b = m_data->volunteer(QStringLiteral("乙"));
    m_c = m_data->volunteer(QStringLiteral("丙"));
    m_d = m_data->volunteer(QStringLiteral("丁"));
    QVERIFY(m_a && m_b && m_c && m_d);
    DualReportStore store(m_t->db(), testScope(QStringLiteral("tester")));
    const auto setUnit = [this, &store](qint64 id, const QString &unit, bool dual) {
        Volunteer v = *VolunteerStore(m_t->db(), testScope()).volunteer(id);
        v.workUnit = unit;
        const SaveResult r = store.saveVolunteer(v, dual);
        if (!r.ok)
            qWarning() << r.firstMessage();
        return r.ok;
    };
    QVERIFY(setUnit(m_a, QStringLiteral("区财政局"), true));
    QVERIFY(setUnit(m_b, QStringLiteral("区财政局 "), true)); // a stray space is the same unit
    QVERIFY(setUnit(m_c, QStringLiteral("市医院"), true));
    QVERIFY(setUnit(m_d, QStringLiteral("区财政局"), false));
    const qint64 e1 = m_data->event(QStringLiteral("清洁"), QDateTime(QDate(2026, 5, 3), QTime(9, 0)));
    const qint64 e2 = m_data->event(QStringLiteral("义诊"), QDateTime(QDate(2026, 5, 20), QTime(9, 0)));
    m_data->eventHours(e1, m_a, 3);
    m_data->eventHours(e1, m_b, 2);
    m_data->eventHours(e2, m_c, 1.5);
    m_data->eventHours(e2, m_d, 4);
}

void DualReportHoursTest::cleanup()
{
    resetTestScope();
    m_data.reset();
    m_t.reset();
}

void DualReportHoursTest::totalsPerUnit()
{
    const QList<DualReportHours::Unit> units =
        DualReportHours(m_t->db(), testScope()).units(QDate(2026, 5, 1), QDate(2026, 5, 31));
    QCOMPARE(units.size(), 2);
    QCOMPARE(units.at(0).name, QStringLiteral("区财政局"));
    QCOMPARE(units.at(0).members, 2);
    QCOMPARE(units.at(0).served, 2);
    QCOMPARE(units.at(0).hours, 5.0);
    QCOMPARE(units.at(0).records, 2);
    QCOMPARE(units.at(1).name, QStringLiteral("市医院"));
    QCOMPARE(units.at(1).members, 1);
    QCOMPARE(units.at(1).hours, 1.5);
    const DualReportHours::Unit total = DualReportHours::total(units);
    QCOMPARE(total.members, 3);
    QCOMPARE(total.hours, 6.5);
    QCOMPARE(total.records, 3);
}

void DualReportHoursTest::periodAndCancelledEventsExcluded()
{
    const qint64 june = m_data->event(QStringLiteral("六月"), QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
    m_data->eventHours(june, m_a, 10);
    const qint64 cancelled = m_data->event(QStringLiteral("取消"), QDateTime(QDate(2026, 5, 25), QTime(9, 0)), true);
    m_data->eventHours(cancelled, m_c, 10);
    const QList<DualReportHours::Unit> may =
        DualReportHours(m_t->db(), testScope()).units(QDate(2026, 5, 1), QDate(2026, 5, 31));
    QCOMPARE(DualReportHours::total(may).hours, 6.5);
    // The last day of the period counts.
    const QList<DualReportHours::Unit> toJune =
        DualReportHours(m_t->db(), testScope()).units(QDate(2026, 5, 1), QDate(2026, 6, 1));
    QCOMPARE(toJune.at(0).name, QStringLiteral("区财政局"));
    QCOMPARE(toJune.at(0).hours, 15.0);
}

void DualReportHoursTest::membersWithoutHoursListed()
{
    const qint64 e = m_data->volunteer(QStringLiteral("戊"));
    Volunteer v = *VolunteerStore(m_t->db(), testScope()).volunteer(e);
    v.workUnit = QStringLiteral("区法院");
    QVERIFY(DualReportStore(m_t->db(), testScope()).saveVolunteer(v, true).ok);
    const QList<DualReportHours::Unit> units =
        DualReportHours(m_t->db(), testScope()).units(QDate(2026, 5, 1), QDate(2026, 5, 31));
    QCOMPARE(units.size(), 3);
    QCOMPARE(units.at(2).name, QStringLiteral("区法院"));
    QCOMPARE(units.at(2).members, 1);
    QCOMPARE(units.at(2).served, 0);
    QCOMPARE(units.at(2).hours, 0.0);
}

void DualReportHoursTest::flagNeedsAWorkUnit()
{
    Volunteer v = *VolunteerStore(m_t->db(), testScope()).volunteer(m_d);
    v.workUnit = QStringLiteral("  ");
    const SaveResult r = DualReportStore(m_t->db(), testScope()).saveVolunteer(v, true);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("workUnit"));
    QVERIFY(r.firstMessage().startsWith(QLatin1String("Work unit:")));
    QVERIFY(!DualReportStore(m_t->db(), testScope()).isDualReport(m_d));
}

void DualReportHoursTest::flagSavedWithTheVolunteer()
{
    DualReportStore store(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(store.isDualReport(m_a));
    QVERIFY(!store.isDualReport(m_d));
    Volunteer v = *VolunteerStore(m_t->db(), testScope()).volunteer(m_a);
    v.phone = QStringLiteral("13800138000");
    QVERIFY(store.saveVolunteer(v, false).ok);
    QVERIFY(!store.isDualReport(m_a));
    QCOMPARE(VolunteerStore(m_t->db(), testScope()).volunteer(m_a)->phone, QStringLiteral("13800138000"));
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer' AND "
                                             "record_id = ? AND action = 'dual_report'"));
    QVERIFY(audit.exec(m_a));
    QCOMPARE(audit.scalar().toInt(), 2); // on, then off
    // A new volunteer with the flag in one step.
    Volunteer fresh;
    fresh.name = QStringLiteral("己");
    fresh.workUnit = QStringLiteral("区教育局");
    QVERIFY(store.saveVolunteer(fresh, true).ok);
    QVERIFY(fresh.id > 0);
    QVERIFY(store.isDualReport(fresh.id));
    // A viewer changes nothing.
    setTestScope(AccessScope(AccessScope::Role::Viewer, 8, QStringLiteral("查看")));
    QVERIFY(!DualReportStore(m_t->db(), testScope()).setDualReport(m_d, true).ok);
    resetTestScope();
    QVERIFY(!store.isDualReport(m_d));
}

QTEST_GUILESS_MAIN(DualReportHoursTest)
#include "dualreporthours_test.moc"
