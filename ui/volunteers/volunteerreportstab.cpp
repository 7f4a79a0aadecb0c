#include "volunteerreportstab.h"

#include "models/volunteers/volunteerhoursexport.h"
#include "models/volunteers/volunteerreports.h"
#include "ui/common/longwork.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

VolunteerReportsTab::VolunteerReportsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : VolunteerTab(std::move(db), scope, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), this));
    const QDate today = QDate::currentDate();
    m_month = dateEdit(QDate(today.year(), today.month(), 1), this, QStringLiteral("yyyy-MM"));
    bar->addWidget(m_month);
    bar->addStretch();
    layout->addLayout(bar);
    auto *tables = new QHBoxLayout;
    auto *teamBox = new QVBoxLayout;
    teamBox->addWidget(new QLabel(tr("<b>Per team</b>"), this));
    m_teamTotals = readOnlyTable({tr("Team"), tr("Hours"), tr("Volunteers")}, this);
    m_teamTotals->setObjectName(QStringLiteral("teamTotals"));
    teamBox->addWidget(m_teamTotals);
    tables->addLayout(teamBox);
    auto *gridBox = new QVBoxLayout;
    gridBox->addWidget(new QLabel(tr("<b>Per grid</b>"), this));
    m_gridTotals = readOnlyTable({tr("Grid"), tr("Hours"), tr("Volunteers")}, this);
    m_gridTotals->setObjectName(QStringLiteral("gridTotals"));
    gridBox->addWidget(m_gridTotals);
    tables->addLayout(gridBox);
    auto *topBox = new QVBoxLayout;
    topBox->addWidget(new QLabel(tr("<b>Top volunteers</b>"), this));
    m_top = readOnlyTable({tr("Volunteer"), tr("Hours"), tr("Times")}, this);
    m_top->setObjectName(QStringLiteral("topVolunteers"));
    topBox->addWidget(m_top);
    tables->addLayout(topBox);
    layout->addLayout(tables, 1);

    auto *exportBar = new QHBoxLayout;
    exportBar->addWidget(new QLabel(tr("Service hours for the national volunteer system, from"), this));
    m_exportFrom = dateEdit(QDate(today.year(), today.month(), 1), this);
    exportBar->addWidget(m_exportFrom);
    exportBar->addWidget(new QLabel(tr("to"), this));
    m_exportTo = dateEdit(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1), this);
    exportBar->addWidget(m_exportTo);
    connect(button(tr("Export CSV/XLSX…"), this, exportBar), &QPushButton::clicked, this,
            &VolunteerReportsTab::exportHoursAs);
    exportBar->addStretch();
    layout->addLayout(exportBar);
    connect(m_month, &QDateEdit::dateChanged, this, &VolunteerReportsTab::refresh);
}

void VolunteerReportsTab::refresh()
{
    const VolunteerReports reports(m_db, m_scope);
    const QDate month = m_month->date();
    auto fill = [](QTableWidget *t, const QList<VolunteerReports::Total> &totals, bool times) {
        t->setRowCount(int(totals.size()));
        for (int i = 0; i < totals.size(); ++i)
            setRow(t, i,
                   {totals.at(i).name, hoursText(totals.at(i).hours),
                    QString::number(times ? totals.at(i).records : totals.at(i).volunteers)},
                   totals.at(i).id);
    };
    fill(m_teamTotals, reports.teamTotals(month.year(), month.month()), false);
    fill(m_gridTotals, reports.gridTotals(month.year(), month.month()), false);
    const QDate first(month.year(), month.month(), 1);
    fill(m_top, reports.topVolunteers(first, first.addMonths(1).addDays(-1), 10), true);
}

bool VolunteerReportsTab::exportHours(const QString &path, QString *error) const
{
    VolunteerHoursExport exporter(m_db, m_scope, m_exportFrom->date(), m_exportTo->date());
    exporter.setRevealNumbers(m_reveal);
    return exporter.save(path, error);
}

void VolunteerReportsTab::exportHoursAs()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export service hours"), tr("service-hours-%1.xlsx").arg(m_exportFrom->date().toString(Qt::ISODate)),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    // Written and audited in one go (whole file or none): a moving bar, then Open folder / Open file.
    LongWork work(tr("Export service hours"), tr("Writing the service hours…"), window());
    work.step(-1.0);
    QString error;
    if (!exportHours(path, &error)) {
        work.fail(tr("The file could not be written: %1").arg(error));
        return;
    }
    const QString done = m_reveal ? tr("Saved %1 with full ID numbers.").arg(QFileInfo(path).fileName())
                                  : tr("Saved %1 with masked ID numbers.").arg(QFileInfo(path).fileName());
    emit statusMessage(done);
    work.finish(done, path);
}
