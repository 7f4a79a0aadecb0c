// FieldChangeLog and FieldMerge: a field copy's changes come back into the office, three-way per
// field, in one transaction (issue 22, "Merge back"). Runs on SQLite and, as fieldmerge_test_pg,
// merging into PostgreSQL.
#include "models/core/dialectsql.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/field/fieldchangelog.h"
#include "models/field/fieldmerge.h"
#include "models/field/fieldrenew.h"
#include "models/register/registerstore.h"
#include "tests/support/deathtestdata.h"
#include "tests/support/fieldtestcopy.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    return q.exec() ? q.scalar() : QVariant();
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (!q.exec())
        qWarning() << q.errorDetail() << sql;
    return q.numRowsAffected() >= 0;
}

} // namespace

class FieldMergeTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logsEachChangeWithItsBase();
    void mergesWithoutConflicts();
    void sameFieldConflictNeedsADecision();
    void sameFieldConflictDecidedBothWays();
    void differentFieldsMergeWithoutAsking();
    void movedOutAtOfficeButVisitedInField();
    void residentAddedOnBothSides();
    void mergingTwiceChangesNothing();
    void twoLaptopsMergeIndependently();
    void onlyAdministratorsAndClerksMerge();
    void fieldWorkOfAnotherGridIsTheirs();
    void theWorkersOwnFormsAreCaptured();
    void aDeathInTheFieldReachesEverything();
    void linksAndSameValuesMergeQuietly();
    void renewKeepsUnmergedWork();
    void mergeTimeForAGrid();

private:
    std::unique_ptr<FieldTestCopy> checkOut(const QString &worker = QStringLiteral("lina"));
    FieldMerge::Result merge(FieldTestCopy &copy, FieldConflict::Choice prefer = FieldConflict::Choice::Undecided,
                             const QHash<QString, FieldConflict::Choice> &decisions = {});
    QSqlDatabase office() const { return m_office->db(); }
    QString phoneOf(qint64 id) const
    {
        return scalar(office(), QStringLiteral("SELECT phone FROM resident WHERE id = ?"), {id}).toString();
    }

    std::unique_ptr<TestDatabase> m_office;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_household = 0;
    qint64 m_zhang = 0;
    qint64 m_li = 0;
    int m_copies = 0;
    const QString m_zhangId = TestDatabase::idFor(QDate(1950, 3, 4), true, 11);
    const QString m_liId = TestDatabase::idFor(QDate(1948, 5, 6), false, 12);
};

void FieldMergeTest::init()
{
    m_office = std::make_unique<TestDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_household = m_office->addHousehold(m_office->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                         {{QStringLiteral("张三"), m_zhangId}, {QStringLiteral("李四"), m_liId}});
    QVERIFY(m_household > 0);
    m_zhang = m_office->residentId(m_zhangId);
    m_li = m_office->residentId(m_liId);
    QVERIFY(exec(office(), QStringLiteral("UPDATE resident SET phone = '13800000001' WHERE id = ?"), {m_zhang}));
}

void FieldMergeTest::cleanup()
{
    m_office.reset();
    m_dir.reset();
}

std::unique_ptr<FieldTestCopy> FieldMergeTest::checkOut(const QString &worker)
{
    auto copy = std::make_unique<FieldTestCopy>(
        office(), m_dir->filePath(QStringLiteral("field%1.sqlite").arg(++m_copies)), worker);
    if (!copy->isOk())
        qWarning() << "field copy failed";
    return copy;
}

FieldMerge::Result FieldMergeTest::merge(FieldTestCopy &copy, FieldConflict::Choice prefer,
                                         const QHash<QString, FieldConflict::Choice> &decisions)
{
    FieldMerge merge(office(), testScope(QStringLiteral("clerk_wang")));
    merge.setPreference(prefer);
    merge.setDecisions(decisions);
    return merge.merge(copy.db());
}

void FieldMergeTest::logsEachChangeWithItsBase()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    QCOMPARE(FieldChangeLog::pendingChanges(copy->db()), 0);
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = ?"), {m_zhang}));
    // Saved as it was: no change.
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = ?"), {m_zhang}));
    QCOMPARE(FieldChangeLog::pendingChanges(copy->db()), 1);
    SqlQuery q(copy->db(), QStringLiteral("SELECT table_name, row_key, op, old_row, new_row, login, at FROM "
                                          "field_change"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("resident"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("[%1]").arg(m_zhang));
    QCOMPARE(q.value(2).toString(), QStringLiteral("update"));
    const QJsonObject before = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("phone")).toString(), QStringLiteral("13800000001"));
    QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000002"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("lina"));
    QVERIFY(QDateTime::fromString(q.value(6).toString(), Qt::ISODate).isValid());

    // The signed-in person and a row's own user_name name the change.
    QVERIFY(FieldChangeLog::setSignedIn(copy->db(), QStringLiteral("zhao")));
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET notes = 'x' WHERE id = ?"), {m_li}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, user_name, created_at, "
                                      "updated_at) VALUES (?, ?, '2026-12-07', 'lina2', 'now', 'now')"),
                       {m_household, m_office->gridA}));
    QCOMPARE(copy->scalar(QStringLiteral("SELECT group_concat(login || ':' || op, ',') FROM field_change WHERE seq > "
                                         "1"))
                 .toString(),
             QStringLiteral("zhao:update,lina2:insert"));
}

void FieldMergeTest::mergesWithoutConflicts()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    // The office adds someone after the check-out: the field's new row must not take that id.
    const qint64 officeNew =
        m_office->addHousehold(m_office->buildingB1, QStringLiteral("2"), QStringLiteral("202"),
                               {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1990, 1, 1), true, 13)}});
    QVERIFY(officeNew > 0);

    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = ?"), {m_zhang}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO resident (household_id, name, id_number, relation, created_at, "
                                      "updated_at) VALUES (?, '赵小六', ?, 'grandson', '2026-12-07T10:00:00', "
                                      "'2026-12-07T10:00:00')"),
                       {m_household, TestDatabase::idFor(QDate(2026, 11, 1), true, 14)}));
    const qint64 fieldNew = copy->scalar(QStringLiteral("SELECT max(id) FROM resident")).toLongLong();
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag WHERE "
                                      "code = 'low_income'"),
                       {fieldNew}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, notes, "
                                      "user_name, created_at, updated_at) VALUES (?, ?, '2026-12-07', '李娜', "
                                      "'新生儿', 'lina', 'now', 'now')"),
                       {m_household, m_office->gridA}));
    const qint64 visit = copy->scalar(QStringLiteral("SELECT max(id) FROM visit")).toLongLong();
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO visit_need (visit_id, description) VALUES (?, '办理出生登记')"),
                       {visit}));
    const qint64 need = copy->scalar(QStringLiteral("SELECT max(id) FROM visit_need")).toLongLong();
    // An errand the need opened, and the need pointing back at it: the merge must remap both.
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                      "received_at, deadline, kind, visit_need_id, reporter_resident_id, user_name, "
                                      "created_at, updated_at) VALUES ('E-FIELD-1', 'visit', 1, ?, '出生登记', "
                                      "'2026-12-07T10:00:00', '2026-12-10', 'errand', ?, ?, 'lina', 'now', 'now')"),
                       {m_office->gridA, need, fieldNew}));
    const qint64 errand = copy->scalar(QStringLiteral("SELECT max(id) FROM cases")).toLongLong();
    QVERIFY(copy->exec(QStringLiteral("UPDATE visit_need SET case_id = ? WHERE id = ?"), {errand, need}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO case_step (case_id, action, to_status, at, by_name, user_name, "
                                      "created_at) VALUES (?, 'intake', 'received', '2026-12-07T10:00:00', '李娜', "
                                      "'lina', 'now')"),
                       {errand}));

    const int auditBefore = m_office->count(QStringLiteral("audit_log"));
    const FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(phoneOf(m_zhang), QStringLiteral("13900000002"));
    // New rows got office ids; their keys point at each other's office ids.
    const qint64 newResident = m_office->residentId(TestDatabase::idFor(QDate(2026, 11, 1), true, 14));
    QVERIFY(newResident > 0);
    QVERIFY(newResident != fieldNew ||
            m_office->residentId(TestDatabase::idFor(QDate(1990, 1, 1), true, 13)) != fieldNew);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT name FROM resident WHERE id = ?"), {fieldNew}).toString() ==
                 QStringLiteral("赵小六"),
             newResident == fieldNew);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT count(*) FROM resident_tag WHERE resident_id = ?"), {newResident})
                 .toInt(),
             1);
    const qint64 officeErrand =
        scalar(office(), QStringLiteral("SELECT id FROM cases WHERE case_no = 'E-FIELD-1'")).toLongLong();
    const qint64 officeNeed =
        scalar(office(), QStringLiteral("SELECT visit_need_id FROM cases WHERE id = ?"), {officeErrand}).toLongLong();
    QCOMPARE(scalar(office(), QStringLiteral("SELECT case_id FROM visit_need WHERE id = ?"), {officeNeed}).toLongLong(),
             officeErrand);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT reporter_resident_id FROM cases WHERE id = ?"), {officeErrand})
                 .toLongLong(),
             newResident);
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT count(*) FROM case_step WHERE case_id = ?"), {officeErrand}).toInt(),
        1);
    QCOMPARE(scalar(office(),
                    QStringLiteral("SELECT count(*) FROM visit v JOIN visit_need n ON n.visit_id = v.id WHERE "
                                   "v.household_id = ? AND n.id = ?"),
                    {m_household, officeNeed})
                 .toInt(),
             1);
    // The search finds the new resident.
    QVERIFY(!scalar(office(), QStringLiteral("SELECT name_pinyin FROM resident WHERE id = ?"), {newResident})
                 .toString()
                 .isEmpty());
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Updated), 1);
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Added), 6);
    // The audit log names the field worker and time, and who merged.
    QVERIFY(m_office->count(QStringLiteral("audit_log")) >= auditBefore + 7);
    SqlQuery a(office(), QStringLiteral("SELECT user_name, after_json FROM audit_log WHERE table_name = 'resident' AND "
                                        "action = 'field_update' AND record_id = ?"));
    QVERIFY(a.exec(m_zhang) && a.next());
    QCOMPARE(a.value(0).toString(), QStringLiteral("lina"));
    const QJsonObject stamped = QJsonDocument::fromJson(a.value(1).toString().toUtf8()).object();
    QCOMPARE(stamped.value(QStringLiteral("merged_by")).toString(), QStringLiteral("clerk_wang"));
    QCOMPARE(stamped.value(QStringLiteral("field_user")).toString(), QStringLiteral("lina"));
    QCOMPARE(stamped.value(QStringLiteral("phone")).toString(), QStringLiteral("13900000002"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'field_merge' AND "
                                             "user_name = 'clerk_wang'"))
                 .toInt(),
             1);

    // The report as CSV.
    const QString csv = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY(r.report.writeCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("Resident 赵小六")));
    QVERIFY(text.contains(QStringLiteral("clerk_wang")));
}

void FieldMergeTest::sameFieldConflictNeedsADecision()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    QVERIFY(exec(office(), QStringLiteral("UPDATE resident SET phone = '13700000003' WHERE id = ?"), {m_zhang}));
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = ?"), {m_zhang}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, user_name, created_at, "
                                      "updated_at) VALUES (?, ?, '2026-12-07', 'lina', 'now', 'now')"),
                       {m_household, m_office->gridA}));
    const int visits = m_office->count(QStringLiteral("visit"));
    const int audits = m_office->count(QStringLiteral("audit_log"));

    const FieldMerge::Result r = merge(*copy);
    QCOMPARE(r.status, FieldMerge::Status::NeedsDecisions);
    QCOMPARE(r.conflicts.size(), 1);
    const FieldConflict &c = r.conflicts.first();
    QCOMPARE(c.column, QStringLiteral("phone"));
    QCOMPARE(c.record, QStringLiteral("Resident 张三"));
    QCOMPARE(c.officeValue, QStringLiteral("13700000003"));
    QCOMPARE(c.fieldValue, QStringLiteral("13900000002"));
    QCOMPARE(c.baseValue, QStringLiteral("13800000001"));
    QCOMPARE(c.choice, FieldConflict::Choice::Undecided);
    // Nothing applied: not the visit either.
    QCOMPARE(phoneOf(m_zhang), QStringLiteral("13700000003"));
    QCOMPARE(m_office->count(QStringLiteral("visit")), visits);
    QCOMPARE(m_office->count(QStringLiteral("audit_log")), audits);
    QCOMPARE(m_office->count(QStringLiteral("field_merge")), 0);

    // A decision for that one conflict is enough.
    const FieldMerge::Result decided =
        merge(*copy, FieldConflict::Choice::Undecided, {{c.key, FieldConflict::Choice::Field}});
    QVERIFY2(decided.status == FieldMerge::Status::Merged, qPrintable(decided.message + decided.detail));
    QCOMPARE(phoneOf(m_zhang), QStringLiteral("13900000002"));
    QCOMPARE(m_office->count(QStringLiteral("visit")), visits + 1);
    QCOMPARE(decided.report.count(FieldMergeEntry::Outcome::Conflict), 1);
}

void FieldMergeTest::sameFieldConflictDecidedBothWays()
{
    for (const FieldConflict::Choice prefer : {FieldConflict::Choice::Office, FieldConflict::Choice::Field}) {
        cleanup();
        init();
        auto copy = checkOut();
        QVERIFY(copy->isOk());
        QVERIFY(exec(office(), QStringLiteral("UPDATE resident SET phone = '13700000003' WHERE id = ?"), {m_zhang}));
        QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = ?"), {m_zhang}));
        const FieldMerge::Result r = merge(*copy, prefer);
        QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().choice, prefer);
        QCOMPARE(phoneOf(m_zhang), prefer == FieldConflict::Choice::Office ? QStringLiteral("13700000003")
                                                                           : QStringLiteral("13900000002"));
    }
}

void FieldMergeTest::differentFieldsMergeWithoutAsking()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    const int version =
        scalar(office(), QStringLiteral("SELECT row_version FROM resident WHERE id = ?"), {m_zhang}).toInt();
    QVERIFY(exec(office(), QStringLiteral("UPDATE resident SET phone = '13700000003' WHERE id = ?"), {m_zhang}));
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET notes = '腿脚不便', ethnicity = '回族' WHERE id = ?"),
                       {m_zhang}));
    const FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(phoneOf(m_zhang), QStringLiteral("13700000003"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT notes || '/' || ethnicity FROM resident WHERE id = ?"), {m_zhang})
                 .toString(),
             QStringLiteral("腿脚不便/回族"));
    // A desk holding the old version is told it changed.
    QVERIFY(scalar(office(), QStringLiteral("SELECT row_version FROM resident WHERE id = ?"), {m_zhang}).toInt() >
            version);
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Merged), 1);
}

void FieldMergeTest::movedOutAtOfficeButVisitedInField()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    QVERIFY(exec(office(),
                 QStringLiteral("UPDATE resident SET status = 'moved_out', status_date = '2026-12-06' WHERE id = ?"),
                 {m_li}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, met, user_name, "
                                      "created_at, updated_at) VALUES (?, ?, '2026-12-07', '李四', 'lina', 'now', "
                                      "'now')"),
                       {m_household, m_office->gridA}));
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13600000000' WHERE id = ?"), {m_li}));
    const int visits = m_office->count(QStringLiteral("visit"));
    const FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(m_office->count(QStringLiteral("visit")), visits + 1);
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT status || '/' || phone FROM resident WHERE id = ?"), {m_li}).toString(),
        QStringLiteral("moved_out/13600000000"));
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Note), 1);
    bool said = false;
    for (const FieldMergeEntry &e : r.report.entries)
        if (e.outcome == FieldMergeEntry::Outcome::Note)
            said = e.record == QStringLiteral("Resident 李四") && e.note.contains(QStringLiteral("2026-12-07")) &&
                   e.note.contains(QStringLiteral("Moved out"));
    QVERIFY(said);
}

void FieldMergeTest::residentAddedOnBothSides()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    const QString idNumber = TestDatabase::idFor(QDate(1985, 7, 7), false, 15);
    QVERIFY(exec(office(),
                 QStringLiteral("INSERT INTO resident (household_id, name, id_number, ethnicity, created_at, "
                                "updated_at) VALUES (?, '陈红', ?, '汉族', 'now', 'now')"),
                 {m_household, idNumber}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO resident (household_id, name, id_number, phone, ethnicity, "
                                      "created_at, updated_at) VALUES (?, '陈红', ?, '13500000000', '满族', 'now', "
                                      "'now')"),
                       {m_household, idNumber}));
    const int residents = m_office->count(QStringLiteral("resident"));
    FieldMerge::Result r = merge(*copy);
    QCOMPARE(r.status, FieldMerge::Status::NeedsDecisions);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().column, QStringLiteral("ethnicity"));
    r = merge(*copy, FieldConflict::Choice::Office);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(m_office->count(QStringLiteral("resident")), residents);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone || '/' || ethnicity FROM resident WHERE id_number = ?"),
                    {idNumber})
                 .toString(),
             QStringLiteral("13500000000/汉族"));
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Matched), 1);
}

void FieldMergeTest::mergingTwiceChangesNothing()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO resident (household_id, name, relation, created_at, updated_at) "
                                      "VALUES (?, '钱七', 'other', 'now', 'now')"),
                       {m_household}));
    const qint64 fieldId = copy->scalar(QStringLiteral("SELECT max(id) FROM resident")).toLongLong();
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = ?"), {m_zhang}));
    FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    const int residents = m_office->count(QStringLiteral("resident"));
    const int audits = m_office->count(QStringLiteral("audit_log"));
    r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.report.entries.isEmpty());
    QCOMPARE(m_office->count(QStringLiteral("resident")), residents);
    QCOMPARE(m_office->count(QStringLiteral("audit_log")), audits);

    // Work goes on in the same copy: the resident it added is the office's now, not added again.
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13100000000' WHERE id = ?"), {fieldId}));
    r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(m_office->count(QStringLiteral("resident")), residents);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone FROM resident WHERE name = '钱七'")).toString(),
             QStringLiteral("13100000000"));
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Updated), 1);
}

void FieldMergeTest::twoLaptopsMergeIndependently()
{
    auto first = checkOut(QStringLiteral("lina"));
    auto second = checkOut(QStringLiteral("zhou"));
    QVERIFY(first->isOk() && second->isOk());
    const QString visit = QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, user_name, "
                                         "created_at, updated_at) VALUES (?, ?, '2026-12-07', ?, ?, 'now', 'now')");
    QVERIFY(first->exec(visit, {m_household, m_office->gridA, QStringLiteral("李娜"), QStringLiteral("lina")}));
    QVERIFY(second->exec(visit, {m_household, m_office->gridA, QStringLiteral("周强"), QStringLiteral("zhou")}));
    // Both laptops gave their visit the same id; each becomes its own office row.
    QCOMPARE(first->scalar(QStringLiteral("SELECT max(id) FROM visit")),
             second->scalar(QStringLiteral("SELECT max(id) FROM visit")));
    // Each laptop also registers a new household with its first member, under the same field ids.
    for (FieldTestCopy *copy : {first.get(), second.get()}) {
        QVERIFY(
            copy->exec(QStringLiteral("INSERT INTO household (building_id, unit, room, created_at, updated_at) "
                                      "VALUES (?, '9', ?, 'now', 'now')"),
                       {m_office->buildingA2, copy == first.get() ? QStringLiteral("901") : QStringLiteral("902")}));
        QVERIFY(copy->exec(QStringLiteral("INSERT INTO resident (household_id, name, relation, created_at, updated_at) "
                                          "SELECT max(id), ?, 'head', 'now', 'now' FROM household"),
                           {copy == first.get() ? QStringLiteral("新住户甲") : QStringLiteral("新住户乙")}));
    }
    QVERIFY(first->exec(QStringLiteral("UPDATE resident SET notes = '独居' WHERE id = ?"), {m_zhang}));
    QVERIFY(second->exec(QStringLiteral("UPDATE resident SET phone = '13200000000' WHERE id = ?"), {m_li}));
    const int visits = m_office->count(QStringLiteral("visit"));
    QCOMPARE(merge(*second).status, FieldMerge::Status::Merged);
    QCOMPARE(merge(*first).status, FieldMerge::Status::Merged);
    QCOMPARE(m_office->count(QStringLiteral("visit")), visits + 2);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT count(DISTINCT worker) FROM visit WHERE worker IN ('李娜', "
                                             "'周强')"))
                 .toInt(),
             2);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT notes FROM resident WHERE id = ?"), {m_zhang}).toString(),
             QStringLiteral("独居"));
    QCOMPARE(phoneOf(m_li), QStringLiteral("13200000000"));
    QCOMPARE(m_office->count(QStringLiteral("field_merge")), 2);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT h.room FROM resident r JOIN household h ON h.id = r.household_id "
                                             "WHERE r.name = '新住户甲'"))
                 .toString(),
             QStringLiteral("901"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT h.room FROM resident r JOIN household h ON h.id = r.household_id "
                                             "WHERE r.name = '新住户乙'"))
                 .toString(),
             QStringLiteral("902"));
}

void FieldMergeTest::onlyAdministratorsAndClerksMerge()
{
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13900000002' WHERE id = ?"), {m_zhang}));
    for (const AccessScope::Role role : {AccessScope::Role::Viewer, AccessScope::Role::GridWorker}) {
        FieldMerge merge(office(), AccessScope(role, 9, QStringLiteral("someone"), {m_office->gridA}));
        const FieldMerge::Result r = merge.merge(copy->db());
        QCOMPARE(r.status, FieldMerge::Status::Refused);
        QVERIFY(!r.message.isEmpty());
    }
    QCOMPARE(phoneOf(m_zhang), QStringLiteral("13800000001"));
    // An ordinary database is not a field copy.
    TestDatabase other;
    FieldMerge merge(office(), testScope());
    QCOMPARE(merge.merge(other.db()).status, FieldMerge::Status::Refused);
}

void FieldMergeTest::fieldWorkOfAnotherGridIsTheirs()
{
    // The copy holds other grids' rows too (the test copies everything): untouched rows are not
    // merged, whatever the office did to them meanwhile.
    const qint64 other =
        m_office->addHousehold(m_office->buildingB1, QStringLiteral("3"), QStringLiteral("303"),
                               {{QStringLiteral("孙八"), TestDatabase::idFor(QDate(1970, 2, 2), true, 16)}});
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    QVERIFY(exec(office(), QStringLiteral("UPDATE household SET phone = '010-1' WHERE id = ?"), {other}));
    QVERIFY(copy->exec(QStringLiteral("UPDATE household SET phone = '010-2' WHERE id = ?"), {m_household}));
    const FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone FROM household WHERE id = ?"), {other}).toString(),
             QStringLiteral("010-1"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone FROM household WHERE id = ?"), {m_household}).toString(),
             QStringLiteral("010-2"));
}

void FieldMergeTest::theWorkersOwnFormsAreCaptured()
{
    // On the laptop the worker uses the program's own forms (RegisterStore), signed in as herself.
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    const AccessScope lina(AccessScope::Role::GridWorker, 7, QStringLiteral("lina"), {m_office->gridA});
    QVERIFY(FieldChangeLog::setSignedIn(copy->db(), lina.userName()));
    RegisterStore store(copy->db(), lina);
    std::optional<Resident> zhang = store.resident(m_zhang);
    QVERIFY(zhang);
    zhang->phone = QStringLiteral("13911112222");
    const SaveResult saved = store.saveResident(*zhang);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    const SaveResult died =
        store.changeStatus(m_li, QStringLiteral("deceased"), QDate(2026, 12, 5), QStringLiteral("病故"));
    QVERIFY2(died.ok, qPrintable(died.firstMessage()));

    const int moves = m_office->count(QStringLiteral("resident_change"));
    const FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(phoneOf(m_zhang), QStringLiteral("13911112222"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT status || '/' || status_date FROM resident WHERE id = ?"), {m_li})
                 .toString(),
             QStringLiteral("deceased/2026-12-05"));
    // Every history row the forms wrote in the field (the death, and whatever the edit noted) comes in once.
    const int fieldMoves = copy->scalar(QStringLiteral("SELECT count(*) FROM resident_change")).toInt();
    QVERIFY(fieldMoves > moves);
    QCOMPARE(m_office->count(QStringLiteral("resident_change")), fieldMoves);
    QCOMPARE(scalar(office(),
                    QStringLiteral("SELECT count(*) FROM resident_change WHERE resident_id = ? AND kind = "
                                   "'deceased' AND user_name = 'lina'"),
                    {m_li})
                 .toInt(),
             1);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'field_%' AND user_name "
                                             "<> 'lina' AND table_name <> 'field_merge'"))
                 .toInt(),
             0);
}

void FieldMergeTest::aDeathInTheFieldReachesEverything()
{
    // 李四 is a volunteer with a shift next week and a 结对帮扶 helper; she dies, recorded on the laptop.
    const QDate death = QDate::currentDate().addDays(-1);
    DeathTestData data(*m_office, m_li, death);
    QVERIFY(data.isReady());
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    const AccessScope lina(AccessScope::Role::GridWorker, 7, QStringLiteral("lina"), {m_office->gridA});
    QVERIFY(FieldChangeLog::setSignedIn(copy->db(), lina.userName()));
    QVERIFY(RegisterStore(copy->db(), lina).changeStatus(m_li, QStringLiteral("deceased"), death, QString()).ok);
    QVERIFY(!data.missed().isEmpty());
    const FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY2(data.missed().isEmpty(), qPrintable(data.missed()));
}

void FieldMergeTest::linksAndSameValuesMergeQuietly()
{
    QVERIFY(exec(office(),
                 QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag WHERE "
                                "code IN ('low_income', 'veteran')"),
                 {m_zhang}));
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    // The field takes one tag off and adds one; both sides give 李四 the same new phone.
    QVERIFY(copy->exec(QStringLiteral("DELETE FROM resident_tag WHERE resident_id = ? AND tag_id = (SELECT id FROM tag "
                                      "WHERE code = 'veteran')"),
                       {m_zhang}));
    QVERIFY(copy->exec(QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag WHERE code "
                                      "= 'living_alone'"),
                       {m_zhang}));
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '13300000000' WHERE id = ?"), {m_li}));
    QVERIFY(exec(office(), QStringLiteral("UPDATE resident SET phone = '13300000000' WHERE id = ?"), {m_li}));
    const FieldMerge::Result r = merge(*copy);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(scalar(office(),
                    QStringLiteral("SELECT ") +
                        DialectSql::joined(office(), QStringLiteral("code"), QStringLiteral("','")) +
                        QStringLiteral(" FROM (SELECT t.code FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                                       "WHERE rt.resident_id = ? ORDER BY t.code) x"),
                    {m_zhang})
                 .toString(),
             QStringLiteral("living_alone,low_income"));
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Removed), 1);
    QCOMPARE(phoneOf(m_li), QStringLiteral("13300000000"));
}

void FieldMergeTest::renewKeepsUnmergedWork()
{
    auto old = checkOut();
    QVERIFY(old->isOk());
    QVERIFY(old->exec(QStringLiteral("INSERT INTO resident (household_id, name, relation, created_at, updated_at) "
                                     "VALUES (?, '钱七', 'other', 'now', 'now')"),
                      {m_household}));
    const qint64 qianField = old->scalar(QStringLiteral("SELECT max(id) FROM resident")).toLongLong();
    QVERIFY(old->exec(QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, user_name, created_at, "
                                     "updated_at) VALUES (?, ?, '2026-12-07', 'lina', 'now', 'now')"),
                      {m_household, m_office->gridA}));
    QCOMPARE(merge(*old).status, FieldMerge::Status::Merged);
    // Work after the merge, not merged yet: a change to the resident the copy added, a new one,
    // and a note on an office resident.
    QVERIFY(old->exec(QStringLiteral("UPDATE resident SET phone = '13100000000' WHERE id = ?"), {qianField}));
    QVERIFY(old->exec(QStringLiteral("INSERT INTO resident (household_id, name, relation, created_at, updated_at) "
                                     "VALUES (?, '孙九', 'other', 'now', 'now')"),
                      {m_household}));
    QVERIFY(old->exec(QStringLiteral("UPDATE resident SET notes = '需要轮椅' WHERE id = ?"), {m_zhang}));
    const int visits = m_office->count(QStringLiteral("visit"));

    // The renewed check-out gets the office's current rows, then the unmerged work.
    auto renewed = checkOut();
    QVERIFY(renewed->isOk());
    const FieldMerge::Result carried =
        FieldRenew::carryOver(office(), old->db(), renewed->db(), testScope(QStringLiteral("clerk_wang")));
    QVERIFY2(carried.status == FieldMerge::Status::Merged, qPrintable(carried.message + carried.detail));
    QCOMPARE(renewed->scalar(QStringLiteral("SELECT count(*) FROM resident WHERE name = '孙九'")).toInt(), 1);
    QCOMPARE(renewed->scalar(QStringLiteral("SELECT phone FROM resident WHERE name = '钱七'")).toString(),
             QStringLiteral("13100000000"));
    QCOMPARE(renewed->scalar(QStringLiteral("SELECT count(*) FROM visit")).toInt(), visits);
    QVERIFY(FieldChangeLog::pendingChanges(renewed->db()) >= 3);

    // Merging the renewed copy brings that work in, once.
    const int residents = m_office->count(QStringLiteral("resident"));
    const FieldMerge::Result r = merge(*renewed);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(m_office->count(QStringLiteral("resident")), residents + 1);
    QCOMPARE(m_office->count(QStringLiteral("visit")), visits);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone FROM resident WHERE name = '钱七'")).toString(),
             QStringLiteral("13100000000"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT notes FROM resident WHERE id = ?"), {m_zhang}).toString(),
             QStringLiteral("需要轮椅"));
}

void FieldMergeTest::mergeTimeForAGrid()
{
    // Figures (issue 22): a 5,000-resident grid with 500 changes in the field.
    const QString household = QStringLiteral("INSERT INTO household (building_id, unit, room, created_at, "
                                             "updated_at) VALUES (?, '1', ?, 'now', 'now')");
    const QString resident = QStringLiteral("INSERT INTO resident (household_id, name, id_number, phone, "
                                            "created_at, updated_at) VALUES (?, ?, ?, ?, 'now', 'now')");
    {
        Transaction tx(office());
        SqlQuery h(office(), household);
        SqlQuery r(office(), resident);
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(h.exec(m_office->buildingA2, QString::number(1000 + i)));
            const qint64 hid = h.lastInsertId();
            for (int j = 0; j < (i < 1000 ? 3 : 2); ++j)
                QVERIFY(r.exec(hid, QStringLiteral("居民%1").arg(i * 3 + j),
                               QStringLiteral("T%1").arg(i * 3 + j, 8, 10, QLatin1Char('0')),
                               QStringLiteral("1380000%1").arg(i * 3 + j, 4, 10, QLatin1Char('0'))));
        }
        QVERIFY(tx.commit());
    }
    QElapsedTimer checkout;
    checkout.start();
    auto copy = checkOut();
    QVERIFY(copy->isOk());
    const qint64 copyMs = checkout.elapsed();
    QVERIFY(copy->exec(QStringLiteral("BEGIN")));
    QVERIFY(copy->exec(QStringLiteral("UPDATE resident SET phone = '1' || phone WHERE id IN (SELECT id FROM resident "
                                      "WHERE id_number LIKE 'T%' ORDER BY id LIMIT 300)")));
    for (int i = 0; i < 150; ++i)
        QVERIFY(copy->exec(QStringLiteral("INSERT INTO visit (household_id, visited_on, user_name, created_at, "
                                          "updated_at) SELECT id, '2026-12-07', 'lina', 'now', 'now' FROM household "
                                          "WHERE room = ?"),
                           {QString::number(1000 + i)}));
    for (int i = 0; i < 50; ++i)
        QVERIFY(copy->exec(QStringLiteral("INSERT INTO resident (household_id, name, created_at, updated_at) VALUES "
                                          "(?, ?, 'now', 'now')"),
                           {m_household, QStringLiteral("新人%1").arg(i)}));
    QVERIFY(copy->exec(QStringLiteral("COMMIT")));
    QVERIFY(FieldChangeLog::pendingChanges(copy->db()) >= 500);
    QElapsedTimer timer;
    timer.start();
    const FieldMerge::Result r = merge(*copy);
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Updated), 300);
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Added), 200);
    qInfo("FIGURE field copy of %d residents (test copy): %lld ms; merge of 500 changes: %lld ms",
          m_office->count(QStringLiteral("resident")), copyMs, ms);
    QVERIFY2(ms < 60000, "the merge of 500 changes took a minute or more");
}

QTEST_GUILESS_MAIN(FieldMergeTest)
#include "fieldmerge_test.moc"
