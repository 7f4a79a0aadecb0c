#include "motionvote.h"

MotionVote::Outcome MotionVote::outcome() const
{
    const int votes = cast();
    if (votes <= 0)
        return Outcome::NotVoted;
    // 2 * for > cast: more than half, in integers (no rounding of odd totals).
    return 2 * m_for > votes ? Outcome::Carried : Outcome::Rejected;
}

std::optional<FieldError> MotionVote::check(int attendees, const QString &field) const
{
    if (m_for < 0 || m_against < 0 || m_abstain < 0)
        return FieldError{field, tr("Votes: a count of votes cannot be negative."), 0};
    if (cast() > attendees)
        return FieldError{
            field, tr("Votes: %1 votes were cast but only %n attendee(s) were present.", "", attendees).arg(cast()), 0};
    return std::nullopt;
}

QString MotionVote::code(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Carried:
        return QStringLiteral("carried");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::NotVoted:
        break;
    }
    return QStringLiteral("not_voted");
}

MotionVote::Outcome MotionVote::fromCode(const QString &code)
{
    if (code == QLatin1String("carried"))
        return Outcome::Carried;
    if (code == QLatin1String("rejected"))
        return Outcome::Rejected;
    return Outcome::NotVoted;
}

QString MotionVote::label(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Carried:
        return tr("Carried");
    case Outcome::Rejected:
        return tr("Not carried");
    case Outcome::NotVoted:
        break;
    }
    return tr("Not voted");
}

QString MotionVote::resultText(int votesFor, int against, int abstain)
{
    return tr("For %1, against %2, abstain %3").arg(votesFor).arg(against).arg(abstain);
}

QString MotionVote::ruleText()
{
    return tr("Carried when more than half of the votes cast (abstentions count as cast) are for.");
}
