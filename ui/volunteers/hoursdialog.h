#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// Corrects the hours of an attended shift; the reason is required and kept with the change.
class HoursDialog final : public QDialog
{
    Q_OBJECT

public:
    HoursDialog(QSqlDatabase db, const AccessScope &scope, qint64 assignmentId, QWidget *parent = nullptr);
    void accept() override;
    QDoubleSpinBox *hoursSpin() const { return m_hours; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_assignmentId = 0;
    QDoubleSpinBox *m_hours = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
};
