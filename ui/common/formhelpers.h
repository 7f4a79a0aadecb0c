#pragma once

#include "models/register/registertypes.h"

#include <QColor>
#include <QDate>
#include <QString>

class QComboBox;
class QDateEdit;
class QWidget;

// Small pieces every form uses: coded combo boxes, dates that may be empty, coloured messages.
class FormHelpers final
{
public:
    static void fillChoices(QComboBox *combo, const QList<RegisterTypes::Choice> &choices);
    static void selectCode(QComboBox *combo, const QString &code);
    // A date edit whose minimum shows as blank: "no date".
    static QDateEdit *optionalDateEdit(QWidget *parent);
    static QDate optionalDate(const QDateEdit *edit);
    static void setOptionalDate(QDateEdit *edit, const QDate &date);
    static QString colored(const QString &html, const QColor &color);
    static QColor errorColor() { return QColor(0xc6, 0x28, 0x28); }
    static QColor warningColor() { return QColor(0xb2, 0x6a, 0x00); }
    static QColor okColor() { return QColor(0x2e, 0x7d, 0x32); }
};
