#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Sign-in on start: login and password, with the reason in plain words when it fails (wrong
// password, locked until hh:mm, disabled). Accepted only once AccountStore let the person in.
class LoginDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(QSqlDatabase db, QWidget *parent = nullptr);

    AccessScope scope() const { return m_scope; }
    QString errorText() const;

private:
    void signIn();

    QSqlDatabase m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    AccessScope m_scope;
};
