#include "volunteerpointstab.h"

#include "models/volunteers/pointsledger.h"
#include "models/volunteers/volunteertablemodel.h"
#include "redeemdialog.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

VolunteerPointsTab::VolunteerPointsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : VolunteerTab(std::move(db), scope, parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Rules</b> — points per hour of service from a date on"), this));
    m_rules = readOnlyTable({tr("Rule"), tr("Points per hour"), tr("From")}, this);
    left->addWidget(m_rules, 1);
    auto *ruleBar = new QHBoxLayout;
    auto *ruleName = new QLineEdit(this);
    ruleName->setPlaceholderText(tr("Rule name"));
    auto *rate = new QDoubleSpinBox(this);
    rate->setRange(0, 1000);
    rate->setValue(10);
    auto *ruleFrom = dateEdit(QDate::currentDate(), this);
    ruleBar->addWidget(ruleName, 1);
    ruleBar->addWidget(rate);
    ruleBar->addWidget(ruleFrom);
    auto *addRule = button(tr("Add rule"), this, ruleBar);
    addRule->setObjectName(QStringLiteral("addPointsRule"));
    left->addLayout(ruleBar);
    left->addWidget(new QLabel(tr("<b>Rewards</b>"), this));
    m_rewards = readOnlyTable({tr("Reward"), tr("Points")}, this);
    left->addWidget(m_rewards, 1);
    auto *rewardBar = new QHBoxLayout;
    auto *rewardName = new QLineEdit(this);
    rewardName->setPlaceholderText(tr("Reward name"));
    auto *rewardPoints = new QSpinBox(this);
    rewardPoints->setRange(1, 100000);
    rewardPoints->setValue(50);
    rewardBar->addWidget(rewardName, 1);
    rewardBar->addWidget(rewardPoints);
    auto *addReward = button(tr("Add reward"), this, rewardBar);
    addReward->setObjectName(QStringLiteral("addReward"));
    left->addLayout(rewardBar);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *find = new QLineEdit(this);
    find->setPlaceholderText(tr("Find a volunteer"));
    find->setClearButtonEnabled(true);
    right->addWidget(find);
    m_pointsVolunteers = new VolunteerTableModel(m_db, m_scope, this);
    m_pointsVolunteerView = new QTableView(this);
    m_pointsVolunteerView->setModel(m_pointsVolunteers);
    for (int c = 1; c < VolunteerTableModel::ColumnCount; ++c)
        m_pointsVolunteerView->hideColumn(c);
    m_pointsVolunteerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pointsVolunteerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pointsVolunteerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pointsVolunteerView->verticalHeader()->hide();
    m_pointsVolunteerView->horizontalHeader()->setStretchLastSection(true);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_pointsVolunteerView, 1);
    auto *ledger = new QVBoxLayout;
    m_balance = new QLabel(this);
    m_balance->setWordWrap(true);
    ledger->addWidget(m_balance);
    m_entries = readOnlyTable({tr("Date"), tr("Points"), tr("For")}, this);
    ledger->addWidget(m_entries, 1);
    auto *redeem = button(tr("Redeem…"), this, ledger);
    redeem->setObjectName(QStringLiteral("redeemPoints"));
    connect(redeem, &QPushButton::clicked, this, &VolunteerPointsTab::redeem);
    pick->addLayout(ledger, 2);
    right->addLayout(pick, 1);
    layout->addLayout(right, 1);
    editorsOnly({ruleName, rate, ruleFrom, addRule, rewardName, rewardPoints, addReward, redeem});

    connect(find, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_pointsVolunteers->setFilter(text, QString(), 0); });
    connect(m_pointsVolunteerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VolunteerPointsTab::showBalance);
    connect(addRule, &QPushButton::clicked, this, [this, ruleName, rate, ruleFrom] {
        PointsLedger::Rule rule{0, ruleName->text(), rate->value(), ruleFrom->date(), false};
        const SaveResult r = PointsLedger(m_db, m_scope).saveRule(rule);
        if (!r.ok) {
            QMessageBox::warning(this, tr("Add rule"), r.firstMessage());
            return;
        }
        ruleName->clear();
        reloadPoints();
    });
    connect(addReward, &QPushButton::clicked, this, [this, rewardName, rewardPoints] {
        PointsLedger::Reward reward{0, rewardName->text(), rewardPoints->value(), false};
        const SaveResult r = PointsLedger(m_db, m_scope).saveReward(reward);
        if (!r.ok) {
            QMessageBox::warning(this, tr("Add reward"), r.firstMessage());
            return;
        }
        rewardName->clear();
        reloadPoints();
    });
    showBalance();
}

void VolunteerPointsTab::refresh()
{
    m_pointsVolunteers->reload();
    reloadPoints();
}

void VolunteerPointsTab::reloadPoints()
{
    const PointsLedger ledger(m_db, m_scope);
    const QList<PointsLedger::Rule> rules = ledger.rules();
    m_rules->setRowCount(int(rules.size()));
    for (int i = 0; i < rules.size(); ++i)
        setRow(m_rules, i,
               {rules.at(i).name, QLocale().toString(rules.at(i).pointsPerHour, 'g', 6),
                rules.at(i).validFrom.toString(Qt::ISODate)},
               rules.at(i).id);
    const QList<PointsLedger::Reward> rewards = ledger.rewards();
    m_rewards->setRowCount(int(rewards.size()));
    for (int i = 0; i < rewards.size(); ++i)
        setRow(m_rewards, i, {rewards.at(i).name, QString::number(rewards.at(i).points)}, rewards.at(i).id);
    showBalance();
}

qint64 VolunteerPointsTab::selectedVolunteer() const
{
    const QModelIndexList rows = m_pointsVolunteerView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_pointsVolunteers->volunteerId(rows.first().row());
}

void VolunteerPointsTab::showBalance()
{
    const qint64 id = selectedVolunteer();
    m_entries->setRowCount(0);
    if (id == 0) {
        m_balance->setText(tr("Choose a volunteer to see their points."));
        return;
    }
    const PointsLedger ledger(m_db, m_scope);
    const PointsLedger::Balance b = ledger.balance(id);
    const QLocale locale;
    m_balance->setText(tr("Earned %1, granted %2, redeemed %3: <b>balance %4</b>")
                           .arg(locale.toString(b.earned, 'f', 1), locale.toString(b.granted, 'f', 1),
                                locale.toString(b.redeemed, 'f', 1), locale.toString(b.balance(), 'f', 1)));
    const QList<PointsLedger::Entry> entries = ledger.entries(id);
    m_entries->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const PointsLedger::Entry &e = entries.at(i);
        setRow(m_entries, i,
               {e.at.date().toString(Qt::ISODate), locale.toString(e.points, 'f', 1),
                e.rewardName.isEmpty() ? e.note : e.rewardName},
               e.id);
    }
}

void VolunteerPointsTab::redeem()
{
    if (!canEdit())
        return;
    const qint64 id = selectedVolunteer();
    if (id == 0) {
        m_balance->setText(tr("Choose a volunteer to see their points."));
        return;
    }
    RedeemDialog dialog(m_db, m_scope, id, this);
    if (dialog.exec() == QDialog::Accepted)
        showBalance();
}
