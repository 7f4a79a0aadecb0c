#include "accountsdialog.h"
#include "ui/common/columnfit.h"

#include "accounteditdialog.h"
#include "models/access/accountstore.h"
#include "models/register/registerlookups.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccountsDialog::AccountsDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Accounts"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Grids"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetPassword"));
    m_disable = new QPushButton(tr("&Disable"), this);
    m_disable->setObjectName(QStringLiteral("disableAccount"));
    row->addWidget(add);
    row->addWidget(m_edit);
    row->addWidget(m_reset);
    row->addWidget(m_disable);
    row->addStretch(1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::edit);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &AccountsDialog::edit);
    reload();
    resize(640, 380);
}

void AccountsDialog::reload(qint64 select)
{
    const qint64 keep = select > 0 ? select : currentId();
    QHash<qint64, QString> gridNames;
    for (const RegisterLookups::Item &g : RegisterLookups(m_db, m_scope).grids())
        gridNames.insert(g.id, g.name);
    const AccountStore store(m_db, m_scope);
    const QList<Account> accounts = store.accounts();
    const QDateTime now = QDateTime::currentDateTime();
    // On a server each account is a database login of its own (for psql and the desk's address).
    const bool serverLogins = store.hasServerLogins();
    if (serverLogins && m_table->columnCount() == 5) {
        m_table->setColumnCount(6);
        m_table->setHorizontalHeaderItem(5, new QTableWidgetItem(tr("Database login")));
    }
    m_table->setRowCount(int(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const Account &a = accounts.at(i);
        QStringList grids;
        for (qint64 g : a.gridIds)
            grids << gridNames.value(g, QString::number(g));
        // A lock ends within minutes; the day is named only when it ends on another one.
        const QString until = a.lockedUntil.toString(
            a.lockedUntil.date() == now.date() ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm"));
        const QString state = a.disabled                                       ? tr("Disabled")
                              : a.lockedUntil.isValid() && a.lockedUntil > now ? tr("Locked until %1").arg(until)
                                                                               : tr("Active");
        QStringList cells{a.login, a.displayName, AccessScope::roleName(a.role), grids.join(QStringLiteral(", ")),
                          state};
        if (serverLogins)
            cells << store.databaseLogin(a.login);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.disabled);
            m_table->setItem(i, c, item);
        }
        if (a.id == keep)
            m_table->selectRow(i);
    }
    ColumnFit::fitOnce(m_table); // a refresh keeps the widths the clerk dragged
    updateButtons();
}

qint64 AccountsDialog::currentId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.constFirst()->data(Qt::UserRole).toLongLong();
}

void AccountsDialog::updateButtons()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const bool selected = !items.isEmpty();
    m_edit->setEnabled(selected);
    m_reset->setEnabled(selected);
    m_disable->setEnabled(selected && currentId() != m_scope.userId());
    m_disable->setText(selected && items.constFirst()->data(Qt::UserRole + 1).toBool() ? tr("E&nable")
                                                                                       : tr("&Disable"));
}

void AccountsDialog::add()
{
    Account a;
    a.role = AccessScope::Role::Clerk;
    AccountEditDialog dialog(m_db, m_scope, a, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(dialog.account().id);
        m_table->setFocus();
    }
}

void AccountsDialog::edit()
{
    const std::optional<Account> a = AccountStore(m_db, m_scope).account(currentId());
    if (!a)
        return;
    AccountEditDialog dialog(m_db, m_scope, *a, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::resetPassword()
{
    const std::optional<Account> a = AccountStore(m_db, m_scope).account(currentId());
    if (!a)
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Reset password"), tr("New password for %1:").arg(a->displayName),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString repeat = QInputDialog::getText(this, tr("Reset password"), tr("Repeat the new password:"),
                                                 QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    if (password != repeat) {
        QMessageBox::warning(this, tr("Reset password"), tr("The two passwords differ; nothing was changed."));
        return;
    }
    const SaveResult r = AccountStore(m_db, m_scope).setPassword(a->id, password);
    if (!r.ok)
        QMessageBox::warning(this, tr("Reset password"), r.firstMessage());
    reload();
}

void AccountsDialog::toggleDisabled()
{
    const std::optional<Account> a = AccountStore(m_db, m_scope).account(currentId());
    if (!a)
        return;
    const SaveResult r = AccountStore(m_db, m_scope).setDisabled(a->id, !a->disabled);
    if (!r.ok)
        QMessageBox::warning(this, tr("Accounts"), r.firstMessage());
    reload();
}
