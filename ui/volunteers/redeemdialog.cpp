#include "redeemdialog.h"

#include "models/volunteers/pointsledger.h"
#include "models/volunteers/volunteerstore.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

RedeemDialog::RedeemDialog(QSqlDatabase db, const AccessScope &scope, qint64 volunteerId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_volunteerId(volunteerId)
{
    const std::optional<Volunteer> v = VolunteerStore(m_db, m_scope).volunteer(volunteerId);
    FormGuard::install(this);
    setWindowTitle(tr("Redeem points"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Volunteer:"), new QLabel(v ? v->name : QString(), this));
    m_balance = new QLabel(this);
    form->addRow(tr("Balance:"), m_balance);
    m_reward = new QComboBox(this);
    m_reward->addItem(tr("Other (points and note)"), 0);
    for (const PointsLedger::Reward &r : PointsLedger(m_db, m_scope).rewards())
        m_reward->addItem(tr("%1 (%n point(s))", nullptr, r.points).arg(r.name), r.id);
    form->addRow(tr("&Reward:"), m_reward);
    m_quantity = new QSpinBox(this);
    m_quantity->setRange(1, 99);
    form->addRow(tr("&Quantity:"), m_quantity);
    m_points = new QDoubleSpinBox(this);
    m_points->setRange(0, 100000);
    m_points->setDecimals(1);
    form->addRow(tr("&Points:"), m_points);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RedeemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RedeemDialog::reject);
    layout->addWidget(buttons);
    connect(m_reward, &QComboBox::currentIndexChanged, this, &RedeemDialog::updateCost);
    connect(m_quantity, &QSpinBox::valueChanged, this, &RedeemDialog::updateCost);
    m_reward->setCurrentIndex(m_reward->count() > 1 ? 1 : 0);
    updateCost();
}

void RedeemDialog::updateCost()
{
    const PointsLedger ledger(m_db, m_scope);
    m_balance->setText(QLocale().toString(ledger.balance(m_volunteerId).balance(), 'f', 1));
    const qint64 rewardId = m_reward->currentData().toLongLong();
    m_points->setEnabled(rewardId == 0);
    m_quantity->setEnabled(rewardId != 0);
    for (const PointsLedger::Reward &r : ledger.rewards())
        if (r.id == rewardId)
            m_points->setValue(r.points * m_quantity->value());
}

void RedeemDialog::accept()
{
    const SaveResult r = PointsLedger(m_db, m_scope)
                             .redeem(m_volunteerId, m_reward->currentData().toLongLong(), m_quantity->value(),
                                     m_points->value(), m_note->text());
    if (!r.ok) {
        m_message->setText(FormHelpers::colored(r.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return;
    }
    QDialog::accept();
}
