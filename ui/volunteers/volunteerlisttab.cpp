#include "volunteerlisttab.h"

#include "models/access/accessscope.h"
#include "models/access/exportaudit.h"
#include "models/revisions/volunteersnapshot.h"
#include "models/volunteers/pointsledger.h"
#include "models/volunteers/servicerecords.h"
#include "models/volunteers/volunteerstore.h"
#include "models/volunteers/volunteertablemodel.h"
#include "models/volunteers/volunteerteam.h"
#include "residentpickerdialog.h"
#include "ui/common/columnfilterheader.h"
#include "ui/common/filtermemory.h"
#include "ui/common/listexportbutton.h"
#include "ui/common/revisioncommand.h"
#include "ui/common/savedviewsbar.h"
#include "volunteerdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

VolunteerListTab::VolunteerListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : VolunteerTab(std::move(db), scope, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("volunteerSearch"));
    m_search->setPlaceholderText(tr("Find by name or phone"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 2);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("volunteerStatusFilter"));
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &code : Volunteer::statusCodes())
        m_statusFilter->addItem(Volunteer::statusLabel(code), code);
    bar->addWidget(m_statusFilter);
    m_teamFilter = new QComboBox(this);
    m_teamFilter->setObjectName(QStringLiteral("volunteerTeamFilter"));
    bar->addWidget(m_teamFilter);
    m_reveal = new QCheckBox(tr("Show numbers"), this);
    m_reveal->setEnabled(m_scope.canRevealNumbers()); // masks stay for other roles
    bar->addWidget(m_reveal);
    // The window keeps these for the next start; the office's saved views hold them with the columns.
    FilterMemory::mark({m_search, m_statusFilter, m_teamFilter});
    bar->addStretch(1);
    // The saved views on a line of their own, so that the row fits a 1366-pixel screen.
    auto *views = SavedViewsBar::forPage(m_db, m_scope, QStringLiteral("volunteers"), this, this);
    views->setObjectName(QStringLiteral("volunteerViews"));
    auto *viewsRow = new QHBoxLayout;
    viewsRow->addWidget(views);
    viewsRow->addStretch(1);
    auto *add = button(tr("New volunteer…"), this, bar);
    add->setObjectName(QStringLiteral("newVolunteer"));
    auto *fromRegister = button(tr("From the register…"), this, bar);
    fromRegister->setObjectName(QStringLiteral("volunteerFromRegister"));
    auto *edit = button(tr("Edit…"), this, bar);
    edit->setObjectName(QStringLiteral("editVolunteer"));
    editorsOnly({add, fromRegister, edit});
    connect(add, &QPushButton::clicked, this, &VolunteerListTab::newVolunteer);
    connect(fromRegister, &QPushButton::clicked, this, &VolunteerListTab::addResident);
    connect(edit, &QPushButton::clicked, this, &VolunteerListTab::editVolunteer);
    layout->addLayout(bar);
    layout->addLayout(viewsRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_volunteers = new VolunteerTableModel(m_db, m_scope, this);
    m_volunteerView = new QTableView(split);
    m_volunteerView->setObjectName(QStringLiteral("volunteerList"));
    auto *exportList = new ListExportButton(m_volunteerView, tr("volunteers.xlsx"), this);
    exportList->setAudit(m_db, m_scope, QStringLiteral("volunteer"), QStringLiteral("volunteer list"), [this] {
        return m_volunteers->revealNumbers() ? QStringList{ExportAudit::phoneNumbers()} : QStringList();
    });
    bar->addWidget(exportList);
    m_volunteerView->setModel(m_volunteers);
    new ColumnFilterHeader(m_volunteerView);
    m_volunteerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_volunteerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_volunteerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volunteerView->verticalHeader()->hide();
    m_volunteerView->horizontalHeader()->setStretchLastSection(true);
    m_volunteerView->setColumnWidth(VolunteerTableModel::Name, 110);
    m_volunteerView->setColumnWidth(VolunteerTableModel::Teams, 200);
    m_volunteerView->setColumnWidth(VolunteerTableModel::Skills, 140);
    connect(m_volunteerView, &QTableView::doubleClicked, this, &VolunteerListTab::editVolunteer);
    auto *details = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_historyHeading = new QLabel(details);
    detailLayout->addWidget(m_historyHeading);
    m_history = readOnlyTable({tr("Date"), tr("Time"), tr("Service"), tr("Hours")}, details);
    m_history->setColumnWidth(0, 100);
    m_history->setColumnWidth(1, 110);
    m_history->setColumnWidth(2, 260);
    detailLayout->addWidget(m_history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_volunteerCount = new QLabel(this);
    layout->addWidget(m_volunteerCount);

    connect(m_search, &QLineEdit::textChanged, this, &VolunteerListTab::filter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &VolunteerListTab::filter);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, &VolunteerListTab::filter);
    connect(m_reveal, &QCheckBox::toggled, this, [this](bool reveal) {
        setRevealNumbers(reveal);
        emit revealNumbersChanged(reveal);
    });
    connect(m_volunteerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VolunteerListTab::showHistory);
    m_volunteerCount->setText(tr("%n volunteer(s)", nullptr, m_volunteers->totalCount()));
    showHistory();
}

void VolunteerListTab::filter()
{
    m_volunteers->setFilter(m_search->text(), m_statusFilter->currentData().toString(),
                            m_teamFilter->currentData().toLongLong());
    m_volunteerCount->setText(tr("%n volunteer(s)", nullptr, m_volunteers->totalCount()));
}

void VolunteerListTab::setTeams(const QList<VolunteerTeam> &teams)
{
    const qint64 current = m_teamFilter->currentData().toLongLong();
    const QSignalBlocker block(m_teamFilter);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("Any team"), 0);
    for (const VolunteerTeam &t : teams)
        if (!t.archived)
            m_teamFilter->addItem(t.name, t.id);
    m_teamFilter->setCurrentIndex(qMax(0, m_teamFilter->findData(current)));
}

bool VolunteerListTab::revealNumbers() const
{
    return m_reveal->isChecked();
}

void VolunteerListTab::setRevealNumbers(bool reveal)
{
    if (m_reveal->isChecked() != reveal)
        m_reveal->setChecked(reveal);
    m_volunteers->setRevealNumbers(reveal);
}

void VolunteerListTab::refresh()
{
    m_volunteers->reload();
    showHistory();
}

qint64 VolunteerListTab::selectedVolunteer() const
{
    const QModelIndexList rows = m_volunteerView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_volunteers->volunteerId(rows.first().row());
}

void VolunteerListTab::showHistory()
{
    const qint64 id = selectedVolunteer();
    m_history->setRowCount(0);
    if (id == 0) {
        m_historyHeading->setText(tr("Choose a volunteer to see their service history."));
        return;
    }
    const std::optional<Volunteer> v = VolunteerStore(m_db, m_scope).volunteer(id);
    const ServiceRecords records(m_db, m_scope);
    const QList<ServiceRecords::Record> history = records.history(id);
    const PointsLedger::Balance balance = PointsLedger(m_db, m_scope).balance(id);
    m_historyHeading->setText(tr("<b>%1</b>: %2 hours in total, %3 points left")
                                  .arg(v ? v->name.toHtmlEscaped() : QString(), hoursText(records.totalHours(id)),
                                       QLocale().toString(balance.balance(), 'f', 1)));
    // Newest first; a volunteer's whole history is a few hundred rows at most.
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const ServiceRecords::Record &r = history.at(history.size() - 1 - i);
        const QString what = r.kind == QLatin1String("event") ? tr("Event: %1").arg(r.title) : r.title;
        setRow(
            m_history, i,
            {r.start.date().toString(Qt::ISODate),
             r.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + r.end.toString(QStringLiteral("HH:mm")),
             what, hoursText(r.hours)});
    }
}

void VolunteerListTab::newVolunteer()
{
    if (!canEdit())
        return;
    VolunteerDialog dialog(m_db, m_scope, Volunteer(), this);
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<VolunteerSnapshot>(this, m_db, m_scope, std::nullopt, dialog.volunteer().id,
                                                      [this] { m_volunteers->reload(); });
        m_volunteers->reload();
        emit statusMessage(tr("Volunteer %1 added.").arg(dialog.volunteer().name));
    }
}

void VolunteerListTab::addResident()
{
    if (!canEdit())
        return;
    ResidentPickerDialog dialog(m_db, m_scope, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_volunteers->reload();
    const int row = m_volunteers->rowOfVolunteer(dialog.volunteerId());
    if (row >= 0)
        m_volunteerView->selectRow(row);
    emit statusMessage(tr("The resident is now a volunteer."));
}

// Also what a double click does; a viewer only reads the list.
void VolunteerListTab::editVolunteer()
{
    if (!canEdit())
        return;
    const std::optional<Volunteer> v = VolunteerStore(m_db, m_scope).volunteer(selectedVolunteer());
    if (!v)
        return;
    // With the dual-report flag (双报到), which the form saves with the volunteer.
    std::optional<VolunteerSnapshot::Record> before = VolunteerSnapshot::load(m_db, m_scope, v->id);
    VolunteerDialog dialog(m_db, m_scope, *v, this);
    if (dialog.exec() == QDialog::Accepted) {
        RevisionCommand::pushSaved<VolunteerSnapshot>(this, m_db, m_scope, std::move(before), v->id, [this] {
            m_volunteers->reload();
            showHistory();
        });
        m_volunteers->reload();
        showHistory();
    }
}
