#pragma once

#include "models/access/accessscope.h"

#include "ui/common/editablelistactions.h"

#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// One workflow step on a case. The fields follow the action: "to whom" to assign (and,
// optionally, to reopen; chosen from the office's departments or typed), the result to close, the resident's
// satisfaction to follow up, the reason to reopen; date, by whom and a note always. CaseStore enforces the workflow.
class CaseStepDialog final : public QDialog
{
    Q_OBJECT

public:
    CaseStepDialog(QSqlDatabase db, const AccessScope &scope, qint64 caseId, const QString &action,
                   QWidget *parent = nullptr);

    void setNow(const QDateTime &now);
    QString errorText() const { return m_errorText; }

    void accept() override;

private:
    QWidget *fieldWidget(const QString &field) const;
    // The office's departments in the "to whom" box, keeping `select` (or what is typed) as its text.
    void fillDepartments(const QString &select);
    EditableListActions::Texts departmentTexts() const;
    qint64 chosenDepartment() const;
    void addDepartment();
    void renameDepartment();
    void archiveDepartment();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_caseId = 0;
    QString m_action;
    int m_rowVersion = 0;
    QString m_errorText;

    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_by = nullptr;
    QComboBox *m_departments = nullptr;
    QLineEdit *m_toWhom = nullptr; // the departments box's line: the typed or chosen name
    QPlainTextEdit *m_result = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QLineEdit *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};
