#pragma once

#include "models/access/accessscope.h"

#include "models/access/account.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

// Adds an account or changes one's name, role and grids (the login stays). The password is
// asked for only when adding; AccountsDialog resets it separately.
class AccountEditDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountEditDialog(QSqlDatabase db, const AccessScope &scope, const Account &account, QWidget *parent = nullptr);

    Account account() const { return m_account; }

private:
    void save();
    void updateGridsEnabled();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    Account m_account;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QListWidget *m_grids = nullptr;
    QComboBox *m_community = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};
