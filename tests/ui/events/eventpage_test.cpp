#include "ui/common/savedviewsbar.h"
#include "ui/events/eventdialog.h"
#include "ui/events/eventpage.h"

#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/events/eventstore.h"
#include "models/events/eventtablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/attendeetestdata.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

// The event form driven as a clerk would: type a title, search the register for participants
// and add them, give a head count of others, save; the list then shows the event.
class EventPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordAnEventWithParticipants();
    void endBeforeStartShowsTheError();
    void listFilters();
    void savedViewOfTheList();
    void demoScreenshot();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void EventPageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(AttendeeTestData().addTo(*m_t));
}

void EventPageTest::cleanup()
{
    m_t.reset();
}

void EventPageTest::recordAnEventWithParticipants()
{
    EventDialog dialog(m_t->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Chinese text arrives as an input method commits it, not as key presses.
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->insert(QStringLiteral("义诊"));
    auto *grid = dialog.findChild<QComboBox *>(QStringLiteral("grid"));
    grid->setCurrentIndex(grid->findData(m_t->gridA));
    auto *start = dialog.findChild<QDateTimeEdit *>(QStringLiteral("start"));
    auto *end = dialog.findChild<QDateTimeEdit *>(QStringLiteral("end"));
    start->setDateTime(QDateTime(QDate(2026, 5, 10), QTime(9, 0)));
    end->setDateTime(QDateTime(QDate(2026, 5, 10), QTime(11, 0)));

    dialog.findChild<QLineEdit *>(QStringLiteral("residentSearch"))->insert(QStringLiteral("张"));
    QCOMPARE(dialog.residentHits()->model()->rowCount(), 2);
    QVERIFY(dialog.addFoundResident(0));
    QVERIFY(!dialog.addFoundResident(0)); // once only
    QVERIFY(dialog.addFoundResident(1));
    QCOMPARE(dialog.participants()->count(), 2);
    auto *extra = dialog.findChild<QSpinBox *>(QStringLiteral("extra"));
    extra->setValue(7);
    QVERIFY(dialog.totalLabel()->text().contains(QLatin1String("9")));

    dialog.accept();
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    const auto saved = EventStore(m_t->db(), testScope()).event(dialog.savedEventId());
    QVERIFY(saved);
    QCOMPARE(saved->title, QStringLiteral("义诊"));
    QCOMPARE(saved->gridId, m_t->gridA);
    QCOMPARE(saved->participantIds.size(), 2);
    QCOMPARE(saved->participantCount(), 9);
}

void EventPageTest::endBeforeStartShowsTheError()
{
    EventDialog dialog(m_t->db(), testScope());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("title"))->insert(QStringLiteral("讲座"));
    auto *start = dialog.findChild<QDateTimeEdit *>(QStringLiteral("start"));
    auto *end = dialog.findChild<QDateTimeEdit *>(QStringLiteral("end"));
    start->setDateTime(QDateTime(QDate(2026, 5, 10), QTime(14, 0)));
    end->setDateTime(QDateTime(QDate(2026, 5, 10), QTime(13, 0)));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QLatin1String("End")), qPrintable(dialog.errorText()));
    QCOMPARE(m_t->count(QStringLiteral("event")), 0);
}

void EventPageTest::listFilters()
{
    EventStore store(m_t->db(), testScope());
    const qint64 type = store.types().constFirst().id;
    auto add = [&](const QString &title, qint64 grid, const QDate &day) {
        Event e;
        e.title = title;
        e.typeId = type;
        e.gridId = grid;
        e.startsAt = QDateTime(day, QTime(9, 0));
        e.endsAt = QDateTime(day, QTime(10, 0));
        QVERIFY(store.save(e).ok);
    };
    add(QStringLiteral("春节联欢"), 0, QDate(2026, 2, 1));
    add(QStringLiteral("清洁日"), m_t->gridA, QDate(2026, 3, 1));
    add(QStringLiteral("防诈讲座"), m_t->gridB, QDate(2026, 3, 2));
    EventPage page(m_t->db(), testScope());
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31));
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->index(0, EventTableModel::Title).data().toString(),
             QStringLiteral("防诈讲座")); // newest first
    auto *grid = page.findChild<QComboBox *>(QStringLiteral("grid"));
    grid->setCurrentIndex(grid->findData(-1));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, EventTableModel::Grid).data().toString(), QStringLiteral("Community-wide"));
    grid->setCurrentIndex(0);
    page.findChild<QLineEdit *>(QStringLiteral("search"))->insert(QStringLiteral("讲座"));
    QCOMPARE(page.model()->rowCount(), 1);
    page.setSearchText(QString());
    page.setPeriod(QDate(2026, 3, 2), QDate(2026, 3, 2)); // the day's last second counts
    QCOMPARE(page.model()->rowCount(), 1);
}

// A list page's saved view (issue 24): the period, grid and search by name, opened from the combo.
void EventPageTest::savedViewOfTheList()
{
    EventStore store(m_t->db(), testScope());
    Event e;
    e.title = QStringLiteral("春节联欢");
    e.typeId = store.types().constFirst().id;
    e.startsAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0));
    e.endsAt = QDateTime(QDate(2026, 2, 1), QTime(10, 0));
    QVERIFY(store.save(e).ok);
    e.id = 0; // a second event
    e.title = QStringLiteral("清洁日");
    e.gridId = m_t->gridA;
    QVERIFY(store.save(e).ok);
    EventPage page(m_t->db(), testScope());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31));
    auto *grid = page.findChild<QComboBox *>(QStringLiteral("grid"));
    GuiTest::chooseByKeyboard(grid, -1);
    QCOMPARE(page.model()->rowCount(), 1);
    auto *bar = page.findChild<SavedViewsBar *>();
    QVERIFY(bar);
    QVERIFY(bar->saveAs(QStringLiteral("社区活动 一季度")).isEmpty());

    GuiTest::chooseByKeyboard(grid, 0);
    page.setPeriod(QDate(2025, 1, 1), QDate(2025, 3, 31));
    QCOMPARE(page.model()->rowCount(), 0);
    auto *views = page.findChild<QComboBox *>(QStringLiteral("savedViews"));
    views->setCurrentIndex(0);
    GuiTest::chooseByKeyboard(views, views->itemData(views->findText(QStringLiteral("社区活动 一季度"))));
    QCOMPARE(grid->currentData().toLongLong(), -1);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, EventTableModel::Title).data().toString(), QStringLiteral("春节联欢"));
}

// For a person to look at: the event list and form on the demo community, in $CD_SCREENSHOT_DIR.
void EventPageTest::demoScreenshot()
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CD_SCREENSHOT_DIR is not set");
    Database demo(QStringLiteral("demo-events"));
    QVERIFY(Workspace::open(demo, QStringLiteral(":memory:")));
    DemoGenerator generator(demo.connection());
    QVERIFY(generator.generate(3000));
    EventPage page(demo.connection(), testScope());
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("dash-events.png"))));
    EventDialog dialog(demo.connection(), testScope(), page.model()->eventId(0));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.searchResidents(QStringLiteral("王"));
    QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("dash-eventdialog.png"))));
}

QTEST_MAIN(EventPageTest)
#include "eventpage_test.moc"
