#pragma once

#include "models/access/accessscope.h"

#include "models/meetings/meeting.h"
#include "ui/common/attendeebox.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QTableWidget;
class QTimeEdit;

// Records a deliberation meeting: date, time, place, whom it was for (a grid, a compound or the
// whole community), kind and topic; the attendees searched in the register plus a head count of
// others; linked cases; the motions with their votes (outcome shown as they are typed, by the
// rule of MotionVote); and the follow-up tasks with owners and due dates. Saved in one
// transaction by MeetingStore; errors are listed under the form, naming the field.
class MeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    enum MotionColumn { MotionText, VotesFor, VotesAgainst, VotesAbstain, MotionOutcome, MotionColumnCount };
    enum TaskColumn { TaskText, TaskMotion, TaskOwner, TaskDue, TaskDone, TaskColumnCount };

    // meetingId 0: a new meeting.
    MeetingDialog(QSqlDatabase db, const AccessScope &scope, qint64 meetingId = 0, QWidget *parent = nullptr);

    Meeting meeting() const;
    qint64 savedMeetingId() const { return m_meeting.id; }
    QString errorText() const;

    // For tests: search the register and add the n-th hit to the attendees.
    void searchResidents(const QString &text) { m_attendees->picker()->search(text); }
    bool addFoundResident(int row) { return m_attendees->picker()->addHit(row); }
    int addMotion(const QString &text = QString(), int votesFor = 0, int against = 0, int abstain = 0);
    int addTask(const QString &text = QString(), const QString &owner = QString(), const QDate &due = QDate(),
                int motionIndex = -1);
    void linkCase(qint64 caseId);

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *topicEdit() const { return m_topic; }
    QLineEdit *placeEdit() const { return m_place; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *heldForCombo() const { return m_heldFor; }
    QSpinBox *headCountSpin() const { return m_attendees->picker()->headCountSpin(); }
    QListWidget *attendees() const { return m_attendees->picker()->chosen(); }
    QTableView *residentHits() const { return m_attendees->picker()->hits(); }
    QListWidget *cases() const { return m_cases; }
    QTableWidget *motions() const { return m_motions; }
    QTableWidget *tasks() const { return m_tasks; }
    QLabel *totalLabel() const { return m_attendees->picker()->totalLabel(); }

    void accept() override;

private:
    void load();
    void updateOutcomes();
    void refreshTaskMotionChoices();
    int motionKey(int row) const; // -1 for no such row
    int motionRow(int key) const; // -1 when that motion was removed
    void searchCases();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    Meeting m_meeting;

    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLineEdit *m_place = nullptr;
    QComboBox *m_heldFor = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_topic = nullptr;
    AttendeeBox *m_attendees = nullptr;
    QLineEdit *m_caseSearch = nullptr;
    QComboBox *m_caseHits = nullptr;
    QListWidget *m_cases = nullptr;
    QTableWidget *m_motions = nullptr;
    QTableWidget *m_tasks = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    int m_nextMotionKey = 0;
};
