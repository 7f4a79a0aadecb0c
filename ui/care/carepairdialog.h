#pragma once

#include "models/access/accessscope.h"
#include "models/care/carepair.h"

#include <QDialog>
#include <QSqlDatabase>

class HouseholdPicker;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Adds or edits a 结对帮扶 pair: the household, the helper (name, kind, phone), start and end.
class CarePairDialog final : public QDialog
{
    Q_OBJECT

public:
    // pairId 0: a new pair.
    CarePairDialog(QSqlDatabase db, const AccessScope &scope, qint64 pairId = 0, QWidget *parent = nullptr);

    qint64 savedId() const { return m_pair.id; }
    void accept() override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    CarePair m_pair;
    HouseholdPicker *m_household = nullptr;
    QLineEdit *m_helper = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};
