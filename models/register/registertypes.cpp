#include "registertypes.h"

QList<RegisterTypes::Choice> RegisterTypes::residencyTypes()
{
    return {{QStringLiteral("registered"), tr("Registered (hukou here)")},
            {QStringLiteral("resident"), tr("Resident (hukou elsewhere)")},
            {QStringLiteral("floating"), tr("Floating population")}};
}

QList<RegisterTypes::Choice> RegisterTypes::statuses()
{
    return {{QStringLiteral("living"), tr("Living here")},
            {QStringLiteral("moved_out"), tr("Moved out")},
            {QStringLiteral("deceased"), tr("Deceased")}};
}

QString RegisterTypes::statusLabel(const QString &code)
{
    if (code == QLatin1String("merged"))
        return tr("Merged");
    return label(statuses(), code);
}

QString RegisterTypes::mergedLabel(const QString &keptName)
{
    return keptName.isEmpty() ? statusLabel(QStringLiteral("merged")) : tr("Merged into %1").arg(keptName);
}

QList<RegisterTypes::Choice> RegisterTypes::relations()
{
    return {{QStringLiteral("head"), tr("Head of household")},
            {QStringLiteral("spouse"), tr("Spouse")},
            {QStringLiteral("son"), tr("Son")},
            {QStringLiteral("daughter"), tr("Daughter")},
            // Registers often write 子女 without saying which; the ID number still gives the sex.
            {QStringLiteral("child"), tr("Child")},
            {QStringLiteral("parent"), tr("Parent")},
            {QStringLiteral("grandchild"), tr("Grandchild")},
            {QStringLiteral("sibling"), tr("Sibling")},
            {QStringLiteral("in_law"), tr("Son/daughter-in-law")},
            {QStringLiteral("tenant"), tr("Tenant")},
            {QStringLiteral("other"), tr("Other")}};
}

QList<RegisterTypes::Choice> RegisterTypes::housingTypes()
{
    return {{QStringLiteral("owned"), tr("Owner-occupied")},
            {QStringLiteral("rented"), tr("Rented")},
            {QStringLiteral("public"), tr("Public housing")},
            {QStringLiteral("other"), tr("Other")}};
}

QList<RegisterTypes::Choice> RegisterTypes::genders()
{
    return {{QStringLiteral("M"), tr("Male")}, {QStringLiteral("F"), tr("Female")}};
}

QString RegisterTypes::label(const QList<Choice> &choices, const QString &code)
{
    for (const Choice &c : choices)
        if (c.code == code)
            return c.label;
    return code;
}

bool RegisterTypes::contains(const QList<Choice> &choices, const QString &code)
{
    for (const Choice &c : choices)
        if (c.code == code)
            return true;
    return false;
}
