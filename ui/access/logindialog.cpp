#include "logindialog.h"

#include "models/access/accountstore.h"
#include "models/workspace/appsettings.h"
#include "ui/common/appicon.h"
#include "ui/common/formhelpers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoginDialog::LoginDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Sign in — CommunityDesk"));
    setWindowIcon(AppIcon::icon());
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h3>Sign in</h3>"), this);
    layout->addWidget(title);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setMinimumWidth(320);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The desk offers whoever signed in last; they type only the password.
    m_login->setText(AppSettings::lastLogin());
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
    // Wide enough that the title bar shows the whole title beside its icon and buttons.
    setMinimumWidth(qMax(360, fontMetrics().horizontalAdvance(windowTitle()) + 140));
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::signIn()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_error->setText(FormHelpers::colored(tr("Login: please enter your login."), FormHelpers::errorColor()));
        m_error->show();
        m_login->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor); // the slow hash takes a moment on purpose
    const SignInResult result = AccountStore(m_db, m_scope).signIn(m_login->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (result.ok()) {
        m_scope = result.scope;
        AppSettings::setLastLogin(m_login->text());
        accept();
        return;
    }
    m_error->setText(FormHelpers::colored(result.message.toHtmlEscaped(), FormHelpers::errorColor()));
    m_error->show();
    adjustSize(); // a longer message (the lockout time) wraps onto a second line
    m_password->clear();
    m_password->setFocus();
}
