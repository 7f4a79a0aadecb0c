#include "models/birthdays/birthdaylistmodel.h"

#include "models/birthdays/birthdaypartystore.h"
#include "models/core/itemroles.h"
#include "tests/support/birthdaytestdata.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

using Model = BirthdayListModel;

class BirthdayListModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void monthList();
    void milestonesAndCounts();
    void filters();
    void groupByGrid();
    void phonesMaskedUnlessRevealed();
    void missedRowsFlagged();
    void minimumAgeAndCalendar();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<BirthdayTestData> m_data;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_alone = 0, m_eighty = 0, m_centenarian = 0, m_plain = 0, m_gridB = 0;
};

void BirthdayListModelTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_data = std::make_unique<BirthdayTestData>(*m_t);
    m_plain = m_data->add(QStringLiteral("张建国"), QDate(1952, 9, 3), 0, {}, QStringLiteral("13812345678"));
    m_alone = m_data->add(QStringLiteral("李桂兰"), QDate(1948, 9, 25), 0, {QStringLiteral("living_alone")},
                          QStringLiteral("13987654321"), false);
    m_eighty = m_data->add(QStringLiteral("王淑珍"), QDate(1945, 9, 10), m_t->buildingA2, {QStringLiteral("disabled")});
    m_centenarian = m_data->add(QStringLiteral("赵福"), QDate(1924, 9, 18), m_t->buildingB1);
    m_gridB = m_data->add(QStringLiteral("孙立"), QDate(1955, 9, 1), m_t->buildingB1, {QStringLiteral("living_alone")});
    m_data->add(QStringLiteral("十月"), QDate(1950, 10, 1));
    m_model = std::make_unique<Model>(m_t->db(), testScope());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setToday(QDate(2025, 8, 28));
    m_model->setMonth(2025, 9);
    QCOMPARE(m_model->rowCount(), 0); // nothing is read before the first reload()
    m_model->reload();
}

void BirthdayListModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_data.reset();
    m_t.reset();
}

void BirthdayListModelTest::monthList()
{
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    // Living alone first, then by day.
    QList<qint64> order;
    for (int r = 0; r < m_model->rowCount(); ++r)
        order << m_model->index(r, 0).data(ItemRole::Id).toLongLong();
    QCOMPARE(order, (QList<qint64>{m_gridB, m_alone, m_plain, m_eighty, m_centenarian}));

    const int row = m_model->rowOfResident(m_alone);
    QCOMPARE(m_model->index(row, Model::Name).data().toString(), QStringLiteral("李桂兰"));
    QCOMPARE(m_model->index(row, Model::BirthDate).data().toString(), QStringLiteral("1948-09-25"));
    QVERIFY(m_model->index(row, Model::LunarBirthday).data().toString().contains(QChar(u'月')));
    QCOMPARE(m_model->index(row, Model::AgeTurning).data().toInt(), 77);
    QCOMPARE(m_model->index(row, Model::Grid).data().toString(), QStringLiteral("第一网格"));
    QCOMPARE(m_model->index(row, Model::Tags).data().toString(), QStringLiteral("独居"));
    QVERIFY(!m_model->index(row, Model::KeptOn).data().toString().isEmpty());
    QCOMPARE(m_model->headerData(Model::AgeTurning, Qt::Horizontal).toString(), QStringLiteral("Age turning"));
    // The card follows the chosen month: September is not this month (28 August), so its first
    // 7 days: 1 September (孙立) and 3 September (张建国).
    QCOMPARE(m_model->upcomingFrom(), QDate(2025, 9, 1));
    QCOMPARE(m_model->upcomingCount(), 2);
    m_model->setMonth(2025, 10); // 1–7 October: 十月 on the 1st
    QCOMPARE(m_model->upcomingFrom(), QDate(2025, 10, 1));
    QCOMPARE(m_model->upcomingCount(), 1);
    m_model->setMonth(2025, 8); // this month: from today, 28 August – 3 September
    QCOMPARE(m_model->upcomingFrom(), QDate(2025, 8, 28));
    QCOMPARE(m_model->upcomingCount(), 2);
    m_model->setMonth(2025, 9);
}

void BirthdayListModelTest::milestonesAndCounts()
{
    const int eighty = m_model->rowOfResident(m_eighty);
    QCOMPARE(m_model->index(eighty, Model::AgeTurning).data().toInt(), 80);
    QVERIFY(m_model->index(eighty, Model::Name).data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    QVERIFY(m_model->index(eighty, Model::AgeTurning).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m_model->index(eighty, Model::Note).data().toString().contains(QStringLiteral("80")));
    const int plain = m_model->rowOfResident(m_plain);
    QVERIFY(!m_model->index(plain, Model::Name).data(Qt::BackgroundRole).isValid());

    const BirthdayCounts c = m_model->counts();
    QCOMPARE(c.total, 5);
    QCOMPARE(c.aged80, 2);
    QCOMPARE(c.aged100, 1);
    QCOMPARE(c.milestones, 3); // 70 (孙立), 80, 101 — 100 and over is always a milestone
    QCOMPARE(c.livingAlone, 2);
    QCOMPARE(c.missed, 0);
}

void BirthdayListModelTest::filters()
{
    QSignalSpy changed(m_model.get(), &Model::listChanged);
    m_model->setGridFilter(m_t->gridB);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->gridFilter(), m_t->gridB);
    QCOMPARE(changed.count(), 1);
    m_model->setTagFilter(m_data->tagId(QStringLiteral("living_alone")));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entries().constFirst().residentId, m_gridB);
    m_model->setGridFilter(0);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setTagFilter(0);
    QCOMPARE(m_model->rowCount(), 5);
}

void BirthdayListModelTest::groupByGrid()
{
    m_model->setGroupByGrid(true);
    QVERIFY(m_model->groupByGrid());
    // Heading, 3 of 第一网格, heading, 2 of 第二网格.
    QCOMPARE(m_model->rowCount(), 7);
    QVERIFY(m_model->isGroupRow(0));
    QVERIFY(!m_model->entry(0));
    QVERIFY(m_model->index(0, Model::Name).data().toString().contains(QStringLiteral("第一网格")));
    QCOMPARE(m_model->index(0, Model::Name).data(ItemRole::Kind).toString(), QStringLiteral("grid"));
    QCOMPARE(m_model->entry(1)->residentId, m_alone);
    QVERIFY(m_model->isGroupRow(4));
    QVERIFY(m_model->index(4, Model::Name).data().toString().contains(QStringLiteral("第二网格")));
    QCOMPARE(m_model->entry(5)->residentId, m_gridB);
    QCOMPARE(m_model->entries().size(), 5);
    QCOMPARE(m_model->rowOfResident(m_centenarian), 6);
    m_model->setGroupByGrid(false);
    QCOMPARE(m_model->rowCount(), 5);
}

void BirthdayListModelTest::phonesMaskedUnlessRevealed()
{
    const int row = m_model->rowOfResident(m_plain);
    QCOMPARE(m_model->index(row, Model::Phone).data().toString(), QStringLiteral("138****5678"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRevealPhones(true);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(row, Model::Phone).data().toString(), QStringLiteral("13812345678"));
}

void BirthdayListModelTest::missedRowsFlagged()
{
    BirthdayPartyStore store(m_t->db(), testScope());
    store.setToday(QDate(2025, 10, 1));
    BirthdayParty p;
    p.month = QStringLiteral("2025-09");
    p.date = QDate(2025, 9, 26);
    p.attendance = {{m_alone, BirthdayParty::Outcome::Absent, {}, {}, {}},
                    {m_plain, BirthdayParty::Outcome::Attended, {}, {}, {}}};
    QVERIFY(store.save(p).ok);
    m_model->setMonth(2025, 10);
    QCOMPARE(m_model->rowCount(), 2);
    const int row = m_model->rowOfResident(m_alone);
    QVERIFY(row >= 0);
    QVERIFY(m_model->entry(row)->isMissed());
    QVERIFY(m_model->index(row, Model::Note).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model->counts().missed, 1);
    m_model->setIncludeMissed(false);
    QCOMPARE(m_model->rowCount(), 1);
}

void BirthdayListModelTest::minimumAgeAndCalendar()
{
    m_model->setMinimumAge(80);
    QCOMPARE(m_model->minimumAge(), 80);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setMinimumAge(60);
    m_model->setDefaultCalendar(BirthdayRules::Calendar::Lunar);
    QCOMPARE(m_model->defaultCalendar(), BirthdayRules::Calendar::Lunar);
    // By lunar date the September list holds other people; every one is kept in September.
    for (const BirthdayEntry &e : m_model->entries()) {
        QCOMPARE(e.keptOn.month(), 9);
        QCOMPARE(e.calendar, BirthdayRules::Calendar::Lunar);
    }
}

QTEST_MAIN(BirthdayListModelTest)
#include "birthdaylistmodel_test.moc"
