#pragma once

#include "models/access/accessscope.h"
#include "models/care/assistancerecord.h"

#include <QDialog>
#include <QSqlDatabase>

class HouseholdPicker;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Records one assistance given to a household: the household (and member), kind, amount or
// items, day and who gave it. Saved through AssistanceStore on Save; setRecord() edits one
// recorded before.
class AssistanceDialog final : public QDialog
{
    Q_OBJECT

public:
    // householdId: a household chosen already (0: the clerk finds it).
    AssistanceDialog(QSqlDatabase db, const AccessScope &scope, qint64 householdId = 0, QWidget *parent = nullptr);

    // Shows `record` for editing; Save writes it over (refused if it changed elsewhere since).
    void setRecord(const AssistanceRecord &record);
    qint64 savedId() const { return m_savedId; }
    void accept() override;

private:
    void fillMembers(qint64 householdId);

    QSqlDatabase m_db;
    AccessScope m_scope;
    HouseholdPicker *m_household = nullptr;
    QComboBox *m_member = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_items = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_givenBy = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    AssistanceRecord m_record; // id 0: a new record
    qint64 m_savedId = 0;
};
