#include "models/meetings/motionvote.h"

#include <QObject>
#include <QTest>

class MotionVoteTest final : public QObject
{
    Q_OBJECT

private slots:
    void outcome_data();
    void outcome();
    void votesWithinAttendees();
    void invalidCountsNameTheField();
    void codesRoundTrip();
};

void MotionVoteTest::outcome_data()
{
    QTest::addColumn<int>("votesFor");
    QTest::addColumn<int>("against");
    QTest::addColumn<int>("abstain");
    QTest::addColumn<int>("expected");
    const int carried = int(MotionVote::Outcome::Carried);
    const int rejected = int(MotionVote::Outcome::Rejected);
    const int notVoted = int(MotionVote::Outcome::NotVoted);
    QTest::newRow("clear majority") << 12 << 3 << 1 << carried;
    QTest::newRow("one vote") << 1 << 0 << 0 << carried;
    QTest::newRow("tie") << 4 << 4 << 0 << rejected;
    QTest::newRow("exactly half with abstentions") << 4 << 3 << 1 << rejected;
    QTest::newRow("abstentions count as cast") << 3 << 1 << 3 << rejected;
    QTest::newRow("one more than half") << 5 << 3 << 1 << carried;
    QTest::newRow("odd total, smallest majority") << 4 << 3 << 0 << carried;
    QTest::newRow("all against") << 0 << 9 << 0 << rejected;
    QTest::newRow("all abstain") << 0 << 0 << 5 << rejected;
    QTest::newRow("no votes") << 0 << 0 << 0 << notVoted;
}

void MotionVoteTest::outcome()
{
    QFETCH(int, votesFor);
    QFETCH(int, against);
    QFETCH(int, abstain);
    QFETCH(int, expected);
    const MotionVote vote(votesFor, against, abstain);
    QCOMPARE(vote.cast(), votesFor + against + abstain);
    QCOMPARE(int(vote.outcome()), expected);
}

void MotionVoteTest::votesWithinAttendees()
{
    QVERIFY(!MotionVote(5, 3, 2).check(10)); // every attendee voted
    QVERIFY(!MotionVote(5, 3, 1).check(10)); // one did not
    QVERIFY(!MotionVote(0, 0, 0).check(0));
    const std::optional<FieldError> e = MotionVote(6, 3, 2).check(10, QStringLiteral("motions/1"));
    QVERIFY(e);
    QCOMPARE(e->field, QStringLiteral("motions/1"));
    QVERIFY2(e->message.startsWith(QLatin1String("Votes:")), qPrintable(e->message));
    QVERIFY2(e->message.contains(QLatin1String("11")) && e->message.contains(QLatin1String("10")),
             qPrintable(e->message));
}

void MotionVoteTest::invalidCountsNameTheField()
{
    for (const MotionVote &vote : {MotionVote(-1, 0, 0), MotionVote(0, -2, 0), MotionVote(3, 0, -1)}) {
        const std::optional<FieldError> e = vote.check(100);
        QVERIFY(e);
        QCOMPARE(e->field, QStringLiteral("votes"));
        QVERIFY(e->message.contains(QLatin1String("negative")));
    }
}

void MotionVoteTest::codesRoundTrip()
{
    for (const MotionVote::Outcome o :
         {MotionVote::Outcome::Carried, MotionVote::Outcome::Rejected, MotionVote::Outcome::NotVoted})
        QCOMPARE(MotionVote::fromCode(MotionVote::code(o)), o);
    QCOMPARE(MotionVote::code(MotionVote::Outcome::Carried), QStringLiteral("carried"));
    QCOMPARE(MotionVote::fromCode(QStringLiteral("nonsense")), MotionVote::Outcome::NotVoted);
    QCOMPARE(MotionVote::resultText(12, 3, 1), QStringLiteral("For 12, against 3, abstain 1"));
}

QTEST_GUILESS_MAIN(MotionVoteTest)
#include "motionvote_test.moc"
