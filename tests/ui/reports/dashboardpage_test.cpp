#include "models/cases/casesummary.h"
#include "ui/reports/chartcard.h"
#include "ui/reports/dashboardpage.h"

#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

// The dashboard on a hand-counted fixture for March 2026: grid A received 3 cases and resolved
// 2, grid B received 1 and resolved 1; one event in A with 2 listed and 4 others.
class DashboardPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chartsShowTheFixture();
    void summaryLineAddsUp();
    void clickingABarAsksForItsCases();
    void periodSelector();
    void gridSelector();
    void areaRollUpAndDrillDown();
    void savePng();
    void demoScreenshot();

private:
    void addCase(qint64 grid, const QString &received, const QString &closed = QString());
    QBarSeries *casesSeries() const;
    void makePage();
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<DashboardPage> m_page;
    int m_no = 0;
};

void DashboardPageTest::addCase(qint64 grid, const QString &received, const QString &closed)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                         "received_at, deadline, status, closed_at, created_at, updated_at) VALUES (?, "
                                         "'phone', 1, ?, 'x', ?, ?, ?, ?, ?, ?)"));
    QVERIFY(q.exec(QStringLiteral("T-%1").arg(++m_no), grid, received, received,
                   closed.isEmpty() ? QStringLiteral("received") : QStringLiteral("closed"),
                   closed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(closed), received, received));
}

void DashboardPageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    addCase(m_t->gridA, QStringLiteral("2026-03-02T09:00:00"), QStringLiteral("2026-03-04T09:00:00"));
    addCase(m_t->gridA, QStringLiteral("2026-03-03T09:00:00"), QStringLiteral("2026-03-09T09:00:00"));
    addCase(m_t->gridA, QStringLiteral("2026-03-30T09:00:00"));
    addCase(m_t->gridB, QStringLiteral("2026-03-10T09:00:00"), QStringLiteral("2026-03-11T09:00:00"));
    addCase(m_t->gridB, QStringLiteral("2026-02-10T09:00:00")); // before the period
    const QString r1 = TestDatabase::idFor(QDate(1950, 1, 1), true, 31);
    const QString r2 = TestDatabase::idFor(QDate(1951, 1, 1), false, 32);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("甲"), r1}, {QStringLiteral("乙"), r2}}));
    SqlQuery e(m_t->db(), QStringLiteral("INSERT INTO event (title, type_id, grid_id, starts_at, ends_at, "
                                         "extra_participants, created_at, updated_at) VALUES ('e', 1, ?, "
                                         "'2026-03-05T09:00:00', '2026-03-05T11:00:00', 4, 'x', 'x')"));
    QVERIFY(e.exec(m_t->gridA));
    SqlQuery p(m_t->db(), QStringLiteral("INSERT INTO event_participant (event_id, resident_id) VALUES (?, ?)"));
    QVERIFY(p.exec(e.lastInsertId(), m_t->residentId(r1)));
    QVERIFY(p.exec(e.lastInsertId(), m_t->residentId(r2)));
    QVERIFY(CaseSummary::rebuild(m_t->db())); // rows written directly, as the generators do
    makePage();
}

void DashboardPageTest::makePage()
{
    m_page = std::make_unique<DashboardPage>(m_t->db(), testScope());
    m_page->setToday(QDate(2026, 3, 31));
    m_page->setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    m_page->resize(1200, 1100);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

// Grid A in an area: "By area" shows one bar per area, and clicking the area's bar opens its
// grids (the chooser shows the area, the bars are grid A's).
void DashboardPageTest::areaRollUpAndDrillDown()
{
    SqlQuery area(m_t->db(), QStringLiteral("INSERT INTO area (community_id, code, name, created_at, updated_at) "
                                            "SELECT id, 'P1', '东片区', 'x', 'x' FROM community"));
    QVERIFY(area.exec());
    SqlQuery assign(m_t->db(), QStringLiteral("UPDATE grid SET area_id = ? WHERE id = ?"));
    QVERIFY(assign.exec(area.lastInsertId(), m_t->gridA));
    makePage(); // the chooser lists the areas that exist when the page is made

    auto *byArea = m_page->findChild<QCheckBox *>(QStringLiteral("byArea"));
    QVERIFY(byArea && byArea->isVisible());
    QTest::mouseClick(byArea, Qt::LeftButton);
    QVERIFY(byArea->isChecked());
    QBarSeries *series = casesSeries();
    QVERIFY(series);
    auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categories().value(0), QStringLiteral("东片区"));
    QCOMPARE(series->barSets().at(0)->at(0), 3.0); // grid A's three
    QCOMPARE(series->barSets().at(0)->at(1), 1.0); // grid B, in no area

    emit series->clicked(0, series->barSets().at(0));
    auto *grid = m_page->findChild<QComboBox *>(QStringLiteral("grid"));
    QVERIFY(grid->currentText().contains(QStringLiteral("东片区")));
    QVERIFY(!byArea->isChecked());
    series = casesSeries();
    QCOMPARE(series->barSets().at(0)->count(), 1); // grid A only
    QCOMPARE(series->barSets().at(0)->at(0), 3.0);
}

void DashboardPageTest::cleanup()
{
    m_page.reset();
    m_t.reset();
}

QBarSeries *DashboardPageTest::casesSeries() const
{
    ChartCard *card = m_page->card(QStringLiteral("casesPerGrid"));
    return card && card->chart() ? qobject_cast<QBarSeries *>(card->chart()->series().value(0)) : nullptr;
}

// Hand count for March: received A 3 (2 closed) + B 1 (closed) = 4, of them 3 resolved = 75%;
// resolved in March: those 3 and a February case closed on 03-20 = 4; one event, 2 + 4 people.
// The percentage is the second number over the first, never the resolved-in-period count.
void DashboardPageTest::summaryLineAddsUp()
{
    addCase(m_t->gridB, QStringLiteral("2026-02-12T09:00:00"), QStringLiteral("2026-03-20T09:00:00"));
    QVERIFY(CaseSummary::rebuild(m_t->db()));
    m_page->refresh();
    auto *summary = m_page->findChild<QLabel *>(QStringLiteral("summary"));
    QVERIFY(summary);
    QCOMPARE(summary->text(), QStringLiteral("2026-03-01 – 2026-03-31: 4 cases received, 3 of them resolved so far "
                                             "(75%); 4 cases resolved in the period (including ones received "
                                             "earlier); 1 events with 6 participants."));
    // The same rule on round numbers: 22 of 35 is 63%, not a share of the resolved-in-period count.
    QCOMPARE(DashboardPage::summaryText(QDate(2026, 1, 1), QDate(2026, 1, 31), 35, 22, 30, 0, 0),
             QStringLiteral("2026-01-01 – 2026-01-31: 35 cases received, 22 of them resolved so far (63%); 30 cases "
                            "resolved in the period (including ones received earlier); 0 events with 0 "
                            "participants."));
}

void DashboardPageTest::chartsShowTheFixture()
{
    QCOMPARE(m_page->cards().size(), 7);
    QBarSeries *series = casesSeries();
    QVERIFY(series);
    QCOMPARE(series->count(), 2);
    const QBarSet *received = series->barSets().at(0);
    const QBarSet *resolved = series->barSets().at(1);
    QCOMPARE(received->count(), 2); // two grids
    QCOMPARE(received->at(0), 3.0);
    QCOMPARE(received->at(1), 1.0);
    QCOMPARE(resolved->at(0), 2.0);
    QCOMPARE(resolved->at(1), 1.0);

    // Per month: March is the last of the twelve points.
    const auto *line =
        qobject_cast<QLineSeries *>(m_page->card(QStringLiteral("casesPerMonth"))->chart()->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 12);
    QCOMPARE(line->at(11).y(), 4.0);
    QCOMPARE(line->at(10).y(), 1.0); // February

    // Resolution rate: A 2 of 3, B 1 of 1; median days: A (2 + 6) / 2 = 4, B 1.
    const auto *rate =
        qobject_cast<QBarSeries *>(m_page->card(QStringLiteral("resolution"))->chart()->series().value(0));
    QVERIFY(rate);
    QCOMPARE(rate->barSets().at(0)->at(0), 66.7);
    QCOMPARE(rate->barSets().at(0)->at(1), 100.0);
    const auto *median =
        qobject_cast<QLineSeries *>(m_page->card(QStringLiteral("resolution"))->chart()->series().value(1));
    QVERIFY(median);
    QCOMPARE(median->at(0).y(), 4.0);
    QCOMPARE(median->at(1).y(), 1.0);

    const auto *pie =
        qobject_cast<QPieSeries *>(m_page->card(QStringLiteral("categories"))->chart()->series().value(0));
    QVERIFY(pie);
    QCOMPARE(pie->count(), 1); // only the category that has cases
    QCOMPARE(pie->sum(), 4.0);

    const auto *events =
        qobject_cast<QStackedBarSeries *>(m_page->card(QStringLiteral("eventsPerMonth"))->chart()->series().value(0));
    QVERIFY(events);
    QCOMPARE(events->barSets().at(0)->at(0), 1.0); // grid A, March
    QCOMPARE(events->barSets().at(1)->at(0), 0.0); // grid B
    const auto *people =
        qobject_cast<QStackedBarSeries *>(m_page->card(QStringLiteral("participants"))->chart()->series().value(0));
    QVERIFY(people);
    QCOMPARE(people->barSets().at(0)->at(0), 2.0); // listed
    QCOMPARE(people->barSets().at(1)->at(0), 4.0); // head count
}

void DashboardPageTest::clickingABarAsksForItsCases()
{
    QSignalSpy spy(m_page.get(), &DashboardPage::showCases);
    QBarSeries *series = casesSeries();
    QChart *chart = m_page->card(QStringLiteral("casesPerGrid"))->chart();
    QChartView *view = m_page->card(QStringLiteral("casesPerGrid"))->chartView();
    // Two sets share a category's width (0.5 by default): "resolved" is the right-hand bar.
    const QPointF inChart = chart->mapToPosition(QPointF(1 + 0.125, 0.5), series);
    const QPoint onView = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onView);
    QCOMPARE(spy.count(), 1);
    const QList<QVariant> args = spy.takeFirst();
    QCOMPARE(args.at(0).toLongLong(), m_t->gridB);
    QCOMPARE(args.at(1).toDate(), QDate(2026, 3, 1));
    QCOMPARE(args.at(2).toDate(), QDate(2026, 3, 31));
    QCOMPARE(args.at(3).toString(), QStringLiteral("resolved"));
    QCOMPARE(args.at(4).toLongLong(), 0);

    const QPointF left = chart->mapToPosition(QPointF(0 - 0.125, 1.5), series);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(chart->mapToScene(left)));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_t->gridA);
    QCOMPARE(spy.at(0).at(3).toString(), QStringLiteral("received"));
}

void DashboardPageTest::periodSelector()
{
    auto *period = m_page->findChild<QComboBox *>(QStringLiteral("period"));
    QVERIFY(period);
    period->setCurrentIndex(period->findData(DashboardPage::LastThreeMonths));
    QCOMPARE(m_page->from(), QDate(2026, 1, 1));
    QCOMPARE(m_page->to(), QDate(2026, 3, 31));
    // February's case now counts for grid B.
    QCOMPARE(casesSeries()->barSets().at(0)->at(1), 2.0);
    period->setCurrentIndex(period->findData(DashboardPage::ThisMonth));
    QCOMPARE(m_page->from(), QDate(2026, 3, 1));
    QCOMPARE(casesSeries()->barSets().at(0)->at(1), 1.0);
    period->setCurrentIndex(period->findData(DashboardPage::LastTwelveMonths));
    QCOMPARE(m_page->from(), QDate(2025, 4, 1));
}

void DashboardPageTest::gridSelector()
{
    auto *grid = m_page->findChild<QComboBox *>(QStringLiteral("grid"));
    QVERIFY(grid);
    grid->setCurrentIndex(grid->findData(m_t->gridA));
    const QBarSet *received = casesSeries()->barSets().at(0);
    QCOMPARE(received->count(), 1);
    QCOMPARE(received->at(0), 3.0);
}

void DashboardPageTest::savePng()
{
    QTemporaryDir dir;
    for (ChartCard *card : m_page->cards()) {
        const QString path = dir.filePath(card->objectName() + QStringLiteral(".png"));
        QVERIFY(card->savePng(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 480 && image.height() >= 340);
        // Not a blank page: the bars and text put more than one colour on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 3, qPrintable(card->objectName()));
    }
}

// For a person to look at: the dashboard on the demo community, saved to $CD_SCREENSHOT_DIR.
void DashboardPageTest::demoScreenshot()
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CD_SCREENSHOT_DIR is not set");
    Database demo(QStringLiteral("demo-dashboard"));
    QVERIFY(Workspace::open(demo, QStringLiteral(":memory:")));
    DemoGenerator generator(demo.connection());
    QVERIFY(generator.generate(3000));
    DashboardPage page(demo.connection(), testScope());
    page.setPeriod(DashboardPage::LastTwelveMonths);
    page.resize(1210, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("dash-dashboard.png"))));
    page.setPeriod(DashboardPage::ThisMonth);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("dash-dashboard-month.png"))));
    QVERIFY(page.card(QStringLiteral("casesPerGrid"))->savePng(QDir(dir).filePath(QStringLiteral("dash-chart.png"))));
    QVERIFY(page.card(QStringLiteral("gridWork"))->savePng(QDir(dir).filePath(QStringLiteral("dash-gridwork.png"))));
    page.findChild<QCheckBox *>(QStringLiteral("byArea"))->setChecked(true);
    QVERIFY(page.card(QStringLiteral("casesPerGrid"))->savePng(QDir(dir).filePath(QStringLiteral("dash-areas.png"))));
    QVERIFY(
        page.card(QStringLiteral("gridWork"))->savePng(QDir(dir).filePath(QStringLiteral("dash-gridwork-areas.png"))));
}

QTEST_MAIN(DashboardPageTest)
#include "dashboardpage_test.moc"
