#include "models/revisions/assistancesnapshot.h"
#include "models/revisions/mediationsnapshot.h"
#include "models/revisions/snapshotrevision.h"

#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/core/sqlquery.h"
#include "models/mediation/mediationstore.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

// Undo and redo of the special ledgers (issue 24): a mediation with its parties, sessions and
// agreement, and an assistance record (临时救助, 慰问, 物资). Each undo is a new audited change,
// an added record is archived rather than deleted, and one changed elsewhere since is refused —
// by the undo and by a form's save alike (row version).
class LedgerRevisionTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mediationEditUndoneAndRedone();
    void addedMediationArchivedAndBack();
    void mediationChangedElsewhereIsRefused();
    void assistanceEditUndoneAndRedone();
    void addedAndArchivedAssistance();
    void assistanceChangedElsewhereIsRefused();

private:
    int auditRows(const QString &table, qint64 id, const QString &action) const;
    Mediation newMediation() const;
    AssistanceRecord newAssistance() const;
    int listedAssistance() const;

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_household = 0;
    qint64 m_resident = 0;
};

void LedgerRevisionTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    const QString id = TestDatabase::idFor(QDate(1950, 3, 4), true);
    m_household =
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("张三"), id}});
    QVERIFY(m_household);
    m_resident = m_t->residentId(id);
    QVERIFY(m_resident);
}

void LedgerRevisionTest::cleanup()
{
    m_t.reset();
    resetTestScope();
}

int LedgerRevisionTest::auditRows(const QString &table, qint64 id, const QString &action) const
{
    SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ? AND record_id = ? AND "
                                         "action = ?"));
    return q.exec(table, id, action) ? q.scalar().toInt() : -1;
}

Mediation LedgerRevisionTest::newMediation() const
{
    Mediation m;
    m.receivedOn = QDate(2026, 5, 2);
    m.kind = QStringLiteral("neighbours");
    m.matter = QStringLiteral("楼上卫生间漏水");
    m.mediator = QStringLiteral("调解员赵敏");
    Mediation::Party applicant;
    applicant.side = QStringLiteral("applicant");
    applicant.residentId = m_resident;
    Mediation::Party respondent;
    respondent.side = QStringLiteral("respondent");
    respondent.name = QStringLiteral("外来租户陈某");
    m.parties = {applicant, respondent};
    m.sessions = {{0, QDate(2026, 5, 3), QStringLiteral("双方到场，陈述各自意见")}};
    return m;
}

AssistanceRecord LedgerRevisionTest::newAssistance() const
{
    AssistanceRecord r;
    r.householdId = m_household;
    r.kindId = AssistanceKinds(m_t->db(), testScope()).find(QStringLiteral("temporary_relief"));
    r.amountFen = 50000;
    r.givenOn = QDate(2026, 5, 3);
    r.givenBy = QStringLiteral("李主任");
    return r;
}

int LedgerRevisionTest::listedAssistance() const
{
    return int(AssistanceStore(m_t->db(), testScope()).history(m_household).size());
}

void LedgerRevisionTest::mediationEditUndoneAndRedone()
{
    MediationStore store(m_t->db(), testScope());
    Mediation m = newMediation();
    const SaveResult added = store.save(m);
    QVERIFY2(added.ok, qPrintable(added.firstMessage()));
    const Mediation before = *store.mediation(m.id);
    QCOMPARE(before.rowVersion, 1);
    // The clerk moves it on (a move the form allows only forwards), adds a session and an agreement.
    Mediation edited = before;
    edited.matter = QStringLiteral("楼上卫生间漏水，赔偿修缮费");
    edited.status = QStringLiteral("mediating");
    edited.sessions.append({0, QDate(2026, 5, 10), QStringLiteral("物业到场查看")});
    const SaveResult saved = store.save(edited);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    SnapshotRevision<MediationSnapshot> edit(m_t->db(), testScope(), before,
                                             *MediationSnapshot::load(m_t->db(), testScope(), m.id));
    QCOMPARE(edit.text(), QStringLiteral("edit the mediation “楼上卫生间漏水”"));

    const SaveResult undone = edit.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    Mediation now = *store.mediation(m.id);
    QCOMPARE(now.status, QStringLiteral("received")); // back, though a form may not go back
    QCOMPARE(now.matter, before.matter);
    QCOMPARE(now.sessions.size(), 1);
    QCOMPARE(now.parties.size(), 2);
    QCOMPARE(auditRows(QStringLiteral("mediation"), m.id, QStringLiteral("undo")), 1);
    // The session taken away is archived, not deleted.
    SqlQuery sessions(m_t->db(), QStringLiteral("SELECT count(*) FROM mediation_session WHERE mediation_id = ?"));
    QVERIFY(sessions.exec(m.id));
    QCOMPARE(sessions.scalar().toInt(), 2);

    const SaveResult redone = edit.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    now = *store.mediation(m.id);
    QCOMPARE(now.status, QStringLiteral("mediating"));
    QCOMPARE(now.sessions.size(), 2);
    QCOMPARE(now.sessions.at(1).notes, QStringLiteral("物业到场查看"));
    QCOMPARE(auditRows(QStringLiteral("mediation"), m.id, QStringLiteral("redo")), 1);
    // Every step is in the history: insert, the edit, the undo's and the redo's writes.
    QCOMPARE(auditRows(QStringLiteral("mediation"), m.id, QStringLiteral("update")), 3);
}

void LedgerRevisionTest::addedMediationArchivedAndBack()
{
    MediationStore store(m_t->db(), testScope());
    Mediation m = newMediation();
    QVERIFY(store.save(m).ok);
    SnapshotRevision<MediationSnapshot> add(m_t->db(), testScope(), std::nullopt,
                                            *MediationSnapshot::load(m_t->db(), testScope(), m.id));
    QCOMPARE(add.text(), QStringLiteral("add the mediation “楼上卫生间漏水”"));
    QVERIFY(add.undo().ok);
    QVERIFY(store.mediation(m.id)->archived); // kept, no longer listed
    QVERIFY(store.list().isEmpty());
    QVERIFY(add.redo().ok);
    QVERIFY(!store.mediation(m.id)->archived);
    QCOMPARE(store.list().size(), 1);

    // Archiving from the list, undone.
    const Mediation before = *store.mediation(m.id);
    QVERIFY(store.archive(m.id).ok);
    SnapshotRevision<MediationSnapshot> archive(m_t->db(), testScope(), before,
                                                *MediationSnapshot::load(m_t->db(), testScope(), m.id));
    QVERIFY(archive.undo().ok);
    QVERIFY(!store.mediation(m.id)->archived);
    QVERIFY(archive.redo().ok);
    QVERIFY(store.mediation(m.id)->archived);
}

void LedgerRevisionTest::mediationChangedElsewhereIsRefused()
{
    MediationStore store(m_t->db(), testScope());
    Mediation m = newMediation();
    QVERIFY(store.save(m).ok);
    const Mediation before = *store.mediation(m.id);
    Mediation mine = before;
    mine.mediator = QStringLiteral("调解员钱立");
    QVERIFY(store.save(mine).ok);
    SnapshotRevision<MediationSnapshot> edit(m_t->db(), testScope(), before,
                                             *MediationSnapshot::load(m_t->db(), testScope(), m.id));
    // Another desk saves over it, then this desk's form, opened before, saves too: refused.
    Mediation theirs = *store.mediation(m.id);
    Mediation stale = theirs;
    theirs.notes = QStringLiteral("另一台电脑的修改");
    QVERIFY(store.save(theirs).ok);
    stale.matter = QStringLiteral("过时的表单");
    const SaveResult refusedSave = store.save(stale);
    QVERIFY(!refusedSave.ok);
    QVERIFY(refusedSave.firstMessage().contains(QStringLiteral("changed by someone else")));
    QCOMPARE(store.mediation(m.id)->matter, before.matter);

    const SaveResult refused = edit.undo();
    QVERIFY(!refused.ok);
    QVERIFY(refused.firstMessage().contains(QStringLiteral("changed again since")));
    QCOMPARE(store.mediation(m.id)->mediator, QStringLiteral("调解员钱立"));
    QCOMPARE(auditRows(QStringLiteral("mediation"), m.id, QStringLiteral("undo")), 0);
}

void LedgerRevisionTest::assistanceEditUndoneAndRedone()
{
    AssistanceStore store(m_t->db(), testScope());
    AssistanceRecord r = newAssistance();
    QVERIFY(store.save(r).ok);
    QCOMPARE(r.rowVersion, 1);
    const AssistanceRecord before = *store.record(r.id);
    AssistanceRecord edited = before;
    edited.amountFen = 80000;
    edited.residentId = m_resident;
    edited.note = QStringLiteral("住院自付部分");
    const SaveResult saved = store.save(edited);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    QCOMPARE(store.record(r.id)->rowVersion, 2);
    SnapshotRevision<AssistanceSnapshot> edit(m_t->db(), testScope(), before,
                                              *AssistanceSnapshot::load(m_t->db(), testScope(), r.id));
    QCOMPARE(edit.text(), QStringLiteral("edit 临时救助 for 张三 on 2026-05-03"));
    QVERIFY(edit.undo().ok);
    AssistanceRecord now = *store.record(r.id);
    QCOMPARE(now.amountFen, qint64(50000));
    QCOMPARE(now.residentId, qint64(0));
    QVERIFY(now.note.isEmpty());
    QCOMPARE(auditRows(QStringLiteral("assistance"), r.id, QStringLiteral("undo")), 1);
    QVERIFY(edit.redo().ok);
    now = *store.record(r.id);
    QCOMPARE(now.amountFen, qint64(80000));
    QCOMPARE(now.residentId, m_resident);
    QCOMPARE(auditRows(QStringLiteral("assistance"), r.id, QStringLiteral("redo")), 1);
    // The period's totals follow the record as it is now.
    const QList<AssistanceTotal> totals = store.totals(QDate(2026, 5, 1), QDate(2026, 5, 31));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.constFirst().amountFen, qint64(80000));
}

void LedgerRevisionTest::addedAndArchivedAssistance()
{
    AssistanceStore store(m_t->db(), testScope());
    AssistanceRecord r = newAssistance();
    QVERIFY(store.save(r).ok);
    SnapshotRevision<AssistanceSnapshot> add(m_t->db(), testScope(), std::nullopt,
                                             *AssistanceSnapshot::load(m_t->db(), testScope(), r.id));
    QCOMPARE(add.text(), QStringLiteral("record 临时救助 for 张三 on 2026-05-03"));
    QVERIFY(add.undo().ok);
    QVERIFY(store.record(r.id)->archived); // kept, not counted
    QCOMPARE(listedAssistance(), 0);
    QVERIFY(store.totals(QDate(2026, 5, 1), QDate(2026, 5, 31)).isEmpty());
    QCOMPARE(auditRows(QStringLiteral("assistance"), r.id, QStringLiteral("archive")), 1);
    QVERIFY(add.redo().ok);
    QCOMPARE(listedAssistance(), 1);

    const AssistanceRecord before = *store.record(r.id);
    QVERIFY(store.archive(r.id).ok);
    QCOMPARE(listedAssistance(), 0);
    SnapshotRevision<AssistanceSnapshot> archive(m_t->db(), testScope(), before,
                                                 *AssistanceSnapshot::load(m_t->db(), testScope(), r.id));
    QVERIFY(archive.undo().ok);
    QCOMPARE(listedAssistance(), 1);
    QCOMPARE(auditRows(QStringLiteral("assistance"), r.id, QStringLiteral("restore")), 2);
}

void LedgerRevisionTest::assistanceChangedElsewhereIsRefused()
{
    AssistanceStore store(m_t->db(), testScope());
    AssistanceRecord r = newAssistance();
    QVERIFY(store.save(r).ok);
    const AssistanceRecord before = *store.record(r.id);
    AssistanceRecord mine = before;
    mine.givenBy = QStringLiteral("王书记");
    QVERIFY(store.save(mine).ok);
    SnapshotRevision<AssistanceSnapshot> edit(m_t->db(), testScope(), before,
                                              *AssistanceSnapshot::load(m_t->db(), testScope(), r.id));
    AssistanceRecord theirs = *store.record(r.id);
    AssistanceRecord stale = theirs;
    theirs.items = QStringLiteral("米一袋");
    QVERIFY(store.save(theirs).ok);
    stale.amountFen = 1;
    const SaveResult refusedSave = store.save(stale);
    QVERIFY(!refusedSave.ok);
    QVERIFY(refusedSave.firstMessage().contains(QStringLiteral("changed by someone else")));
    QCOMPARE(store.record(r.id)->amountFen, qint64(50000));
    QVERIFY(!edit.undo().ok);
    QCOMPARE(store.record(r.id)->givenBy, QStringLiteral("王书记"));
}

QTEST_GUILESS_MAIN(LedgerRevisionTest)
#include "ledgerrevision_test.moc"
