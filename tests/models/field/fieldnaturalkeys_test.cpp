// Rows the office holds once by what they are rather than by their id (issue 25's ledgers in the
// field copy): the office and the laptop both add the same one (an attention level of one
// resident, a custom value, a tag's open period and its value, a 结对帮扶 pairing, a volunteer on
// a shift, a tag) and the merge makes it one row, taking what only one side filled in and
// listing what both filled in differently as a conflict for the clerk. Never an SQL error,
// never half a merge. Runs on SQLite and, as _pg, merging into PostgreSQL.
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

qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
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

class FieldNaturalKeysTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void attentionLevelSetOnBothSides();
    void customValueSetOnBothSides();
    void tagGivenOnBothSides();
    void samePairingOnBothSides();
    void sameVolunteerOnOneShiftOnBothSides();
    void sameTagLinkOnBothSides();
    void idNumberChangedToAnotherResidentsIsLeftOut();

private:
    bool checkOut();
    FieldMerge::Result merge(FieldConflict::Choice prefer = FieldConflict::Choice::Undecided,
                             const QHash<QString, FieldConflict::Choice> &decisions = {});
    QSqlDatabase office() const { return m_office->db(); }
    QSqlDatabase field() const { return m_file->connection(); }
    int count(const QString &sql, const QVariantList &values = {}) const
    {
        return scalar(office(), sql, values).toInt();
    }

    std::unique_ptr<TestDatabase> m_office;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FieldFile> m_file;
    qint64 m_household = 0, m_otherHousehold = 0;
    qint64 m_zhang = 0, m_li = 0;
    qint64 m_plate = 0, m_pets = 0;
    qint64 m_attribute = 0, m_lowIncome = 0;
    qint64 m_shift = 0, m_volunteer = 0;
};

void FieldNaturalKeysTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_office = std::make_unique<TestDatabase>();
    TestDatabase &t = *m_office;
    const QString zhang = TestDatabase::idFor(QDate(1950, 3, 4), true, 11);
    const QString li = TestDatabase::idFor(QDate(1948, 5, 6), false, 12);
    m_household = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                 {{QStringLiteral("张三"), zhang}, {QStringLiteral("李四"), li}});
    m_otherHousehold = t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                                      {{QStringLiteral("王五"), TestDatabase::idFor(QDate(1960, 7, 8), true, 13)}});
    QVERIFY(m_household > 0 && m_otherHousehold > 0);
    m_zhang = t.residentId(zhang);
    m_li = t.residentId(li);

    AccountStore accounts(office(), testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account lina;
    lina.login = QStringLiteral("lina");
    lina.displayName = QStringLiteral("李娜");
    lina.role = AccessScope::Role::GridWorker;
    lina.gridIds = {t.gridA};
    QVERIFY(accounts.save(lina, QStringLiteral("lina-password")).ok);

    m_attribute =
        scalar(office(), QStringLiteral("SELECT id FROM tag_attribute WHERE code = 'dibao_number'")).toLongLong();
    m_lowIncome = scalar(office(), QStringLiteral("SELECT id FROM tag WHERE code = 'low_income'")).toLongLong();
    QVERIFY(m_attribute > 0 && m_lowIncome > 0);
    const QString customField =
        QStringLiteral("INSERT INTO custom_field (entity, code, name, type) VALUES (?, ?, ?, 'text')");
    m_plate =
        insert(office(), customField, {QStringLiteral("resident"), QStringLiteral("plate"), QStringLiteral("车牌号")});
    m_pets =
        insert(office(), customField, {QStringLiteral("household"), QStringLiteral("pets"), QStringLiteral("宠物")});
    QVERIFY(m_plate > 0 && m_pets > 0);
    QVERIFY(insert(office(), QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)"),
                   {m_plate, m_zhang, QStringLiteral("苏A00001")}) >= 0);
    // 张三 volunteers; the grid's gate post has a shift.
    m_volunteer = insert(office(),
                         QStringLiteral("INSERT INTO volunteer (resident_id, name, created_at, updated_at) VALUES (?, "
                                        "'张三', ?, ?)"),
                         {m_zhang, kNow, kNow});
    const qint64 post = insert(office(),
                               QStringLiteral("INSERT INTO volunteer_post (name, grid_id, created_at) VALUES ('门岗', "
                                              "?, ?)"),
                               {t.gridA, kNow});
    m_shift = insert(office(),
                     QStringLiteral("INSERT INTO volunteer_shift (post_id, starts_at, ends_at, minutes, created_at) "
                                    "VALUES (?, '2026-12-10T08:00:00', '2026-12-10T10:00:00', 120, ?)"),
                     {post, kNow});
    QVERIFY(m_volunteer > 0 && post > 0 && m_shift > 0);
}

void FieldNaturalKeysTest::cleanup()
{
    m_file.reset();
    m_office.reset();
    m_dir.reset();
}

bool FieldNaturalKeysTest::checkOut()
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

FieldMerge::Result FieldNaturalKeysTest::merge(FieldConflict::Choice prefer,
                                               const QHash<QString, FieldConflict::Choice> &decisions)
{
    FieldMerge merge(office(), testScope(QStringLiteral("clerk_wang")));
    merge.setPreference(prefer);
    merge.setDecisions(decisions);
    return merge.merge(field());
}

void FieldNaturalKeysTest::attentionLevelSetOnBothSides()
{
    QVERIFY(checkOut());
    // 张三: 严重 at the office, 重点 with a note on the laptop. 李四: 一般 on both, a note only on the laptop.
    const QString set = QStringLiteral("INSERT INTO care_attention (resident_id, level, note, user_name, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?)");
    QVERIFY(insert(office(), set, {m_zhang, QStringLiteral("severe"), QVariant(), QStringLiteral("clerk_wang"), kNow}) >
            0);
    QVERIFY(insert(office(), set, {m_li, QStringLiteral("normal"), QVariant(), QStringLiteral("clerk_wang"), kNow}) >
            0);
    QVERIFY(insert(field(), set,
                   {m_zhang, QStringLiteral("focus"), QStringLiteral("独居高龄"), QStringLiteral("lina"), kNow}) > 0);
    QVERIFY(insert(field(), set,
                   {m_li, QStringLiteral("normal"), QStringLiteral("腿脚不便"), QStringLiteral("lina"), kNow}) > 0);

    // Undecided: the one conflict listed, nothing written.
    FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::NeedsDecisions, qPrintable(r.message + r.detail));
    QCOMPARE(r.conflicts.size(), 1);
    const FieldConflict c = r.conflicts.first();
    QCOMPARE(c.table, QStringLiteral("care_attention"));
    QCOMPARE(c.column, QStringLiteral("level"));
    QCOMPARE(c.record, QStringLiteral("Attention level of 张三"));
    QCOMPARE(c.officeValue, QStringLiteral("severe"));
    QCOMPARE(c.fieldValue, QStringLiteral("focus"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_attention")), 2);
    QVERIFY(scalar(office(), QStringLiteral("SELECT note FROM care_attention WHERE resident_id = ?"), {m_li})
                .toString()
                .isEmpty());

    // The clerk takes the laptop's level: one row each, the notes only the laptop had come in.
    r = merge(FieldConflict::Choice::Undecided, {{c.key, FieldConflict::Choice::Field}});
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_attention")), 2);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT level FROM care_attention WHERE resident_id = ?"), {m_zhang})
                 .toString(),
             QStringLiteral("focus"));
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT note FROM care_attention WHERE resident_id = ?"), {m_zhang}).toString(),
        QStringLiteral("独居高龄"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT user_name FROM care_attention WHERE resident_id = ?"), {m_zhang})
                 .toString(),
             QStringLiteral("lina"));
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT note FROM care_attention WHERE resident_id = ?"), {m_li}).toString(),
        QStringLiteral("腿脚不便"));
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Matched), 2);

    // Later work on the same copy goes onto the office's row.
    QVERIFY(insert(field(), QStringLiteral("UPDATE care_attention SET level = 'severe' WHERE resident_id = ?"),
                   {m_li}) >= 0);
    r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_attention")), 2);
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT level FROM care_attention WHERE resident_id = ?"), {m_li}).toString(),
        QStringLiteral("severe"));
}

void FieldNaturalKeysTest::customValueSetOnBothSides()
{
    QVERIFY(checkOut());
    const QString add = QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, ?)");
    const QString change = QStringLiteral("UPDATE custom_value SET value = ? WHERE field_id = ? AND record_id = ?");
    // 李四's plate added on both sides differently; 张三's changed on both sides differently; the
    // household's pets only on the laptop, and the same on both.
    QVERIFY(insert(office(), add, {m_plate, m_li, QStringLiteral("苏E11111")}) >= 0);
    QVERIFY(insert(field(), add, {m_plate, m_li, QStringLiteral("苏E22222")}) >= 0);
    QVERIFY(insert(office(), change, {QStringLiteral("苏A11111"), m_plate, m_zhang}) >= 0);
    QVERIFY(insert(field(), change, {QStringLiteral("苏A22222"), m_plate, m_zhang}) >= 0);
    QVERIFY(insert(office(), add, {m_pets, m_household, QStringLiteral("2")}) >= 0);
    QVERIFY(insert(field(), add, {m_pets, m_household, QStringLiteral("2")}) >= 0);

    FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::NeedsDecisions, qPrintable(r.message + r.detail));
    QCOMPARE(r.conflicts.size(), 2);
    QStringList records;
    for (const FieldConflict &c : std::as_const(r.conflicts))
        records << c.record + QLatin1Char(':') + c.officeValue + QLatin1Char('/') + c.fieldValue;
    records.sort();
    QCOMPARE(records, QStringList({QStringLiteral("车牌号 of 张三:苏A11111/苏A22222"),
                                   QStringLiteral("车牌号 of 李四:苏E11111/苏E22222")}));
    const auto value = [this](qint64 field, qint64 record) {
        return scalar(office(), QStringLiteral("SELECT value FROM custom_value WHERE field_id = ? AND record_id = ?"),
                      {field, record})
            .toString();
    };
    QCOMPARE(value(m_plate, m_li), QStringLiteral("苏E11111"));

    r = merge(FieldConflict::Choice::Field);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(value(m_plate, m_li), QStringLiteral("苏E22222"));
    QCOMPARE(value(m_plate, m_zhang), QStringLiteral("苏A22222"));
    QCOMPARE(value(m_pets, m_household), QStringLiteral("2"));
}

void FieldNaturalKeysTest::tagGivenOnBothSides()
{
    QVERIFY(checkOut());
    // 李四 is given 低保 on both sides from the same day, with a different 低保证号; the laptop adds a note.
    const auto give = [this](const QSqlDatabase &db, const QString &number, const QVariant &note) {
        insert(db, QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?)"), {m_li, m_lowIncome});
        const qint64 period = insert(db,
                                     QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, "
                                                    "start_date, note, created_at) VALUES (?, ?, '2026-12-01', ?, ?)"),
                                     {m_li, m_lowIncome, note, kNow});
        insert(db,
               QStringLiteral("INSERT INTO resident_tag_value (period_id, attribute_id, value, set_at) VALUES (?, ?, "
                              "?, ?)"),
               {period, m_attribute, number, kNow});
        return period;
    };
    const qint64 officePeriod = give(office(), QStringLiteral("DB-7"), QVariant());
    QVERIFY(officePeriod > 0);
    QVERIFY(give(field(), QStringLiteral("DB-8"), QStringLiteral("新申请")) > 0);

    FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::NeedsDecisions, qPrintable(r.message + r.detail));
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().column, QStringLiteral("value"));
    QCOMPARE(r.conflicts.first().record, QStringLiteral("Tag attribute of 李四"));

    r = merge(FieldConflict::Choice::Field);
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    // One open period (the office's, with the laptop's note) and one current number, the laptop's.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident_tag_period WHERE resident_id = ? AND end_date IS "
                                  "NULL"),
                   {m_li}),
             1);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT note FROM resident_tag_period WHERE id = ?"), {officePeriod})
                 .toString(),
             QStringLiteral("新申请"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident_tag_value WHERE replaced_at IS NULL AND period_id "
                                  "IN (SELECT id FROM resident_tag_period WHERE resident_id = ?)"),
                   {m_li}),
             1);
    QCOMPARE(scalar(office(),
                    QStringLiteral("SELECT value FROM resident_tag_value WHERE period_id = ? AND replaced_at IS NULL"),
                    {officePeriod})
                 .toString(),
             QStringLiteral("DB-8"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident_tag WHERE resident_id = ?"), {m_li}), 1);
}

void FieldNaturalKeysTest::samePairingOnBothSides()
{
    QVERIFY(checkOut());
    const QString pair = QStringLiteral("INSERT INTO care_pair (household_id, helper_name, helper_kind, helper_phone, "
                                        "started_on, created_at, updated_at) VALUES (?, '周党员', 'party_member', ?, "
                                        "'2026-12-01', ?, ?)");
    const qint64 officePair = insert(office(), pair, {m_household, QVariant(), kNow, kNow});
    const qint64 fieldPair = insert(field(), pair, {m_household, QStringLiteral("13912345678"), kNow, kNow});
    QVERIFY(officePair > 0 && fieldPair > 0);
    QVERIFY(insert(field(),
                   QStringLiteral("INSERT INTO care_pair_activity (pair_id, done_on, what, user_name, created_at) "
                                  "VALUES (?, '2026-12-03', '送米面油', 'lina', ?)"),
                   {fieldPair, kNow}) > 0);

    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_pair WHERE helper_name = '周党员'")), 1);
    QCOMPARE(
        scalar(office(), QStringLiteral("SELECT helper_phone FROM care_pair WHERE id = ?"), {officePair}).toString(),
        QStringLiteral("13912345678"));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT what FROM care_pair_activity WHERE pair_id = ?"), {officePair})
                 .toString(),
             QStringLiteral("送米面油"));
}

void FieldNaturalKeysTest::sameVolunteerOnOneShiftOnBothSides()
{
    QVERIFY(checkOut());
    QCOMPARE(scalar(field(), QStringLiteral("SELECT count(*) FROM volunteer_shift")).toInt(), 1);
    // UNIQUE (shift_id, volunteer_id) WHERE status = 'assigned': the laptop's assignment is the office's.
    const QString assign = QStringLiteral("INSERT INTO volunteer_assignment (shift_id, volunteer_id, attendance, "
                                          "user_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    const qint64 officeRow =
        insert(office(), assign, {m_shift, m_volunteer, QVariant(), QStringLiteral("clerk_wang"), kNow, kNow});
    QVERIFY(officeRow > 0);
    QVERIFY(insert(field(), assign,
                   {m_shift, m_volunteer, QStringLiteral("attended"), QStringLiteral("lina"), kNow, kNow}) > 0);

    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM volunteer_assignment WHERE status = 'assigned'")), 1);
    QCOMPARE(scalar(office(), QStringLiteral("SELECT attendance FROM volunteer_assignment WHERE id = ?"), {officeRow})
                 .toString(),
             QStringLiteral("attended"));
}

void FieldNaturalKeysTest::sameTagLinkOnBothSides()
{
    QVERIFY(checkOut());
    // A link row present on both sides is one link; nothing to decide.
    const QString tag = QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?)");
    QVERIFY(insert(office(), tag, {m_zhang, m_lowIncome}) >= 0);
    QVERIFY(insert(field(), tag, {m_zhang, m_lowIncome}) >= 0);
    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QVERIFY(r.conflicts.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resident_tag WHERE resident_id = ?"), {m_zhang}), 1);
}

void FieldNaturalKeysTest::idNumberChangedToAnotherResidentsIsLeftOut()
{
    QVERIFY(checkOut());
    // The office registers someone in the other grid; the laptop types that same ID number for 李四.
    const QString number = TestDatabase::idFor(QDate(1970, 2, 2), false, 31);
    QVERIFY(m_office->addHousehold(m_office->buildingB1, QStringLiteral("3"), QStringLiteral("301"),
                                   {{QStringLiteral("赵六"), number}}) > 0);
    QVERIFY(insert(field(), QStringLiteral("UPDATE resident SET id_number = ?, phone = '13100000000' WHERE id = ?"),
                   {number, m_li}) >= 0);
    const FieldMerge::Result r = merge();
    QVERIFY2(r.status == FieldMerge::Status::Merged, qPrintable(r.message + r.detail));
    QCOMPARE(scalar(office(), QStringLiteral("SELECT phone FROM resident WHERE id = ?"), {m_li}).toString(),
             QStringLiteral("13100000000"));
    QVERIFY(scalar(office(), QStringLiteral("SELECT id_number FROM resident WHERE id = ?"), {m_li}).toString() !=
            number);
    QCOMPARE(r.report.count(FieldMergeEntry::Outcome::Skipped), 1);
}

QTEST_GUILESS_MAIN(FieldNaturalKeysTest)
#include "fieldnaturalkeys_test.moc"
