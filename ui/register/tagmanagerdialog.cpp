#include "tagmanagerdialog.h"
#include "ui/common/formguard.h"

#include "models/tags/attributetype.h"
#include "models/tags/tagstore.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false); // Enter in a field saves that field, not the dialog's default
    return b;
}

} // namespace

TagManagerDialog::TagManagerDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Manage tags"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The office's tags, their groups and the attributes kept with them (e.g. 低保证号 "
                                "and 复核日期 for 低保). Each button saves at once; a tag is archived or merged, "
                                "never deleted."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    row->addWidget(buildTags(), 1);
    row->addWidget(buildAttributes(), 1);
    layout->addLayout(row, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("tagsMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    reloadTags();
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        m_message->setText(why);
    resize(860, 520);
    m_tagName->setFocus();
    FormGuard::install(this); // Esc asks before a name typed but not yet added is lost
}

QWidget *TagManagerDialog::buildTags()
{
    auto *box = new QGroupBox(tr("Tags"), this);
    auto *v = new QVBoxLayout(box);
    m_tags = new QListWidget(box);
    m_tags->setObjectName(QStringLiteral("tagList"));
    v->addWidget(m_tags, 1);
    auto *form = new QFormLayout;
    m_tagName = new QLineEdit(box);
    m_tagName->setObjectName(QStringLiteral("tagName"));
    m_tagName->setPlaceholderText(tr("e.g. 留守儿童"));
    form->addRow(tr("&Name:"), m_tagName);
    m_group = new QComboBox(box);
    m_group->setObjectName(QStringLiteral("tagGroup"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Group:"), m_group);
    v->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("&Add"), QStringLiteral("tagAdd"), box);
    m_rename = button(tr("&Rename"), QStringLiteral("tagRename"), box);
    m_setGroup = button(tr("Set gr&oup"), QStringLiteral("tagSetGroup"), box);
    m_archive = button(tr("Arc&hive"), QStringLiteral("tagArchive"), box);
    buttons->addWidget(add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_setGroup);
    buttons->addWidget(m_archive);
    v->addLayout(buttons);
    auto *merge = new QHBoxLayout;
    merge->addWidget(new QLabel(tr("Merge into:"), box));
    m_mergeInto = new QComboBox(box);
    m_mergeInto->setObjectName(QStringLiteral("tagMergeInto"));
    merge->addWidget(m_mergeInto, 1);
    m_merge = button(tr("&Merge"), QStringLiteral("tagMerge"), box);
    merge->addWidget(m_merge);
    v->addLayout(merge);
    connect(add, &QPushButton::clicked, this, &TagManagerDialog::addTag);
    connect(m_tagName, &QLineEdit::returnPressed, this, &TagManagerDialog::addTag);
    connect(m_rename, &QPushButton::clicked, this, &TagManagerDialog::renameTag);
    connect(m_setGroup, &QPushButton::clicked, this, &TagManagerDialog::setGroup);
    connect(m_archive, &QPushButton::clicked, this, &TagManagerDialog::archiveTag);
    connect(m_merge, &QPushButton::clicked, this, &TagManagerDialog::mergeTag);
    connect(m_tags, &QListWidget::currentRowChanged, this, [this] {
        if (const QListWidgetItem *item = m_tags->currentItem()) {
            m_tagName->setText(item->data(NameRole).toString());
            m_group->setCurrentText(item->data(GroupRole).toString());
        }
        reloadAttributes();
    });
    return box;
}

QWidget *TagManagerDialog::buildAttributes()
{
    auto *box = new QGroupBox(tr("Attributes of the chosen tag"), this);
    auto *v = new QVBoxLayout(box);
    m_attributes = new QListWidget(box);
    m_attributes->setObjectName(QStringLiteral("attributeList"));
    v->addWidget(m_attributes, 1);
    auto *form = new QFormLayout;
    m_attributeName = new QLineEdit(box);
    m_attributeName->setObjectName(QStringLiteral("attributeName"));
    m_attributeName->setPlaceholderText(tr("e.g. 复核日期"));
    form->addRow(tr("A&ttribute:"), m_attributeName);
    m_attributeType = new QComboBox(box);
    m_attributeType->setObjectName(QStringLiteral("attributeType"));
    for (const QString &type : AttributeType::codes())
        m_attributeType->addItem(AttributeType::label(type), type);
    form->addRow(tr("T&ype:"), m_attributeType);
    m_choices = new QLineEdit(box);
    m_choices->setObjectName(QStringLiteral("attributeChoices"));
    m_choices->setPlaceholderText(tr("for a choice: 一级|二级|三级"));
    form->addRow(tr("&Choices:"), m_choices);
    v->addLayout(form);
    m_addAttribute = button(tr("Add attri&bute"), QStringLiteral("attributeAdd"), box);
    v->addWidget(m_addAttribute);
    connect(m_addAttribute, &QPushButton::clicked, this, &TagManagerDialog::addAttribute);
    connect(m_attributeType, &QComboBox::currentIndexChanged, this,
            [this] { m_choices->setEnabled(m_attributeType->currentData().toString() == QLatin1String("choice")); });
    m_choices->setEnabled(false);
    return box;
}

qint64 TagManagerDialog::currentTag() const
{
    const QListWidgetItem *item = m_tags->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void TagManagerDialog::reloadTags(qint64 select)
{
    if (!select)
        select = currentTag();
    const TagStore store(m_db, m_scope);
    const QList<TagInfo> tags = store.list();
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    m_mergeInto->clear();
    for (const TagInfo &t : tags) {
        const QString group = t.group.isEmpty() ? QString() : QStringLiteral(" · ") + t.group;
        auto *item = new QListWidgetItem(tr("%1%2 (%n resident(s))", nullptr, t.residents).arg(t.name, group), m_tags);
        item->setData(IdRole, t.id);
        item->setData(NameRole, t.name);
        item->setData(GroupRole, t.group);
        m_mergeInto->addItem(t.name, t.id);
        if (t.id == select)
            m_tags->setCurrentItem(item);
    }
    const QString group = m_group->currentText();
    m_group->clear();
    m_group->addItem(QString());
    m_group->addItems(store.groups());
    m_group->setCurrentText(group);
    reloadAttributes();
}

void TagManagerDialog::reloadAttributes()
{
    m_attributes->clear();
    const qint64 tag = currentTag();
    if (tag)
        for (const TagAttribute &a : TagStore(m_db, m_scope).attributes(tag)) {
            QString text = tr("%1 (%2)").arg(a.name, AttributeType::label(a.type));
            if (!a.choices.isEmpty())
                text += QStringLiteral(": ") + a.choices.join(QStringLiteral("、"));
            m_attributes->addItem(text);
        }
    updateButtons();
}

void TagManagerDialog::updateButtons()
{
    const bool may = m_scope.officeRefusal().isEmpty();
    const bool chosen = currentTag() != 0;
    for (QPushButton *b : {m_rename, m_setGroup, m_archive, m_merge, m_addAttribute})
        b->setEnabled(may && chosen);
    findChild<QPushButton *>(QStringLiteral("tagAdd"))->setEnabled(may);
}

bool TagManagerDialog::report(const QString &error, QWidget *focus, const QString &done)
{
    if (!error.isEmpty()) {
        m_message->setText(FormHelpers::colored(error.toHtmlEscaped(), FormHelpers::errorColor()));
        if (focus)
            focus->setFocus();
        return false;
    }
    m_changed = true;
    m_message->setText(FormHelpers::colored(done.toHtmlEscaped(), FormHelpers::okColor()));
    // Saved at once: what the form shows now is no unsaved change (Esc closes without asking).
    if (auto *guard = findChild<FormGuard *>(QStringLiteral("formGuard"), Qt::FindDirectChildrenOnly))
        guard->markSaved();
    return true;
}

void TagManagerDialog::addTag()
{
    const QString name = m_tagName->text().trimmed();
    const SaveResult r = TagStore(m_db, m_scope).add(name, m_group->currentText());
    if (report(r.firstMessage(), m_tagName, tr("Tag %1 added.").arg(name)))
        reloadTags(r.id);
}

void TagManagerDialog::renameTag()
{
    const QString name = m_tagName->text().trimmed();
    const SaveResult r = TagStore(m_db, m_scope).rename(currentTag(), name);
    if (report(r.firstMessage(), m_tagName, tr("Tag renamed to %1.").arg(name)))
        reloadTags();
}

void TagManagerDialog::setGroup()
{
    const SaveResult r = TagStore(m_db, m_scope).setGroup(currentTag(), m_group->currentText());
    if (report(r.firstMessage(), m_group, tr("Group saved.")))
        reloadTags();
}

void TagManagerDialog::archiveTag()
{
    const SaveResult r = TagStore(m_db, m_scope).archive(currentTag());
    if (report(r.firstMessage(), m_tags, tr("Tag archived.")))
        reloadTags();
}

void TagManagerDialog::mergeTag()
{
    const QString source = m_tags->currentItem() ? m_tags->currentItem()->data(NameRole).toString() : QString();
    const qint64 target = m_mergeInto->currentData().toLongLong();
    const SaveResult r = TagStore(m_db, m_scope).merge(currentTag(), target);
    if (report(r.firstMessage(), m_mergeInto,
               tr("%1 merged into %2; its residents have %2 now.").arg(source, m_mergeInto->currentText())))
        reloadTags(target);
}

void TagManagerDialog::addAttribute()
{
    TagAttribute a;
    a.tagId = currentTag();
    a.name = m_attributeName->text();
    a.type = m_attributeType->currentData().toString();
    a.choices = m_choices->text().split(u'|', Qt::SkipEmptyParts);
    const SaveResult r = TagStore(m_db, m_scope).saveAttribute(a);
    if (report(r.firstMessage(), r.errors.value(0).field == QLatin1String("choices") ? m_choices : m_attributeName,
               tr("Attribute %1 added.").arg(a.name))) {
        m_attributeName->clear();
        m_choices->clear();
        reloadAttributes();
    }
}
