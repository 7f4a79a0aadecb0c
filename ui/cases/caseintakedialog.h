#pragma once

#include "models/access/accessscope.h"

#include "models/cases/caseintake.h"
#include "models/core/fielderror.h"
#include "ui/common/editablelistactions.h"

#include <functional>
#include <QDateTime>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

// The intake form of a new case (受理): how it came in, its kind, where, who reported it and
// what it is about. The grid follows the building when one is chosen; the deadline follows the
// category until the clerk sets one by hand.
class CaseIntakeDialog final : public QDialog
{
    Q_OBJECT

public:
    CaseIntakeDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setNow(const QDateTime &now);
    // Filled in by the one who opens the form (a visit's need): what, where and how it came in.
    void setDescription(const QString &text);
    void setBuilding(qint64 buildingId);
    void setSource(const QString &code);
    // Save through `save` instead of CaseStore::intake() (a visit makes the case with its link);
    // its result decides whether the form closes.
    void setSaveHandler(std::function<SaveResult(const CaseIntake &)> save) { m_save = std::move(save); }
    // What the form holds now.
    CaseIntake intake() const;
    qint64 savedCaseId() const { return m_savedId; }
    QString errorText() const { return m_errorText; }

    void accept() override;

private:
    void buildingChanged();
    void updateDeadline();
    void findReporter();
    void reporterPicked(int index);
    void kindChanged();
    // The errand types in use, keeping `select` (a code) or else the current one chosen.
    void fillErrandTypes(const QString &select = QString());
    EditableListActions::Texts errandTypeTexts() const;
    void addErrandType();
    void renameErrandType();
    void archiveErrandType();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_savedId = 0;
    qint64 m_reporterId = 0;
    bool m_settingDeadline = false;
    bool m_deadlineByHand = false;
    QString m_errorText;
    std::function<SaveResult(const CaseIntake &)> m_save;

    QComboBox *m_source = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_errandType = nullptr; // data: the type's code; kErrandTypeIdRole: its id
    QToolButton *m_errandTypes = nullptr;
    QComboBox *m_category = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QDateTimeEdit *m_deadline = nullptr;
    QComboBox *m_building = nullptr;
    QComboBox *m_grid = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_reporter = nullptr;
    QPushButton *m_find = nullptr;
    QComboBox *m_matches = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_by = nullptr;
    QLabel *m_error = nullptr;
};
