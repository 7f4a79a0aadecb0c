#include "lockdialog.h"

#include "models/access/accountstore.h"
#include "ui/common/appicon.h"
#include "ui/common/formhelpers.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockDialog::LockDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("CommunityDesk is locked"));
    setWindowIcon(AppIcon::icon());
    auto *layout = new QVBoxLayout(this);
    auto *who = new QLabel(tr("<h3>Locked</h3><p>%1 (%2) is signed in. Nothing was used for a while, so "
                              "CommunityDesk locked itself; open forms keep what was typed.</p>")
                               .arg(m_scope.displayName().toHtmlEscaped(), m_scope.userName().toHtmlEscaped()),
                           this);
    who->setObjectName(QStringLiteral("signedIn"));
    who->setWordWrap(true);
    who->setMinimumWidth(340);
    layout->addWidget(who);
    auto *prompt = new QLabel(tr("&Password:"), this);
    layout->addWidget(prompt);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    prompt->setBuddy(m_password);
    layout->addWidget(m_password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lockError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LockDialog::unlock);
    m_password->setFocus();
}

void LockDialog::reject()
{
    // Escape does not get past the lock.
}

void LockDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

void LockDialog::unlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // the slow hash takes a moment on purpose
    const SignInResult result = AccountStore(m_db).signIn(m_scope.userName(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (result.ok()) {
        accept();
        return;
    }
    m_error->setText(FormHelpers::colored(result.message.toHtmlEscaped(), FormHelpers::errorColor()));
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}
