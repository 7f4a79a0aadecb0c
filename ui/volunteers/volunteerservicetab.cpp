#include "volunteerservicetab.h"

#include "hoursdialog.h"
#include "models/volunteers/servicerecordmodel.h"
#include "models/volunteers/servicerecords.h"
#include "ui/common/formhelpers.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

VolunteerServiceTab::VolunteerServiceTab(QSqlDatabase db, const AccessScope &scope, const QDate &monday,
                                         QWidget *parent)
    : VolunteerTab(std::move(db), scope, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Shifts from"), this));
    m_serviceFrom = dateEdit(monday, this);
    bar->addWidget(m_serviceFrom);
    bar->addWidget(new QLabel(tr("to"), this));
    m_serviceTo = dateEdit(monday.addDays(6), this);
    bar->addWidget(m_serviceTo);
    bar->addSpacing(12);
    auto *attended = button(tr("Attended"), this, bar);
    attended->setObjectName(QStringLiteral("markAttended"));
    auto *absent = button(tr("Absent"), this, bar);
    absent->setObjectName(QStringLiteral("markAbsent"));
    auto *hours = button(tr("Edit hours…"), this, bar);
    hours->setObjectName(QStringLiteral("editHours"));
    editorsOnly({attended, absent, hours});
    connect(attended, &QPushButton::clicked, this, [this] { markAttendance(QStringLiteral("attended")); });
    connect(absent, &QPushButton::clicked, this, [this] { markAttendance(QStringLiteral("absent")); });
    connect(hours, &QPushButton::clicked, this, &VolunteerServiceTab::editHours);
    bar->addStretch();
    layout->addLayout(bar);
    m_service = new ServiceRecordModel(m_db, m_scope, this);
    m_serviceView = new QTableView(this);
    m_serviceView->setObjectName(QStringLiteral("serviceRecords"));
    m_serviceView->setModel(m_service);
    m_serviceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_serviceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_serviceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serviceView->verticalHeader()->hide();
    m_serviceView->horizontalHeader()->setStretchLastSection(true);
    m_serviceView->setColumnWidth(ServiceRecordModel::Post, 160);
    layout->addWidget(m_serviceView, 1);
    m_serviceMessage = new QLabel(this);
    layout->addWidget(m_serviceMessage);
    auto range = [this] { m_service->setRange(m_serviceFrom->date(), m_serviceTo->date()); };
    connect(m_serviceFrom, &QDateEdit::dateChanged, this, range);
    connect(m_serviceTo, &QDateEdit::dateChanged, this, range);
    connect(m_serviceView, &QTableView::doubleClicked, this, &VolunteerServiceTab::editHours);
    range();
}

void VolunteerServiceTab::setWeek(const QDate &monday)
{
    const QSignalBlocker blockFrom(m_serviceFrom);
    const QSignalBlocker blockTo(m_serviceTo);
    m_serviceFrom->setDate(monday);
    m_serviceTo->setDate(monday.addDays(6));
    m_service->setRange(monday, monday.addDays(6));
}

void VolunteerServiceTab::refresh()
{
    m_service->reload();
}

void VolunteerServiceTab::markAttendance(const QString &attendance)
{
    if (!canEdit())
        return;
    const QModelIndexList rows = m_serviceView->selectionModel()->selectedRows();
    ServiceRecords records(m_db, m_scope);
    int saved = 0;
    for (const QModelIndex &row : rows)
        if (records.setAttendance(m_service->assignmentId(row.row()), attendance).ok)
            ++saved;
    m_service->reload();
    m_serviceMessage->setText(tr("%n record(s) saved.", nullptr, saved));
}

// Also what a double click does; a viewer only reads the records.
void VolunteerServiceTab::editHours()
{
    if (!canEdit())
        return;
    const QModelIndexList rows = m_serviceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (m_service->attendance(rows.first().row()) != QLatin1String("attended")) {
        m_serviceMessage->setText(FormHelpers::colored(tr("Record the volunteer as attended before editing hours."),
                                                       FormHelpers::errorColor()));
        return;
    }
    HoursDialog dialog(m_db, m_scope, m_service->assignmentId(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_service->reload();
}
