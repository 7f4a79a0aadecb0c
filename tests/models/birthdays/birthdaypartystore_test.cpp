#include "models/birthdays/birthdaypartystore.h"

#include "models/birthdays/birthdayquery.h"
#include "models/core/sqlquery.h"
#include "tests/support/birthdaytestdata.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QSet>
#include <QTest>

using Outcome = BirthdayParty::Outcome;

class BirthdayPartyStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void outcomeCodes();
    void saveAndReload();
    void validation_data();
    void validation();
    void updateReplacesAttendance();
    void missedShowNextMonth();
    void secondPartyCatchesUp();
    void missedButNoLongerLiving();
    void onlyTheMonthBefore();

private:
    BirthdayParty party(const QString &month, const QList<std::pair<qint64, Outcome>> &list, qint64 grid = 0) const;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<BirthdayTestData> m_data;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_june = 0;
};

void BirthdayPartyStoreTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_data = std::make_unique<BirthdayTestData>(*m_t);
    m_a = m_data->add(QStringLiteral("来了"), QDate(1950, 5, 3));
    m_b = m_data->add(QStringLiteral("上门"), QDate(1945, 5, 9), m_t->buildingB1);
    m_c = m_data->add(QStringLiteral("没来"), QDate(1940, 5, 21), 0, {QStringLiteral("living_alone")});
    m_june = m_data->add(QStringLiteral("六月"), QDate(1955, 6, 6));
    QVERIFY(m_a && m_b && m_c && m_june);
}

void BirthdayPartyStoreTest::cleanup()
{
    m_data.reset();
    m_t.reset();
}

BirthdayParty BirthdayPartyStoreTest::party(const QString &month, const QList<std::pair<qint64, Outcome>> &list,
                                            qint64 grid) const
{
    BirthdayParty p;
    p.month = month;
    p.date = QDate::fromString(month + QStringLiteral("-28"), Qt::ISODate);
    p.gridId = grid;
    p.place = QStringLiteral("社区活动室");
    p.gift = QStringLiteral("蛋糕、长寿面");
    p.hostedBy = QStringLiteral("李网格员");
    for (const auto &[id, outcome] : list)
        p.attendance.append({id, outcome, {}, {}, {}});
    return p;
}

void BirthdayPartyStoreTest::outcomeCodes()
{
    for (const Outcome o : {Outcome::Attended, Outcome::Visited, Outcome::Absent})
        QCOMPARE(BirthdayParty::outcomeFromCode(BirthdayParty::outcomeCode(o)), o);
    QCOMPARE(BirthdayParty::outcomeCode(Outcome::Visited), QStringLiteral("visited"));
    QCOMPARE(BirthdayParty::outcomeFromCode(QStringLiteral("nonsense")), Outcome::Absent);
}

void BirthdayPartyStoreTest::saveAndReload()
{
    BirthdayPartyStore store(m_t->db(), testScope(QStringLiteral("clerk")));
    store.setToday(QDate(2025, 6, 1));
    BirthdayParty p = party(QStringLiteral("2025-05"),
                            {{m_a, Outcome::Attended}, {m_b, Outcome::Visited}, {m_c, Outcome::Absent}}, m_t->gridA);
    p.attendance[1].gift = QStringLiteral("水果篮");
    p.attendance[1].givenBy = QStringLiteral("王书记");
    p.attendance[2].note = QStringLiteral("住院");
    const SaveResult result = store.save(p);
    QVERIFY2(result.ok, qPrintable(result.firstMessage()));
    QVERIFY(p.id > 0);
    QCOMPARE(result.id, p.id);

    const std::optional<BirthdayParty> back = store.party(p.id);
    QVERIFY(back);
    QCOMPARE(back->month, QStringLiteral("2025-05"));
    QCOMPARE(back->date, QDate(2025, 5, 28));
    QCOMPARE(back->gridId, m_t->gridA);
    QCOMPARE(back->place, QStringLiteral("社区活动室"));
    QCOMPARE(back->gift, QStringLiteral("蛋糕、长寿面"));
    QCOMPARE(back->hostedBy, QStringLiteral("李网格员"));
    QCOMPARE(back->attendance.size(), 3);
    QHash<qint64, BirthdayParty::Attendance> byResident;
    for (const BirthdayParty::Attendance &a : back->attendance)
        byResident.insert(a.residentId, a);
    QCOMPARE(byResident.value(m_a).outcome, Outcome::Attended);
    QCOMPARE(byResident.value(m_b).outcome, Outcome::Visited);
    QCOMPARE(byResident.value(m_b).gift, QStringLiteral("水果篮"));
    QCOMPARE(byResident.value(m_b).givenBy, QStringLiteral("王书记"));
    QCOMPARE(byResident.value(m_c).outcome, Outcome::Absent);
    QCOMPARE(byResident.value(m_c).note, QStringLiteral("住院"));

    QCOMPARE(store.parties(QStringLiteral("2025-05")).size(), 1);
    QVERIFY(store.parties(QStringLiteral("2025-04")).isEmpty());
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT user_name, action FROM audit_log WHERE table_name = "
                                             "'birthday_party' AND record_id = ?"));
    QVERIFY(audit.exec(p.id) && audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("clerk"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("insert"));

    // A whole-community party has no grid.
    BirthdayParty all = party(QStringLiteral("2025-05"), {{m_a, Outcome::Attended}});
    QVERIFY(store.save(all).ok);
    QCOMPARE(store.party(all.id)->gridId, 0);
}

void BirthdayPartyStoreTest::validation_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("case_");
    QTest::addColumn<QString>("field");
    QTest::newRow("bad month") << QStringLiteral("2025-13") << QDate(2025, 5, 28) << 0 << QStringLiteral("month");
    QTest::newRow("no month") << QString() << QDate(2025, 5, 28) << 0 << QStringLiteral("month");
    QTest::newRow("no date") << QStringLiteral("2025-05") << QDate() << 0 << QStringLiteral("date");
    QTest::newRow("future") << QStringLiteral("2025-05") << QDate(2025, 6, 2) << 0 << QStringLiteral("date");
    QTest::newRow("empty list") << QStringLiteral("2025-05") << QDate(2025, 5, 28) << 1 << QStringLiteral("attendance");
    QTest::newRow("twice") << QStringLiteral("2025-05") << QDate(2025, 5, 28) << 2 << QStringLiteral("attendance");
    QTest::newRow("no grid") << QStringLiteral("2025-05") << QDate(2025, 5, 28) << 3 << QStringLiteral("grid");
}

void BirthdayPartyStoreTest::validation()
{
    QFETCH(QString, month);
    QFETCH(QDate, date);
    QFETCH(int, case_);
    QFETCH(QString, field);
    BirthdayPartyStore store(m_t->db(), testScope());
    store.setToday(QDate(2025, 6, 1));
    BirthdayParty p = party(QStringLiteral("2025-05"), {{m_a, Outcome::Attended}});
    p.month = month;
    p.date = date;
    if (case_ == 1)
        p.attendance.clear();
    if (case_ == 2)
        p.attendance.append({m_a, Outcome::Absent, {}, {}, {}});
    if (case_ == 3)
        p.gridId = 9999;
    const SaveResult result = store.save(p);
    QVERIFY(!result.ok);
    QCOMPARE(result.errors.constFirst().field, field);
    QVERIFY(!result.firstMessage().isEmpty());
    QCOMPARE(m_t->count(QStringLiteral("birthday_party")), 0);
    QCOMPARE(m_t->count(QStringLiteral("birthday_attendance")), 0);
}

void BirthdayPartyStoreTest::updateReplacesAttendance()
{
    BirthdayPartyStore store(m_t->db(), testScope());
    store.setToday(QDate(2025, 6, 1));
    BirthdayParty p = party(QStringLiteral("2025-05"), {{m_a, Outcome::Attended}, {m_c, Outcome::Absent}});
    QVERIFY(store.save(p).ok);
    p.attendance = {{m_c, Outcome::Visited, QStringLiteral("慰问金"), QStringLiteral("社工"), {}}};
    p.gift = QStringLiteral("鲜花");
    QVERIFY(store.save(p).ok);
    const BirthdayParty back = *store.party(p.id);
    QCOMPARE(back.gift, QStringLiteral("鲜花"));
    QCOMPARE(back.attendance.size(), 1);
    QCOMPARE(back.attendance.constFirst().outcome, Outcome::Visited);
    QCOMPARE(m_t->count(QStringLiteral("birthday_party")), 1);
    QCOMPARE(m_t->count(QStringLiteral("birthday_attendance")), 1);
}

// Who was on May's list and neither came nor was visited shows in June's list.
void BirthdayPartyStoreTest::missedShowNextMonth()
{
    BirthdayQuery query(m_t->db(), testScope());
    QCOMPARE(query.monthWithMissed(2025, 6).size(), 1); // no party recorded: nobody is "missed"

    BirthdayPartyStore store(m_t->db(), testScope());
    store.setToday(QDate(2025, 6, 1));
    BirthdayParty p =
        party(QStringLiteral("2025-05"), {{m_a, Outcome::Attended}, {m_b, Outcome::Visited}, {m_c, Outcome::Absent}});
    QVERIFY(store.save(p).ok);

    const QList<BirthdayEntry> missed = query.missed(2025, 5);
    QCOMPARE(missed.size(), 1);
    QCOMPARE(missed.constFirst().residentId, m_c);

    const QList<BirthdayEntry> june = query.monthWithMissed(2025, 6);
    QCOMPARE(june.size(), 2);
    QSet<qint64> ids;
    for (const BirthdayEntry &e : june) {
        ids.insert(e.residentId);
        if (e.residentId == m_c) {
            QCOMPARE(e.missedMonth, QStringLiteral("2025-05"));
            QVERIFY(e.isMissed());
            QCOMPARE(e.keptOn, QDate(2025, 5, 21));
            QCOMPARE(e.ageTurning, 85);
            QVERIFY(e.livingAlone);
            QVERIFY(!e.noteText().isEmpty());
        } else {
            QCOMPARE(e.residentId, m_june);
            QVERIFY(!e.isMissed());
        }
    }
    QCOMPARE(ids, (QSet<qint64>{m_c, m_june}));
    // The plain month list does not carry anyone over.
    QCOMPARE(query.month(2025, 6).size(), 1);
}

void BirthdayPartyStoreTest::secondPartyCatchesUp()
{
    BirthdayPartyStore store(m_t->db(), testScope());
    store.setToday(QDate(2025, 6, 30));
    BirthdayParty first = party(QStringLiteral("2025-05"), {{m_a, Outcome::Attended}, {m_c, Outcome::Absent}});
    QVERIFY(store.save(first).ok);
    BirthdayParty visit = party(QStringLiteral("2025-05"), {{m_c, Outcome::Visited}});
    visit.date = QDate(2025, 6, 3);
    QVERIFY(store.save(visit).ok);
    BirthdayQuery query(m_t->db(), testScope());
    QVERIFY(query.missed(2025, 5).isEmpty());
    QCOMPARE(query.monthWithMissed(2025, 6).size(), 1);
}

void BirthdayPartyStoreTest::missedButNoLongerLiving()
{
    BirthdayPartyStore store(m_t->db(), testScope());
    store.setToday(QDate::currentDate());
    BirthdayParty p = party(QStringLiteral("2025-05"), {{m_b, Outcome::Absent}, {m_c, Outcome::Absent}});
    QVERIFY(store.save(p).ok);
    QVERIFY(m_data->setStatus(m_b, QStringLiteral("deceased")));
    BirthdayQuery query(m_t->db(), testScope());
    const QList<BirthdayEntry> missed = query.missed(2025, 5);
    QCOMPARE(missed.size(), 1);
    QCOMPARE(missed.constFirst().residentId, m_c);
}

void BirthdayPartyStoreTest::onlyTheMonthBefore()
{
    BirthdayPartyStore store(m_t->db(), testScope());
    store.setToday(QDate(2025, 6, 1));
    BirthdayParty p = party(QStringLiteral("2025-04"), {{m_c, Outcome::Absent}});
    QVERIFY(store.save(p).ok);
    BirthdayQuery query(m_t->db(), testScope());
    QCOMPARE(query.missed(2025, 4).size(), 1);
    for (const BirthdayEntry &e : query.monthWithMissed(2025, 6))
        QVERIFY(!e.isMissed());
    // May's list carries April's absentee; m_c also has a May birthday, so it is one row, flagged.
    const QList<BirthdayEntry> may = query.monthWithMissed(2025, 5);
    int rows = 0;
    for (const BirthdayEntry &e : may)
        if (e.residentId == m_c) {
            ++rows;
            QCOMPARE(e.missedMonth, QStringLiteral("2025-04"));
            QCOMPARE(e.keptOn, QDate(2025, 5, 21));
        }
    QCOMPARE(rows, 1);
}

QTEST_GUILESS_MAIN(BirthdayPartyStoreTest)
#include "birthdaypartystore_test.moc"
