#include "statuschangedialog.h"

#include "ui/common/datefield.h"
#include "ui/common/formguard.h"
#include "ui/common/formhelpers.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

StatusChangeDialog::StatusChangeDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
{
    FormGuard::install(this);
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    auto *text = new QLabel(prompt, this);
    text->setWordWrap(true);
    form->addRow(text);
    m_date = new QDateEdit(QDate::currentDate(), this);
    DateField::tabLeaves(m_date);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Date"), m_date);
    m_note = new QLineEdit(this);
    m_note->setMaxLength(200);
    m_note->setPlaceholderText(tr("e.g. where to, or the certificate number"));
    form->addRow(tr("&Note"), m_note);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate StatusChangeDialog::date() const
{
    return m_date->date();
}

QString StatusChangeDialog::note() const
{
    return m_note->text().trimmed();
}

void StatusChangeDialog::showError(const QString &message)
{
    m_error->setText(FormHelpers::colored(message.toHtmlEscaped(), FormHelpers::errorColor()));
    m_error->show();
}
