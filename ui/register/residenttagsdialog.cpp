#include "residenttagsdialog.h"
#include "ui/common/formguard.h"

#include "models/tags/residenttags.h"
#include "models/tags/tagstore.h"
#include "typedvalueeditors.h"
#include "ui/common/datefield.h"
#include "ui/common/formhelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

ResidentTagsDialog::ResidentTagsDialog(QSqlDatabase db, const AccessScope &scope, qint64 residentId, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_residentId(residentId)
{
    setWindowTitle(tr("Tags and their history"));
    auto *layout = new QVBoxLayout(this);
    m_periods = new QListWidget(this);
    m_periods->setObjectName(QStringLiteral("tagPeriods"));
    layout->addWidget(m_periods, 1);
    auto *form = new QFormLayout;
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("periodTag"));
    for (const TagInfo &t : TagStore(m_db, m_scope).list())
        m_tag->addItem(t.name, t.id);
    form->addRow(tr("&Tag:"), m_tag);
    m_start = new QDateEdit(QDate::currentDate(), this);
    m_start->setObjectName(QStringLiteral("periodStart"));
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setCalendarPopup(true);
    form->addRow(tr("&Start date:"), m_start);
    m_end = new QDateEdit(QDate::currentDate(), this);
    m_end->setObjectName(QStringLiteral("periodEnd"));
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_end->setCalendarPopup(true);
    form->addRow(tr("E&nd date:"), m_end);
    DateField::tabLeaves(m_start);
    DateField::tabLeaves(m_end);
    layout->addLayout(form);
    m_values = new TypedValueEditors(this);
    layout->addWidget(m_values);
    auto *row = new QHBoxLayout;
    m_startButton = new QPushButton(tr("&Give the tag"), this);
    m_startButton->setObjectName(QStringLiteral("periodStartButton"));
    m_saveValues = new QPushButton(tr("Save &values"), this);
    m_saveValues->setObjectName(QStringLiteral("periodSaveValues"));
    m_endButton = new QPushButton(tr("&End the tag"), this);
    m_endButton->setObjectName(QStringLiteral("periodEndButton"));
    for (QPushButton *b : {m_startButton, m_saveValues, m_endButton}) {
        b->setAutoDefault(false);
        row->addWidget(b);
    }
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("periodMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ResidentTagsDialog::tagChosen);
    connect(m_startButton, &QPushButton::clicked, this, &ResidentTagsDialog::startTag);
    connect(m_saveValues, &QPushButton::clicked, this, &ResidentTagsDialog::saveValues);
    connect(m_endButton, &QPushButton::clicked, this, &ResidentTagsDialog::endTag);
    connect(m_periods, &QListWidget::currentRowChanged, this, [this] {
        if (const QListWidgetItem *item = m_periods->currentItem())
            m_tag->setCurrentIndex(qMax(0, m_tag->findData(item->data(Qt::UserRole))));
    });
    reload();
    resize(560, 560);
    FormGuard::install(this); // Esc asks before values typed but not yet saved are lost
}

qint64 ResidentTagsDialog::chosenTag() const
{
    return m_tag->currentData().toLongLong();
}

bool ResidentTagsDialog::chosenIsCurrent() const
{
    for (const TagPeriod &p : ResidentTags(m_db, m_scope).current(m_residentId))
        if (p.tagId == chosenTag())
            return true;
    return false;
}

void ResidentTagsDialog::reload()
{
    m_periods->clear();
    for (const TagPeriod &p : ResidentTags(m_db, m_scope).periods(m_residentId)) {
        QStringList values;
        for (auto it = p.values.cbegin(); it != p.values.cend(); ++it)
            values << it.key() + u'=' + it.value();
        const QString from = p.start.isValid() ? p.start.toString(Qt::ISODate) : tr("(unknown)");
        const QString to = p.isCurrent() ? tr("now") : p.end.toString(Qt::ISODate);
        auto *item = new QListWidgetItem(
            tr("%1: %2 – %3 %4").arg(p.tagName, from, to, values.join(QStringLiteral("; "))), m_periods);
        item->setData(Qt::UserRole, p.tagId);
    }
    tagChosen();
}

void ResidentTagsDialog::tagChosen()
{
    m_values->setAttributes(TagStore(m_db, m_scope).attributes(chosenTag()));
    const bool current = chosenIsCurrent();
    for (const TagPeriod &p : ResidentTags(m_db, m_scope).current(m_residentId))
        if (p.tagId == chosenTag())
            m_values->setValues(p.values);
    const bool may = m_scope.editRefusal().isEmpty();
    m_startButton->setEnabled(may && !current);
    m_start->setEnabled(!current);
    m_saveValues->setEnabled(may && current && !m_values->isEmpty());
    m_endButton->setEnabled(may && current);
    m_end->setEnabled(current);
}

bool ResidentTagsDialog::report(const QList<QString> &errors, const QString &done)
{
    if (!errors.isEmpty()) {
        m_message->setText(
            FormHelpers::colored(errors.join(QLatin1Char('\n')).toHtmlEscaped(), FormHelpers::errorColor()));
        return false;
    }
    m_changed = true;
    m_message->setText(FormHelpers::colored(done.toHtmlEscaped(), FormHelpers::okColor()));
    reload();
    // Saved at once: what the form shows now is no unsaved change (Esc closes without asking).
    if (auto *guard = findChild<FormGuard *>(QStringLiteral("formGuard"), Qt::FindDirectChildrenOnly))
        guard->markSaved();
    return true;
}

namespace {

QList<QString> messages(const SaveResult &r)
{
    QList<QString> list;
    for (const FieldError &e : r.errors)
        list << e.message;
    return list;
}

} // namespace

void ResidentTagsDialog::startTag()
{
    const QString name = m_tag->currentText();
    const SaveResult r =
        ResidentTags(m_db, m_scope).start(m_residentId, chosenTag(), m_start->date(), m_values->values());
    report(messages(r), tr("%1 given from %2.").arg(name, m_start->date().toString(Qt::ISODate)));
}

void ResidentTagsDialog::saveValues()
{
    const SaveResult r = ResidentTags(m_db, m_scope).setValues(m_residentId, chosenTag(), m_values->values());
    report(messages(r), tr("%1 saved.").arg(m_tag->currentText()));
}

void ResidentTagsDialog::endTag()
{
    const QString name = m_tag->currentText();
    const SaveResult r = ResidentTags(m_db, m_scope).end(m_residentId, chosenTag(), m_end->date());
    report(messages(r), tr("%1 ended on %2.").arg(name, m_end->date().toString(Qt::ISODate)));
}
