#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;

// The first start on a database without accounts: the person setting it up becomes its
// administrator (login, name, password typed twice, at least 8 characters) and is signed in.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QSqlDatabase db, QWidget *parent = nullptr);

    AccessScope scope() const { return m_scope; }

private:
    void create();
    void showError(const QString &message, QLineEdit *focus);

    QSqlDatabase m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    AccessScope m_scope;
};
