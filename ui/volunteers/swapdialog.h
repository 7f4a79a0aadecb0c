#pragma once

#include "models/access/accessscope.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;

// Two volunteers of the week's rota exchange their shifts.
class SwapDialog final : public QDialog
{
    Q_OBJECT

public:
    SwapDialog(QSqlDatabase db, const AccessScope &scope, const QDate &monday, qint64 firstAssignment = 0,
               QWidget *parent = nullptr);
    void accept() override;
    QComboBox *firstCombo() const { return m_first; }
    QComboBox *secondCombo() const { return m_second; }

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QLabel *m_message = nullptr;
};
