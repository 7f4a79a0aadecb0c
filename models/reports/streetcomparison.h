#pragma once

#include "models/access/accessscope.h"
#include "monthlyreportdata.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The street's comparison across its communities for one month: cases per 1,000 residents,
// the resolution rate, visit coverage, events and volunteer hours, one row per community in
// view. The case, event and hour figures are the monthly report's per-grid rows summed by the
// grid's community, so the comparison and the report never disagree.
class StreetComparison final
{
    Q_DECLARE_TR_FUNCTIONS(StreetComparison)

public:
    using Row = MonthlyReportData::CommunityRow;

    StreetComparison(QSqlDatabase db, const AccessScope &scope);

    // `report`: the month's report of the same scope (MonthlyReportQuery::run with no grid).
    QList<Row> rows(const MonthlyReportData &report) const;

    // The comparison table as printed and exported.
    static QStringList header();
    static QStringList cells(const Row &row);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
