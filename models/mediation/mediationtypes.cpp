#include "mediationtypes.h"

QList<MediationTypes::Choice> MediationTypes::kinds()
{
    return {
        {QStringLiteral("neighbours"), tr("Neighbours")},        {QStringLiteral("family"), tr("Marriage and family")},
        {QStringLiteral("property"), tr("Property management")}, {QStringLiteral("tenancy"), tr("Tenancy")},
        {QStringLiteral("labour"), tr("Labour services")},       {QStringLiteral("other"), tr("Other")}};
}

QList<MediationTypes::Choice> MediationTypes::statuses()
{
    return {{QStringLiteral("received"), tr("Received")},
            {QStringLiteral("mediating"), tr("Mediating")},
            {QStringLiteral("agreed"), tr("Agreement reached")},
            {QStringLiteral("failed"), tr("No agreement")},
            {QStringLiteral("fulfilled"), tr("Agreement fulfilled")}};
}

QList<MediationTypes::Choice> MediationTypes::sides()
{
    return {{QStringLiteral("applicant"), tr("Applicant")}, {QStringLiteral("respondent"), tr("Respondent")}};
}

QList<MediationTypes::Choice> MediationTypes::permits()
{
    return {{QStringLiteral("residence_permit"), tr("Residence permit")},
            {QStringLiteral("temporary"), tr("Temporary residence")}};
}

QString MediationTypes::label(const QList<Choice> &list, const QString &code)
{
    for (const Choice &c : list)
        if (c.code == code)
            return c.label;
    return code;
}

bool MediationTypes::contains(const QList<Choice> &list, const QString &code)
{
    for (const Choice &c : list)
        if (c.code == code)
            return true;
    return false;
}

bool MediationTypes::canMove(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    static const QList<std::pair<QString, QString>> moves = {{QStringLiteral("received"), QStringLiteral("mediating")},
                                                             {QStringLiteral("received"), QStringLiteral("failed")},
                                                             {QStringLiteral("mediating"), QStringLiteral("agreed")},
                                                             {QStringLiteral("mediating"), QStringLiteral("failed")},
                                                             {QStringLiteral("agreed"), QStringLiteral("fulfilled")},
                                                             {QStringLiteral("failed"), QStringLiteral("mediating")}};
    return moves.contains(std::pair<QString, QString>(from, to));
}

bool MediationTypes::needsAgreement(const QString &status)
{
    return status == QLatin1String("agreed") || status == QLatin1String("fulfilled");
}
