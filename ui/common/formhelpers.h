#pragma once

#include "models/register/listentry.h"
#include "models/register/registertypes.h"

#include <functional>
#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

class QBoxLayout;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QToolBar;
class QWidget;

// Small pieces every form uses: coded combo boxes, dates that may be empty, coloured messages.
class FormHelpers final
{
public:
    static void fillChoices(QComboBox *combo, const QList<RegisterTypes::Choice> &choices);
    static void selectCode(QComboBox *combo, const QString &code);
    // Chooses entry `id` of a list the office edits (event types, kinds of meeting) in a combo box
    // offering the entries not archived; an archived one stays on its records, so it is added back
    // from `withArchived` first.
    static void selectEntry(QComboBox *combo, qint64 id, const std::function<QList<ListEntry>()> &withArchived);
    // A date edit whose minimum shows as blank: "no date".
    static QDateEdit *optionalDateEdit(QWidget *parent);
    static QDate optionalDate(const QDateEdit *edit);
    static void setOptionalDate(QDateEdit *edit, const QDate &date);
    // The foot of a form its store saves in one go: a line for the store's refusal (named
    // "error") above Save and Cancel, which accept and reject `dialog`. Returns the line.
    static QLabel *addSaveButtons(QDialog *dialog, QBoxLayout *layout);
    // "Edit &household" → "Edit household", "编辑住户(&H)" → "编辑住户": text where Alt does not reach.
    static QString withoutMnemonic(const QString &text);
    // A tool bar's buttons show their actions' texts without mnemonics: Qt drops the "&" but leaves
    // a translation's "(H)", which then promises an Alt+H that opens something else.
    static void plainTexts(QToolBar *toolbar);
    static QString colored(const QString &html, const QColor &color);
    static QColor errorColor() { return QColor(0xc6, 0x28, 0x28); }
    static QColor warningColor() { return QColor(0xb2, 0x6a, 0x00); }
    static QColor okColor() { return QColor(0x2e, 0x7d, 0x32); }
};
