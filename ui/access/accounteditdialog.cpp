#include "accounteditdialog.h"

#include "models/access/accountstore.h"
#include "models/register/communitystore.h"
#include "models/register/registerlookups.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

AccountEditDialog::AccountEditDialog(QSqlDatabase db, const AccessScope &scope, const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_account(account)
{
    const bool isNew = account.id == 0;
    FormGuard::install(this);
    setWindowTitle(isNew ? tr("Add account") : tr("Edit account"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(account.login, this);
    m_login->setObjectName(QStringLiteral("accountLogin"));
    m_login->setReadOnly(!isNew);
    m_name = new QLineEdit(account.displayName, this);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("accountRole"));
    for (AccessScope::Role r : {AccessScope::Role::Administrator, AccessScope::Role::Clerk,
                                AccessScope::Role::GridWorker, AccessScope::Role::Viewer})
        m_role->addItem(AccessScope::roleName(r), int(r));
    m_role->setCurrentIndex(m_role->findData(int(account.role)));
    m_grids = new QListWidget(this);
    m_grids->setObjectName(QStringLiteral("accountGrids"));
    m_grids->setMaximumHeight(140);
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2").arg(g.extra, g.name), m_grids);
        item->setData(Qt::UserRole, g.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(account.gridIds.contains(g.id) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Grids:"), m_grids);
    // A street's accounts: one community's, or (street accounts only) the whole street's. An
    // office of one community has nothing to choose, and the form stays as it was.
    if (CommunityStore(m_db, m_scope).allCommunities().size() > 1) {
        m_community = new QComboBox(this);
        m_community->setObjectName(QStringLiteral("accountCommunity"));
        if (m_scope.isStreetLevel())
            m_community->addItem(tr("Whole street"), qint64(0));
        for (const CommunityStore::Community &c : CommunityStore(m_db, m_scope).communities())
            m_community->addItem(c.name, c.id);
        const qint64 community = isNew && !m_scope.isStreetLevel() ? m_scope.viewCommunityId() : account.communityId;
        m_community->setCurrentIndex(qMax(0, m_community->findData(community)));
        m_community->setEnabled(m_community->count() > 1);
        form->addRow(tr("&Community:"), m_community);
    }
    if (isNew) {
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("accountPassword"));
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("At least %n characters", nullptr, AccountStore::kMinimumPasswordLength));
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("accountRepeat"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("R&epeat password:"), m_repeat);
    }
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("accountError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountEditDialog::updateGridsEnabled);
    updateGridsEnabled();
    setMinimumWidth(380);
}

void AccountEditDialog::updateGridsEnabled()
{
    // Only a grid worker's grids limit what they see; for other roles the list means nothing.
    m_grids->setEnabled(AccessScope::Role(m_role->currentData().toInt()) == AccessScope::Role::GridWorker);
}

void AccountEditDialog::save()
{
    auto fail = [this](const QString &message) {
        m_error->setText(FormHelpers::colored(message.toHtmlEscaped(), FormHelpers::errorColor()));
        m_error->show();
    };
    Account a = m_account;
    a.login = m_login->text();
    a.displayName = m_name->text();
    a.role = AccessScope::Role(m_role->currentData().toInt());
    if (m_community)
        a.communityId = m_community->currentData().toLongLong();
    a.gridIds.clear();
    for (int i = 0; i < m_grids->count(); ++i)
        if (m_grids->item(i)->checkState() == Qt::Checked)
            a.gridIds.append(m_grids->item(i)->data(Qt::UserRole).toLongLong());
    if (a.role == AccessScope::Role::GridWorker && a.gridIds.isEmpty())
        return fail(tr("Grids: a grid worker needs at least one grid."));
    QString password;
    if (m_password) {
        if (m_password->text() != m_repeat->text())
            return fail(tr("Repeat password: the two passwords differ."));
        password = m_password->text();
    }
    const SaveResult r = AccountStore(m_db, m_scope).save(a, password);
    if (!r.ok)
        return fail(r.firstMessage());
    m_account = a;
    accept();
}
