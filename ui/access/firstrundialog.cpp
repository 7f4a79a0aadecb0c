#include "firstrundialog.h"

#include "models/access/accountstore.h"
#include "ui/common/appicon.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    FormGuard::install(this);
    setWindowTitle(tr("Welcome — CommunityDesk"));
    setWindowIcon(AppIcon::icon());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h3>Create the administrator</h3><p>This database has no accounts yet. The "
                                "administrator adds the other staff and decides what each may see.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(QStringLiteral("admin"), this);
    m_login->setObjectName(QStringLiteral("firstLogin"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("firstName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("firstPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, AccountStore::kMinimumPasswordLength));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("firstRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create and sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    m_name->setFocus();
}

void FirstRunDialog::showError(const QString &message, QLineEdit *focus)
{
    m_error->setText(FormHelpers::colored(message.toHtmlEscaped(), FormHelpers::errorColor()));
    m_error->show();
    adjustSize();
    if (focus)
        focus->setFocus();
}

void FirstRunDialog::create()
{
    if (const QString problem = AccountStore::passwordProblem(m_password->text()); !problem.isEmpty())
        return showError(problem, m_password);
    if (m_password->text() != m_repeat->text()) {
        m_repeat->clear();
        return showError(tr("Repeat password: the two passwords differ."), m_repeat);
    }
    AccountStore store(m_db, m_scope);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const SaveResult saved = store.createAdministrator(m_login->text(), m_name->text(), m_password->text());
    const SignInResult signedIn = saved.ok ? store.signIn(m_login->text(), m_password->text()) : SignInResult();
    QApplication::restoreOverrideCursor();
    if (!saved.ok) {
        const QString field = saved.errors.isEmpty() ? QString() : saved.errors.constFirst().field;
        return showError(saved.firstMessage(), field == QLatin1String("login")         ? m_login
                                               : field == QLatin1String("displayName") ? m_name
                                                                                       : m_password);
    }
    if (!signedIn.ok())
        return showError(signedIn.message, m_password);
    m_scope = signedIn.scope;
    accept();
}
