#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class VolunteerTableModel;

// The picker for one shift: who is on it, the volunteers to choose from with the conflicts
// of the one selected (double booking, unavailable), and the week's under-staffed shifts.
// Assign, remove, or put a substitute in place of someone.
class AssignDialog final : public QDialog
{
    Q_OBJECT

public:
    AssignDialog(QSqlDatabase db, const AccessScope &scope, qint64 shiftId, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *volunteerView() const { return m_volunteers; }
    QListWidget *assignedList() const { return m_assigned; }
    QLabel *conflictLabel() const { return m_conflicts; }
    QPushButton *assignButton() const { return m_assign; }
    bool changed() const { return m_changed; }
    // Selects the volunteer's row if it is loaded.
    void selectVolunteer(qint64 volunteerId);

public slots:
    void assignSelected();
    void removeSelected();
    void substituteSelected();

private:
    void reload();
    void showConflicts();
    qint64 selectedVolunteer() const;
    void report(const QString &text, bool error);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_shiftId = 0;
    bool m_changed = false;
    QLabel *m_heading = nullptr;
    QListWidget *m_assigned = nullptr;
    QLineEdit *m_search = nullptr;
    VolunteerTableModel *m_model = nullptr;
    QTableView *m_volunteers = nullptr;
    QLabel *m_conflicts = nullptr;
    QListWidget *m_gaps = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_substitute = nullptr;
};
