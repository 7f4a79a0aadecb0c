#pragma once

#include "models/access/accessscope.h"

#include "models/volunteers/volunteer.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimeEdit;

// The volunteer form: contact, skills, when they can serve, status and teams. A volunteer
// taken from the register keeps the register's ID number (not editable here).
class VolunteerDialog final : public QDialog
{
    Q_OBJECT

public:
    VolunteerDialog(QSqlDatabase db, const AccessScope &scope, const Volunteer &volunteer, QWidget *parent = nullptr);
    Volunteer volunteer() const;

    void accept() override;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *workUnitEdit() const { return m_workUnit; }
    QCheckBox *dualReportBox() const { return m_dualReport; }

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    Volunteer m_volunteer;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_skills = nullptr;
    QLineEdit *m_availability = nullptr;
    QList<QCheckBox *> m_days;
    QCheckBox *m_anyTime = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QDateEdit *m_joined = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_workUnit = nullptr;
    QCheckBox *m_dualReport = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_teams = nullptr;
    QLabel *m_message = nullptr;
};
