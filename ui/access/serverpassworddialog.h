#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// The question ServerPasswordPrompt asks: the server's password, and whether this computer's
// keychain should remember it (offered only when there is a keychain to ask).
class ServerPasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServerPasswordDialog(const QString &question, bool offerToRemember, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};
