#include "serverpassworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ServerPasswordDialog::ServerPasswordDialog(const QString &question, bool offerToRemember, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverPassword"));
    setWindowTitle(tr("Database server"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(question, this);
    label->setObjectName(QStringLiteral("question"));
    label->setWordWrap(true);
    label->setMinimumWidth(360);
    layout->addWidget(label);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_password);
    layout->addWidget(m_password);
    m_remember = new QCheckBox(tr("&Remember this password in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setVisible(offerToRemember);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::remember() const
{
    return !m_remember->isHidden() && m_remember->isChecked(); // isHidden: the dialog itself is closed by now
}
