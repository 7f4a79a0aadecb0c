#pragma once

#include "gridworkfigures.h"
#include "monthlyreportcare.h"
#include "monthlyreportledgers.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <utility>

// The figures of one month's report for the community or one grid (see MonthlyReportQuery).
struct MonthlyReportData
{
    struct GridRow
    {
        qint64 gridId = 0; // 0: the total row, or events held community-wide
        QString code;
        QString name;
        int received = 0;           // cases received in the month
        int resolvedOfReceived = 0; // of those, closed by the month's end
        int resolved = 0;           // cases closed in the month (whenever received)
        int overdue = 0;            // open at the month's end with the deadline passed
        int followUps = 0;          // follow-up visits in the month
        int satisfied = 0;          // of those, satisfied or basically satisfied
        int events = 0;             // events held (not cancelled)
        int participants = 0;       // listed residents + head count
        double volunteerHours = 0;  // served at those events and on rota shifts

        GridRow &operator+=(const GridRow &o)
        {
            received += o.received;
            resolvedOfReceived += o.resolvedOfReceived;
            resolved += o.resolved;
            overdue += o.overdue;
            followUps += o.followUps;
            satisfied += o.satisfied;
            events += o.events;
            participants += o.participants;
            volunteerHours += o.volunteerHours;
            return *this;
        }

        // Percentages, or -1 when there is nothing to divide by.
        double resolutionRate() const { return received > 0 ? 100.0 * resolvedOfReceived / received : -1; }
        double satisfactionRate() const { return followUps > 0 ? 100.0 * satisfied / followUps : -1; }
    };
    struct NotableCase
    {
        QString caseNo;
        QDate received;
        QString category;
        QString grid;
        QString status;
        QString description;
        QString reason; // why it is listed: reopened, dissatisfied, overdue
    };
    struct MonthCount
    {
        int year = 0;
        int month = 0;
        int received = 0;
        int resolved = 0;
    };

    // One community of the street compared with the others (StreetComparison).
    struct CommunityRow
    {
        qint64 communityId = 0;
        QString code;
        QString name;
        int residents = 0; // living residents of the community
        int received = 0;
        int resolvedOfReceived = 0;
        int activeHouseholds = 0;
        int visitedHouseholds = 0;
        int events = 0;
        double volunteerHours = 0;

        double casesPerThousand() const { return residents > 0 ? 1000.0 * received / residents : 0; }
        double resolutionRate() const { return received > 0 ? 100.0 * resolvedOfReceived / received : -1; }
        double visitCoverage() const { return activeHouseholds > 0 ? 100.0 * visitedHouseholds / activeHouseholds : 0; }
    };

    int year = 0;
    int month = 0;
    qint64 gridId = 0; // 0: the whole community
    QString community;
    QString gridName;
    QDate asOf; // register counts are as of this day

    int households = 0;
    int residents = 0;
    int elderly = 0; // living, aged 60+ (the office's elderly age) at the month's end
    int movedIn = 0;
    int movedOut = 0;
    int births = 0;
    int deaths = 0;

    QList<GridRow> grids; // one row per grid (and one for community-wide events if any)
    // Visits, errands and deliberation per grid (community-wide meetings in their own row).
    QList<GridWorkFigures::Row> gridWork;
    GridRow total;
    QList<MonthCount> trend;                // the 12 months ending with this one
    QList<QPair<QString, int>> categories;  // cases received in the month by category
    QList<QPair<QString, int>> errandTypes; // errands done in the month by errand type
    QList<NotableCase> notable;

    // Next month's birthdays of the elderly.
    int birthdays = 0;
    int birthdays80 = 0;
    int birthdays90 = 0;
    int birthdays100 = 0;
    int milestoneBirthdays = 0; // turning 60, 70, 80, 90 or 100
    QList<QPair<QString, int>> birthdaysPerGrid;

    // The street's report (several communities in view): the rows of the roll-up below are the
    // communities, each followed by its grids, and the communities are compared side by side.
    bool byCommunity = false;
    QList<CommunityRow> communities;

    // The same per-grid figures rolled up to areas (片区), filled when the report is for the
    // whole community and it has areas. Area rows carry the area id in gridId / id (see
    // GridRollup; kCommunityWide for cases, events and meetings without a grid). The outlines
    // list each area (true) followed by its grids (false), as the tables print them.
    QList<GridRow> areas;
    QList<std::pair<GridRow, bool>> gridOutline;
    QList<GridWorkFigures::Row> gridWorkAreas;
    QList<std::pair<GridWorkFigures::Row, bool>> gridWorkOutline;
    QList<QPair<QString, int>> birthdaysPerArea;
    // Overdue follow-ups and assistance per grid (models/care).
    MonthlyReportCare care;
    // Mediations and rented rooms per grid (models/mediation).
    MonthlyReportLedgers ledgers;
};
