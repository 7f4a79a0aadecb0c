#include "movehouseholddialog.h"

#include "models/register/addresstreemodel.h"
#include "ui/common/datefield.h"
#include "ui/common/formguard.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

MoveHouseholdDialog::MoveHouseholdDialog(QSqlDatabase db, const AccessScope &scope, const QString &residentName,
                                         QWidget *parent)
    : QDialog(parent)
    , m_model(new AddressTreeModel(db, scope, this))
{
    FormGuard::install(this);
    setWindowTitle(tr("Move %1 to another household").arg(residentName));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Choose the household %1 moves to:").arg(residentName), this));
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumHeight(280);
    form->addRow(m_tree);
    m_date = new QDateEdit(QDate::currentDate(), this);
    DateField::tabLeaves(m_date);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date"), m_date);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, ok] { ok->setEnabled(householdId() != 0); });
    resize(460, 520);
}

qint64 MoveHouseholdDialog::householdId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return AddressTreeModel::kindOf(current) == AddressTreeModel::Kind::Household ? m_model->idOf(current) : 0;
}

QDate MoveHouseholdDialog::date() const
{
    return m_date->date();
}

QString MoveHouseholdDialog::note() const
{
    return m_note->text().trimmed();
}
