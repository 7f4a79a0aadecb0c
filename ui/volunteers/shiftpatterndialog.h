#pragma once

#include "models/access/accessscope.h"

#include "models/volunteers/shiftrecurrence.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

// Makes a post's shifts from a weekly pattern in one step, e.g. every Saturday 9:00–11:00 for
// 8 weeks, with a preview of the dates before anything is written.
class ShiftPatternDialog final : public QDialog
{
    Q_OBJECT

public:
    ShiftPatternDialog(QSqlDatabase db, const AccessScope &scope, qint64 postId, const QDate &from,
                       QWidget *parent = nullptr);

    ShiftRecurrence::Pattern pattern() const;
    int created() const { return m_created; }
    qint64 patternId() const { return m_patternId; } // the shifts' pattern, once accepted
    void accept() override;

    QList<QCheckBox *> dayBoxes() const { return m_days; }
    QSpinBox *weeksSpin() const { return m_weeks; }

private:
    void updatePreview();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QComboBox *m_post = nullptr;
    QList<QCheckBox *> m_days;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QDateEdit *m_from = nullptr;
    QRadioButton *m_byWeeks = nullptr;
    QSpinBox *m_weeks = nullptr;
    QDateEdit *m_until = nullptr;
    QSpinBox *m_needed = nullptr;
    QLabel *m_preview = nullptr;
    int m_created = 0;
    qint64 m_patternId = 0;
};
