#include "meetingspage.h"

#include "meetingdialog.h"
#include "models/access/accessscope.h"
#include "models/meetings/meetingfigures.h"
#include "models/meetings/meetingstore.h"
#include "models/meetings/meetingtablemodel.h"
#include "models/meetings/minutesdocument.h"
#include "models/register/registerlookups.h"
#include "ui/common/listexportbutton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

MeetingsPage::MeetingsPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From:"), this));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-11), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &MeetingsPage::applyFilter);
    }
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("grid"));
    m_grid->addItem(tr("All grids"), 0);
    if (scope.seesAllGrids())
        m_grid->addItem(tr("Community-wide and compounds"), -1);
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        if (scope.seesGrid(g.id))
            m_grid->addItem(g.name, g.id);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &MeetingsPage::applyFilter);
    filters->addWidget(m_grid);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    fillKinds();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingsPage::applyFilter);
    filters->addWidget(m_kind);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search topic or place…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &MeetingsPage::applyFilter);
    filters->addWidget(m_search, 1);
    m_archived = new QCheckBox(tr("Show archived"), this);
    connect(m_archived, &QCheckBox::toggled, this, &MeetingsPage::applyFilter);
    filters->addWidget(m_archived);
    layout->addLayout(filters);

    auto *actions = new QHBoxLayout;
    auto *add = new QPushButton(tr("New meeting…"), this);
    add->setObjectName(QStringLiteral("newMeeting"));
    connect(add, &QPushButton::clicked, this, &MeetingsPage::newMeeting);
    auto *edit = new QPushButton(tr("Edit…"), this);
    connect(edit, &QPushButton::clicked, this, &MeetingsPage::editMeeting);
    auto *archive = new QPushButton(tr("Archive"), this);
    connect(archive, &QPushButton::clicked, this, &MeetingsPage::archiveMeeting);
    auto *minutes = new QPushButton(tr("Print minutes…"), this);
    minutes->setObjectName(QStringLiteral("printMinutes"));
    connect(minutes, &QPushButton::clicked, this, &MeetingsPage::printMinutes);
    auto *kinds = new QToolButton(this);
    kinds->setText(tr("Meeting kinds"));
    kinds->setPopupMode(QToolButton::InstantPopup);
    auto *kindMenu = new QMenu(kinds);
    kindMenu->addAction(tr("Add kind…"), this, &MeetingsPage::addKind);
    kindMenu->addAction(tr("Rename kind…"), this, &MeetingsPage::renameKind);
    kindMenu->addAction(tr("Archive kind…"), this, &MeetingsPage::archiveKind);
    kinds->setMenu(kindMenu);
    actions->addWidget(add);
    actions->addWidget(edit);
    actions->addWidget(archive);
    actions->addWidget(minutes);
    actions->addWidget(kinds);
    const bool editable = scope.canEdit();
    add->setEnabled(editable);
    archive->setEnabled(editable);
    kinds->setEnabled(editable && scope.seesAllGrids());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("meetings"));
    auto *exportList = new ListExportButton(m_table, tr("meetings.xlsx"), this);
    actions->addWidget(exportList);
    connect(exportList, &ListExportButton::exported, this,
            [this](int rows) { emit statusMessage(tr("%1 meetings exported.").arg(rows)); });
    actions->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    actions->addWidget(m_count);
    layout->addLayout(actions);

    m_model = new MeetingTableModel(m_db, m_scope, this);
    connect(m_model, &MeetingTableModel::countChanged, this,
            [this](int n) { m_count->setText(tr("%n meeting(s)", nullptr, n)); });
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(MeetingTableModel::Topic, QHeaderView::Stretch);
    m_table->setColumnWidth(MeetingTableModel::Date, 100);
    m_table->setColumnWidth(MeetingTableModel::Kind, 120);
    m_table->setColumnWidth(MeetingTableModel::Where, 130);
    m_table->setColumnWidth(MeetingTableModel::Motions, 120);
    m_table->setColumnWidth(MeetingTableModel::Tasks, 120);
    connect(m_table, &QTableView::doubleClicked, this, &MeetingsPage::editMeeting);
    layout->addWidget(m_table, 1);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    applyFilter();
}

void MeetingsPage::fillKinds()
{
    const qint64 current = m_kind->currentData().toLongLong();
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), 0);
    for (const EventType &k : MeetingStore(m_db, m_scope).kinds())
        m_kind->addItem(k.name, k.id);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
}

void MeetingsPage::applyFilter()
{
    MeetingFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.gridId = m_grid->currentData().toLongLong();
    f.kindId = m_kind->currentData().toLongLong();
    f.text = m_search->text();
    f.includeArchived = m_archived->isChecked();
    m_model->setFilter(f);
    m_count->setText(tr("%n meeting(s)", nullptr, m_model->totalCount()));
    showFigures();
}

void MeetingsPage::showFigures()
{
    const QDate today = QDate::currentDate();
    const QHash<qint64, MeetingFigures::Figures> perGrid = MeetingFigures(m_db, m_scope).perGrid(today.year(), today.month());
    const qint64 grid = m_grid->currentData().toLongLong();
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

void MeetingsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void MeetingsPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

qint64 MeetingsPage::currentMeetingId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->meetingId(index.row()) : 0;
}

void MeetingsPage::newMeeting()
{
    MeetingDialog dialog(m_db, m_scope, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        const int row = m_model->rowOfMeeting(dialog.savedMeetingId());
        if (row >= 0)
            m_table->selectRow(row);
        emit statusMessage(tr("Meeting saved."));
    }
}

void MeetingsPage::editMeeting()
{
    const qint64 id = currentMeetingId();
    if (!id)
        return;
    MeetingDialog dialog(m_db, m_scope, id, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit statusMessage(tr("Meeting saved."));
    }
}

void MeetingsPage::archiveMeeting()
{
    const qint64 id = currentMeetingId();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("Archive meeting"),
                              tr("Archive this meeting? It is kept in the records but no longer listed or counted.")) !=
        QMessageBox::Yes)
        return;
    const SaveResult r = MeetingStore(m_db, m_scope).archive(id);
    if (!r.ok) {
        QMessageBox::warning(this, tr("Archive meeting"), r.firstMessage());
        return;
    }
    refresh();
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
    QString error;
    if (!writeMinutes(id, path, &error)) {
        QMessageBox::warning(this, tr("Print minutes"), error);
        return;
    }
    emit statusMessage(tr("Minutes written to %1.").arg(QDir::toNativeSeparators(path)));
}

EditableListActions::Texts MeetingsPage::kindTexts() const
{
    return {tr("Add meeting kind"),
            tr("Rename meeting kind"),
            tr("Archive meeting kind"),
            tr("Name:"),
            tr("Choose the kind in the list first."),
            tr("Archive \"%1\"? Meetings of this kind keep it; new meetings cannot choose it.")};
}

void MeetingsPage::addKind()
{
    if (EditableListActions::add(this, kindTexts(), [this](EventType &k) { return MeetingStore(m_db, m_scope).saveKind(k); }))
        fillKinds();
}

void MeetingsPage::renameKind()
{
    if (EditableListActions::rename(this, kindTexts(), m_kind,
                                    [this](EventType &k) { return MeetingStore(m_db, m_scope).saveKind(k); })) {
        fillKinds();
        refresh();
    }
}

void MeetingsPage::archiveKind()
{
    if (EditableListActions::archive(this, kindTexts(), m_kind,
                                     [this](qint64 id) { return MeetingStore(m_db, m_scope).archiveKind(id); })) {
        m_kind->setCurrentIndex(0);
        fillKinds();
        applyFilter();
    }
}
