#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Spends a volunteer's points on a reward (or a number of points with a note); the ledger
// refuses anything beyond the balance.
class RedeemDialog final : public QDialog
{
    Q_OBJECT

public:
    RedeemDialog(QSqlDatabase db, const AccessScope &scope, qint64 volunteerId, QWidget *parent = nullptr);
    void accept() override;

private:
    void updateCost();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_volunteerId = 0;
    QComboBox *m_reward = nullptr;
    QSpinBox *m_quantity = nullptr;
    QDoubleSpinBox *m_points = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_balance = nullptr;
    QLabel *m_message = nullptr;
};
