// EventTableModel over more events than one page: newest first, a page at a time as the view
// scrolls, the filters narrowing the count, cells as the list shows them, and reload picking up
// new events, with QAbstractItemModelTester watching throughout.
#include "models/core/itemroles.h"
#include "models/events/eventstore.h"
#include "models/events/eventtablemodel.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

class EventTableModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fetchesAPageAtATime();
    void cells();
    void filtersNarrowTheCount();
    void reloadPicksUpNewEvents();

private:
    static constexpr int kEvents = 4 * EventTableModel::kPageSize + 50;
    // Event i (0-based) is held on day i of 2026 from 9:00 to 11:00; every third one is
    // community-wide (else in grid A), every tenth from the eighth on is cancelled, and i % 5
    // people came without being listed by name.
    static QDate day(int i) { return QDate(2026, 1, 1).addDays(i); }
    static QString title(int i) { return QStringLiteral("活动%1").arg(i, 3, 10, QLatin1Char('0')); }
    static bool communityWide(int i) { return i % 3 == 0; }
    static bool cancelled(int i) { return i % 10 == 7; }
    static int fetchAll(EventTableModel &model);
    qint64 addEvent(int i, const QList<qint64> &participants = {});

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_type = 0;
    QList<qint64> m_residents;
};

qint64 EventTableModelTest::addEvent(int i, const QList<qint64> &participants)
{
    Event e;
    e.title = title(i);
    e.typeId = m_type;
    e.gridId = communityWide(i) ? 0 : m_t->gridA;
    e.place = QStringLiteral("广场");
    e.startsAt = QDateTime(day(i), QTime(9, 0));
    e.endsAt = QDateTime(day(i), QTime(11, 0));
    e.participantIds = participants;
    e.extraParticipants = i % 5;
    EventStore store(m_t->db(), testScope());
    const SaveResult r = store.save(e);
    if (!r.ok)
        qWarning() << "event failed:" << r.firstMessage();
    if (r.ok && cancelled(i) && !store.cancel(e.id).ok)
        qWarning() << "cancel failed";
    return r.ok ? e.id : 0;
}

int EventTableModelTest::fetchAll(EventTableModel &model)
{
    int fetches = 0;
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
        ++fetches;
    }
    return fetches;
}

void EventTableModelTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString a = TestDatabase::idFor(QDate(1950, 1, 1), true, 11);
    const QString b = TestDatabase::idFor(QDate(1960, 2, 2), false, 12);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("张三"), a}, {QStringLiteral("李四"), b}}));
    m_residents = {m_t->residentId(a), m_t->residentId(b)};
    m_type = EventStore(m_t->db(), testScope()).types().constFirst().id;
    QVERIFY(m_type > 0);
    // The newest event has two residents listed by name.
    for (int i = 0; i < kEvents; ++i)
        QVERIFY(addEvent(i, i == kEvents - 1 ? m_residents : QList<qint64>{}) > 0);
}

void EventTableModelTest::cleanup()
{
    m_t.reset();
}

void EventTableModelTest::fetchesAPageAtATime()
{
    EventTableModel model(m_t->db(), testScope());
    // One page until the view asks for more.
    QCOMPARE(model.totalCount(), kEvents);
    QCOMPARE(model.rowCount(), EventTableModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    QCOMPARE(model.eventId(EventTableModel::kPageSize), 0); // not fetched yet

    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int before = model.rowCount();
    QVERIFY(before < kEvents);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), qMin(before + EventTableModel::kPageSize, kEvents));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), before); // appended after the rows fetched
    fetchAll(model);
    QCOMPARE(model.rowCount(), kEvents);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // nothing more: no change
    QCOMPARE(model.rowCount(), kEvents);

    // Newest first, every event once, across the page boundaries.
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, EventTableModel::Title).data().toString(), title(kEvents - 1 - row));
        seen.insert(model.eventId(row));
    }
    QCOMPARE(seen.size(), kEvents);
    QCOMPARE(model.index(EventTableModel::kPageSize, 0).data(ItemRole::Id).toLongLong(),
             model.eventId(EventTableModel::kPageSize));
}

void EventTableModelTest::cells()
{
    EventTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    auto cell = [&](int i, int column, int role = Qt::DisplayRole) {
        return model.index(kEvents - 1 - i, column).data(role);
    };
    const int newest = kEvents - 1; // 449: grid A, 2 named + 4 unnamed
    QCOMPARE(cell(newest, EventTableModel::Date).toString(),
             day(newest).toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 09:00–11:00"));
    QCOMPARE(cell(newest, EventTableModel::Participants).toInt(), 2 + newest % 5);
    QCOMPARE(cell(newest, EventTableModel::Volunteers).toInt(), 0);
    QCOMPARE(cell(newest, EventTableModel::Place).toString(), QStringLiteral("广场"));
    QCOMPARE(cell(newest, EventTableModel::Grid).toString(), QStringLiteral("第一网格"));
    QCOMPARE(cell(newest, EventTableModel::Participants, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // Past the first page: community-wide, cancelled, greyed.
    QVERIFY(communityWide(57) && cancelled(57));
    QCOMPARE(cell(57, EventTableModel::Grid).toString(), QStringLiteral("Community-wide"));
    QCOMPARE(cell(57, EventTableModel::Status).toString(), QStringLiteral("Cancelled"));
    QCOMPARE(cell(57, EventTableModel::Participants).toInt(), 57 % 5);
    QVERIFY(cell(57, EventTableModel::Title, Qt::ForegroundRole).isValid());
    QVERIFY(cell(58, EventTableModel::Title, Qt::ForegroundRole).isNull());
    QVERIFY(cell(58, EventTableModel::Status).toString() != QStringLiteral("Cancelled"));
    QCOMPARE(model.headerData(EventTableModel::Participants, Qt::Horizontal).toString(),
             QStringLiteral("Participants"));
    QVERIFY(!model.index(0, 0).parent().isValid());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void EventTableModelTest::filtersNarrowTheCount()
{
    EventTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &EventTableModel::countChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    int wide = 0, wideLive = 0, gridA = 0, live = 0;
    for (int i = 0; i < kEvents; ++i) {
        (communityWide(i) ? wide : gridA) += 1;
        live += cancelled(i) ? 0 : 1;
        wideLive += communityWide(i) && !cancelled(i) ? 1 : 0;
    }

    // Without the cancelled ones: still more than a page, and none of them cancelled.
    EventFilter f;
    f.includeCancelled = false;
    model.setFilter(f);
    QCOMPARE(model.totalCount(), live);
    QVERIFY(live > EventTableModel::kPageSize);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), live);
    QCOMPARE(reset.size(), 1);
    fetchAll(model);
    QCOMPARE(model.rowCount(), live);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, EventTableModel::Status).data().toString() != QStringLiteral("Cancelled"));

    // The same filter again reads nothing.
    model.setFilter(f);
    QCOMPARE(reset.size(), 1);

    f.gridId = -1; // community-wide only
    model.setFilter(f);
    QCOMPARE(model.totalCount(), wideLive);
    f.includeCancelled = true;
    model.setFilter(f);
    QCOMPARE(model.totalCount(), wide);
    f.gridId = m_t->gridA;
    model.setFilter(f);
    QCOMPARE(model.totalCount(), gridA);
    QCOMPARE(model.index(0, EventTableModel::Title).data().toString(), title(kEvents - 1));

    // February, both ends inclusive: days 31 to 58 of the year.
    f = {};
    f.from = QDate(2026, 2, 1);
    f.to = QDate(2026, 2, 28);
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 28);
    QCOMPARE(model.rowCount(), 28);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.index(0, EventTableModel::Title).data().toString(), title(58));
    QCOMPARE(model.index(27, EventTableModel::Title).data().toString(), title(31));

    // Words in the title.
    f = {};
    f.text = QStringLiteral("活动00");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 10);
    QCOMPARE(counted.constLast().at(0).toInt(), 10);
    f.text = QStringLiteral("没有这个");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void EventTableModelTest::reloadPicksUpNewEvents()
{
    EventTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    const qint64 id = addEvent(kEvents);
    QVERIFY(id > 0);
    QCOMPARE(model.totalCount(), kEvents); // a snapshot until reloaded
    model.reload();
    QCOMPARE(model.totalCount(), kEvents + 1);
    QCOMPARE(model.rowCount(), EventTableModel::kPageSize); // the first page comes with the reset
    QCOMPARE(model.eventId(0), id);
    QCOMPARE(model.index(0, EventTableModel::Title).data().toString(), title(kEvents));
}

QTEST_GUILESS_MAIN(EventTableModelTest)
#include "eventtablemodel_test.moc"
