#include "carerulesdialog.h"

#include "models/care/carelevels.h"
#include "models/care/carerules.h"
#include "models/register/registerlookups.h"
#include "ui/common/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

CareRulesDialog::CareRulesDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Follow-up rules"));
    const bool mayChange = m_scope.officeRefusal().isEmpty();
    auto *layout = new QVBoxLayout(this);
    auto *rulesLabel = new QLabel(tr("&Rules"), this);
    layout->addWidget(rulesLabel);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Group"), tr("From age"), tr("Level"), tr("Visit every (days)"), tr("Applies from"), tr("In use")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    rulesLabel->setBuddy(m_table);
    layout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("ruleTag"));
    for (const RegisterLookups::Item &t : RegisterLookups(m_db, m_scope).tags())
        m_tag->addItem(t.name, t.id);
    form->addRow(tr("&Group"), m_tag);
    m_minAge = new QSpinBox(this);
    m_minAge->setObjectName(QStringLiteral("ruleMinAge"));
    m_minAge->setRange(0, 150);
    m_minAge->setSpecialValueText(tr("Any age"));
    form->addRow(tr("From &age"), m_minAge);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("ruleLevel"));
    for (const QString &code : CareLevels::codes())
        m_level->addItem(CareLevels::name(code), code);
    form->addRow(tr("Attention &level"), m_level);
    m_rhythm = new QSpinBox(this);
    m_rhythm->setObjectName(QStringLiteral("ruleRhythm"));
    m_rhythm->setRange(1, 366);
    m_rhythm->setSuffix(tr(" days"));
    form->addRow(tr("&Visit every"), m_rhythm);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("ruleFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Applies &from"), m_from);
    m_active = new QCheckBox(tr("&In use"), this);
    m_active->setObjectName(QStringLiteral("ruleActive"));
    form->addRow(QString(), m_active);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("ruleNote"));
    form->addRow(tr("&Notes"), m_note);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("error"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *add = buttons->addButton(tr("Ne&w rule"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("newRule"));
    m_save = buttons->addButton(tr("&Save rule"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveRule"));
    // Enter in the form saves the rule, not closes the dialog.
    m_save->setDefault(true);
    add->setEnabled(mayChange);
    m_save->setEnabled(mayChange);
    for (QWidget *w : {static_cast<QWidget *>(m_tag), static_cast<QWidget *>(m_minAge), static_cast<QWidget *>(m_level),
                       static_cast<QWidget *>(m_rhythm), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_active), static_cast<QWidget *>(m_note)})
        w->setEnabled(mayChange);
    if (!mayChange)
        m_message->setText(m_scope.officeRefusal());
    connect(add, &QPushButton::clicked, this, &CareRulesDialog::newRule);
    connect(m_save, &QPushButton::clicked, this, &CareRulesDialog::saveRule);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    resize(720, 560);
    reload();
    if (m_rules.isEmpty())
        newRule();
}

QString CareRulesDialog::messageText() const
{
    return m_message->text();
}

void CareRulesDialog::reload(qint64 selectId)
{
    m_rules = CareRules(m_db, m_scope).list();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rules.size()));
    int select = 0;
    for (int row = 0; row < m_rules.size(); ++row) {
        const CareRule &r = m_rules.at(row);
        const QStringList cells{r.tagName,
                                r.minAge > 0 ? QString::number(r.minAge) : tr("Any age"),
                                CareLevels::name(r.level),
                                QString::number(r.rhythmDays),
                                r.appliesFrom.toString(Qt::ISODate),
                                r.active ? tr("Yes") : tr("No")};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (r.id == selectId)
            select = row;
    }
    if (!m_rules.isEmpty()) {
        m_table->setCurrentCell(select, 0);
        showRule(select);
    }
}

void CareRulesDialog::showRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    m_current = m_rules.at(row);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(m_current.tagId)));
    m_minAge->setValue(m_current.minAge);
    m_level->setCurrentIndex(qMax(0, m_level->findData(m_current.level)));
    m_rhythm->setValue(m_current.rhythmDays);
    m_from->setDate(m_current.appliesFrom.isValid() ? m_current.appliesFrom : QDate::currentDate());
    m_active->setChecked(m_current.active);
    m_note->setText(m_current.note);
}

void CareRulesDialog::newRule()
{
    m_current = CareRule();
    m_current.appliesFrom = QDate::currentDate();
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_tag->setCurrentIndex(0);
    m_minAge->setValue(0);
    m_level->setCurrentIndex(qMax(0, m_level->findData(m_current.level)));
    m_rhythm->setValue(m_current.rhythmDays);
    m_from->setDate(m_current.appliesFrom);
    m_active->setChecked(true);
    m_note->clear();
    m_message->clear();
    m_tag->setFocus();
}

bool CareRulesDialog::saveRule()
{
    CareRule r = m_current;
    r.tagId = m_tag->currentData().toLongLong();
    r.minAge = m_minAge->value();
    r.level = m_level->currentData().toString();
    r.rhythmDays = m_rhythm->value();
    r.appliesFrom = m_from->date();
    r.active = m_active->isChecked();
    r.note = m_note->text();
    const SaveResult saved = CareRules(m_db, m_scope).save(r);
    if (!saved.ok) {
        m_message->setText(FormHelpers::colored(saved.firstMessage().toHtmlEscaped(), FormHelpers::errorColor()));
        return false;
    }
    m_changed = true;
    reload(saved.id);
    m_message->setText(FormHelpers::colored(tr("Rule saved."), FormHelpers::okColor()));
    return true;
}
