#include "volunteerrotatab.h"
#include "ui/common/longwork.h"

#include "assigndialog.h"
#include "models/documents/pdffile.h"
#include "models/paper/papersheets.h"
#include "models/register/registerlookups.h"
#include "models/revisions/shiftpatternrevision.h"
#include "models/volunteers/rotadocument.h"
#include "models/volunteers/volunteerreports.h"
#include "models/volunteers/volunteertablemodel.h"
#include "rotagrid.h"
#include "shiftpatterndialog.h"
#include "swapdialog.h"
#include "ui/common/revisioncommand.h"
#include "ui/paper/paperkeyindialog.h"
#include "ui/paper/papersheetsaver.h"
#include "volunteerpostdialog.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

VolunteerRotaTab::VolunteerRotaTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : VolunteerTab(std::move(db), scope, parent)
    , m_monday(VolunteerReports::mondayOf(QDate::currentDate()))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *previous = button(QStringLiteral("◀"), this, bar);
    previous->setToolTip(tr("Previous week"));
    m_week = dateEdit(m_monday, this);
    bar->addWidget(m_week);
    auto *next = button(QStringLiteral("▶"), this, bar);
    next->setToolTip(tr("Next week"));
    connect(button(tr("This week"), this, bar), &QPushButton::clicked, this, [this] { setWeek(QDate::currentDate()); });
    connect(previous, &QPushButton::clicked, this, [this] { setWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { setWeek(m_monday.addDays(7)); });
    connect(m_week, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (VolunteerReports::mondayOf(d) != m_monday)
            setWeek(d);
    });
    bar->addSpacing(12);
    auto *newPost = button(tr("New post…"), this, bar);
    newPost->setObjectName(QStringLiteral("newPost"));
    auto *editPost = button(tr("Edit post…"), this, bar);
    editPost->setObjectName(QStringLiteral("editPost"));
    auto *makeShifts = button(tr("Make shifts…"), this, bar);
    makeShifts->setObjectName(QStringLiteral("makeShifts"));
    auto *assign = button(tr("Assign…"), this, bar);
    assign->setObjectName(QStringLiteral("assignButton"));
    auto *swap = button(tr("Swap…"), this, bar);
    swap->setObjectName(QStringLiteral("swapShifts"));
    editorsOnly({newPost, editPost, makeShifts, assign, swap});
    connect(newPost, &QPushButton::clicked, this, &VolunteerRotaTab::newPost);
    connect(editPost, &QPushButton::clicked, this, &VolunteerRotaTab::editPost);
    connect(makeShifts, &QPushButton::clicked, this, &VolunteerRotaTab::makeShifts);
    connect(assign, &QPushButton::clicked, this, &VolunteerRotaTab::assignToSelected);
    connect(swap, &QPushButton::clicked, this, &VolunteerRotaTab::swapShifts);
    bar->addStretch();
    // The paper on a line of its own, so that both lines fit a 1366-pixel screen.
    auto *paper = new QHBoxLayout;
    paper->addStretch();
    connect(button(tr("Print…"), this, paper), &QPushButton::clicked, this, &VolunteerRotaTab::printRota);
    connect(button(tr("Save PDF…"), this, paper), &QPushButton::clicked, this, &VolunteerRotaTab::saveRotaPdf);
    auto *keyBackRota = button(tr("Rota to ke&y back…"), this, paper);
    keyBackRota->setObjectName(QStringLiteral("printKeyBackRota"));
    keyBackRota->setToolTip(tr("The week's rota with a code on every row: tick who came, then key it back"));
    auto *keyBack = button(tr("Key bac&k…"), this, paper);
    keyBack->setObjectName(QStringLiteral("keyBackSheet"));
    keyBack->setToolTip(tr("Key in the ticked rows of a rota or sheet that came back"));
    editorsOnly({keyBackRota, keyBack});
    connect(keyBackRota, &QPushButton::clicked, this, &VolunteerRotaTab::printKeyBackRota);
    connect(keyBack, &QPushButton::clicked, this, &VolunteerRotaTab::keyBackSheet);
    layout->addLayout(bar);
    layout->addLayout(paper);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *find = new QLineEdit(left);
    find->setPlaceholderText(tr("Find a volunteer"));
    find->setClearButtonEnabled(true);
    leftLayout->addWidget(find);
    m_rotaVolunteers = new VolunteerTableModel(m_db, m_scope, this);
    m_rotaVolunteers->setFilter(QString(), QStringLiteral("active"), 0);
    m_rotaVolunteerView = new QTableView(left);
    m_rotaVolunteerView->setModel(m_rotaVolunteers);
    for (int c = 1; c < VolunteerTableModel::ColumnCount; ++c)
        if (c != VolunteerTableModel::Teams)
            m_rotaVolunteerView->hideColumn(c);
    m_rotaVolunteerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rotaVolunteerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rotaVolunteerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rotaVolunteerView->setDragEnabled(canEdit()); // a viewer assigns nobody
    m_rotaVolunteerView->setDragDropMode(canEdit() ? QAbstractItemView::DragOnly : QAbstractItemView::NoDragDrop);
    m_rotaVolunteerView->setDefaultDropAction(Qt::CopyAction);
    m_rotaVolunteerView->verticalHeader()->hide();
    m_rotaVolunteerView->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_rotaVolunteerView, 1);
    auto *hint = new QLabel(tr("Drag a volunteer onto a shift to assign."), left);
    hint->setWordWrap(true);
    hint->setVisible(canEdit());
    leftLayout->addWidget(hint);
    connect(find, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_rotaVolunteers->setFilter(text, QStringLiteral("active"), 0); });
    m_rota = new RotaGrid(split);
    m_rota->setObjectName(QStringLiteral("rotaGrid"));
    if (!canEdit()) {
        m_rota->setDragDropMode(QAbstractItemView::NoDragDrop);
        m_rota->setAcceptDrops(false);
        m_rota->viewport()->setAcceptDrops(false);
    }
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({220, 900});
    layout->addWidget(split, 1);
    m_rotaSummary = new QLabel(this);
    layout->addWidget(m_rotaSummary);
    // Queued: the drop handler must finish before the grid's items are rebuilt.
    connect(m_rota, &RotaGrid::volunteersDropped, this, &VolunteerRotaTab::dropVolunteers, Qt::QueuedConnection);
    connect(m_rota, &QTableWidget::cellDoubleClicked, this, &VolunteerRotaTab::assignToSelected);
    reloadRota();
}

void VolunteerRotaTab::setWeek(const QDate &anyDay)
{
    m_monday = VolunteerReports::mondayOf(anyDay);
    const QSignalBlocker block(m_week);
    m_week->setDate(m_monday);
    reloadRota();
    emit weekChanged(m_monday);
}

void VolunteerRotaTab::refresh()
{
    m_rotaVolunteers->reload();
    reloadRota();
}

void VolunteerRotaTab::reloadRota()
{
    const QPoint current(m_rota->currentColumn(), m_rota->currentRow());
    const VolunteerReports::RotaWeek week = VolunteerReports(m_db, m_scope).week(m_monday);
    m_rota->setWeek(week);
    if (current.y() >= 0 && current.y() < m_rota->rowCount())
        m_rota->setCurrentCell(current.y(), current.x());
    m_rotaSummary->setText(
        week.posts.isEmpty()
            ? tr("No posts yet: add a post, then make its shifts.")
            : tr("%n shift(s) this week, %1 under-staffed.", nullptr, week.shiftCount).arg(week.gapCount));
}

qint64 VolunteerRotaTab::chooseShift(int row, int column)
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

void VolunteerRotaTab::dropVolunteers(const QList<qint64> &ids, int row, int column)
{
    if (!canEdit())
        return;
    const qint64 shiftId = chooseShift(row, column);
    if (shiftId == 0)
        return;
    QStringList problems;
    int assigned = 0;
    RosterStore store(m_db, m_scope);
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

// Also what a double click on a cell does; a viewer only reads the rota.
void VolunteerRotaTab::assignToSelected()
{
    if (!canEdit())
        return;
    const qint64 shiftId = chooseShift(m_rota->currentRow(), m_rota->currentColumn());
    if (shiftId == 0) {
        emit statusMessage(tr("Choose a cell of the rota that has a shift."));
        return;
    }
    AssignDialog dialog(m_db, m_scope, shiftId, this);
    const QModelIndexList rows = m_rotaVolunteerView->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        dialog.selectVolunteer(m_rotaVolunteers->volunteerId(rows.first().row()));
    dialog.exec();
    if (dialog.changed())
        reloadRota();
}

void VolunteerRotaTab::newPost()
{
    if (!canEdit())
        return;
    VolunteerPostDialog dialog(m_db, m_scope, RosterStore::Post(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadRota();
}

void VolunteerRotaTab::editPost()
{
    if (!canEdit())
        return;
    const int row = m_rota->currentRow();
    if (row < 0 || row >= m_rota->week().posts.size())
        return;
    VolunteerPostDialog dialog(m_db, m_scope, m_rota->week().posts.at(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadRota();
}

void VolunteerRotaTab::makeShifts()
{
    if (!canEdit())
        return;
    const int row = m_rota->currentRow();
    const qint64 post = row >= 0 && row < m_rota->week().posts.size() ? m_rota->week().posts.at(row).id : 0;
    const int column = qMax(0, m_rota->currentColumn());
    ShiftPatternDialog dialog(m_db, m_scope, post, m_monday.addDays(column), this);
    if (dialog.exec() == QDialog::Accepted) {
        // Undo cancels the shifts made (never deletes them); redo puts them back.
        RevisionCommand::push(this, std::make_unique<ShiftPatternRevision>(m_db, m_scope, dialog.patternId()),
                              [this] { reloadRota(); });
        reloadRota();
        emit statusMessage(tr("%n shift(s) made.", nullptr, dialog.created()));
    }
}

void VolunteerRotaTab::swapShifts()
{
    if (!canEdit())
        return;
    qint64 first = 0;
    const QList<RosterStore::Shift> shifts = m_rota->shiftsAt(m_rota->currentRow(), m_rota->currentColumn());
    if (!shifts.isEmpty() && !shifts.first().assignments.isEmpty())
        first = shifts.first().assignments.first().id;
    SwapDialog dialog(m_db, m_scope, m_monday, first, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadRota();
        emit statusMessage(tr("Shifts swapped."));
    }
}

bool VolunteerRotaTab::exportRotaPdf(const QString &path, QString *error) const
{
    const RotaDocument rota(m_rota->week(), RegisterLookups(m_db, m_scope).communityName());
    return PdfFile::write(
        path, tr("Volunteer rota"), [&rota](QPagedPaintDevice *pdf) { return rota.print(pdf); }, error);
}

void VolunteerRotaTab::printRota()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the rota"));
    const RotaDocument document(m_rota->week(), RegisterLookups(m_db, m_scope).communityName());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *p) { document.print(p); });
    preview.exec();
}

void VolunteerRotaTab::saveRotaPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the rota as PDF"), tr("rota-%1.pdf").arg(m_monday.toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
    LongWork work(tr("Save the rota as PDF"), tr("Writing the rota…"), window());
    work.step(-1.0);
    QString error;
    if (!work.writeFile(
            path, [&](const QString &part, QString *e) { return exportRotaPdf(part, e); }, &error)) {
        work.fail(error);
        return;
    }
    const QString done = tr("Saved %1.").arg(QFileInfo(path).fileName());
    emit statusMessage(done);
    work.finish(done, path);
}

void VolunteerRotaTab::printKeyBackRota()
{
    QString message;
    const QDate monday = m_monday;
    if (PaperSheetSaver::save(
            this, tr("rota %1 to key back.pdf").arg(monday.toString(Qt::ISODate)),
            [this, monday] { return PaperSheets(m_db, m_scope).rota(monday); }, &message))
        emit statusMessage(message);
}

void VolunteerRotaTab::keyBackSheet()
{
    PaperKeyInDialog dialog(m_db, m_scope, this);
    dialog.exec();
    reloadRota();
}
