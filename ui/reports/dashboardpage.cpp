#include "dashboardpage.h"

#include "chartcard.h"
#include "models/grids/gridrollup.h"
#include "models/grids/gridstore.h"
#include "models/reports/gridworkfigures.h"
#include "ui/common/datefield.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

const QColor kReceived(0x1e, 0x6f, 0xd9);
const QColor kResolved(0x2e, 0x9d, 0x5b);
const QColor kMedian(0xe0, 0x8a, 0x00);

// Distinct, readable colours for series that have no meaning of their own (grids, categories).
QColor paletteColor(int i)
{
    static const QList<QColor> colors{QColor(0x1e, 0x6f, 0xd9), QColor(0x2e, 0x9d, 0x5b), QColor(0xe0, 0x8a, 0x00),
                                      QColor(0xc6, 0x28, 0x28), QColor(0x7b, 0x4f, 0xc4), QColor(0x00, 0x96, 0x88),
                                      QColor(0xd8, 0x4f, 0x9a), QColor(0x6d, 0x7b, 0x8d), QColor(0x8b, 0xc3, 0x4a),
                                      QColor(0x3f, 0x51, 0xb5), QColor(0xff, 0x70, 0x43), QColor(0x5d, 0x40, 0x37)};
    return colors.at(i % colors.size());
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

QValueAxis *countAxis(QChart *chart, double max, QAbstractSeries *series, Qt::Alignment side = Qt::AlignLeft)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, qMax(1.0, max * 1.1));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    chart->addAxis(axis, side);
    series->attachAxis(axis);
    return axis;
}

// Category labels a size smaller, so a community's 8–12 grid names fit under their bars.
QBarCategoryAxis *categoryAxis(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(font);
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.darker(115));
    set->setLabelColor(QColor(0x2b, 0x33, 0x40));
    return set;
}

// The area id of the "Area: …" entries of the grid chooser.
constexpr int kAreaRole = Qt::UserRole + 1;

} // namespace

DashboardPage::DashboardPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period:"), this));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last 3 months"), LastThreeMonths);
    m_period->addItem(tr("Last 12 months"), LastTwelveMonths);
    m_period->addItem(tr("Custom"), Custom);
    bar->addWidget(m_period);
    m_from = new QDateEdit(this);
    DateField::tabLeaves(m_from);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(this);
    DateField::tabLeaves(m_to);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Grid:"), this));
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->addItem(m_scope.seesAllGrids() ? tr("All grids") : tr("All my grids"), 0);
    const GridRollup rollup(m_db, m_scope);
    QSet<qint64> ownAreas; // a grid worker picks among the areas of their own grids only
    for (qint64 grid : m_scope.gridIds())
        ownAreas.insert(rollup.areaOf(grid));
    for (qint64 area : rollup.areaIds()) {
        if (!m_scope.seesAllGrids() && !ownAreas.contains(area))
            continue;
        m_grid->addItem(tr("Area: %1").arg(rollup.areaName(area)), 0);
        m_grid->setItemData(m_grid->count() - 1, area, kAreaRole);
    }
    for (const Grid &g : GridStore(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    bar->addWidget(m_grid);
    m_byArea = new QCheckBox(tr("By area"), this);
    m_byArea->setObjectName(QStringLiteral("byArea"));
    m_byArea->setToolTip(tr("Sum the grids of each area (片区) into one bar"));
    m_byArea->setVisible(!rollup.areaIds().isEmpty());
    bar->addWidget(m_byArea);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    bar->addWidget(refreshButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true); // the line names each count it divides; it wraps rather than widen the window
    m_summary->setStyleSheet(QStringLiteral("color: #2b3340; padding: 2px 0 6px 0;"));
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget(scroll);
    m_cards->setStyleSheet(QStringLiteral("background: #f3f5f8;"));
    auto *grid = new QGridLayout(m_cards);
    grid->setSpacing(10);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);
    const QList<std::pair<QString, QString>> charts{
        {QStringLiteral("casesPerGrid"), tr("Cases received and resolved per grid")},
        {QStringLiteral("casesPerMonth"), tr("Cases per month, last 12 months")},
        {QStringLiteral("resolution"), tr("Share of the period's cases resolved, and median days")},
        {QStringLiteral("categories"), tr("Cases by category")},
        {QStringLiteral("eventsPerMonth"), tr("Events held per grid per month")},
        {QStringLiteral("participants"), tr("Event participants per grid")},
        {QStringLiteral("gridWork"), tr("Grid work in the period's last month")}};
    for (int i = 0; i < charts.size(); ++i)
        grid->addWidget(addCard(charts.at(i).first, charts.at(i).second), i / 2, i % 2);

    setPeriod(ThisMonth);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::periodChosen);
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_loaded)
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_loaded)
            refresh();
    });
    connect(m_grid, &QComboBox::currentIndexChanged, this, [this] {
        // Rolling up only makes sense over every grid.
        m_byArea->setEnabled(m_grid->currentIndex() == 0);
        if (m_loaded)
            refresh();
    });
    connect(m_byArea, &QCheckBox::toggled, this, [this] {
        if (m_loaded)
            refresh();
    });
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
}

ChartCard *DashboardPage::addCard(const QString &objectName, const QString &title)
{
    auto *card = new ChartCard(title, m_cards);
    card->setObjectName(objectName);
    card->setMinimumSize(480, 330);
    connect(card, &ChartCard::statusMessage, this, &DashboardPage::statusMessage);
    m_cardList.append(card);
    return card;
}

QList<ChartCard *> DashboardPage::cards() const
{
    return m_cardList;
}

ChartCard *DashboardPage::card(const QString &objectName) const
{
    for (ChartCard *c : m_cardList)
        if (c->objectName() == objectName)
            return c;
    return nullptr;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh(); // the queries run when the page is first seen, not when the window opens
}

void DashboardPage::setPeriod(Period period)
{
    const bool wasLoaded = m_loaded;
    m_loaded = false; // one refresh for the whole change
    m_period->setCurrentIndex(m_period->findData(period));
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    switch (period) {
    case ThisMonth:
        m_from->setDate(monthStart);
        m_to->setDate(m_today);
        break;
    case LastThreeMonths:
        m_from->setDate(monthStart.addMonths(-2));
        m_to->setDate(m_today);
        break;
    case LastTwelveMonths:
        m_from->setDate(monthStart.addMonths(-11));
        m_to->setDate(m_today);
        break;
    case Custom:
        break;
    }
    m_from->setEnabled(period == Custom);
    m_to->setEnabled(period == Custom);
    m_loaded = wasLoaded;
    if (m_loaded)
        refresh();
}

void DashboardPage::periodChosen()
{
    setPeriod(Period(m_period->currentData().toInt()));
}

void DashboardPage::setCustomPeriod(const QDate &from, const QDate &to)
{
    const bool wasLoaded = m_loaded;
    m_loaded = false;
    setPeriod(Custom);
    m_from->setDate(from);
    m_to->setDate(to);
    m_loaded = wasLoaded;
    if (m_loaded)
        refresh();
}

void DashboardPage::setGrid(qint64 gridId)
{
    int index = 0;
    for (int i = 1; i < m_grid->count(); ++i)
        if (!m_grid->itemData(i, kAreaRole).isValid() && m_grid->itemData(i).toLongLong() == gridId)
            index = i;
    m_grid->setCurrentIndex(index);
}

void DashboardPage::setArea(qint64 areaId)
{
    for (int i = 1; i < m_grid->count(); ++i)
        if (m_grid->itemData(i, kAreaRole).isValid() && m_grid->itemData(i, kAreaRole).toLongLong() == areaId)
            m_grid->setCurrentIndex(i);
}

QDate DashboardPage::from() const
{
    return m_from->date();
}

QDate DashboardPage::to() const
{
    return qMax(m_from->date(), m_to->date());
}

void DashboardPage::refresh()
{
    m_loaded = true;
    DashboardQuery query(m_db, m_scope);
    query.setPeriod(from(), to());
    query.setGrid(m_grid->currentData().toLongLong());
    const QVariant area = m_grid->currentData(kAreaRole);
    query.setArea(area.isValid() ? area.toLongLong() : -1);
    query.setByArea(m_byArea->isChecked() && m_byArea->isEnabled());
    m_showingAreas = query.byArea();
    const auto perGrid = query.casesPerGrid();
    const auto events = query.eventsPerGrid();
    buildCasesPerGrid(perGrid);
    buildCasesPerMonth(query.casesPerMonth());
    buildResolution(perGrid);
    buildCategories(query.casesPerCategory());
    buildEvents(events);
    buildParticipants(events);
    GridWorkFigures work(m_db, m_scope);
    work.setByArea(m_showingAreas);
    work.setArea(area.isValid() ? area.toLongLong() : -1);
    buildGridWork(work.month(to().year(), to().month(), m_grid->currentData().toLongLong()));

    int received = 0, resolved = 0, receivedResolved = 0, held = 0, people = 0;
    for (const auto &g : perGrid)
        received += g.received, resolved += g.resolved, receivedResolved += g.receivedResolved;
    for (const auto &e : events)
        held += e.events, people += e.participants();
    m_summary->setText(summaryText(from(), to(), received, receivedResolved, resolved, held, people));
}

QString DashboardPage::summaryText(const QDate &from, const QDate &to, int received, int receivedResolved, int resolved,
                                   int events, int participants)
{
    // Each figure names its own cohort, so the percentage can be checked from the two numbers
    // right before it (of those received in the period); cases closed in the period include
    // ones received earlier and are never divided by this period's intake.
    return tr("%1 – %2: %3 cases received, %4 of them resolved so far (%5%); %6 cases resolved in the period "
              "(including ones received earlier); %7 events with %8 participants.")
        .arg(from.toString(QStringLiteral("yyyy-MM-dd")), to.toString(QStringLiteral("yyyy-MM-dd")))
        .arg(received)
        .arg(receivedResolved)
        .arg(received ? qRound(100.0 * receivedResolved / received) : 0)
        .arg(resolved)
        .arg(events)
        .arg(participants);
}

void DashboardPage::buildCasesPerGrid(const QList<DashboardQuery::GridCases> &rows)
{
    QChart *chart = newChart();
    auto *received = barSet(tr("Received"), kReceived);
    auto *resolved = barSet(tr("Resolved"), kResolved);
    QStringList grids;
    QList<qint64> ids;
    int max = 0;
    for (const auto &r : rows) {
        grids << r.grid;
        ids << r.gridId;
        *received << r.received;
        *resolved << r.resolved;
        max = qMax(max, qMax(r.received, r.resolved));
    }
    auto *series = new QBarSeries;
    series->append({received, resolved});
    series->setLabelsVisible(rows.size() <= 6); // more grids than that and the numbers collide
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axis = categoryAxis(grids);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    countAxis(chart, max, series);
    const QDate from = this->from(), to = this->to();
    connect(series, &QBarSeries::clicked, this, [this, ids, from, to, received](int index, QBarSet *set) {
        if (index < 0 || index >= ids.size())
            return;
        if (m_showingAreas) { // an area's bar opens its grids
            m_byArea->setChecked(false);
            setArea(ids.at(index));
            return;
        }
        emit showCases(ids.at(index), from, to,
                       set == received ? QStringLiteral("received") : QStringLiteral("resolved"), 0);
    });
    card(QStringLiteral("casesPerGrid"))->setChart(chart);
}

void DashboardPage::buildGridWork(const QList<GridWorkFigures::Row> &rows)
{
    QChart *chart = newChart();
    const QList<std::pair<QString, int GridWorkFigures::Row::*>> figures{
        {tr("Households visited"), &GridWorkFigures::Row::visited},
        {tr("Needs raised"), &GridWorkFigures::Row::needs},
        {tr("Errands done"), &GridWorkFigures::Row::errands},
        {tr("Meetings held"), &GridWorkFigures::Row::meetings},
        {tr("Decisions followed up"), &GridWorkFigures::Row::followedUp}};
    auto *series = new QBarSeries;
    int max = 0;
    for (int i = 0; i < figures.size(); ++i) {
        auto *set = barSet(figures.at(i).first, paletteColor(i));
        for (const auto &r : rows) {
            *set << r.*(figures.at(i).second);
            max = qMax(max, r.*(figures.at(i).second));
        }
        series->append(set);
    }
    // Coverage on its own axis: a share, not a count.
    auto *coverage = new QLineSeries;
    coverage->setName(tr("Coverage (%)"));
    coverage->setPen(QPen(kMedian, 2.5));
    coverage->setPointsVisible(true);
    QStringList names;
    for (int i = 0; i < rows.size(); ++i) {
        names << rows.at(i).name;
        if (rows.at(i).households > 0)
            coverage->append(i, qRound(rows.at(i).coverage() * 10) / 10.0);
    }
    chart->addSeries(series);
    chart->addSeries(coverage);
    auto *axis = categoryAxis(names);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    coverage->attachAxis(axis);
    countAxis(chart, max, series);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%"));
    percent->setTitleText(tr("Coverage"));
    chart->addAxis(percent, Qt::AlignRight);
    coverage->attachAxis(percent);
    card(QStringLiteral("gridWork"))->setChart(chart);
}

void DashboardPage::buildCasesPerMonth(const QList<DashboardQuery::MonthCases> &rows)
{
    QChart *chart = newChart();
    auto *received = new QLineSeries;
    received->setName(tr("Received"));
    received->setPen(QPen(kReceived, 2.5));
    received->setPointsVisible(true);
    auto *resolved = new QLineSeries;
    resolved->setName(tr("Resolved"));
    resolved->setPen(QPen(kResolved, 2.5));
    resolved->setPointsVisible(true);
    QStringList months;
    int max = 0;
    for (int i = 0; i < rows.size(); ++i) {
        months << QLocale().monthName(rows.at(i).month.month(), QLocale::ShortFormat);
        received->append(i, rows.at(i).received);
        resolved->append(i, rows.at(i).resolved);
        max = qMax(max, qMax(rows.at(i).received, rows.at(i).resolved));
    }
    chart->addSeries(received);
    chart->addSeries(resolved);
    auto *axis = categoryAxis(months);
    if (!rows.isEmpty())
        axis->setTitleText(QStringLiteral("%1 – %2").arg(rows.constFirst().month.toString(QStringLiteral("yyyy-MM")),
                                                         rows.constLast().month.toString(QStringLiteral("yyyy-MM"))));
    chart->addAxis(axis, Qt::AlignBottom);
    received->attachAxis(axis);
    resolved->attachAxis(axis);
    QValueAxis *y = countAxis(chart, max, received);
    resolved->attachAxis(y);
    card(QStringLiteral("casesPerMonth"))->setChart(chart);
}

void DashboardPage::buildResolution(const QList<DashboardQuery::GridCases> &rows)
{
    QChart *chart = newChart();
    auto *rate = barSet(tr("Resolved of those received (%)"), kResolved);
    auto *median = new QLineSeries;
    median->setName(tr("Median days to resolve"));
    median->setPen(QPen(kMedian, 2.5));
    median->setPointsVisible(true);
    QStringList grids;
    double maxDays = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const auto &r = rows.at(i);
        grids << r.grid;
        *rate << qRound(r.rate() * 1000) / 10.0;
        if (r.medianDays >= 0) {
            const double days = qRound(r.medianDays * 10) / 10.0;
            median->append(i, days);
            maxDays = qMax(maxDays, days);
        }
    }
    auto *series = new QBarSeries;
    series->append(rate); // the left axis reads the rate; value labels would crowd the median line
    chart->addSeries(series);
    chart->addSeries(median);
    auto *axis = categoryAxis(grids);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    median->attachAxis(axis);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%d%"));
    percent->setTitleText(tr("Resolved"));
    chart->addAxis(percent, Qt::AlignLeft);
    series->attachAxis(percent);
    auto *days = new QValueAxis;
    days->setRange(0, qMax(1.0, maxDays * 1.2));
    days->setLabelFormat(QStringLiteral("%.1f"));
    days->setTitleText(tr("Days"));
    days->applyNiceNumbers();
    chart->addAxis(days, Qt::AlignRight);
    median->attachAxis(days);
    card(QStringLiteral("resolution"))->setChart(chart);
}

void DashboardPage::buildCategories(const QList<DashboardQuery::CategoryCases> &rows)
{
    QChart *chart = newChart();
    chart->legend()->setAlignment(Qt::AlignRight);
    auto *series = new QPieSeries;
    QList<qint64> ids;
    int i = 0;
    for (const auto &c : rows) {
        if (c.received <= 0)
            continue; // an empty slice only clutters the legend
        QPieSlice *slice = series->append(QStringLiteral("%1 %2").arg(c.category).arg(c.received), c.received);
        slice->setColor(paletteColor(i++));
        slice->setLabelVisible(true);
        ids << c.categoryId;
    }
    series->setPieSize(0.7);
    chart->addSeries(series);
    const QDate from = this->from(), to = this->to();
    const qint64 grid = m_grid->currentData().toLongLong();
    connect(series, &QPieSeries::clicked, this, [this, series, ids, from, to, grid](QPieSlice *slice) {
        const qsizetype index = series->slices().indexOf(slice);
        if (index >= 0 && index < ids.size())
            emit showCases(grid, from, to, QStringLiteral("received"), ids.at(index));
    });
    card(QStringLiteral("categories"))->setChart(chart);
}

void DashboardPage::buildEvents(const QList<DashboardQuery::GridEvents> &rows)
{
    QChart *chart = newChart();
    const QList<QDate> months = DashboardQuery::months(from(), to());
    QStringList labels;
    for (const QDate &m : months)
        labels << QLocale().monthName(m.month(), QLocale::ShortFormat);
    // Months along the axis, one stacked colour per grid: the month's total and each grid's share.
    auto *series = new QStackedBarSeries;
    QVector<int> totals(months.size(), 0);
    QHash<QBarSet *, qint64> gridOf;
    for (int g = 0; g < rows.size(); ++g) {
        auto *set = barSet(rows.at(g).grid, paletteColor(g));
        gridOf.insert(set, rows.at(g).gridId > 0 ? rows.at(g).gridId : -1);
        for (int m = 0; m < months.size(); ++m) {
            *set << rows.at(g).perMonth.value(m);
            totals[m] += rows.at(g).perMonth.value(m);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *axis = categoryAxis(labels);
    if (!months.isEmpty())
        axis->setTitleText(QStringLiteral("%1 – %2").arg(months.constFirst().toString(QStringLiteral("yyyy-MM")),
                                                         months.constLast().toString(QStringLiteral("yyyy-MM"))));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    countAxis(chart, totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()), series);
    // A grid's share of a month opens that grid's events of the month, named in a chip.
    connect(series, &QAbstractBarSeries::clicked, this, [this, gridOf, months](int index, QBarSet *set) {
        if (index < 0 || index >= months.size() || !gridOf.contains(set))
            return;
        const QDate month = months.at(index);
        emit showEvents(gridOf.value(set), month, month.addMonths(1).addDays(-1));
    });
    card(QStringLiteral("eventsPerMonth"))->setChart(chart);
}

void DashboardPage::buildParticipants(const QList<DashboardQuery::GridEvents> &rows)
{
    QChart *chart = newChart();
    auto *listed = barSet(tr("Residents listed by name"), kReceived);
    auto *extra = barSet(tr("Others (head count)"), QColor(0x9f, 0xc5, 0xf8));
    QStringList grids;
    int max = 0;
    for (const auto &r : rows) {
        grids << r.grid;
        *listed << r.listed;
        *extra << r.extra;
        max = qMax(max, r.participants());
    }
    auto *series = new QStackedBarSeries;
    series->append({listed, extra});
    chart->addSeries(series);
    auto *axis = categoryAxis(grids);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    countAxis(chart, max, series);
    card(QStringLiteral("participants"))->setChart(chart);
}
