#include "meetingdialog.h"

#include "models/access/accessscope.h"
#include "models/core/itemroles.h"
#include "models/meetings/meetingstore.h"
#include "models/meetings/motionvote.h"
#include "models/register/registerlookups.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"
#include "ui/common/screenfit.h"
#include "ui/common/typeahead.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {

// "Held for" keys: "" community-wide, "g:<id>" a grid, "c:<id>" a compound.
QString gridKey(qint64 id)
{
    return QStringLiteral("g:%1").arg(id);
}

QString compoundKey(qint64 id)
{
    return QStringLiteral("c:%1").arg(id);
}

QSpinBox *voteSpin(QWidget *parent, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, 100000);
    spin->setValue(value);
    spin->setFrame(false);
    return spin;
}

} // namespace

MeetingDialog::MeetingDialog(QSqlDatabase db, const AccessScope &scope, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_meeting.id = meetingId;
    FormGuard::install(this);
    setWindowTitle(meetingId == 0 ? tr("New meeting") : tr("Meeting"));
    auto *layout = new QVBoxLayout(this);
    // The two columns scroll rather than push the dialog past a 1366×768 screen's bottom edge.
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    // Left: the meeting and who came.
    auto *left = new QVBoxLayout;
    auto *details = new QGroupBox(tr("Meeting"), this);
    auto *form = new QFormLayout(details);
    auto *when = new QHBoxLayout;
    m_date = new QDateEdit(QDate::currentDate(), details);
    DateField::tabLeaves(m_date);
    m_date->setObjectName(QStringLiteral("heldOn"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_time = new QTimeEdit(QTime(19, 0), details);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addStretch();
    form->addRow(tr("Date:"), when);
    m_kind = new QComboBox(details);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const ListEntry &k : MeetingStore(m_db, m_scope).kinds())
        m_kind->addItem(k.name, k.id);
    form->addRow(tr("&Kind:"), m_kind);
    m_heldFor = new QComboBox(details);
    m_heldFor->setObjectName(QStringLiteral("heldFor"));
    if (scope.seesAllGrids())
        m_heldFor->addItem(tr("Community-wide"), QString());
    const RegisterLookups lookups(m_db, m_scope);
    for (const RegisterLookups::Item &g : lookups.grids())
        if (scope.seesGrid(g.id))
            m_heldFor->addItem(tr("Grid %1").arg(g.name), gridKey(g.id));
    if (scope.seesAllGrids())
        for (const RegisterLookups::Item &c : lookups.compounds())
            m_heldFor->addItem(tr("Compound %1").arg(c.name), compoundKey(c.id));
    TypeAhead::attach(m_heldFor); // grids and every compound: typing part of a name narrows them
    form->addRow(tr("&For:"), m_heldFor);
    m_place = new QLineEdit(details);
    m_place->setObjectName(QStringLiteral("place"));
    form->addRow(tr("&Place:"), m_place);
    m_topic = new QLineEdit(details);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setPlaceholderText(tr("e.g. adding a lift to building 3"));
    form->addRow(tr("&Topic:"), m_topic);
    m_notes = new QPlainTextEdit(details);
    m_notes->setMaximumHeight(60);
    form->addRow(tr("N&otes:"), m_notes);
    left->addWidget(details);

    m_attendees = new AttendeeBox(
        m_db, m_scope, {tr("Attendees"), tr("Add to attendees"), tr("Others present, not listed:"), tr("Present: %1")},
        this);
    m_attendees->picker()->chosen()->setObjectName(QStringLiteral("attendees"));
    left->addWidget(m_attendees, 1);
    columns->addLayout(left, 2);

    // Right: cases, motions, tasks. A meeting decides and follows up; an event only records who came.
    auto *right = new QVBoxLayout;
    auto *caseBox = new QGroupBox(tr("Cases discussed"), this);
    auto *caseLayout = new QVBoxLayout(caseBox);
    auto *caseRow = new QHBoxLayout;
    m_caseSearch = new QLineEdit(caseBox);
    m_caseSearch->setObjectName(QStringLiteral("caseSearch"));
    m_caseSearch->setPlaceholderText(tr("Case number or words of its description…"));
    m_caseHits = new QComboBox(caseBox);
    m_caseHits->setObjectName(QStringLiteral("caseHits"));
    m_caseHits->setMinimumContentsLength(24);
    auto *link = new QPushButton(tr("Link"), caseBox);
    auto *unlink = new QPushButton(tr("Remove"), caseBox);
    caseRow->addWidget(m_caseSearch, 1);
    caseRow->addWidget(m_caseHits, 1);
    caseRow->addWidget(link);
    caseRow->addWidget(unlink);
    caseLayout->addLayout(caseRow);
    m_cases = new QListWidget(caseBox);
    m_cases->setObjectName(QStringLiteral("cases"));
    m_cases->setMaximumHeight(60);
    caseLayout->addWidget(m_cases);
    right->addWidget(caseBox);

    auto *motionBox = new QGroupBox(tr("Motions and votes"), this);
    auto *motionLayout = new QVBoxLayout(motionBox);
    m_motions = new QTableWidget(0, MotionColumnCount, motionBox);
    m_motions->setObjectName(QStringLiteral("motions"));
    m_motions->setHorizontalHeaderLabels({tr("Motion"), tr("For"), tr("Against"), tr("Abstain"), tr("Outcome")});
    m_motions->horizontalHeader()->setSectionResizeMode(MotionText, QHeaderView::Stretch);
    for (int c = VotesFor; c < MotionColumnCount; ++c)
        m_motions->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_motions->verticalHeader()->setDefaultSectionSize(28);
    m_motions->setSelectionBehavior(QAbstractItemView::SelectRows);
    motionLayout->addWidget(m_motions, 1);
    auto *rule = new QLabel(MotionVote::ruleText(), motionBox);
    rule->setWordWrap(true);
    rule->setStyleSheet(QStringLiteral("color: #555;"));
    motionLayout->addWidget(rule);
    auto *motionButtons = new QHBoxLayout;
    auto *addMotionButton = new QPushButton(tr("Add &motion"), motionBox);
    addMotionButton->setObjectName(QStringLiteral("addMotion"));
    auto *removeMotion = new QPushButton(tr("Remove motion"), motionBox);
    motionButtons->addWidget(addMotionButton);
    motionButtons->addWidget(removeMotion);
    motionButtons->addStretch();
    motionLayout->addLayout(motionButtons);
    right->addWidget(motionBox, 1);

    auto *taskBox = new QGroupBox(tr("Follow-up tasks"), this);
    auto *taskLayout = new QVBoxLayout(taskBox);
    m_tasks = new QTableWidget(0, TaskColumnCount, taskBox);
    m_tasks->setObjectName(QStringLiteral("tasks"));
    m_tasks->setHorizontalHeaderLabels({tr("Task"), tr("Motion"), tr("Owner"), tr("Due"), tr("Done")});
    m_tasks->horizontalHeader()->setSectionResizeMode(TaskText, QHeaderView::Stretch);
    for (int c = TaskMotion; c < TaskColumnCount; ++c)
        m_tasks->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tasks->verticalHeader()->setDefaultSectionSize(28);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    taskLayout->addWidget(m_tasks, 1);
    auto *taskButtons = new QHBoxLayout;
    auto *addTaskButton = new QPushButton(tr("Add ta&sk"), taskBox);
    addTaskButton->setObjectName(QStringLiteral("addTask"));
    auto *removeTask = new QPushButton(tr("Remove task"), taskBox);
    taskButtons->addWidget(addTaskButton);
    taskButtons->addWidget(removeTask);
    taskButtons->addStretch();
    taskLayout->addLayout(taskButtons);
    right->addWidget(taskBox, 1);
    columns->addLayout(right, 3);

    m_error = FormHelpers::addSaveButtons(this, layout);

    // Votes are checked against the people present.
    connect(m_attendees, &AttendeeBox::changed, this, &MeetingDialog::updateOutcomes);
    connect(m_caseSearch, &QLineEdit::textChanged, this, &MeetingDialog::searchCases);
    connect(link, &QPushButton::clicked, this, [this] {
        if (m_caseHits->currentIndex() >= 0)
            linkCase(m_caseHits->currentData().toLongLong());
    });
    connect(unlink, &QPushButton::clicked, this, [this] { qDeleteAll(m_cases->selectedItems()); });
    connect(addMotionButton, &QPushButton::clicked, this, [this] {
        const int row = addMotion();
        if (auto *edit = qobject_cast<QLineEdit *>(m_motions->cellWidget(row, MotionText)))
            edit->setFocus();
    });
    connect(removeMotion, &QPushButton::clicked, this, [this] {
        if (m_motions->currentRow() >= 0)
            m_motions->removeRow(m_motions->currentRow());
        refreshTaskMotionChoices();
    });
    connect(addTaskButton, &QPushButton::clicked, this, [this] {
        const int row = addTask();
        if (auto *edit = qobject_cast<QLineEdit *>(m_tasks->cellWidget(row, TaskText)))
            edit->setFocus();
    });
    connect(removeTask, &QPushButton::clicked, this, [this] {
        if (m_tasks->currentRow() >= 0)
            m_tasks->removeRow(m_tasks->currentRow());
    });

    load();
    updateOutcomes();
    ScreenFit::resize(this, 1180, 760);
}

void MeetingDialog::load()
{
    if (m_meeting.id == 0)
        return;
    const MeetingStore store(m_db, m_scope);
    const std::optional<Meeting> m = store.meeting(m_meeting.id);
    if (!m)
        return;
    m_meeting = *m;
    setWindowTitle(tr("Meeting of %1").arg(m->heldOn.toString(QStringLiteral("yyyy-MM-dd"))));
    m_date->setDate(m->heldOn);
    if (m->startsAt.isValid())
        m_time->setTime(m->startsAt);
    FormHelpers::selectEntry(m_kind, m->kindId, [&store] { return store.kinds(true); });
    const QString key =
        m->gridId > 0 ? gridKey(m->gridId) : (m->compoundId > 0 ? compoundKey(m->compoundId) : QString());
    m_heldFor->setCurrentIndex(qMax(0, m_heldFor->findData(key)));
    m_place->setText(m->place);
    m_topic->setText(m->topic);
    m_notes->setPlainText(m->notes);
    m_attendees->load(m->attendeeIds, m->headCount);
    for (const MeetingStore::Choice &c : store.caseLabels(m->caseIds)) {
        auto *item = new QListWidgetItem(c.name, m_cases);
        item->setData(ItemRole::Id, c.id);
    }
    for (const Meeting::Motion &x : m->motions) {
        const int row = addMotion(x.text, x.votesFor, x.votesAgainst, x.votesAbstain);
        m_motions->cellWidget(row, MotionText)->setProperty("motionId", x.id);
    }
    for (const Meeting::Task &t : m->tasks) {
        const int row = addTask(t.description, t.owner, t.dueOn, t.motionIndex);
        m_tasks->cellWidget(row, TaskText)->setProperty("taskId", t.id);
        FormHelpers::setOptionalDate(qobject_cast<QDateEdit *>(m_tasks->cellWidget(row, TaskDone)), t.doneOn);
    }
}

void MeetingDialog::searchCases()
{
    m_caseHits->clear();
    const QString text = m_caseSearch->text().trimmed();
    if (text.isEmpty())
        return;
    for (const MeetingStore::Choice &c : MeetingStore(m_db, m_scope).findCases(text))
        m_caseHits->addItem(c.name, c.id);
}

void MeetingDialog::linkCase(qint64 caseId)
{
    for (int i = 0; i < m_cases->count(); ++i)
        if (m_cases->item(i)->data(ItemRole::Id).toLongLong() == caseId)
            return;
    for (const MeetingStore::Choice &c : MeetingStore(m_db, m_scope).caseLabels({caseId})) {
        auto *item = new QListWidgetItem(c.name, m_cases);
        item->setData(ItemRole::Id, c.id);
    }
}

int MeetingDialog::addMotion(const QString &text, int votesFor, int against, int abstain)
{
    const int row = m_motions->rowCount();
    m_motions->insertRow(row);
    auto *edit = new QLineEdit(text, m_motions);
    edit->setFrame(false);
    edit->setPlaceholderText(tr("What was proposed"));
    // A key that survives removing other rows, so a task stays tied to its own motion.
    edit->setProperty("motionKey", m_nextMotionKey++);
    m_motions->setCellWidget(row, MotionText, edit);
    const int votes[] = {votesFor, against, abstain};
    for (int c = VotesFor; c <= VotesAbstain; ++c) {
        QSpinBox *spin = voteSpin(m_motions, votes[c - VotesFor]);
        connect(spin, &QSpinBox::valueChanged, this, &MeetingDialog::updateOutcomes);
        m_motions->setCellWidget(row, c, spin);
    }
    auto *outcome = new QTableWidgetItem;
    outcome->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_motions->setItem(row, MotionOutcome, outcome);
    connect(edit, &QLineEdit::textChanged, this, &MeetingDialog::refreshTaskMotionChoices);
    updateOutcomes();
    refreshTaskMotionChoices();
    return row;
}

void MeetingDialog::updateOutcomes()
{
    const int present = m_attendees->picker()->total();
    for (int row = 0; row < m_motions->rowCount(); ++row) {
        const auto value = [this, row](int c) {
            return qobject_cast<QSpinBox *>(m_motions->cellWidget(row, c))->value();
        };
        const MotionVote vote(value(VotesFor), value(VotesAgainst), value(VotesAbstain));
        QTableWidgetItem *item = m_motions->item(row, MotionOutcome);
        if (!item)
            continue;
        const bool tooMany = vote.cast() > present;
        item->setText(tooMany ? tr("More votes than present") : MotionVote::label(vote.outcome()));
        item->setForeground(tooMany ? FormHelpers::errorColor()
                                    : (vote.outcome() == MotionVote::Outcome::Carried ? FormHelpers::okColor()
                                                                                      : QColor(0x55, 0x55, 0x55)));
    }
}

int MeetingDialog::addTask(const QString &text, const QString &owner, const QDate &due, int motionIndex)
{
    const int row = m_tasks->rowCount();
    m_tasks->insertRow(row);
    auto *edit = new QLineEdit(text, m_tasks);
    edit->setFrame(false);
    edit->setPlaceholderText(tr("What is to be done"));
    m_tasks->setCellWidget(row, TaskText, edit);
    auto *motion = new QComboBox(m_tasks);
    m_tasks->setCellWidget(row, TaskMotion, motion);
    auto *ownerEdit = new QLineEdit(owner, m_tasks);
    ownerEdit->setFrame(false);
    ownerEdit->setPlaceholderText(tr("Who"));
    m_tasks->setCellWidget(row, TaskOwner, ownerEdit);
    auto *dueEdit = new QDateEdit(due.isValid() ? due : m_date->date().addDays(14), m_tasks);
    DateField::tabLeaves(dueEdit);
    dueEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dueEdit->setCalendarPopup(true);
    m_tasks->setCellWidget(row, TaskDue, dueEdit);
    QDateEdit *done = FormHelpers::optionalDateEdit(m_tasks);
    FormHelpers::setOptionalDate(done, QDate());
    m_tasks->setCellWidget(row, TaskDone, done);
    refreshTaskMotionChoices();
    motion->setCurrentIndex(qMax(0, motion->findData(motionKey(motionIndex))));
    return row;
}

int MeetingDialog::motionKey(int row) const
{
    const QWidget *text = row >= 0 && row < m_motions->rowCount() ? m_motions->cellWidget(row, MotionText) : nullptr;
    return text ? text->property("motionKey").toInt() : -1;
}

int MeetingDialog::motionRow(int key) const
{
    for (int row = 0; key >= 0 && row < m_motions->rowCount(); ++row)
        if (motionKey(row) == key)
            return row;
    return -1;
}

void MeetingDialog::refreshTaskMotionChoices()
{
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_tasks->cellWidget(row, TaskMotion));
        if (!combo)
            continue;
        const int current = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(none)"), -1);
        for (int m = 0; m < m_motions->rowCount(); ++m)
            combo->addItem(tr("Motion %1").arg(m + 1), motionKey(m));
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.heldOn = m_date->date();
    m.startsAt = m_time->time();
    m.kindId = m_kind->currentData().toLongLong();
    const QString key = m_heldFor->currentData().toString();
    m.gridId = key.startsWith(QLatin1String("g:")) ? key.mid(2).toLongLong() : 0;
    m.compoundId = key.startsWith(QLatin1String("c:")) ? key.mid(2).toLongLong() : 0;
    m.place = m_place->text().trimmed();
    m.topic = m_topic->text().trimmed();
    m.notes = m_notes->toPlainText().trimmed();
    m.headCount = m_attendees->picker()->headCount();
    m.attendeeIds = m_attendees->picker()->residentIds();
    m.caseIds.clear();
    for (int i = 0; i < m_cases->count(); ++i)
        m.caseIds.append(m_cases->item(i)->data(ItemRole::Id).toLongLong());
    m.motions.clear();
    for (int row = 0; row < m_motions->rowCount(); ++row) {
        const auto spin = [this, row](int c) {
            return qobject_cast<QSpinBox *>(m_motions->cellWidget(row, c))->value();
        };
        const QWidget *text = m_motions->cellWidget(row, MotionText);
        Meeting::Motion x;
        x.id = text->property("motionId").toLongLong();
        x.text = qobject_cast<const QLineEdit *>(text)->text();
        x.votesFor = spin(VotesFor);
        x.votesAgainst = spin(VotesAgainst);
        x.votesAbstain = spin(VotesAbstain);
        m.motions.append(x);
    }
    m.tasks.clear();
    for (int row = 0; row < m_tasks->rowCount(); ++row) {
        const QWidget *text = m_tasks->cellWidget(row, TaskText);
        Meeting::Task t;
        t.id = text->property("taskId").toLongLong();
        t.description = qobject_cast<const QLineEdit *>(text)->text();
        t.motionIndex =
            motionRow(qobject_cast<QComboBox *>(m_tasks->cellWidget(row, TaskMotion))->currentData().toInt());
        t.owner = qobject_cast<QLineEdit *>(m_tasks->cellWidget(row, TaskOwner))->text();
        t.dueOn = qobject_cast<QDateEdit *>(m_tasks->cellWidget(row, TaskDue))->date();
        t.doneOn = FormHelpers::optionalDate(qobject_cast<QDateEdit *>(m_tasks->cellWidget(row, TaskDone)));
        m.tasks.append(t);
    }
    return m;
}

QString MeetingDialog::errorText() const
{
    return m_error->text();
}

void MeetingDialog::accept()
{
    Meeting m = meeting();
    const SaveResult r = MeetingStore(m_db, m_scope).save(m);
    if (!r.ok) {
        // Every error, not the first: motions and tasks can each be wrong at once, named by row.
        QStringList lines;
        for (const FieldError &e : r.errors)
            lines << e.message.toHtmlEscaped();
        m_error->setText(FormHelpers::colored(lines.join(QStringLiteral("<br>")), FormHelpers::errorColor()));
        return;
    }
    m_meeting = m;
    QDialog::accept();
}
