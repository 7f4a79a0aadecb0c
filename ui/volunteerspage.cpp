#include "volunteerspage.h"

#include "accessscope.h"
#include "assigndialog.h"
#include "dualreporthoursview.h"
#include "formhelpers.h"
#include "hoursdialog.h"
#include "itemroles.h"
#include "listexportbutton.h"
#include "pdffile.h"
#include "pointsledger.h"
#include "redeemdialog.h"
#include "registerlookups.h"
#include "residentpickerdialog.h"
#include "rotadocument.h"
#include "rotagrid.h"
#include "servicerecordmodel.h"
#include "servicerecords.h"
#include "shiftpatterndialog.h"
#include "swapdialog.h"
#include "volunteerdialog.h"
#include "volunteerhoursexport.h"
#include "volunteerpostdialog.h"
#include "volunteerstore.h"
#include "volunteertablemodel.h"
#include "volunteerteamdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *readOnlyTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, qint64 id = 0)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(ItemRole::Id, id);
        t->setItem(row, c, item);
    }
}

QString hoursText(qreal hours)
{
    return QLocale().toString(hours, 'f', hours == qRound(hours) ? 0 : 2);
}

QPushButton *button(const QString &text, QWidget *parent, QLayout *layout)
{
    auto *b = new QPushButton(text, parent);
    layout->addWidget(b);
    return b;
}

QDateEdit *dateEdit(const QDate &date, QWidget *parent, const QString &format = QStringLiteral("yyyy-MM-dd"))
{
    auto *e = new QDateEdit(date, parent);
    e->setDisplayFormat(format);
    e->setCalendarPopup(true);
    return e;
}

} // namespace

VolunteersPage::VolunteersPage(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_monday(VolunteerReports::mondayOf(QDate::currentDate()))
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildVolunteersTab(), tr("Volunteers"));
    m_tabs->addTab(buildTeamsTab(), tr("Teams"));
    m_tabs->addTab(buildRotaTab(), tr("Rota"));
    m_tabs->addTab(buildServiceTab(), tr("Service records"));
    m_tabs->addTab(buildPointsTab(), tr("Points"));
    m_tabs->addTab(buildReportsTab(), tr("Reports"));
    m_tabs->addTab(new DualReportHoursView(m_db, m_tabs), tr("Hours per work unit"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &VolunteersPage::refresh);
    reloadTeams();
    reloadRota();
}

// ---- Volunteers -------------------------------------------------------------------------

QWidget *VolunteersPage::buildVolunteersTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(tab);
    m_search->setPlaceholderText(tr("Find by name or phone"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 2);
    m_statusFilter = new QComboBox(tab);
    m_statusFilter->addItem(tr("Any status"), QString());
    for (const QString &code : Volunteer::statusCodes())
        m_statusFilter->addItem(Volunteer::statusLabel(code), code);
    bar->addWidget(m_statusFilter);
    m_teamFilter = new QComboBox(tab);
    bar->addWidget(m_teamFilter);
    m_reveal = new QCheckBox(tr("Show numbers"), tab);
    m_reveal->setEnabled(AccessScope::current().canRevealNumbers()); // masks stay for other roles
    bar->addWidget(m_reveal);
    bar->addStretch(1);
    connect(button(tr("New volunteer…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::newVolunteer);
    connect(button(tr("From the register…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::addResident);
    connect(button(tr("Edit…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::editVolunteer);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, tab);
    m_volunteers = new VolunteerTableModel(m_db, this);
    m_volunteerView = new QTableView(split);
    m_volunteerView->setObjectName(QStringLiteral("volunteerList"));
    bar->addWidget(new ListExportButton(m_volunteerView, tr("volunteers.xlsx"), tab));
    m_volunteerView->setModel(m_volunteers);
    m_volunteerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_volunteerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_volunteerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volunteerView->verticalHeader()->hide();
    m_volunteerView->horizontalHeader()->setStretchLastSection(true);
    m_volunteerView->setColumnWidth(VolunteerTableModel::Name, 110);
    m_volunteerView->setColumnWidth(VolunteerTableModel::Teams, 200);
    m_volunteerView->setColumnWidth(VolunteerTableModel::Skills, 140);
    connect(m_volunteerView, &QTableView::doubleClicked, this, &VolunteersPage::editVolunteer);
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
    m_volunteerCount = new QLabel(tab);
    layout->addWidget(m_volunteerCount);

    auto filter = [this] {
        m_volunteers->setFilter(m_search->text(), m_statusFilter->currentData().toString(),
                                m_teamFilter->currentData().toLongLong());
        m_volunteerCount->setText(tr("%n volunteer(s)", nullptr, m_volunteers->totalCount()));
    };
    connect(m_search, &QLineEdit::textChanged, this, filter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, filter);
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, filter);
    connect(m_reveal, &QCheckBox::toggled, this, &VolunteersPage::setRevealNumbers);
    connect(m_volunteerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VolunteersPage::showHistory);
    m_volunteerCount->setText(tr("%n volunteer(s)", nullptr, m_volunteers->totalCount()));
    showHistory();
    return tab;
}

void VolunteersPage::setRevealNumbers(bool reveal)
{
    if (m_reveal->isChecked() != reveal)
        m_reveal->setChecked(reveal);
    m_volunteers->setRevealNumbers(reveal);
}

qint64 VolunteersPage::selectedVolunteer() const
{
    const QModelIndexList rows = m_volunteerView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_volunteers->volunteerId(rows.first().row());
}

void VolunteersPage::showHistory()
{
    const qint64 id = selectedVolunteer();
    m_history->setRowCount(0);
    if (id == 0) {
        m_historyHeading->setText(tr("Choose a volunteer to see their service history."));
        return;
    }
    const std::optional<Volunteer> v = VolunteerStore(m_db).volunteer(id);
    const ServiceRecords records(m_db);
    const QList<ServiceRecords::Record> history = records.history(id);
    const PointsLedger::Balance balance = PointsLedger(m_db).balance(id);
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

void VolunteersPage::newVolunteer()
{
    VolunteerDialog dialog(m_db, Volunteer(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_volunteers->reload();
        emit statusMessage(tr("Volunteer %1 added.").arg(dialog.volunteer().name));
    }
}

void VolunteersPage::addResident()
{
    ResidentPickerDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_volunteers->reload();
    const int row = m_volunteers->rowOfVolunteer(dialog.volunteerId());
    if (row >= 0)
        m_volunteerView->selectRow(row);
    emit statusMessage(tr("The resident is now a volunteer."));
}

void VolunteersPage::editVolunteer()
{
    const std::optional<Volunteer> v = VolunteerStore(m_db).volunteer(selectedVolunteer());
    if (!v)
        return;
    VolunteerDialog dialog(m_db, *v, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_volunteers->reload();
        showHistory();
    }
}

// ---- Teams ------------------------------------------------------------------------------

QWidget *VolunteersPage::buildTeamsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    connect(button(tr("New team…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::newTeam);
    connect(button(tr("Edit team…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::editTeam);
    bar->addStretch();
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Horizontal, tab);
    m_teams = readOnlyTable({tr("Team"), tr("Grid"), tr("Leader"), tr("Members"), tr("Description")}, split);
    m_teams->setColumnWidth(0, 160);
    m_members = readOnlyTable({tr("Members")}, split);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_teams, &QTableWidget::itemSelectionChanged, this, &VolunteersPage::showTeamMembers);
    connect(m_teams, &QTableWidget::cellDoubleClicked, this, &VolunteersPage::editTeam);
    return tab;
}

void VolunteersPage::reloadTeams()
{
    const QList<VolunteerTeam> teams = VolunteerStore(m_db).teams(true);
    QHash<qint64, QString> grids;
    for (const RegisterLookups::Item &g : RegisterLookups(m_db).grids())
        grids.insert(g.id, g.name);
    m_teams->setRowCount(int(teams.size()));
    for (int i = 0; i < teams.size(); ++i) {
        const VolunteerTeam &t = teams.at(i);
        setRow(m_teams, i,
               {t.archived ? tr("%1 (archived)").arg(t.name) : t.name,
                t.gridId > 0 ? grids.value(t.gridId) : tr("Community-wide"), t.leaderName,
                QString::number(t.memberCount), t.description},
               t.id);
    }
    const qint64 current = m_teamFilter->currentData().toLongLong();
    const QSignalBlocker block(m_teamFilter);
    m_teamFilter->clear();
    m_teamFilter->addItem(tr("Any team"), 0);
    for (const VolunteerTeam &t : teams)
        if (!t.archived)
            m_teamFilter->addItem(t.name, t.id);
    m_teamFilter->setCurrentIndex(qMax(0, m_teamFilter->findData(current)));
    showTeamMembers();
}

void VolunteersPage::showTeamMembers()
{
    m_members->setRowCount(0);
    const QList<QTableWidgetItem *> selected = m_teams->selectedItems();
    if (selected.isEmpty())
        return;
    const auto members = VolunteerStore(m_db).members(selected.first()->data(ItemRole::Id).toLongLong());
    m_members->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i)
        setRow(m_members, i, {members.at(i).second}, members.at(i).first);
}

void VolunteersPage::newTeam()
{
    VolunteerTeamDialog dialog(m_db, VolunteerTeam(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadTeams();
}

void VolunteersPage::editTeam()
{
    const QList<QTableWidgetItem *> selected = m_teams->selectedItems();
    if (selected.isEmpty())
        return;
    const std::optional<VolunteerTeam> t = VolunteerStore(m_db).team(selected.first()->data(ItemRole::Id).toLongLong());
    if (!t)
        return;
    VolunteerTeamDialog dialog(m_db, *t, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadTeams();
}

// ---- Rota -------------------------------------------------------------------------------

QWidget *VolunteersPage::buildRotaTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    auto *previous = button(QStringLiteral("◀"), tab, bar);
    previous->setToolTip(tr("Previous week"));
    m_week = dateEdit(m_monday, tab);
    bar->addWidget(m_week);
    auto *next = button(QStringLiteral("▶"), tab, bar);
    next->setToolTip(tr("Next week"));
    connect(button(tr("This week"), tab, bar), &QPushButton::clicked, this, [this] { setWeek(QDate::currentDate()); });
    connect(previous, &QPushButton::clicked, this, [this] { setWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { setWeek(m_monday.addDays(7)); });
    connect(m_week, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (VolunteerReports::mondayOf(d) != m_monday)
            setWeek(d);
    });
    bar->addSpacing(12);
    connect(button(tr("New post…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::newPost);
    connect(button(tr("Edit post…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::editPost);
    connect(button(tr("Make shifts…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::makeShifts);
    auto *assign = button(tr("Assign…"), tab, bar);
    assign->setObjectName(QStringLiteral("assignButton"));
    connect(assign, &QPushButton::clicked, this, &VolunteersPage::assignToSelected);
    connect(button(tr("Swap…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::swapShifts);
    bar->addStretch();
    connect(button(tr("Print…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::printRota);
    connect(button(tr("Save PDF…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::saveRotaPdf);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, tab);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *find = new QLineEdit(left);
    find->setPlaceholderText(tr("Find a volunteer"));
    find->setClearButtonEnabled(true);
    leftLayout->addWidget(find);
    m_rotaVolunteers = new VolunteerTableModel(m_db, this);
    m_rotaVolunteers->setFilter(QString(), QStringLiteral("active"), 0);
    m_rotaVolunteerView = new QTableView(left);
    m_rotaVolunteerView->setModel(m_rotaVolunteers);
    for (int c = 1; c < VolunteerTableModel::ColumnCount; ++c)
        if (c != VolunteerTableModel::Teams)
            m_rotaVolunteerView->hideColumn(c);
    m_rotaVolunteerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rotaVolunteerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rotaVolunteerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rotaVolunteerView->setDragEnabled(true);
    m_rotaVolunteerView->setDragDropMode(QAbstractItemView::DragOnly);
    m_rotaVolunteerView->setDefaultDropAction(Qt::CopyAction);
    m_rotaVolunteerView->verticalHeader()->hide();
    m_rotaVolunteerView->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_rotaVolunteerView, 1);
    auto *hint = new QLabel(tr("Drag a volunteer onto a shift to assign."), left);
    hint->setWordWrap(true);
    leftLayout->addWidget(hint);
    connect(find, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_rotaVolunteers->setFilter(text, QStringLiteral("active"), 0); });
    m_rota = new RotaGrid(split);
    m_rota->setObjectName(QStringLiteral("rotaGrid"));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({220, 900});
    layout->addWidget(split, 1);
    m_rotaSummary = new QLabel(tab);
    layout->addWidget(m_rotaSummary);
    // Queued: the drop handler must finish before the grid's items are rebuilt.
    connect(m_rota, &RotaGrid::volunteersDropped, this, &VolunteersPage::dropVolunteers, Qt::QueuedConnection);
    connect(m_rota, &QTableWidget::cellDoubleClicked, this, &VolunteersPage::assignToSelected);
    return tab;
}

void VolunteersPage::setWeek(const QDate &anyDay)
{
    m_monday = VolunteerReports::mondayOf(anyDay);
    const QSignalBlocker block(m_week);
    m_week->setDate(m_monday);
    reloadRota();
    // The service records follow the rota's week, where attendance is usually recorded next.
    if (m_serviceFrom && m_serviceTo) {
        const QSignalBlocker blockFrom(m_serviceFrom);
        const QSignalBlocker blockTo(m_serviceTo);
        m_serviceFrom->setDate(m_monday);
        m_serviceTo->setDate(m_monday.addDays(6));
        m_service->setRange(m_monday, m_monday.addDays(6));
    }
}

void VolunteersPage::reloadRota()
{
    const QPoint current(m_rota->currentColumn(), m_rota->currentRow());
    const VolunteerReports::RotaWeek week = VolunteerReports(m_db).week(m_monday);
    m_rota->setWeek(week);
    if (current.y() >= 0 && current.y() < m_rota->rowCount())
        m_rota->setCurrentCell(current.y(), current.x());
    m_rotaSummary->setText(
        week.posts.isEmpty()
            ? tr("No posts yet: add a post, then make its shifts.")
            : tr("%n shift(s) this week, %1 under-staffed.", nullptr, week.shiftCount).arg(week.gapCount));
}

qint64 VolunteersPage::chooseShift(int row, int column)
{
    const QList<RosterStore::Shift> shifts = m_rota->shiftsAt(row, column);
    if (shifts.isEmpty())
        return 0;
    if (shifts.size() == 1)
        return shifts.first().id;
    QMenu menu(this);
    for (const RosterStore::Shift &s : shifts)
        menu.addAction(s.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                       s.end.toString(QStringLiteral("HH:mm")))
            ->setData(s.id);
    QAction *chosen = menu.exec(QCursor::pos());
    return chosen ? chosen->data().toLongLong() : 0;
}

void VolunteersPage::dropVolunteers(const QList<qint64> &ids, int row, int column)
{
    const qint64 shiftId = chooseShift(row, column);
    if (shiftId == 0)
        return;
    QStringList problems;
    int assigned = 0;
    RosterStore store(m_db);
    for (const qint64 id : ids) {
        const SaveResult r = store.assign(shiftId, id);
        if (r.ok)
            ++assigned;
        else
            problems.append(r.firstMessage());
        for (const FieldError &w : r.warnings)
            problems.append(w.message);
    }
    reloadRota();
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Assign volunteers"), problems.join(QLatin1Char('\n')));
    if (assigned > 0)
        emit statusMessage(tr("%n volunteer(s) assigned.", nullptr, assigned));
}

void VolunteersPage::assignToSelected()
{
    const qint64 shiftId = chooseShift(m_rota->currentRow(), m_rota->currentColumn());
    if (shiftId == 0) {
        emit statusMessage(tr("Choose a cell of the rota that has a shift."));
        return;
    }
    AssignDialog dialog(m_db, shiftId, this);
    const QModelIndexList rows = m_rotaVolunteerView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        dialog.selectVolunteer(m_rotaVolunteers->volunteerId(rows.first().row()));
    dialog.exec();
    if (dialog.changed())
        reloadRota();
}

void VolunteersPage::newPost()
{
    VolunteerPostDialog dialog(m_db, RosterStore::Post(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadRota();
}

void VolunteersPage::editPost()
{
    const int row = m_rota->currentRow();
    if (row < 0 || row >= m_rota->week().posts.size())
        return;
    VolunteerPostDialog dialog(m_db, m_rota->week().posts.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadRota();
}

void VolunteersPage::makeShifts()
{
    const int row = m_rota->currentRow();
    const qint64 post = row >= 0 && row < m_rota->week().posts.size() ? m_rota->week().posts.at(row).id : 0;
    const int column = qMax(0, m_rota->currentColumn());
    ShiftPatternDialog dialog(m_db, post, m_monday.addDays(column), this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadRota();
        emit statusMessage(tr("%n shift(s) made.", nullptr, dialog.created()));
    }
}

void VolunteersPage::swapShifts()
{
    qint64 first = 0;
    const QList<RosterStore::Shift> shifts = m_rota->shiftsAt(m_rota->currentRow(), m_rota->currentColumn());
    if (!shifts.isEmpty() && !shifts.first().assignments.isEmpty())
        first = shifts.first().assignments.first().id;
    SwapDialog dialog(m_db, m_monday, first, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadRota();
        emit statusMessage(tr("Shifts swapped."));
    }
}

bool VolunteersPage::exportRotaPdf(const QString &path, QString *error) const
{
    const RotaDocument rota(m_rota->week(), RegisterLookups(m_db).communityName());
    return PdfFile::write(
        path, tr("Volunteer rota"), [&rota](QPagedPaintDevice *pdf) { return rota.print(pdf); }, error);
}

void VolunteersPage::printRota()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the rota"));
    const RotaDocument document(m_rota->week(), RegisterLookups(m_db).communityName());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *p) { document.print(p); });
    preview.exec();
}

void VolunteersPage::saveRotaPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the rota as PDF"), tr("rota-%1.pdf").arg(m_monday.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportRotaPdf(path, &error))
        QMessageBox::warning(this, tr("Save the rota as PDF"), error);
    else
        emit statusMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()));
}

// ---- Service records --------------------------------------------------------------------

QWidget *VolunteersPage::buildServiceTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Shifts from"), tab));
    m_serviceFrom = dateEdit(m_monday, tab);
    bar->addWidget(m_serviceFrom);
    bar->addWidget(new QLabel(tr("to"), tab));
    m_serviceTo = dateEdit(m_monday.addDays(6), tab);
    bar->addWidget(m_serviceTo);
    bar->addSpacing(12);
    connect(button(tr("Attended"), tab, bar), &QPushButton::clicked, this,
            [this] { markAttendance(QStringLiteral("attended")); });
    connect(button(tr("Absent"), tab, bar), &QPushButton::clicked, this,
            [this] { markAttendance(QStringLiteral("absent")); });
    connect(button(tr("Edit hours…"), tab, bar), &QPushButton::clicked, this, &VolunteersPage::editHours);
    bar->addStretch();
    layout->addLayout(bar);
    m_service = new ServiceRecordModel(m_db, this);
    m_serviceView = new QTableView(tab);
    m_serviceView->setModel(m_service);
    m_serviceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_serviceView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_serviceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serviceView->verticalHeader()->hide();
    m_serviceView->horizontalHeader()->setStretchLastSection(true);
    m_serviceView->setColumnWidth(ServiceRecordModel::Post, 160);
    layout->addWidget(m_serviceView, 1);
    m_serviceMessage = new QLabel(tab);
    layout->addWidget(m_serviceMessage);
    auto range = [this] { m_service->setRange(m_serviceFrom->date(), m_serviceTo->date()); };
    connect(m_serviceFrom, &QDateEdit::dateChanged, this, range);
    connect(m_serviceTo, &QDateEdit::dateChanged, this, range);
    connect(m_serviceView, &QTableView::doubleClicked, this, &VolunteersPage::editHours);
    range();
    return tab;
}

void VolunteersPage::markAttendance(const QString &attendance)
{
    const QModelIndexList rows = m_serviceView->selectionModel()->selectedRows();
    ServiceRecords records(m_db);
    int saved = 0;
    for (const QModelIndex &row : rows)
        if (records.setAttendance(m_service->assignmentId(row.row()), attendance).ok)
            ++saved;
    m_service->reload();
    m_serviceMessage->setText(tr("%n record(s) saved.", nullptr, saved));
}

void VolunteersPage::editHours()
{
    const QModelIndexList rows = m_serviceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (m_service->attendance(rows.first().row()) != QLatin1String("attended")) {
        m_serviceMessage->setText(FormHelpers::colored(tr("Record the volunteer as attended before editing hours."),
                                                       FormHelpers::errorColor()));
        return;
    }
    HoursDialog dialog(m_db, m_service->assignmentId(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        m_service->reload();
}

// ---- Points -----------------------------------------------------------------------------

QWidget *VolunteersPage::buildPointsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QHBoxLayout(tab);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Rules</b> — points per hour of service from a date on"), tab));
    m_rules = readOnlyTable({tr("Rule"), tr("Points per hour"), tr("From")}, tab);
    left->addWidget(m_rules, 1);
    auto *ruleBar = new QHBoxLayout;
    auto *ruleName = new QLineEdit(tab);
    ruleName->setPlaceholderText(tr("Rule name"));
    auto *rate = new QDoubleSpinBox(tab);
    rate->setRange(0, 1000);
    rate->setValue(10);
    auto *ruleFrom = dateEdit(QDate::currentDate(), tab);
    ruleBar->addWidget(ruleName, 1);
    ruleBar->addWidget(rate);
    ruleBar->addWidget(ruleFrom);
    auto *addRule = button(tr("Add rule"), tab, ruleBar);
    left->addLayout(ruleBar);
    left->addWidget(new QLabel(tr("<b>Rewards</b>"), tab));
    m_rewards = readOnlyTable({tr("Reward"), tr("Points")}, tab);
    left->addWidget(m_rewards, 1);
    auto *rewardBar = new QHBoxLayout;
    auto *rewardName = new QLineEdit(tab);
    rewardName->setPlaceholderText(tr("Reward name"));
    auto *rewardPoints = new QSpinBox(tab);
    rewardPoints->setRange(1, 100000);
    rewardPoints->setValue(50);
    rewardBar->addWidget(rewardName, 1);
    rewardBar->addWidget(rewardPoints);
    auto *addReward = button(tr("Add reward"), tab, rewardBar);
    left->addLayout(rewardBar);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *find = new QLineEdit(tab);
    find->setPlaceholderText(tr("Find a volunteer"));
    find->setClearButtonEnabled(true);
    right->addWidget(find);
    m_pointsVolunteers = new VolunteerTableModel(m_db, this);
    m_pointsVolunteerView = new QTableView(tab);
    m_pointsVolunteerView->setModel(m_pointsVolunteers);
    for (int c = 1; c < VolunteerTableModel::ColumnCount; ++c)
        m_pointsVolunteerView->hideColumn(c);
    m_pointsVolunteerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pointsVolunteerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pointsVolunteerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pointsVolunteerView->verticalHeader()->hide();
    m_pointsVolunteerView->horizontalHeader()->setStretchLastSection(true);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_pointsVolunteerView, 1);
    auto *ledger = new QVBoxLayout;
    m_balance = new QLabel(tab);
    m_balance->setWordWrap(true);
    ledger->addWidget(m_balance);
    m_entries = readOnlyTable({tr("Date"), tr("Points"), tr("For")}, tab);
    ledger->addWidget(m_entries, 1);
    connect(button(tr("Redeem…"), tab, ledger), &QPushButton::clicked, this, &VolunteersPage::redeem);
    pick->addLayout(ledger, 2);
    right->addLayout(pick, 1);
    layout->addLayout(right, 1);

    connect(find, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_pointsVolunteers->setFilter(text, QString(), 0); });
    connect(m_pointsVolunteerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VolunteersPage::showBalance);
    connect(addRule, &QPushButton::clicked, this, [this, ruleName, rate, ruleFrom] {
        PointsLedger::Rule rule{0, ruleName->text(), rate->value(), ruleFrom->date(), false};
        const SaveResult r = PointsLedger(m_db).saveRule(rule);
        if (!r.ok) {
            QMessageBox::warning(this, tr("Add rule"), r.firstMessage());
            return;
        }
        ruleName->clear();
        reloadPoints();
    });
    connect(addReward, &QPushButton::clicked, this, [this, rewardName, rewardPoints] {
        PointsLedger::Reward reward{0, rewardName->text(), rewardPoints->value(), false};
        const SaveResult r = PointsLedger(m_db).saveReward(reward);
        if (!r.ok) {
            QMessageBox::warning(this, tr("Add reward"), r.firstMessage());
            return;
        }
        rewardName->clear();
        reloadPoints();
    });
    showBalance();
    return tab;
}

void VolunteersPage::reloadPoints()
{
    const PointsLedger ledger(m_db);
    const QList<PointsLedger::Rule> rules = ledger.rules();
    m_rules->setRowCount(int(rules.size()));
    for (int i = 0; i < rules.size(); ++i)
        setRow(m_rules, i,
               {rules.at(i).name, QLocale().toString(rules.at(i).pointsPerHour, 'g', 6),
                rules.at(i).validFrom.toString(Qt::ISODate)},
               rules.at(i).id);
    const QList<PointsLedger::Reward> rewards = ledger.rewards();
    m_rewards->setRowCount(int(rewards.size()));
    for (int i = 0; i < rewards.size(); ++i)
        setRow(m_rewards, i, {rewards.at(i).name, QString::number(rewards.at(i).points)}, rewards.at(i).id);
    showBalance();
}

qint64 VolunteersPage::selectedPointsVolunteer() const
{
    const QModelIndexList rows = m_pointsVolunteerView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_pointsVolunteers->volunteerId(rows.first().row());
}

void VolunteersPage::showBalance()
{
    const qint64 id = selectedPointsVolunteer();
    m_entries->setRowCount(0);
    if (id == 0) {
        m_balance->setText(tr("Choose a volunteer to see their points."));
        return;
    }
    const PointsLedger ledger(m_db);
    const PointsLedger::Balance b = ledger.balance(id);
    const QLocale locale;
    m_balance->setText(tr("Earned %1, granted %2, redeemed %3: <b>balance %4</b>")
                           .arg(locale.toString(b.earned, 'f', 1), locale.toString(b.granted, 'f', 1),
                                locale.toString(b.redeemed, 'f', 1), locale.toString(b.balance(), 'f', 1)));
    const QList<PointsLedger::Entry> entries = ledger.entries(id);
    m_entries->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const PointsLedger::Entry &e = entries.at(i);
        setRow(m_entries, i,
               {e.at.date().toString(Qt::ISODate), locale.toString(e.points, 'f', 1),
                e.rewardName.isEmpty() ? e.note : e.rewardName},
               e.id);
    }
}

void VolunteersPage::redeem()
{
    const qint64 id = selectedPointsVolunteer();
    if (id == 0) {
        m_balance->setText(tr("Choose a volunteer to see their points."));
        return;
    }
    RedeemDialog dialog(m_db, id, this);
    if (dialog.exec() == QDialog::Accepted)
        showBalance();
}

// ---- Reports ----------------------------------------------------------------------------

QWidget *VolunteersPage::buildReportsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month:"), tab));
    const QDate today = QDate::currentDate();
    m_month = dateEdit(QDate(today.year(), today.month(), 1), tab, QStringLiteral("yyyy-MM"));
    bar->addWidget(m_month);
    bar->addStretch();
    layout->addLayout(bar);
    auto *tables = new QHBoxLayout;
    auto *teamBox = new QVBoxLayout;
    teamBox->addWidget(new QLabel(tr("<b>Per team</b>"), tab));
    m_teamTotals = readOnlyTable({tr("Team"), tr("Hours"), tr("Volunteers")}, tab);
    teamBox->addWidget(m_teamTotals);
    tables->addLayout(teamBox);
    auto *gridBox = new QVBoxLayout;
    gridBox->addWidget(new QLabel(tr("<b>Per grid</b>"), tab));
    m_gridTotals = readOnlyTable({tr("Grid"), tr("Hours"), tr("Volunteers")}, tab);
    gridBox->addWidget(m_gridTotals);
    tables->addLayout(gridBox);
    auto *topBox = new QVBoxLayout;
    topBox->addWidget(new QLabel(tr("<b>Top volunteers</b>"), tab));
    m_top = readOnlyTable({tr("Volunteer"), tr("Hours"), tr("Times")}, tab);
    topBox->addWidget(m_top);
    tables->addLayout(topBox);
    layout->addLayout(tables, 1);

    auto *exportBar = new QHBoxLayout;
    exportBar->addWidget(new QLabel(tr("Service hours for the national volunteer system, from"), tab));
    m_exportFrom = dateEdit(QDate(today.year(), today.month(), 1), tab);
    exportBar->addWidget(m_exportFrom);
    exportBar->addWidget(new QLabel(tr("to"), tab));
    m_exportTo = dateEdit(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1), tab);
    exportBar->addWidget(m_exportTo);
    connect(button(tr("Export CSV/XLSX…"), tab, exportBar), &QPushButton::clicked, this,
            &VolunteersPage::exportHoursAs);
    exportBar->addStretch();
    layout->addLayout(exportBar);
    connect(m_month, &QDateEdit::dateChanged, this, &VolunteersPage::reloadReports);
    return tab;
}

void VolunteersPage::reloadReports()
{
    const VolunteerReports reports(m_db);
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

bool VolunteersPage::exportHours(const QString &path, QString *error) const
{
    VolunteerHoursExport exporter(m_db, m_exportFrom->date(), m_exportTo->date());
    exporter.setRevealNumbers(m_reveal->isChecked());
    return exporter.save(path, error);
}

void VolunteersPage::exportHoursAs()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export service hours"), tr("service-hours-%1.xlsx").arg(m_exportFrom->date().toString(Qt::ISODate)),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportHours(path, &error))
        QMessageBox::warning(this, tr("Export service hours"), tr("The file could not be written: %1").arg(error));
    else
        emit statusMessage(m_reveal->isChecked()
                               ? tr("Saved %1 with full ID numbers.").arg(QFileInfo(path).fileName())
                               : tr("Saved %1 with masked ID numbers.").arg(QFileInfo(path).fileName()));
}

void VolunteersPage::refresh()
{
    switch (m_tabs->currentIndex()) {
    case VolunteersTab:
        m_volunteers->reload();
        showHistory();
        break;
    case TeamsTab:
        reloadTeams();
        break;
    case RotaTab:
        m_rotaVolunteers->reload();
        reloadRota();
        break;
    case ServiceTab:
        m_service->reload();
        break;
    case PointsTab:
        m_pointsVolunteers->reload();
        reloadPoints();
        break;
    case ReportsTab:
        reloadReports();
        break;
    }
}
