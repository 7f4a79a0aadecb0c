#include "lifeeventrulesdialog.h"

#include "models/lifeevents/lifeeventrules.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

LifeEventRulesDialog::LifeEventRulesDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_rules(LifeEventRules(m_db, m_scope).list())
{
    FormGuard::install(this);
    setWindowTitle(tr("Life-event rules"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("{name}, {age} and {date} in the wording are filled in with the resident's name, age "
                               "and the date of the event."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(int(m_rules.size()), 4, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("In use"), tr("Days ahead"), tr("Wording")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_rules.size(); ++row) {
        const LifeEventRule &r = m_rules.at(row);
        auto *when = new QTableWidgetItem(eventText(r));
        when->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 0, when);
        auto *active = new QTableWidgetItem;
        active->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        active->setCheckState(r.active ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, 1, active);
        auto *lead = new QSpinBox(m_table);
        lead->setRange(0, 365);
        lead->setValue(r.leadDays);
        m_table->setCellWidget(row, 2, lead);
        m_table->setItem(row, 3, new QTableWidgetItem(r.wording));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_scope.officeRefusal().isEmpty());
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LifeEventRulesDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(920, 420);
}

QString LifeEventRulesDialog::eventText(const LifeEventRule &rule)
{
    if (rule.event == QLatin1String("age"))
        return tr("Turning %1").arg(rule.age);
    if (rule.event == QLatin1String("yearly"))
        return tr("Every birthday after %1").arg(rule.age);
    if (rule.event == QLatin1String("death"))
        return tr("A death");
    if (rule.event == QLatin1String("birth"))
        return tr("A birth");
    if (rule.event == QLatin1String("move_in"))
        return tr("A move-in (household registered elsewhere)");
    if (rule.event == QLatin1String("tag_date"))
        return rule.tagCode == QLatin1String("low_income") && rule.attributeCode == QLatin1String("review_date")
                   ? tr("The 低保 review date (复核日期)")
                   : tr("A date of the tag %1 (%2)").arg(rule.tagCode, rule.attributeCode);
    return rule.event;
}

void LifeEventRulesDialog::save()
{
    LifeEventRules rules(m_db, m_scope);
    for (int row = 0; row < m_rules.size(); ++row) {
        LifeEventRule r = m_rules.at(row);
        LifeEventRule edited = r;
        edited.active = m_table->item(row, 1)->checkState() == Qt::Checked;
        edited.leadDays = static_cast<QSpinBox *>(m_table->cellWidget(row, 2))->value();
        edited.wording = m_table->item(row, 3)->text();
        if (edited.active == r.active && edited.leadDays == r.leadDays && edited.wording.trimmed() == r.wording)
            continue;
        const SaveResult result = rules.save(edited);
        if (!result.ok) {
            m_message->setText(FormHelpers::colored(
                tr("%1: %2").arg(eventText(r), result.firstMessage()).toHtmlEscaped(), FormHelpers::errorColor()));
            m_table->setCurrentCell(row, 3);
            m_table->setFocus();
            return;
        }
        m_rules[row] = edited;
    }
    accept();
}
