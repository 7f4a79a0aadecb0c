#include "dedupetestdata.h"
#include "models/dedupe/duplicatefinder.h"
#include "models/dedupe/residentlinks.h"
#include "models/dedupe/residentmerger.h"
#include "models/register/registerstore.h"
#include "models/register/registertypes.h"
#include "models/register/residentfilter.h"
#include "models/register/residenttablemodel.h"

#include <QTest>

namespace {

// How many rows of each link point at `residentId`, in ResidentLinks order.
QList<int> linkCounts(const QSqlDatabase &db, qint64 residentId)
{
    QList<int> counts;
    for (const ResidentLink &link : ResidentLinks::all()) {
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(link.table, link.column));
        counts << (q.exec(residentId) ? q.scalar().toInt() : -1);
    }
    return counts;
}

qint64 insertRow(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (!q.exec()) {
        qWarning() << q.errorDetail();
        return -1;
    }
    return q.lastInsertId();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    return q.exec() ? q.scalar() : QVariant();
}

} // namespace

class ResidentMergerTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void mergeMovesEveryLinkAndUndoPutsThemBack();
    void customValuesMoveKeepTheSurvivorsAndComeBack();
    void fieldsChosenAndDefaults();
    void mergedRecordIsNotListedAgain();
    void mergedRecordSaysWhereItWent();
    void refusals();
    void gridWorkerCannotMergeOutsideTheirGrids();

private:
    // Gives `residentId` one row in every table that references a resident; the events, meetings,
    // parties and rules are shared so the kept record can already have some of them.
    void linkEverything(qint64 residentId, qint64 householdId, int n);

    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_flatA = 0;
    qint64 m_flatB = 0;
    qint64 m_event = 0, m_meeting = 0, m_party = 0;
    qint64 m_plate = 0, m_religion = 0, m_pets = 0;
};

void ResidentMergerTest::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    const QDate b(1958, 4, 9);
    m_flatA = m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                  {{QStringLiteral("户主甲"), TestDatabase::idFor(b, true, 901)}});
    m_flatB = m_tdb->addHousehold(m_tdb->buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                                  {{QStringLiteral("户主丙"), TestDatabase::idFor(b, true, 905)}});
    QVERIFY(m_flatA > 0 && m_flatB > 0);
    const QSqlDatabase db = m_tdb->db();
    const QString now = QStringLiteral("2026-10-01T09:00:00");
    m_event = insertRow(db,
                        QStringLiteral("INSERT INTO event (title, type_id, starts_at, ends_at, created_at, updated_at) "
                                       "VALUES (?, (SELECT min(id) FROM event_type), ?, ?, ?, ?)"),
                        {QStringLiteral("重阳节"), now, now, now, now});
    m_meeting = insertRow(db,
                          QStringLiteral("INSERT INTO meeting (held_on, kind_id, topic, created_at, updated_at) VALUES "
                                         "(?, (SELECT min(id) FROM meeting_kind), ?, ?, ?)"),
                          {QStringLiteral("2026-10-02"), QStringLiteral("加装电梯"), now, now});
    m_party = insertRow(db,
                        QStringLiteral("INSERT INTO birthday_party (month, party_date, created_at, updated_at) VALUES "
                                       "(?, ?, ?, ?)"),
                        {QStringLiteral("2026-10"), QStringLiteral("2026-10-20"), now, now});
    QVERIFY(m_event > 0 && m_meeting > 0 && m_party > 0);
    // The office's custom fields: two on residents, one on households (same table, other records).
    const QString field =
        QStringLiteral("INSERT INTO custom_field (entity, code, name, type) VALUES (?, ?, ?, 'text')");
    m_plate = insertRow(db, field, {QStringLiteral("resident"), QStringLiteral("plate"), QStringLiteral("车牌号")});
    m_religion = insertRow(db, field, {QStringLiteral("resident"), QStringLiteral("religion"), QStringLiteral("宗教")});
    m_pets = insertRow(db, field, {QStringLiteral("household"), QStringLiteral("pets"), QStringLiteral("宠物")});
    QVERIFY(m_plate > 0 && m_religion > 0 && m_pets > 0);
}

void ResidentMergerTest::linkEverything(qint64 residentId, qint64 householdId, int n)
{
    const QSqlDatabase db = m_tdb->db();
    const QString now = QStringLiteral("2026-10-01T09:00:00");
    QVERIFY(insertRow(db, QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?)"),
                      {residentId, scalar(db, QStringLiteral("SELECT min(id) FROM tag"))}) >= 0);
    QVERIFY(insertRow(db, QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?)"),
                      {residentId, scalar(db, QStringLiteral("SELECT min(id) + ? FROM tag"), {n})}) >= 0);
    // Each tag's period, as the tag writer keeps them beside resident_tag.
    for (const QString &tag :
         {QStringLiteral("SELECT min(id) FROM tag"), QStringLiteral("SELECT min(id) + ? FROM tag")})
        QVERIFY(
            insertRow(db,
                      QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, start_date, created_at) "
                                     "VALUES (?, ?, '2026-01-01', ?)"),
                      {residentId, scalar(db, tag, tag.contains(QLatin1Char('?')) ? QVariantList{n} : QVariantList{}),
                       now}) > 0);
    QVERIFY(insertRow(db,
                      QStringLiteral("INSERT INTO birthday_attendance (party_id, resident_id, outcome) VALUES (?, ?, "
                                     "'attended')"),
                      {m_party, residentId}) >= 0);
    QVERIFY(insertRow(db,
                      QStringLiteral("INSERT INTO cases (case_no, source, category_id, reporter_resident_id, "
                                     "description, received_at, deadline, created_at, updated_at) VALUES (?, 'visit', "
                                     "(SELECT min(id) FROM case_category), ?, ?, ?, ?, ?, ?)"),
                      {QStringLiteral("T-%1").arg(n), residentId, QStringLiteral("楼道灯坏了"), now, now, now, now}) >
            0);
    QVERIFY(insertRow(db, QStringLiteral("INSERT INTO event_participant (event_id, resident_id) VALUES (?, ?)"),
                      {m_event, residentId}) >= 0);
    QVERIFY(insertRow(db, QStringLiteral("INSERT INTO meeting_attendee (meeting_id, resident_id) VALUES (?, ?)"),
                      {m_meeting, residentId}) >= 0);
    QVERIFY(insertRow(db,
                      QStringLiteral("INSERT INTO party_contact (grid_id, household_id, resident_id, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?)"),
                      {m_tdb->gridA, householdId, residentId, now, now}) > 0);
    QVERIFY(insertRow(db,
                      QStringLiteral("INSERT INTO volunteer (resident_id, name, created_at, updated_at) VALUES (?, ?, "
                                     "?, ?)"),
                      {residentId, QStringLiteral("志愿者%1").arg(n), now, now}) > 0);
    QVERIFY(insertRow(db,
                      QStringLiteral("INSERT INTO life_event_errand (rule_id, resident_id, occasion, opened_at) VALUES "
                                     "((SELECT min(id) FROM life_event_rule), ?, ?, ?)"),
                      {residentId, QStringLiteral("2026"), now}) > 0);
    // Both records have a plate (the kept one's stays); the first has a religion the other lacks.
    const QString value = QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)");
    QVERIFY(insertRow(db, value, {m_plate, residentId, QStringLiteral("京A0000%1").arg(n)}) >= 0);
    if (n == 1)
        QVERIFY(insertRow(db, value, {m_religion, residentId, QStringLiteral("佛教")}) >= 0);
}

void ResidentMergerTest::mergeMovesEveryLinkAndUndoPutsThemBack()
{
    const QString id = TestDatabase::idFor(QDate(1949, 10, 1), false, 22);
    const qint64 keep = addRawResident(*m_tdb, m_flatA, QStringLiteral("陈静"), QString(), QDate(1949, 10, 1));
    const qint64 other = addRawResident(*m_tdb, m_flatA, QStringLiteral("陈静"), id, QDate());
    QVERIFY(keep > 0 && other > 0);
    linkEverything(other, m_flatA, 1);
    // The kept record shares the first tag, the party, the event, the meeting and the errand.
    linkEverything(keep, m_flatA, 2);
    const QSqlDatabase db = m_tdb->db();
    const QList<int> keepBefore = linkCounts(db, keep);
    const QList<int> otherBefore = linkCounts(db, other);
    for (int i = 0; i < otherBefore.size(); ++i)
        QVERIFY2(otherBefore.at(i) > 0, qPrintable(ResidentLinks::all().at(i).table));
    const int audits = m_tdb->count(QStringLiteral("audit_log"));
    const int residents = m_tdb->count(QStringLiteral("resident"));

    ResidentMerger merger(db, testScope());
    const SaveResult merged = merger.merge(keep, other);
    QVERIFY2(merged.ok, qPrintable(merged.firstMessage()));
    QVERIFY(merged.id > 0);
    // Nothing deleted: the other record is marked merged into the kept one.
    QCOMPARE(m_tdb->count(QStringLiteral("resident")), residents);
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM resident WHERE id = ?"), {other}).toString(),
             QStringLiteral("merged"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT merged_into FROM resident WHERE id = ?"), {other}).toLongLong(), keep);
    // The default took the ID number the kept record lacked.
    RegisterStore store(db, testScope());
    QCOMPARE(store.resident(keep)->idNumber, id);
    QVERIFY(store.resident(other)->idNumber.isEmpty());
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'resident_merge' AND action "
                                  "= 'merge' AND record_id = ?"),
                   {merged.id})
                .toInt() == 1);
    QVERIFY(m_tdb->count(QStringLiteral("audit_log")) > audits);

    // Every link moved, except the rows whose twin the kept record already had (one tag, the party,
    // the event, the meeting, the volunteer, the errand) and which would count the person twice.
    const QList<ResidentLink> links = ResidentLinks::all();
    const QList<int> keepAfter = linkCounts(db, keep);
    const QList<int> otherAfter = linkCounts(db, other);
    for (int i = 0; i < links.size(); ++i) {
        const QByteArray what = links.at(i).table.toUtf8();
        QCOMPARE(keepAfter.at(i) + otherAfter.at(i), keepBefore.at(i) + otherBefore.at(i));
        if (links.at(i).table == QLatin1String("resident_tag"))
            QCOMPARE(otherAfter.at(i), 1);
        else if (links.at(i).unique)
            QVERIFY2(otherAfter.at(i) == 1, what.constData());
        else
            QVERIFY2(otherAfter.at(i) == 0, what.constData());
    }
    // The kept record's tags as the register reads them include the moved one.
    QCOMPARE(store.resident(keep)->tagIds.size(), 3);

    // A second merge of the same record is refused; the listing shows the merge.
    QVERIFY(!merger.merge(keep, other).ok);
    const QList<ResidentMergeRecord> recent = merger.recentMerges();
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.first().keptId, keep);

    const SaveResult undone = merger.unmerge(merged.id);
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    QCOMPARE(linkCounts(db, keep), keepBefore);
    QCOMPARE(linkCounts(db, other), otherBefore);
    QCOMPARE(store.resident(other)->status, QStringLiteral("living"));
    QCOMPARE(store.resident(other)->idNumber, id);
    QVERIFY(store.resident(keep)->idNumber.isEmpty());
    QVERIFY(scalar(db, QStringLiteral("SELECT merged_into FROM resident WHERE id = ?"), {other}).isNull());
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'resident_merge' AND action "
                                  "= 'unmerge' AND record_id = ?"),
                   {merged.id})
                .toInt() == 1);
    QVERIFY(merger.recentMerges().isEmpty());
    QVERIFY(!merger.unmerge(merged.id).ok);
}

// Custom values move with the record; where both have one the kept record's stays and the merge
// record names the other's; a household's value with the same number stays; unmerge restores.
void ResidentMergerTest::customValuesMoveKeepTheSurvivorsAndComeBack()
{
    const qint64 keep = addRawResident(*m_tdb, m_flatA, QStringLiteral("陈静"), QString(), QDate(1949, 10, 1));
    const qint64 other = addRawResident(*m_tdb, m_flatA, QStringLiteral("陈静"), QString(), QDate(1949, 10, 1));
    QVERIFY(keep > 0 && other > 0);
    const QSqlDatabase db = m_tdb->db();
    const QString insert = QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)");
    QVERIFY(insertRow(db, insert, {m_plate, keep, QStringLiteral("京A11111")}) >= 0);
    QVERIFY(insertRow(db, insert, {m_plate, other, QStringLiteral("京B22222")}) >= 0);
    QVERIFY(insertRow(db, insert, {m_religion, other, QStringLiteral("佛教")}) >= 0);
    QVERIFY(insertRow(db, insert, {m_pets, other, QStringLiteral("2")}) >= 0); // a household numbered like `other`
    const auto value = [&](qint64 field, qint64 record) {
        return scalar(db, QStringLiteral("SELECT value FROM custom_value WHERE field_id = ? AND record_id = ?"),
                      {field, record});
    };
    ResidentMerger merger(db, testScope());
    const SaveResult merged = merger.merge(keep, other);
    QVERIFY2(merged.ok, qPrintable(merged.firstMessage()));
    QCOMPARE(value(m_plate, keep).toString(), QStringLiteral("京A11111"));
    QCOMPARE(value(m_religion, keep).toString(), QStringLiteral("佛教"));
    QVERIFY(value(m_religion, other).isNull());
    QCOMPARE(value(m_plate, other).toString(), QStringLiteral("京B22222")); // kept on the merged record
    QCOMPARE(value(m_pets, other).toString(), QStringLiteral("2"));
    QVERIFY(value(m_pets, keep).isNull());
    // The merge record names the value that lost.
    const QString moved =
        scalar(db, QStringLiteral("SELECT moved FROM resident_merge WHERE id = ?"), {merged.id}).toString();
    QVERIFY2(moved.contains(QStringLiteral("customConflicts")) && moved.contains(QStringLiteral("京B22222")),
             qPrintable(moved));

    QVERIFY(merger.unmerge(merged.id).ok);
    QCOMPARE(value(m_plate, keep).toString(), QStringLiteral("京A11111"));
    QCOMPARE(value(m_plate, other).toString(), QStringLiteral("京B22222"));
    QCOMPARE(value(m_religion, other).toString(), QStringLiteral("佛教"));
    QVERIFY(value(m_religion, keep).isNull());
    QCOMPARE(value(m_pets, other).toString(), QStringLiteral("2"));
}

void ResidentMergerTest::fieldsChosenAndDefaults()
{
    const QString valid = TestDatabase::idFor(QDate(1975, 6, 12), false, 12);
    Resident keep;
    keep.name = QStringLiteral("王芳");
    keep.idNumber = typo(valid, 15);
    keep.phone = QStringLiteral("13800001111");
    Resident other;
    other.name = QStringLiteral("王芳");
    other.idNumber = valid;
    other.birthDate = QDate(1975, 6, 12);
    other.phone = QStringLiteral("13900002222");
    const QStringList defaults = ResidentMerger::defaultFromOther(keep, other);
    // The valid number and the missing birth date come from the other; the kept phone stays.
    QVERIFY(defaults.contains(QStringLiteral("idNumber")));
    QVERIFY(defaults.contains(QStringLiteral("birthDate")));
    QVERIFY(!defaults.contains(QStringLiteral("phone")));
    QVERIFY(!defaults.contains(QStringLiteral("name")));

    const qint64 a = addRawResident(*m_tdb, m_flatA, keep.name, keep.idNumber, QDate());
    const qint64 b = addRawResident(*m_tdb, m_flatB, other.name, other.idNumber, other.birthDate);
    ResidentMerger merger(m_tdb->db(), testScope());
    // The clerk takes the other's household too, and leaves its ID number.
    const SaveResult r = merger.merge(a, b, {QStringLiteral("birthDate"), QStringLiteral("household")});
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    RegisterStore store(m_tdb->db(), testScope());
    const Resident kept = *store.resident(a);
    QCOMPARE(kept.idNumber, keep.idNumber);
    QCOMPARE(kept.birthDate, QDate(1975, 6, 12));
    QCOMPARE(kept.householdId, m_flatB);
    // The other record keeps its own number (nobody else took it).
    QCOMPARE(store.resident(b)->idNumber, valid);
    QVERIFY(merger.unmerge(r.id).ok);
    QCOMPARE(store.resident(a)->householdId, m_flatA);
    QVERIFY(!store.resident(a)->birthDate.isValid());
}

void ResidentMergerTest::mergedRecordIsNotListedAgain()
{
    const QDate birth(1960, 1, 1);
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("李明"), QString(), birth);
    const qint64 b = addRawResident(*m_tdb, m_flatB, QStringLiteral("李明"), QString(), birth);
    DuplicateFinder finder(m_tdb->db(), testScope());
    QCOMPARE(finder.find().size(), 1);
    ResidentMerger merger(m_tdb->db(), testScope());
    const SaveResult r = merger.merge(a, b);
    QVERIFY(r.ok);
    QVERIFY(finder.find().isEmpty());
    QVERIFY(merger.unmerge(r.id).ok);
    QCOMPARE(finder.find().size(), 1);
}

void ResidentMergerTest::mergedRecordSaysWhereItWent()
{
    const QDate birth(1960, 1, 1);
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("王建国"), QString(), birth);
    const qint64 b = addRawResident(*m_tdb, m_flatB, QStringLiteral("王建国"), QString(), birth);
    QVERIFY(ResidentMerger(m_tdb->db(), testScope()).merge(a, b).ok);
    // The register's status column and the detail panel word the merged record, never a blank code.
    QCOMPARE(RegisterStore(m_tdb->db(), testScope()).mergedIntoName(b), QStringLiteral("王建国"));
    QCOMPARE(RegisterStore(m_tdb->db(), testScope()).mergedIntoName(a), QString());
    QCOMPARE(RegisterTypes::statusLabel(QStringLiteral("merged")), RegisterTypes::tr("Merged"));
    ResidentTableModel model(m_tdb->db(), testScope());
    ResidentFilter any;
    any.status.clear();
    model.setFilter(any);
    int row = -1;
    for (int i = 0; i < model.rowCount(); ++i)
        if (model.residentId(i) == b)
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ResidentTableModel::Status).data().toString(),
             RegisterTypes::tr("Merged into %1").arg(QStringLiteral("王建国")));
}

void ResidentMergerTest::refusals()
{
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("李明"), QString(), QDate(1960, 1, 1));
    const qint64 b = addRawResident(*m_tdb, m_flatB, QStringLiteral("李明"), QString(), QDate(1960, 1, 1));
    const AccessScope viewer(AccessScope::Role::Viewer, 9, QStringLiteral("viewer"));
    QVERIFY(!ResidentMerger(m_tdb->db(), viewer).merge(a, b).ok);
    ResidentMerger merger(m_tdb->db(), testScope());
    QVERIFY(!merger.merge(a, a).ok);
    QVERIFY(!merger.merge(a, 999999).ok);
    const SaveResult noName = merger.merge(a, b, {});
    QVERIFY(noName.ok);
    QVERIFY(!merger.unmerge(999999).ok);
    QVERIFY(!merger.unmerge(noName.id + 1).ok);
}

void ResidentMergerTest::gridWorkerCannotMergeOutsideTheirGrids()
{
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("李明"), QString(), QDate(1960, 1, 1));
    const qint64 b = addRawResident(*m_tdb, m_flatB, QStringLiteral("李明"), QString(), QDate(1960, 1, 1));
    const int audits = m_tdb->count(QStringLiteral("audit_log"));
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("grid.a"), {m_tdb->gridA});
    const SaveResult r = ResidentMerger(m_tdb->db(), worker).merge(a, b);
    QVERIFY(!r.ok);
    QVERIFY(!r.firstMessage().isEmpty());
    QCOMPARE(m_tdb->count(QStringLiteral("resident_merge")), 0);
    QCOMPARE(m_tdb->count(QStringLiteral("audit_log")), audits);
    // Within their grid it is allowed; the undo of a merge across grids is theirs to refuse too.
    const qint64 c = addRawResident(*m_tdb, m_flatA, QStringLiteral("李明"), QString(), QDate(1960, 1, 1));
    QVERIFY(ResidentMerger(m_tdb->db(), worker).merge(a, c).ok);
    const SaveResult again = ResidentMerger(m_tdb->db(), testScope()).merge(b, c);
    QVERIFY(!again.ok); // c is merged already
    const qint64 d = addRawResident(*m_tdb, m_flatB, QStringLiteral("李明"), QString(), QDate(1960, 1, 1));
    const SaveResult acrossGrids = ResidentMerger(m_tdb->db(), testScope()).merge(b, d);
    QVERIFY(acrossGrids.ok);
    QVERIFY(!ResidentMerger(m_tdb->db(), worker).unmerge(acrossGrids.id).ok);
}

QTEST_GUILESS_MAIN(ResidentMergerTest)
#include "residentmerger_test.moc"
