#pragma once

#include "models/access/accessscope.h"

#include "models/reports/dashboardquery.h"
#include "models/reports/gridworkfigures.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>

class ChartCard;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

// Charts of cases and events per grid for a period and grid: received and resolved per grid,
// per month over the last twelve months, resolution rate and median days, cases by category,
// events per grid per month and participants. Clicking a bar or slice asks for the cases behind it.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    enum Period { ThisMonth, LastThreeMonths, LastTwelveMonths, Custom };

    DashboardPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setToday(const QDate &today) { m_today = today; }
    void setPeriod(Period period);
    void setCustomPeriod(const QDate &from, const QDate &to);
    void setGrid(qint64 gridId);
    // Limits the charts to the grids of one area (GridRollup::kNoArea: grids in no area).
    void setArea(qint64 areaId);
    QDate from() const;
    QDate to() const;
    QList<ChartCard *> cards() const;
    ChartCard *card(const QString &objectName) const;
    // The line above the charts: received, how many of those are resolved (and their share),
    // resolved in the period whenever received, events and participants.
    static QString summaryText(const QDate &from, const QDate &to, int received, int receivedResolved, int resolved,
                               int events, int participants);

public slots:
    void refresh();

signals:
    // statusGroup: "received" | "resolved"; categoryId 0: any category.
    void showCases(qint64 gridId, QDate from, QDate to, QString statusGroup, qint64 categoryId);
    // A month's bar of a grid in the events chart: that grid's events of the month (-1: community-wide).
    void showEvents(qint64 gridId, QDate from, QDate to);
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildCasesPerGrid(const QList<DashboardQuery::GridCases> &rows);
    void buildCasesPerMonth(const QList<DashboardQuery::MonthCases> &rows);
    void buildResolution(const QList<DashboardQuery::GridCases> &rows);
    void buildCategories(const QList<DashboardQuery::CategoryCases> &rows);
    void buildEvents(const QList<DashboardQuery::GridEvents> &rows);
    void buildParticipants(const QList<DashboardQuery::GridEvents> &rows);
    void buildGridWork(const QList<GridWorkFigures::Row> &rows);
    void periodChosen();
    ChartCard *addCard(const QString &objectName, const QString &title);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QDate m_today = QDate::currentDate();
    bool m_loaded = false;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grid = nullptr; // All grids, then areas (kAreaRole), then grids (their id as data)
    QCheckBox *m_byArea = nullptr;
    bool m_showingAreas = false; // the per-grid charts show areas (片区)
    QLabel *m_summary = nullptr;
    QWidget *m_cards = nullptr;
    QList<ChartCard *> m_cardList;
};
