#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

// The idle lock's question: who is signed in, and their password again (checked by
// AccountStore::signIn, so attempts are logged and five wrong ones lock the account as at the
// start). Closes only on the right password: Escape and the close button do nothing.
class LockDialog final : public QDialog
{
    Q_OBJECT

public:
    LockDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void unlock();

    QSqlDatabase m_db;
    AccessScope m_scope;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};
