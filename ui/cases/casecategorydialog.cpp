#include "casecategorydialog.h"

#include "models/cases/casestore.h"
#include "models/core/itemroles.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

CaseCategoryDialog::CaseCategoryDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    m_guard = FormGuard::install(this); // a saved category is no pending change
    setWindowTitle(tr("Case categories"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("categoryList"));
    body->addWidget(m_list, 1);

    auto *side = new QVBoxLayout;
    body->addLayout(side, 1);
    auto *form = new QFormLayout;
    side->addLayout(form);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("categoryName"));
    form->addRow(tr("&Name"), m_name);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("categoryDays"));
    m_days->setRange(1, 365);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("&Deadline"), m_days);
    m_archived = new QCheckBox(tr("&Archived (not offered for new cases)"), this);
    m_archived->setObjectName(QStringLiteral("categoryArchived"));
    form->addRow(QString(), m_archived);
    auto *buttonsRow = new QHBoxLayout;
    auto *add = new QPushButton(tr("Ne&w category"), this);
    add->setObjectName(QStringLiteral("categoryNew"));
    add->setAutoDefault(false);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("categorySave"));
    m_save->setDefault(true); // Enter in the name or the deadline saves the category
    buttonsRow->addWidget(add);
    buttonsRow->addStretch(1);
    buttonsRow->addWidget(m_save);
    side->addLayout(buttonsRow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("categoryError"));
    m_error->setWordWrap(true);
    side->addWidget(m_error);
    side->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseCategoryDialog::reject);
    connect(add, &QPushButton::clicked, this, &CaseCategoryDialog::addNew);
    connect(m_save, &QPushButton::clicked, this, &CaseCategoryDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this, &CaseCategoryDialog::showCurrent);
    reload(0);
    resize(560, 360);
}

void CaseCategoryDialog::reload(qint64 selectId)
{
    m_list->clear();
    for (const CaseCategory &c : CaseStore(m_db, m_scope).categories(true)) {
        const QString text = c.archived ? tr("%1 (archived)").arg(c.name) : c.name;
        auto *item = new QListWidgetItem(tr("%1 — %n day(s)", nullptr, c.deadlineDays).arg(text), m_list);
        item->setData(ItemRole::Id, c.id);
        item->setData(Qt::UserRole, QVariantList{c.name, c.deadlineDays, c.archived});
        if (c.archived)
            item->setForeground(QColor(0x80, 0x80, 0x80));
        if (c.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0 && selectId >= 0)
        m_list->setCurrentRow(0);
}

void CaseCategoryDialog::showCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QVariantList v = item->data(Qt::UserRole).toList();
    m_name->setText(v.value(0).toString());
    m_days->setValue(v.value(1).toInt());
    m_archived->setChecked(v.value(2).toBool());
    m_archived->setEnabled(true);
    m_error->clear();
}

void CaseCategoryDialog::addNew()
{
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_name->clear();
    m_days->setValue(7);
    m_archived->setChecked(false);
    m_archived->setEnabled(false);
    m_error->clear();
    m_name->setFocus(Qt::OtherFocusReason);
}

void CaseCategoryDialog::save()
{
    const QListWidgetItem *item = m_list->currentItem();
    CaseStore store(m_db, m_scope);
    CaseCategory c;
    c.id = item ? item->data(ItemRole::Id).toLongLong() : 0;
    c.name = m_name->text();
    c.deadlineDays = m_days->value();
    SaveResult r = store.saveCategory(c);
    const bool wasArchived = item && item->data(Qt::UserRole).toList().value(2).toBool();
    if (r.ok && c.id && wasArchived != m_archived->isChecked())
        r = store.setCategoryArchived(c.id, m_archived->isChecked());
    if (!r.ok) {
        m_errorText = r.firstMessage();
        m_error->setText(FormHelpers::colored(m_errorText.toHtmlEscaped(), FormHelpers::errorColor()));
        m_name->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_changed = true;
    m_errorText.clear();
    reload(c.id);
    m_error->setText(FormHelpers::colored(tr("Saved."), FormHelpers::okColor()));
    m_guard->markSaved();
}
