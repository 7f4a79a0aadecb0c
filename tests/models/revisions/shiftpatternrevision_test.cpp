// Undo of making shifts from a pattern (issue 24, the rota's Make shifts…): undo cancels every
// shift the pattern made (none deleted, each cancellation audited), redo puts them back; a shift
// someone was put on meanwhile makes the undo refuse, changing nothing.
#include "models/core/sqlquery.h"
#include "models/revisions/shiftpatternrevision.h"
#include "models/volunteers/rosterstore.h"
#include "models/volunteers/volunteerstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

class ShiftPatternRevisionTest final : public QObject
{
    Q_OBJECT

private slots:
    void undoCancelsRedoPutsBack();
    void shiftInUseRefusesUndo();

private:
    static ShiftRecurrence::Pattern fourSaturdays()
    {
        ShiftRecurrence::Pattern p;
        p.weekdays = {6};
        p.start = QTime(9, 0);
        p.end = QTime(11, 0);
        p.from = QDate(2026, 11, 28); // a Saturday
        p.weeks = 4;
        return p;
    }
    static int onRota(const TestDatabase &t)
    {
        return int(RosterStore(t.db(), testScope()).shifts(QDate(2026, 11, 1), QDate(2027, 1, 31)).size());
    }
};

void ShiftPatternRevisionTest::undoCancelsRedoPutsBack()
{
    TestDatabase t;
    RosterStore store(t.db(), testScope());
    RosterStore::Post post;
    post.name = QStringLiteral("门岗");
    QVERIFY(store.savePost(post).ok);
    const SaveResult made = store.generateShifts(post.id, fourSaturdays(), 1);
    QVERIFY(made.ok);
    QCOMPARE(onRota(t), 4);
    ShiftPatternRevision revision(t.db(), testScope(), made.id);
    QCOMPARE(revision.text(), QStringLiteral("make 4 shift(s) of 门岗"));
    QVERIFY(revision.undo().ok);
    QCOMPARE(onRota(t), 0);
    QCOMPARE(t.count(QStringLiteral("volunteer_shift")), 4); // cancelled, not deleted
    SqlQuery audit(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer_shift' AND "
                                          "action = 'cancel'"));
    QCOMPARE(audit.scalar().toInt(), 4);
    QVERIFY(revision.redo().ok);
    QCOMPARE(onRota(t), 4);
}

void ShiftPatternRevisionTest::shiftInUseRefusesUndo()
{
    TestDatabase t;
    RosterStore store(t.db(), testScope());
    RosterStore::Post post;
    post.name = QStringLiteral("门岗");
    QVERIFY(store.savePost(post).ok);
    const SaveResult made = store.generateShifts(post.id, fourSaturdays(), 1);
    QVERIFY(made.ok);
    ShiftPatternRevision revision(t.db(), testScope(), made.id);
    Volunteer v;
    v.name = QStringLiteral("李华");
    QVERIFY(VolunteerStore(t.db(), testScope()).save(v).ok);
    QVERIFY(store.assign(store.patternShifts(made.id).at(2), v.id).ok);
    const SaveResult refused = revision.undo();
    QVERIFY(!refused.ok);
    QVERIFY2(refused.firstMessage().startsWith(QStringLiteral("Shifts:")), qPrintable(refused.firstMessage()));
    QCOMPARE(onRota(t), 4); // all of them kept: one transaction
}

QTEST_GUILESS_MAIN(ShiftPatternRevisionTest)
#include "shiftpatternrevision_test.moc"
