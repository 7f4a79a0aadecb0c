#include "formhelpers.h"

#include <QComboBox>
#include <QDateEdit>

void FormHelpers::fillChoices(QComboBox *combo, const QList<RegisterTypes::Choice> &choices)
{
    for (const RegisterTypes::Choice &c : choices)
        combo->addItem(c.label, c.code);
}

void FormHelpers::selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QDateEdit *FormHelpers::optionalDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1899, 12, 31));
    edit->setMaximumDate(QDate(2100, 12, 31));
    edit->setSpecialValueText(QStringLiteral(" "));
    edit->setDate(edit->minimumDate());
    return edit;
}

QDate FormHelpers::optionalDate(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

void FormHelpers::setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

QString FormHelpers::colored(const QString &html, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), html);
}
