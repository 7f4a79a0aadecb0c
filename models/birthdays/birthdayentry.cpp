#include "birthdayentry.h"

#include "models/cnrules/age.h"
#include "models/cnrules/lunardate.h"
#include "models/cnrules/phonenumber.h"
#include "models/register/registertypes.h"

#include <QLocale>

bool BirthdayEntry::isMilestone() const
{
    return Age::isMilestone(ageTurning);
}

QString BirthdayEntry::lunarBirthdayText() const
{
    const LunarDate lunar = LunarDate::fromSolar(birthDate);
    return lunar.isValid() ? tr("lunar %1", "a lunar birthday, e.g. 农历三月初五").arg(lunar.toString()) : QString();
}

QString BirthdayEntry::keptOnText() const
{
    if (!keptOn.isValid())
        return {};
    const QString day = QLocale().toString(keptOn, tr("d MMM", "date format of a birthday in a list, e.g. M月d日"));
    return calendar == BirthdayRules::Calendar::Lunar ? tr("%1 (lunar)").arg(day) : day;
}

QString BirthdayEntry::noteText() const
{
    QStringList notes;
    if (isMissed()) {
        const QDate month = QDate::fromString(missedMonth + QStringLiteral("-01"), Qt::ISODate);
        notes << tr("missed in %1").arg(QLocale().toString(month, tr("MMMM yyyy", "month format, e.g. yyyy年M月")));
    }
    if (isMilestone())
        notes << tr("milestone %1").arg(ageTurning);
    return notes.join(tr(", ", "list separator"));
}

QString BirthdayEntry::genderText() const
{
    return RegisterTypes::genderLabel(gender);
}

QString BirthdayEntry::phoneText(bool reveal) const
{
    return reveal ? phone : PhoneNumber::mask(phone);
}

QString BirthdayEntry::tagsText() const
{
    return tagNames.join(tr(", ", "list separator"));
}

QString BirthdayEntry::gridText() const
{
    return gridName.isEmpty() ? tr("No grid") : gridName;
}
