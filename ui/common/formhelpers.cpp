#include "formhelpers.h"

#include "datefield.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QRegularExpression>
#include <QToolBar>

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

void FormHelpers::selectEntry(QComboBox *combo, qint64 id, const std::function<QList<ListEntry>()> &withArchived)
{
    if (combo->findData(id) < 0)
        for (const ListEntry &e : withArchived())
            if (e.id == id)
                combo->addItem(e.name, e.id);
    combo->setCurrentIndex(combo->findData(id));
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
    DateField::tabLeaves(edit);
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

QLabel *FormHelpers::addSaveButtons(QDialog *dialog, QBoxLayout *layout)
{
    auto *error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("error"));
    error->setWordWrap(true);
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return error;
}

QString FormHelpers::withoutMnemonic(const QString &text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*[(（]&[^&][)）]"));
    QString plain = text;
    plain.remove(bracketed);
    for (int i = 0; i < plain.size(); ++i)
        if (plain.at(i) == QLatin1Char('&'))
            plain.remove(i, 1); // "&&" keeps one "&"
    return plain;
}

void FormHelpers::plainTexts(QToolBar *toolbar)
{
    for (QAction *action : toolbar->actions())
        if (!action->isSeparator() && !action->text().isEmpty())
            action->setIconText(withoutMnemonic(action->text()));
}

QString FormHelpers::colored(const QString &html, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), html);
}
