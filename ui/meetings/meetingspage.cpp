#include "meetingspage.h"
#include "ui/common/longwork.h"

#include "meetingdialog.h"
#include "models/access/accessscope.h"
#include "models/meetings/meetingfigures.h"
#include "models/meetings/meetingstore.h"
#include "models/meetings/meetingtablemodel.h"
#include "models/meetings/minutesdocument.h"
#include "models/register/registerlookups.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

MeetingsPage::MeetingsPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : ListPage(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    // Meetings are kept per grid: a grid worker filters by their own grids, the rest are the office's.
    QList<std::pair<QString, qint64>> grids;
    if (m_scope.seesAllGrids())
        grids.append({tr("Community-wide and compounds"), -1});
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        if (m_scope.seesGrid(g.id))
            grids.append({g.name, g.id});
    addFilters(grids, kindEntries(), tr("Search topic or place…"));
    m_archived = new QCheckBox(tr("Show archived"), this);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    connect(m_archived, &QCheckBox::toggled, this, &MeetingsPage::applyFilter);
    addFilter(m_archived);

    QPushButton *add = addButton(tr("New meeting…"), [this] { newMeeting(); });
    add->setObjectName(QStringLiteral("newMeeting"));
    addButton(tr("Edit…"), [this] { editMeeting(); });
    QPushButton *archive = addButton(tr("Archive"), [this] { archiveMeeting(); });
    addButton(tr("Print minutes…"), [this] { printMinutes(); })->setObjectName(QStringLiteral("printMinutes"));
    m_model = new MeetingTableModel(m_db, m_scope, this);
    connect(m_model, &MeetingTableModel::countChanged, this, &MeetingsPage::showCount);
    QToolButton *kindMenu =
        addTable(m_model, QStringLiteral("meetings"), tr("meetings.xlsx"), tr("%1 meetings exported."));
    addSavedViews(m_db, m_scope, QStringLiteral("meetings"));
    const bool editable = m_scope.canEdit();
    add->setEnabled(editable);
    archive->setEnabled(editable);
    // The kinds are the office's list; a grid worker records the meetings of their grids only.
    kindMenu->setEnabled(editable && m_scope.seesAllGrids());
    view()->horizontalHeader()->setSectionResizeMode(MeetingTableModel::Topic, QHeaderView::Stretch);
    view()->setColumnWidth(MeetingTableModel::Date, 100);
    view()->setColumnWidth(MeetingTableModel::Kind, 120);
    view()->setColumnWidth(MeetingTableModel::Where, 130);
    view()->setColumnWidth(MeetingTableModel::Motions, 120);
    view()->setColumnWidth(MeetingTableModel::Tasks, 120);
    connect(view(), &QTableView::doubleClicked, this, &MeetingsPage::editMeeting);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::RichText);
    layout()->addWidget(m_figures);
    applyFilter();
}

ListPage::Entries MeetingsPage::kindEntries()
{
    return {QStringLiteral("kind"),
            tr("All kinds"),
            tr("Meeting kinds"),
            tr("Add kind…"),
            tr("Rename kind…"),
            tr("Archive kind…"),
            {tr("Add meeting kind"), tr("Rename meeting kind"), tr("Archive meeting kind"), tr("Name:"),
             tr("Choose the kind in the list first."),
             tr("Archive \"%1\"? Meetings of this kind keep it; new meetings cannot choose it.")},
            [this] { return MeetingStore(m_db, m_scope).kinds(); },
            [this](ListEntry &k) { return MeetingStore(m_db, m_scope).saveKind(k); },
            [this](qint64 id) { return MeetingStore(m_db, m_scope).archiveKind(id); }};
}

void MeetingsPage::applyFilter()
{
    MeetingFilter f;
    f.from = from();
    f.to = to();
    f.gridId = gridId();
    f.kindId = entryId();
    f.text = searchText();
    f.includeArchived = m_archived->isChecked();
    m_model->setFilter(f);
    showCount(m_model->totalCount());
    showFigures();
}

QString MeetingsPage::countText(int rows) const
{
    return tr("%n meeting(s)", nullptr, rows);
}

void MeetingsPage::showFigures()
{
    const QDate today = QDate::currentDate();
    const QHash<qint64, MeetingFigures::Figures> perGrid =
        MeetingFigures(m_db, m_scope).perGrid(today.year(), today.month());
    const qint64 grid = gridId();
    const MeetingFigures::Figures f = grid > 0 ? perGrid.value(grid) : MeetingFigures::total(perGrid);
    m_figures->setText(tr("This month: <b>%1</b> meeting(s) held, <b>%2</b> decision(s) made; follow-up tasks: "
                          "<b>%3</b> done on time, <b>%4</b> done late, <b>%5</b> overdue, <b>%6</b> not yet due.")
                           .arg(f.meetings)
                           .arg(f.decisions)
                           .arg(f.doneOnTime)
                           .arg(f.doneLate)
                           .arg(f.overdue)
                           .arg(f.open));
}

void MeetingsPage::refresh()
{
    m_model->reload();
    showFigures();
}

qint64 MeetingsPage::currentMeetingId() const
{
    const QModelIndex index = view()->currentIndex();
    return index.isValid() ? m_model->meetingId(index.row()) : 0;
}

void MeetingsPage::newMeeting()
{
    openMeeting(0);
}

void MeetingsPage::editMeeting()
{
    if (const qint64 id = currentMeetingId())
        openMeeting(id);
}

void MeetingsPage::openMeeting(qint64 id)
{
    MeetingDialog dialog(m_db, m_scope, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    if (id == 0) { // chosen in the list, so Print minutes takes the meeting just recorded
        const int row = m_model->rowOfMeeting(dialog.savedMeetingId());
        if (row >= 0)
            view()->selectRow(row);
    }
    emit statusMessage(tr("Meeting saved."));
}

void MeetingsPage::archiveMeeting()
{
    const qint64 id = currentMeetingId();
    if (id && confirmChange(tr("Archive meeting"),
                            tr("Archive this meeting? It is kept in the records but no longer listed or counted."),
                            [&] { return MeetingStore(m_db, m_scope).archive(id); }))
        emit statusMessage(tr("Meeting archived."));
}

bool MeetingsPage::writeMinutes(qint64 meetingId, const QString &path, QString *error) const
{
    const std::optional<Meeting> m = MeetingStore(m_db, m_scope).meeting(meetingId);
    if (!m) {
        if (error)
            *error = tr("This meeting no longer exists.");
        return false;
    }
    return MinutesDocument(m_db, m_scope, *m).writePdf(path, error);
}

void MeetingsPage::printMinutes()
{
    const qint64 id = currentMeetingId();
    if (!id) {
        QMessageBox::information(this, tr("Print minutes"), tr("Choose a meeting in the list first."));
        return;
    }
    const std::optional<Meeting> m = MeetingStore(m_db, m_scope).meeting(id);
    if (!m)
        return;
    const QString suggested =
        QDir::home().filePath(tr("minutes-%1.pdf").arg(m->heldOn.toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Print minutes"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file.
    LongWork work(tr("Print minutes"), tr("Writing the minutes…"), window());
    work.step(-1.0);
    QString error;
    if (!work.writeFile(
            path, [&](const QString &part, QString *e) { return writeMinutes(id, part, e); }, &error)) {
        work.fail(error);
        return;
    }
    const QString done = tr("Minutes written to %1.").arg(QDir::toNativeSeparators(path));
    emit statusMessage(done);
    work.finish(done, path);
}
