#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QPushButton;
class QTableWidget;

// Administrators' list of accounts: add, change role and grids, reset a password, disable or
// enable. Accounts are never deleted: the audit log names them.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Keeps the chosen row chosen, or chooses the account `select` (one just added).
    void reload(qint64 select = 0);

private:
    qint64 currentId() const;
    void add();
    void edit();
    void resetPassword();
    void toggleDisabled();
    void updateButtons();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_disable = nullptr;
};
