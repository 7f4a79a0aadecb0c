#include "birthdayparty.h"

QString BirthdayParty::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Attended:
        return QStringLiteral("attended");
    case Outcome::Visited:
        return QStringLiteral("visited");
    case Outcome::Absent:
        break;
    }
    return QStringLiteral("absent");
}

BirthdayParty::Outcome BirthdayParty::outcomeFromCode(const QString &code)
{
    if (code == QLatin1String("attended"))
        return Outcome::Attended;
    if (code == QLatin1String("visited"))
        return Outcome::Visited;
    return Outcome::Absent;
}
