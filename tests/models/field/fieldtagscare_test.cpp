// The field copy carries the register's newer ledgers out and back (issue 25): tag periods and
// their values (models/tags), the office's custom values on residents and households, and the
// care ledgers (models/care: attention levels, 结对帮扶 pairs and their activities, assistance).
// Each is checked out for the worker's grid only, changed on the laptop, and merged back, with
// rows added in the field pointing at the office's ids. Runs on SQLite and, as _pg, merging into
// PostgreSQL.
#include "models/access/accountstore.h"
#include "models/access/passwordhasher.h"
#include "models/core/sqlquery.h"
#include "models/field/fieldchangelog.h"
#include "models/field/fieldcheckout.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldmerge.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("field-pass-2026");
const QString kNow = QStringLiteral("2026-12-01T09:00:00");

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    return q.exec() ? q.scalar() : QVariant();
}

qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    SqlQuery q(db, sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (!q.exec()) {
        qWarning() << q.errorDetail() << sql;
        return -1;
    }
    return q.lastInsertId();
}

} // namespace

class FieldTagsCareTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void checkedOutForTheGridOnly();
    void tagPeriodsAndValuesComeBack();
    void customValuesComeBack();
    void careLedgersComeBack();
    void buildingRolesGoOutAndComeBack();

private:
    bool checkOut();
    FieldMerge::Result merge();
    QSqlDatabase office() const { return m_office->db(); }
    QSqlDatabase field() const { return m_file->connection(); }

    std::unique_ptr<TestDatabase> m_office;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FieldFile> m_file;
    qint64 m_household = 0, m_otherHousehold = 0;
    qint64 m_zhang = 0, m_li = 0, m_wang = 0;
    qint64 m_plate = 0, m_pets = 0;
    qint64 m_period = 0, m_value = 0;
    qint64 m_attribute = 0;
};

void FieldTagsCareTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_office = std::make_unique<TestDatabase>();
    TestDatabase &t = *m_office;
    const QString zhang = TestDatabase::idFor(QDate(1950, 3, 4), true, 11);
    const QString li = TestDatabase::idFor(QDate(1948, 5, 6), false, 12);
    const QString wang = TestDatabase::idFor(QDate(1960, 7, 8), true, 13);
    m_household = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                 {{QStringLiteral("张三"), zhang}, {QStringLiteral("李四"), li}});
    m_otherHousehold =
        t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("201"), {{QStringLiteral("王五"), wang}});
    QVERIFY(m_household > 0 && m_otherHousehold > 0);
    m_zhang = t.residentId(zhang);
    m_li = t.residentId(li);
    m_wang = t.residentId(wang);

    AccountStore accounts(office(), testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account lina;
    lina.login = QStringLiteral("lina");
    lina.displayName = QStringLiteral("李娜");
    lina.role = AccessScope::Role::GridWorker;
    lina.gridIds = {t.gridA};
    QVERIFY(accounts.save(lina, QStringLiteral("lina-password")).ok);

    // A tag period of 张三 with its value, custom fields with values on both sides of the grid line.
    m_attribute =
        scalar(office(), QStringLiteral("SELECT id FROM tag_attribute WHERE code = 'dibao_number'")).toLongLong();
    QVERIFY(m_attribute > 0);
    m_period = insert(office(),
                      QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, start_date, created_at) "
                                     "VALUES (?, (SELECT id FROM tag WHERE code = 'low_income'), '2026-01-01', ?)"),
                      {m_zhang, kNow});
    m_value = insert(office(),
                     QStringLiteral("INSERT INTO resident_tag_value (period_id, attribute_id, value, set_at) VALUES "
                                    "(?, ?, 'DB-1', ?)"),
                     {m_period, m_attribute, kNow});
    const QString field =
        QStringLiteral("INSERT INTO custom_field (entity, code, name, type) VALUES (?, ?, ?, 'text')");
    m_plate = insert(office(), field, {QStringLiteral("resident"), QStringLiteral("plate"), QStringLiteral("车牌号")});
    m_pets = insert(office(), field, {QStringLiteral("household"), QStringLiteral("pets"), QStringLiteral("宠物")});
    QVERIFY(m_period > 0 && m_value > 0 && m_plate > 0 && m_pets > 0);
    const QString value = QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)");
    QVERIFY(insert(office(), value, {m_plate, m_zhang, QStringLiteral("苏A00001")}) >= 0);
    QVERIFY(insert(office(), value, {m_plate, m_wang, QStringLiteral("苏B00009")}) >= 0);
    QVERIFY(insert(office(), value, {m_pets, m_household, QStringLiteral("1")}) >= 0);
    QVERIFY(insert(office(), value, {m_pets, m_otherHousehold, QStringLiteral("9")}) >= 0);
    // A 结对帮扶 pair of the grid's household, and one of the other grid.
    const QString pair = QStringLiteral("INSERT INTO care_pair (household_id, helper_name, helper_kind, started_on, "
                                        "created_at, updated_at) VALUES (?, ?, 'cadre', '2026-01-01', ?, ?)");
    QVERIFY(insert(office(), pair, {m_household, QStringLiteral("陈干部"), kNow, kNow}) > 0);
    QVERIFY(insert(office(), pair, {m_otherHousehold, QStringLiteral("刘干部"), kNow, kNow}) > 0);
}

void FieldTagsCareTest::cleanup()
{
    m_file.reset();
    m_office.reset();
    m_dir.reset();
}

bool FieldTagsCareTest::checkOut()
{
    const QString path = m_dir->filePath(QStringLiteral("lina.cdfield"));
    FieldCheckout checkout(office(), m_office->database().path(), testScope());
    if (!checkout.run({{QStringLiteral("G01")}, QStringLiteral("lina"), path, kPassword})) {
        qWarning() << checkout.errorText() << checkout.errorDetail();
        return false;
    }
    m_file = std::make_unique<FieldFile>();
    if (!m_file->open(path, kPassword, QStringLiteral("field-contents"))) {
        qWarning() << m_file->errorText();
        return false;
    }
    return FieldChangeLog::setSignedIn(field(), QStringLiteral("lina"));
}

FieldMerge::Result FieldTagsCareTest::merge()
{
    FieldMerge merge(office(), testScope(QStringLiteral("clerk_wang")));
    return merge.merge(field());
}

void FieldTagsCareTest::checkedOutForTheGridOnly()
{
    QVERIFY(checkOut());
    QCOMPARE(scalar(field(), QStringLiteral("SELECT count(*) FROM resident_tag_period")).toInt(), 1);
    QCOMPARE(scalar(field(), QStringLiteral("SELECT value FROM resident_tag_value")).toString(),
             QStringLiteral("DB-1"));
    QCOMPARE(scalar(field(), QStringLiteral("SELECT count(*) FROM custom_field")).toInt(), 2);
    QCOMPARE(scalar(field(), QStringLiteral("SELECT group_concat(value, ',') FROM (SELECT value FROM custom_value "
                                            "ORDER BY value) x"))
                 .toString(),
             QStringLiteral("1,苏A00001"));
    QCOMPARE(scalar(field(), QStringLiteral("SELECT group_concat(helper_name, ',') FROM care_pair")).toString(),
             QStringLiteral("陈干部"));
    QVERIFY(scalar(field(), QStringLiteral("SELECT count(*) FROM assistance_kind")).toInt() > 0);
    QVERIFY(scalar(field(), QStringLiteral("SELECT count(*) FROM tag_attribute")).toInt() > 0);
}

void FieldTagsCareTest::tagPeriodsAndValuesComeBack()
{
    QVERIFY(checkOut());
    // In the field: 张三's 低保 ends and its number changes (a new value row, the old one replaced);
    // 李四 is given 独居 from today with a note.
    const QSqlDatabase f = field();
    QVERIFY(insert(f,
                   QStringLiteral("UPDATE resident_tag_period SET end_date = '2026-11-30', ended_by = 'lina' WHERE "
                                  "id = ?"),
                   {m_period}) >= 0);
    QVERIFY(insert(f, QStringLiteral("UPDATE resident_tag_value SET replaced_at = ? WHERE id = ?"), {kNow, m_value}) >=
            0);
    QVERIFY(insert(f,
                   QStringLiteral("INSERT INTO resident_tag_value (period_id, attribute_id, value, set_at, user_name) "
                                  "VALUES (?, ?, 'DB-2', ?, 'lina')"),
                   {m_period, m_attribute, kNow}) > 0);
    // The office gives someone a period meanwhile (on SQLite the id the field's new one has).
    const qint64 officePeriod =
        insert(office(),
               QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, start_date, created_at) VALUES "
                              "(?, (SELECT id FROM tag WHERE code = 'disabled'), '2026-12-01', ?)"),
               {m_wang, kNow});
    const qint64 fieldPeriod =
        insert(f,
               QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, start_date, note, created_at) "
                              "VALUES (?, (SELECT id FROM tag WHERE code = 'living_alone'), '2026-12-02', '独居', ?)"),
               {m_li, kNow});
    QVERIFY(insert(f,
                   QStringLiteral("INSERT INTO resident_tag_value (period_id, attribute_id, value, set_at) VALUES (?, "
                                  "?, 'X-1', ?)"),
                   {fieldPeriod, m_attribute, kNow}) > 0);

    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(scalar(office(), QStringLiteral("SELECT end_date FROM resident_tag_period WHERE id = ?"), {m_period})
                 .toString(),
             QStringLiteral("2026-11-30"));
    QCOMPARE(scalar(office(),
                    QStringLiteral("SELECT value FROM resident_tag_value WHERE period_id = ? AND replaced_at IS NULL"),
                    {m_period})
                 .toString(),
             QStringLiteral("DB-2"));
    QVERIFY(!scalar(office(), QStringLiteral("SELECT replaced_at FROM resident_tag_value WHERE id = ?"), {m_value})
                 .toString()
                 .isEmpty());
    // 李四's new period came in under a new office id, its value pointing at it; the office's stays 王五's.
    const qint64 liPeriod =
        scalar(office(), QStringLiteral("SELECT id FROM resident_tag_period WHERE resident_id = ?"), {m_li})
            .toLongLong();
    QVERIFY(liPeriod > 0 && liPeriod != officePeriod);
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT note FROM resident_tag_period WHERE id = ?"), {liPeriod}).toString(),
        QStringLiteral("独居"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT value FROM resident_tag_value WHERE period_id = ?"), {liPeriod})
                 .toString(),
             QStringLiteral("X-1"));
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT resident_id FROM resident_tag_period WHERE id = ?"), {officePeriod})
            .toLongLong(),
        m_wang);
}

void FieldTagsCareTest::customValuesComeBack()
{
    QVERIFY(checkOut());
    const QSqlDatabase f = field();
    QVERIFY(insert(f, QStringLiteral("UPDATE custom_value SET value = '苏A00002' WHERE field_id = ? AND record_id = ?"),
                   {m_plate, m_zhang}) >= 0);
    QVERIFY(insert(f, QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, '苏C12345')"),
                   {m_plate, m_li}) >= 0);
    QVERIFY(insert(f, QStringLiteral("UPDATE custom_value SET value = '2' WHERE field_id = ? AND record_id = ?"),
                   {m_pets, m_household}) >= 0);
    // A resident added in the field with a plate: the value follows the resident's office id.
    const qint64 newcomer =
        insert(f,
               QStringLiteral("INSERT INTO resident (household_id, name, gender, relation, residency_type, status, "
                              "created_at, updated_at) SELECT household_id, '赵六', gender, 'other', residency_type, "
                              "'living', created_at, updated_at FROM resident WHERE id = ?"),
               {m_zhang});
    QVERIFY(newcomer > 0);
    // The office adds a resident meanwhile (on SQLite taking the id the field used).
    const QString officeNew = TestDatabase::idFor(QDate(1990, 1, 1), true, 21);
    QVERIFY(m_office->addHousehold(m_office->buildingB1, QStringLiteral("2"), QStringLiteral("202"),
                                   {{QStringLiteral("孙七"), officeNew}}) > 0);
    QVERIFY(insert(f, QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, '苏D55555')"),
                   {m_plate, newcomer}) >= 0);

    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    const auto value = [this](qint64 field, qint64 record) {
        return scalar(office(), QStringLiteral("SELECT value FROM custom_value WHERE field_id = ? AND record_id = ?"),
                      {field, record})
            .toString();
    };
    QCOMPARE(value(m_plate, m_zhang), QStringLiteral("苏A00002"));
    QCOMPARE(value(m_plate, m_li), QStringLiteral("苏C12345"));
    QCOMPARE(value(m_pets, m_household), QStringLiteral("2"));
    QCOMPARE(value(m_plate, m_wang), QStringLiteral("苏B00009")); // the other grid's, untouched
    QCOMPARE(value(m_pets, m_otherHousehold), QStringLiteral("9"));
    const qint64 zhao = scalar(office(), QStringLiteral("SELECT id FROM resident WHERE name = '赵六'")).toLongLong();
    QVERIFY(zhao > 0 && zhao != newcomer);
    QCOMPARE(value(m_plate, zhao), QStringLiteral("苏D55555"));
    QVERIFY(value(m_plate, m_office->residentId(officeNew)).isEmpty()); // 孙七 has no plate
}

void FieldTagsCareTest::careLedgersComeBack()
{
    QVERIFY(checkOut());
    const QSqlDatabase f = field();
    const qint64 kind =
        scalar(f, QStringLiteral("SELECT id FROM assistance_kind WHERE code = 'condolence'")).toLongLong();
    QVERIFY(kind > 0);
    QVERIFY(insert(f,
                   QStringLiteral("INSERT INTO care_attention (resident_id, level, note, user_name, updated_at) VALUES "
                                  "(?, 'focus', '独居高龄', 'lina', ?)"),
                   {m_zhang, kNow}) > 0);
    // The office pairs someone meanwhile: the field's new pair must come in under an id of its own.
    const qint64 officePair =
        insert(office(),
               QStringLiteral("INSERT INTO care_pair (household_id, helper_name, helper_kind, started_on, created_at, "
                              "updated_at) VALUES (?, '周党员', 'party_member', '2026-12-01', ?, ?)"),
               {m_otherHousehold, kNow, kNow});
    const qint64 fieldPair =
        insert(f,
               QStringLiteral("INSERT INTO care_pair (household_id, helper_name, helper_kind, started_on, created_at, "
                              "updated_at) VALUES (?, '吴志愿者', 'volunteer', '2026-12-02', ?, ?)"),
               {m_household, kNow, kNow});
    QVERIFY(insert(f,
                   QStringLiteral("INSERT INTO care_pair_activity (pair_id, done_on, what, user_name, created_at) "
                                  "VALUES (?, '2026-12-03', '送米面油', 'lina', ?)"),
                   {fieldPair, kNow}) > 0);
    QVERIFY(insert(f, QStringLiteral("UPDATE care_pair SET note = '每周一次' WHERE helper_name = '陈干部'"), {}) >= 0);
    QVERIFY(insert(f,
                   QStringLiteral("INSERT INTO assistance (household_id, resident_id, kind_id, amount_fen, given_on, "
                                  "given_by, grid_id, created_at, updated_at) VALUES (?, ?, ?, 50000, '2026-12-03', "
                                  "'李娜', ?, ?, ?)"),
                   {m_household, m_zhang, kind, m_office->gridA, kNow, kNow}) > 0);

    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(scalar(office(), QStringLiteral("SELECT level FROM care_attention WHERE resident_id = ?"), {m_zhang})
                 .toString(),
             QStringLiteral("focus"));
    const qint64 pair =
        scalar(office(), QStringLiteral("SELECT id FROM care_pair WHERE helper_name = '吴志愿者'")).toLongLong();
    QVERIFY(pair > 0 && pair != officePair);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT household_id FROM care_pair WHERE id = ?"), {pair}).toLongLong(),
             m_household);
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT what FROM care_pair_activity WHERE pair_id = ?"), {pair}).toString(),
        QStringLiteral("送米面油"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT note FROM care_pair WHERE helper_name = '陈干部'")).toString(),
             QStringLiteral("每周一次"));
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT helper_name FROM care_pair WHERE id = ?"), {officePair}).toString(),
        QStringLiteral("周党员"));
    QCOMPARE(scalar(office(),
                    QStringLiteral("SELECT amount_fen FROM assistance WHERE household_id = ? AND given_by = "
                                   "'李娜'"),
                    {m_household})
                 .toLongLong(),
             qint64(50000));
}

void FieldTagsCareTest::buildingRolesGoOutAndComeBack()
{
    // The grid's building has a 楼栋长, the other grid's one too: the laptop gets its own (its visit
    // sheets print them), changes the phone and adds a 单元长; both come back.
    const QString role = QStringLiteral("INSERT INTO place_role (compound_id, building_id, unit, role, name, phone, "
                                        "updated_at) SELECT compound_id, id, ?, ?, ?, ?, ? FROM building WHERE id = ?");
    const qint64 ours = insert(office(), role,
                               {QStringLiteral(""), QStringLiteral("building_head"), QStringLiteral("赵楼长"),
                                QStringLiteral("13000000001"), kNow, m_office->buildingA1});
    const qint64 theirs = insert(office(), role,
                                 {QStringLiteral(""), QStringLiteral("building_head"), QStringLiteral("钱楼长"),
                                  QStringLiteral("13000000002"), kNow, m_office->buildingB1});
    QVERIFY(ours > 0 && theirs > 0);
    QVERIFY(checkOut());
    const QSqlDatabase f = field();
    QCOMPARE(scalar(f, QStringLiteral("SELECT group_concat(name, ',') FROM place_role")).toString(),
             QStringLiteral("赵楼长"));
    QVERIFY(insert(f, QStringLiteral("UPDATE place_role SET phone = '13000000009' WHERE id = ?"), {ours}) >= 0);
    // The office adds a role meanwhile (on SQLite the id the laptop's new one takes).
    QVERIFY(insert(office(), role,
                   {QStringLiteral("2"), QStringLiteral("unit_head"), QStringLiteral("孙单元长"), QVariant(), kNow,
                    m_office->buildingB1}) > 0);
    QVERIFY(insert(f,
                   QStringLiteral("INSERT INTO place_role (compound_id, building_id, unit, role, name, resident_id, "
                                  "updated_at) SELECT compound_id, id, '1', 'unit_head', '张三', ?, ? FROM building "
                                  "WHERE id = ?"),
                   {m_zhang, kNow, m_office->buildingA1}) > 0);

    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone FROM place_role WHERE id = ?"), {ours}).toString(),
             QStringLiteral("13000000009"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone FROM place_role WHERE id = ?"), {theirs}).toString(),
             QStringLiteral("13000000002"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT resident_id FROM place_role WHERE name = '张三'")).toLongLong(),
             m_zhang);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT count(*) FROM place_role")).toInt(), 4);
}

QTEST_GUILESS_MAIN(FieldTagsCareTest)
#include "fieldtagscare_test.moc"
