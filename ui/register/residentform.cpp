#include "residentform.h"

#include "models/cnrules/idnumber.h"
#include "models/register/registertypes.h"
#include "ui/common/formhelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

ResidentForm::ResidentForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setMaxLength(40);
    addRow(tr("&Name"), m_name, QStringLiteral("name"));

    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_idNumber->setMaxLength(24);
    m_idNumber->setPlaceholderText(tr("18 characters; old 15-digit numbers are upgraded"));
    m_idInfo = new QLabel(this);
    m_idInfo->setObjectName(QStringLiteral("idInfo"));
    m_idInfo->setWordWrap(true); // a long check-digit message wraps instead of running off the form
    auto *idBox = new QWidget(this);
    // What the number says (or what is wrong with it) goes under the field, where a long
    // message has the whole width.
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->setSpacing(1);
    idLayout->addWidget(m_idNumber);
    idLayout->addWidget(m_idInfo);
    addRow(tr("&ID number"), idBox, QStringLiteral("idNumber"));
    m_fields.insert(QStringLiteral("idNumber"), m_idNumber);
    connect(m_idNumber, &QLineEdit::textEdited, this, &ResidentForm::idNumberEdited);

    m_birthDate = FormHelpers::optionalDateEdit(this);
    addRow(tr("&Birth date"), m_birthDate, QStringLiteral("birthDate"));

    m_gender = new QComboBox(this);
    m_gender->addItem(tr("(choose)"), QString());
    FormHelpers::fillChoices(m_gender, RegisterTypes::genders());
    addRow(tr("&Gender"), m_gender, QStringLiteral("gender"));

    m_phone = new QLineEdit(this);
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(tr("Mobile or landline, e.g. 13812345678 or 025-84561234"));
    addRow(tr("&Phone"), m_phone, QStringLiteral("phone"));

    m_relation = new QComboBox(this);
    FormHelpers::fillChoices(m_relation, RegisterTypes::relations());
    addRow(tr("&Relation to head"), m_relation, QStringLiteral("relation"));

    m_residency = new QComboBox(this);
    FormHelpers::fillChoices(m_residency, RegisterTypes::residencyTypes());
    addRow(tr("Re&sidency"), m_residency, QStringLiteral("residencyType"));

    m_ethnicity = new QLineEdit(this);
    m_ethnicity->setMaxLength(20);
    m_ethnicity->setPlaceholderText(tr("e.g. Han"));
    addRow(tr("E&thnicity"), m_ethnicity, QStringLiteral("ethnicity"));

    m_tagBox = new QWidget(this);
    auto *tagLayout = new QHBoxLayout(m_tagBox);
    tagLayout->setContentsMargins(0, 0, 0, 0);
    addRow(tr("Special groups"), m_tagBox, QStringLiteral("tags"));

    m_notes = new QLineEdit(this);
    m_notes->setMaxLength(200);
    addRow(tr("N&otes"), m_notes, QStringLiteral("notes"));

    // Status changes go through their own dated dialogs; a form message may still concern them.
    m_messages.insert(QStringLiteral("status"), m_messages.value(QStringLiteral("notes")));
    m_messages.insert(QStringLiteral("statusDate"), m_messages.value(QStringLiteral("notes")));
    m_messages.insert(QStringLiteral("household"), m_messages.value(QStringLiteral("name")));
    clear();
}

void ResidentForm::addRow(const QString &label, QWidget *field, const QString &key)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    auto *message = new QLabel(box);
    message->setObjectName(key + QStringLiteral("Message"));
    if (field->objectName().isEmpty())
        field->setObjectName(key); // tests and accessibility tools find fields by their key
    message->setWordWrap(true);
    message->setTextFormat(Qt::RichText);
    message->hide();
    connect(message, &QLabel::linkActivated, this, [this](const QString &link) {
        emit openResidentRequested(link.section(QLatin1Char(':'), 1).toLongLong());
    });
    layout->addWidget(message);
    m_layout->addRow(label, box);
    if (auto *buddy = qobject_cast<QLabel *>(m_layout->labelForField(box)))
        buddy->setBuddy(field->focusProxy() ? field->focusProxy() : field);
    m_fields.insert(key, field);
    m_messages.insert(key, message);
}

void ResidentForm::setTags(const QList<RegisterLookups::Item> &tags)
{
    qDeleteAll(m_tagChecks);
    m_tagChecks.clear();
    for (const RegisterLookups::Item &t : tags) {
        auto *check = new QCheckBox(t.name, m_tagBox);
        check->setProperty("tagId", t.id);
        m_tagBox->layout()->addWidget(check);
        m_tagChecks.append(check);
    }
}

void ResidentForm::idNumberEdited()
{
    const IdNumber id = IdNumber::parse(m_idNumber->text());
    if (m_idNumber->text().trimmed().isEmpty()) {
        setIdInfo(QString());
        return;
    }
    if (!id.isValid()) {
        // Only complain once the clerk has typed a full number.
        const int length = m_idNumber->text().simplified().remove(QLatin1Char(' ')).size();
        setIdInfo(length >= 15 ? FormHelpers::colored(id.errorText(), FormHelpers::errorColor()) : QString());
        return;
    }
    setIdInfo(FormHelpers::colored(
        tr("%1, %2, %3")
            .arg(id.birthDate().toString(QStringLiteral("yyyy-MM-dd")),
                 RegisterTypes::genderLabel(id.gender() == IdNumber::Male ? QStringLiteral("M") : QStringLiteral("F")),
                 id.provinceName()),
        FormHelpers::okColor()));
    // Derived values fill the fields; a clerk's different value stays and is flagged on save.
    if (!m_birthDate->date().isValid() || m_birthDate->date() == m_birthDate->minimumDate())
        m_birthDate->setDate(id.birthDate());
    if (m_gender->currentIndex() <= 0)
        FormHelpers::selectCode(m_gender, id.gender() == IdNumber::Male ? QStringLiteral("M") : QStringLiteral("F"));
}

void ResidentForm::setResident(const Resident &r)
{
    m_resident = r;
    m_name->setText(r.name);
    m_idNumber->setText(r.idNumber);
    setIdInfo(QString());
    FormHelpers::setOptionalDate(m_birthDate, r.birthDate);
    if (r.gender.isEmpty())
        m_gender->setCurrentIndex(0);
    else
        FormHelpers::selectCode(m_gender, r.gender);
    m_phone->setText(r.phone);
    FormHelpers::selectCode(m_relation, r.relation);
    FormHelpers::selectCode(m_residency, r.residencyType);
    m_ethnicity->setText(r.ethnicity);
    m_notes->setText(r.notes);
    for (QCheckBox *check : std::as_const(m_tagChecks))
        check->setChecked(r.tagIds.contains(check->property("tagId").toLongLong()));
    clearMessages();
}

Resident ResidentForm::resident() const
{
    Resident r = m_resident;
    r.name = m_name->text();
    r.idNumber = m_idNumber->text();
    r.birthDate = FormHelpers::optionalDate(m_birthDate);
    r.gender = m_gender->currentData().toString();
    r.phone = m_phone->text();
    r.relation = m_relation->currentData().toString();
    r.residencyType = m_residency->currentData().toString();
    r.ethnicity = m_ethnicity->text().trimmed();
    r.notes = m_notes->text();
    r.tagIds.clear();
    for (QCheckBox *check : m_tagChecks)
        if (check->isChecked())
            r.tagIds.append(check->property("tagId").toLongLong());
    return r;
}

void ResidentForm::clear()
{
    Resident blank;
    blank.ethnicity = tr("Han");
    setResident(blank);
}

bool ResidentForm::isBlank() const
{
    return m_name->text().trimmed().isEmpty() && m_idNumber->text().trimmed().isEmpty() &&
           m_phone->text().trimmed().isEmpty();
}

void ResidentForm::setMessage(const QString &key, const QString &text, bool isError)
{
    QLabel *label = m_messages.value(key);
    if (!label)
        label = m_messages.value(QStringLiteral("name"));
    const QString html = FormHelpers::colored(text, isError ? FormHelpers::errorColor() : FormHelpers::warningColor());
    label->setText(label->isVisible() && !label->text().isEmpty() ? label->text() + QStringLiteral("<br>") + html
                                                                  : html);
    label->show();
}

int ResidentForm::showMessages(const QList<FieldError> &errors, const QList<FieldError> &warnings,
                               const QString &prefix)
{
    clearMessages();
    int shown = 0;
    QWidget *first = nullptr;
    for (const FieldError &e : errors) {
        if (!e.field.startsWith(prefix) || (prefix.isEmpty() && e.field.contains(QLatin1Char('/'))))
            continue;
        const QString key = e.field.mid(prefix.size());
        QString text = e.message.toHtmlEscaped();
        if (e.existingId)
            text += QStringLiteral(" <a href=\"resident:%1\">%2</a>").arg(e.existingId).arg(tr("Open that record"));
        setMessage(key, text, true);
        if (!first)
            first = m_fields.value(key);
        ++shown;
    }
    for (const FieldError &w : warnings) {
        if (!w.field.startsWith(prefix))
            continue;
        setMessage(w.field.mid(prefix.size()), w.message.toHtmlEscaped(), false);
        ++shown;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return shown;
}

void ResidentForm::clearMessages()
{
    for (QLabel *label : std::as_const(m_messages)) {
        label->clear();
        label->hide();
    }
}

void ResidentForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

void ResidentForm::setIdInfo(const QString &html)
{
    m_idInfo->setText(html);
    m_idInfo->setVisible(!html.isEmpty()); // no empty line under the field
}
