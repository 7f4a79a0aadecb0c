#pragma once

#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

// The vote on a motion. Rule: a motion is carried when the votes for are more than half of the
// votes cast, abstentions counting as cast (simple majority of those voting); a tie, or for
// equal to half, is not carried. No votes cast: not voted. The votes cast may not exceed the
// people present at the meeting.
class MotionVote final
{
    Q_DECLARE_TR_FUNCTIONS(MotionVote)

public:
    enum class Outcome { NotVoted, Carried, Rejected };

    MotionVote(int votesFor, int against, int abstain)
        : m_for(votesFor)
        , m_against(against)
        , m_abstain(abstain)
    {}

    int cast() const { return m_for + m_against + m_abstain; }
    Outcome outcome() const;
    // The field error of an impossible vote (negative counts, more votes than attendees), or
    // none; `field` names the motion row, e.g. "motions/2".
    std::optional<FieldError> check(int attendees, const QString &field = QStringLiteral("votes")) const;

    static QString code(Outcome outcome);
    static Outcome fromCode(const QString &code);
    static QString label(Outcome outcome);
    // "For 12, against 3, abstain 1"
    static QString resultText(int votesFor, int against, int abstain);
    // The rule as shown in the meeting form.
    static QString ruleText();

private:
    int m_for = 0;
    int m_against = 0;
    int m_abstain = 0;
};
