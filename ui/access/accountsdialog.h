#pragma once

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
    explicit AccountsDialog(QSqlDatabase db, QWidget *parent = nullptr);

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
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_disable = nullptr;
};
