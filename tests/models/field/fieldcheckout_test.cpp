// The field copy going out (issue 22): what a check-out carries (the chosen grids' rows, nothing
// of the others), who may check out, the sealed file (no ID number or name in its bytes, wrong
// password refused), and a save through a store on the opened copy reaching the disk.
#include "models/access/accountstore.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/field/fieldcheckout.h"
#include "models/field/fieldcopyinfo.h"
#include "models/field/fieldfile.h"
#include "models/field/fieldworkspace.h"
#include "models/register/communitystore.h"
#include "models/visits/visit.h"
#include "models/visits/visitneed.h"
#include "models/visits/visitstore.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrl>

#define SKIP_ON_SERVER_ONLY()                                                                                          \
    do {                                                                                                               \
        if (!testingOnServer())                                                                                        \
            QSKIP("a server's desk logins: the _pg twin");                                                             \
    } while (false)

namespace {

const QString kPassword = QStringLiteral("field-pass-2026");
const QString kNameA = QStringLiteral("王秀英");
const QString kNameB = QStringLiteral("赵德胜");

} // namespace

class FieldCheckoutTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void carriesOnlyTheChosenGrids();
    void refusesWhoMayNot();
    void fileIsSealed();
    void wrongPasswordIsRefused();
    void saveThroughStoreReachesDisk();
    void everyCommitReachesDisk();
    void deskLoginOnServer();
    void carriesTheGridsCommunity();

private:
    qint64 scalar(const QSqlDatabase &db, const QString &sql) const;
    QString checkOut(); // the field copy of G01 for lina, by the test's administrator

    std::unique_ptr<TestDatabase> m_office;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_idA, m_idB;
    qint64 m_householdA = 0;
};

qint64 FieldCheckoutTest::scalar(const QSqlDatabase &db, const QString &sql) const
{
    SqlQuery q(db, sql);
    return q.scalar().toLongLong();
}

void FieldCheckoutTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_office = std::make_unique<TestDatabase>();
    TestDatabase &t = *m_office;
    const QSqlDatabase db = t.db();
    m_idA = TestDatabase::idFor(QDate(1950, 3, 4), false, 11);
    m_idB = TestDatabase::idFor(QDate(1948, 7, 9), true, 12);
    m_householdA =
        t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                       {{kNameA, m_idA}, {QStringLiteral("李小明"), TestDatabase::idFor(QDate(1980, 1, 2), true, 13)}});
    const qint64 householdB =
        t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("201"), {{kNameB, m_idB}});

    // Accounts: lina works grid A (cheap hashes: the test is about the copy, not Argon2id).
    AccountStore accounts(db, testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account lina;
    lina.login = QStringLiteral("lina");
    lina.displayName = QStringLiteral("李娜");
    lina.role = AccessScope::Role::GridWorker;
    lina.gridIds = {t.gridA};
    const SaveResult savedLina = accounts.save(lina, QStringLiteral("lina-password"));
    QVERIFY2(savedLina.ok, qPrintable(savedLina.firstMessage()));
    Account other;
    other.login = QStringLiteral("zhao");
    other.displayName = QStringLiteral("赵");
    other.role = AccessScope::Role::GridWorker;
    other.gridIds = {t.gridB};
    QVERIFY(accounts.save(other, QStringLiteral("zhao-password")).ok);

    // Cases: open and closed in A, open in B.
    const qint64 category = scalar(db, QStringLiteral("SELECT min(id) FROM case_category"));
    SqlQuery kase(db, QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                     "received_at, deadline, status, created_at, updated_at) VALUES (?, 'phone', ?, "
                                     "?, ?, '2026-11-01', '2026-11-08', ?, '2026-11-01', '2026-11-01')"));
    QVERIFY(
        kase.exec(QStringLiteral("A-open"), category, t.gridA, QStringLiteral("楼道灯坏"), QStringLiteral("received")));
    QVERIFY(
        kase.exec(QStringLiteral("A-closed"), category, t.gridA, QStringLiteral("已办结"), QStringLiteral("closed")));
    QVERIFY(kase.exec(QStringLiteral("B-open"), category, t.gridB, QStringLiteral("噪音"), QStringLiteral("received")));

    // Visits: a recent and an old one in A, a recent one in B.
    SqlQuery visit(db, QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, created_at, "
                                      "updated_at) VALUES (?, ?, ?, 'lina', '2026-01-01', '2026-01-01')"));
    const QString recent = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    QVERIFY(visit.exec(m_householdA, t.gridA, recent));
    QVERIFY(visit.exec(m_householdA, t.gridA, QDate::currentDate().addYears(-2).toString(Qt::ISODate)));
    QVERIFY(visit.exec(householdB, t.gridB, recent));

    // Events: one in B, one for the whole community with people of both grids.
    const qint64 type = scalar(db, QStringLiteral("SELECT min(id) FROM event_type"));
    SqlQuery event(db, QStringLiteral("INSERT INTO event (title, type_id, grid_id, starts_at, ends_at, created_at, "
                                      "updated_at) VALUES (?, ?, ?, '2026-11-02T09:00', '2026-11-02T11:00', "
                                      "'2026-11-01', '2026-11-01')"));
    QVERIFY(event.exec(QStringLiteral("B 的活动"), type, t.gridB));
    QVERIFY(event.exec(QStringLiteral("社区活动"), type, QVariant()));
    const qint64 communityEvent = event.lastInsertId();
    SqlQuery participant(db, QStringLiteral("INSERT INTO event_participant (event_id, resident_id) VALUES (?, ?)"));
    QVERIFY(participant.exec(communityEvent, t.residentId(m_idA)));
    QVERIFY(participant.exec(communityEvent, t.residentId(m_idB)));
}

void FieldCheckoutTest::cleanup()
{
    m_office.reset();
    m_dir.reset();
}

QString FieldCheckoutTest::checkOut()
{
    const QString path = m_dir->filePath(QStringLiteral("lina.cdfield"));
    FieldCheckout checkout(m_office->db(), m_office->database().path(), testScope());
    if (!checkout.run({{QStringLiteral("G01")}, QStringLiteral("lina"), path, kPassword})) {
        qWarning() << checkout.errorText() << checkout.errorDetail();
        return QString();
    }
    return path;
}

void FieldCheckoutTest::carriesOnlyTheChosenGrids()
{
    const QString path = checkOut();
    QVERIFY(!path.isEmpty());
    FieldFile file;
    QVERIFY2(file.open(path, kPassword, QStringLiteral("field-contents")), qPrintable(file.errorText()));
    {
        const QSqlDatabase field = file.connection();
        const qint64 gridA = m_office->gridA;
        // Everything that belongs to grid B (or to no grid of the copy): none of it came out.
        const QStringList elsewhere = {
            QStringLiteral("SELECT count(*) FROM grid WHERE id <> %1"),
            QStringLiteral("SELECT count(*) FROM building WHERE grid_id IS NULL OR grid_id <> %1"),
            QStringLiteral("SELECT count(*) FROM household h LEFT JOIN building b ON b.id = h.building_id WHERE "
                           "b.grid_id IS NULL OR b.grid_id <> %1"),
            QStringLiteral("SELECT count(*) FROM resident r LEFT JOIN household h ON h.id = r.household_id LEFT JOIN "
                           "building b ON b.id = h.building_id WHERE b.grid_id IS NULL OR b.grid_id <> %1"),
            QStringLiteral("SELECT count(*) FROM cases WHERE grid_id IS NULL OR grid_id <> %1"),
            QStringLiteral("SELECT count(*) FROM visit WHERE grid_id IS NULL OR grid_id <> %1"),
            QStringLiteral("SELECT count(*) FROM event WHERE grid_id IS NOT NULL AND grid_id <> %1"),
            QStringLiteral("SELECT count(*) FROM event_participant WHERE resident_id NOT IN (SELECT id FROM "
                           "resident) + 0 * %1"),
            QStringLiteral("SELECT count(*) FROM account WHERE login <> 'lina' OR %1 = 0"),
            QStringLiteral("SELECT count(*) FROM account_grid WHERE grid_id <> %1"),
        };
        for (const QString &sql : elsewhere)
            QVERIFY2(scalar(field, sql.arg(gridA)) == 0, qPrintable(sql.arg(gridA)));
        // …and what belongs to grid A did.
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM resident")), 2);
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM building")), 2);
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM compound")), 1);
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM cases")), 1); // the open one
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM visit")), 1); // the recent one
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM event")), 1); // the community's
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM event_participant")), 1);
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM account")), 1);
        QVERIFY(scalar(field, QStringLiteral("SELECT count(*) FROM case_category")) > 0);
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
        // The office's primary keys.
        QCOMPARE(scalar(field, QStringLiteral("SELECT household_id FROM resident WHERE id_number = '%1'").arg(m_idA)),
                 m_householdA);
        // The search index was rebuilt for the copy's residents.
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM resident_fts")), 2);

        const FieldCopyInfo info = FieldCopyInfo::read(field);
        QVERIFY(info.isFieldCopy());
        QCOMPARE(info.workerLogin, QStringLiteral("lina"));
        QCOMPARE(info.workerName, QStringLiteral("李娜"));
        QCOMPARE(info.gridCodes, QStringList{QStringLiteral("G01")});
        QCOMPARE(info.gridNames, QStringList{QStringLiteral("第一网格")});
        QCOMPARE(info.checkedOutBy, testScope().userName());
        QVERIFY(info.checkedOutAt.isValid());
        QVERIFY(info.banner().contains(QStringLiteral("第一网格 · 李娜 · checked out")));

        // The worker signs in on the copy with the office password.
        AccountStore accounts(field);
        const SignInResult signedIn = accounts.signIn(QStringLiteral("lina"), QStringLiteral("lina-password"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
        QCOMPARE(signedIn.scope.gridIds(), QList<qint64>{gridA});
    }
    file.close();
    QSqlDatabase::removeDatabase(QStringLiteral("field-contents"));

    // The office audited who checked out which grids for whom.
    SqlQuery audit(m_office->db(), QStringLiteral("SELECT user_name, after_json FROM audit_log WHERE table_name = "
                                                  "'field_checkout'"));
    QVERIFY(audit.exec() && audit.next());
    QCOMPARE(audit.value(0).toString(), testScope().userName());
    QVERIFY(audit.value(1).toString().contains(QStringLiteral("\"worker\":\"lina\"")));
    QVERIFY(audit.value(1).toString().contains(QStringLiteral("G01")));
}

void FieldCheckoutTest::refusesWhoMayNot()
{
    const QString path = m_dir->filePath(QStringLiteral("refused.cdfield"));
    const AccessScope worker(AccessScope::Role::GridWorker, 99, QStringLiteral("lina"), {m_office->gridA});
    FieldCheckout byWorker(m_office->db(), QString(), worker);
    QVERIFY(!byWorker.run({{QStringLiteral("G01")}, QStringLiteral("lina"), path, kPassword}));
    QVERIFY(byWorker.errorText().contains(QStringLiteral("administrator or a clerk")));

    FieldCheckout notHerGrid(m_office->db(), QString(), testScope());
    QVERIFY(!notHerGrid.run({{QStringLiteral("G02")}, QStringLiteral("lina"), path, kPassword}));
    QVERIFY2(notHerGrid.errorText().contains(QStringLiteral("G02")), qPrintable(notHerGrid.errorText()));

    FieldCheckout noSuchGrid(m_office->db(), QString(), testScope());
    QVERIFY(!noSuchGrid.run({{QStringLiteral("G99")}, QStringLiteral("lina"), path, kPassword}));
    QVERIFY(noSuchGrid.errorText().contains(QStringLiteral("G99")));

    FieldCheckout shortPassword(m_office->db(), QString(), testScope());
    QVERIFY(!shortPassword.run({{QStringLiteral("G01")}, QStringLiteral("lina"), path, QStringLiteral("1234")}));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(scalar(m_office->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                                   "'field_checkout'")),
             0);
}

void FieldCheckoutTest::fileIsSealed()
{
    const QString path = checkOut();
    QVERIFY(!path.isEmpty());
    QVERIFY(FieldFile::isFieldFile(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("CDFIELD1"));
    // What `strings` would find on a lost laptop: no ID number, no name, not even SQLite's header.
    QVERIFY(!bytes.contains(m_idA.toLatin1()));
    QVERIFY(!bytes.contains(m_idA.left(14).toLatin1()));
    QVERIFY(!bytes.contains(kNameA.toUtf8()));
    QVERIFY(!bytes.contains(QByteArrayLiteral("SQLite format 3")));
    QVERIFY(!bytes.contains(QByteArrayLiteral("CREATE TABLE")));
    // An office file is not a field copy.
    QVERIFY(!FieldFile::isFieldFile(m_dir->filePath(QStringLiteral("missing"))));
}

void FieldCheckoutTest::wrongPasswordIsRefused()
{
    const QString path = checkOut();
    QVERIFY(!path.isEmpty());
    FieldFile file;
    QVERIFY(!file.open(path, QStringLiteral("not-the-password"), QStringLiteral("field-wrong")));
    QVERIFY(file.wrongPassword());
    QVERIFY2(file.errorText().contains(QStringLiteral("password for this field copy is wrong")),
             qPrintable(file.errorText()));
    QVERIFY(file.errorText().contains(QStringLiteral("lina.cdfield")));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("field-wrong")));

    // Opened like any database: the Database says why, as for a server's wrong password.
    FieldFile again;
    Database db(QStringLiteral("field-wrong-db"));
    QVERIFY(!FieldWorkspace::open(db, again, path, QStringLiteral("nope-nope")));
    QCOMPARE(db.status(), Database::Status::AuthenticationFailed);
    QVERIFY(db.errorText().contains(QStringLiteral("lina.cdfield")));

    // A file cut short is damaged, not a wrong password.
    QFile cut(path);
    QVERIFY(cut.open(QIODevice::ReadWrite));
    QVERIFY(cut.resize(cut.size() - 100));
    cut.close();
    FieldFile damaged;
    QVERIFY(!damaged.open(path, kPassword, QStringLiteral("field-cut")));
    QVERIFY(!damaged.wrongPassword());
}

void FieldCheckoutTest::saveThroughStoreReachesDisk()
{
    const QString path = checkOut();
    QVERIFY(!path.isEmpty());
    qint64 visitId = 0;
    {
        FieldFile file;
        Database db(QStringLiteral("field-save"));
        QVERIFY2(FieldWorkspace::open(db, file, path, kPassword), qPrintable(db.errorText()));
        QVERIFY(db.isMemoryCopy());
        AccountStore accounts(db.connection());
        const SignInResult lina = accounts.signIn(QStringLiteral("lina"), QStringLiteral("lina-password"));
        QVERIFY(lina.ok());

        Visit visit;
        visit.householdId = m_householdA;
        visit.visitedOn = QDate::currentDate();
        visit.worker = QStringLiteral("李娜");
        visit.met = QStringLiteral("王秀英");
        visit.notes = QStringLiteral("腿脚不便，需要助餐");
        QList<VisitNeed> needs;
        VisitStore store(db.connection(), lina.scope);
        const SaveResult saved = store.save(visit, needs);
        QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
        visitId = visit.id;
        QVERIFY(visitId > 0);

        // On disk already, before the database is closed: another reader sees it now.
        FieldFile reader;
        QVERIFY(reader.open(path, kPassword, QStringLiteral("field-reader")));
        {
            SqlQuery q(reader.connection(), QStringLiteral("SELECT notes FROM visit WHERE id = ?"));
            QVERIFY(q.exec(visitId) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("腿脚不便，需要助餐"));
        }
        reader.close();
        QSqlDatabase::removeDatabase(QStringLiteral("field-reader"));
        QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
        QVERIFY(file.lastSaveMs() >= 0);
    }
    // Reopened like any database: the visit is there, and so is the audit row of its save.
    FieldFile file;
    Database db(QStringLiteral("field-reopen"));
    QVERIFY2(FieldWorkspace::open(db, file, path, kPassword), qPrintable(db.errorText()));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM visit WHERE id = %1").arg(visitId)), 1);
    QVERIFY(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'visit'")) > 0);
}

// Writes that do not go through a store: an autocommit statement (SqlQuery) is sealed before it
// returns; a raw QSqlQuery's commit is caught by SQLite's commit hook and sealed as soon as the
// event loop runs; and closing the Database seals whatever is left.
void FieldCheckoutTest::everyCommitReachesDisk()
{
    const QString path = checkOut();
    QVERIFY(!path.isEmpty());
    const auto notesOnDisk = [&path]() {
        FieldFile reader;
        if (!reader.open(path, kPassword, QStringLiteral("field-peek")))
            return QString();
        QString notes;
        {
            SqlQuery q(reader.connection(), QStringLiteral("SELECT notes FROM household WHERE id = (SELECT min(id) "
                                                           "FROM household)"));
            notes = q.scalar().toString();
        }
        reader.close();
        QSqlDatabase::removeDatabase(QStringLiteral("field-peek"));
        return notes;
    };
    FieldFile file;
    Database db(QStringLiteral("field-commits"));
    QVERIFY2(FieldWorkspace::open(db, file, path, kPassword), qPrintable(db.errorText()));
    const QSqlDatabase field = db.connection();

    QVERIFY(SqlQuery(field, QStringLiteral("UPDATE household SET notes = '一' WHERE id = (SELECT min(id) FROM "
                                           "household)"))
                .exec());
    QCOMPARE(notesOnDisk(), QStringLiteral("一"));

    QVERIFY(QSqlQuery(field).exec(QStringLiteral("UPDATE household SET notes = '二' WHERE id = (SELECT min(id) "
                                                 "FROM household)")));
    QTRY_COMPARE(notesOnDisk(), QStringLiteral("二"));

    // Inside a transaction nothing is sealed until the commit.
    {
        Transaction tx(field);
        QVERIFY(SqlQuery(field, QStringLiteral("UPDATE household SET notes = '三' WHERE id = (SELECT min(id) "
                                               "FROM household)"))
                    .exec());
        QCOMPARE(notesOnDisk(), QStringLiteral("二"));
        QVERIFY(tx.commit());
    }
    QCOMPARE(notesOnDisk(), QStringLiteral("三"));
}

// On a server a clerk's desk connects with their own login, which may not read password hashes:
// the check-out still works, and the worker signs in on the copy with the copy's password.
void FieldCheckoutTest::deskLoginOnServer()
{
    SKIP_ON_SERVER_ONLY();
    const QSqlDatabase db = m_office->db();
    AccountStore accounts(db, testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account clerk;
    clerk.login = QStringLiteral("qian.clerk");
    clerk.displayName = QStringLiteral("赵文员");
    clerk.role = AccessScope::Role::Clerk;
    const SaveResult saved = accounts.save(clerk, QStringLiteral("clerk-pass-1"));
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    SqlQuery schema(db, QStringLiteral("SELECT current_schema()"));
    QUrl url(testServerUrl());
    url.setUserName(accounts.databaseLogin(QStringLiteral("qian.clerk")));
    url.setPassword(QStringLiteral("clerk-pass-1"));
    url.setQuery(QStringLiteral("schema=") + schema.scalar().toString());

    const QString path = m_dir->filePath(QStringLiteral("desk.cdfield"));
    {
        Database desk(QStringLiteral("field-desk"));
        QVERIFY2(Workspace::open(desk, url.toString()), qPrintable(desk.errorDetail()));
        const SignInResult qian = AccountStore(desk.connection()).signInAsConnected();
        QVERIFY2(qian.ok(), qPrintable(qian.message));
        FieldCheckout checkout(desk.connection(), desk.path(), qian.scope);
        QVERIFY2(checkout.run({{QStringLiteral("G01")}, QStringLiteral("lina"), path, kPassword}),
                 qPrintable(checkout.errorText() + QLatin1Char(' ') + checkout.errorDetail()));
        QVERIFY(checkout.workerSignsInWithCopyPassword());
        QCOMPARE(checkout.residentCount(), 2);
    }
    FieldFile file;
    QVERIFY(file.open(path, kPassword, QStringLiteral("field-desk-copy")));
    {
        AccountStore onCopy(file.connection());
        QVERIFY(onCopy.signIn(QStringLiteral("lina"), kPassword).ok());
    }
    file.close();
    QSqlDatabase::removeDatabase(QStringLiteral("field-desk-copy"));
}

void FieldCheckoutTest::carriesTheGridsCommunity()
{
    // A street of two communities, each with its own G01 and base image; the street's
    // administrator checks out community 2's G01 for its grid worker.
    const QSqlDatabase db = m_office->db();
    QVERIFY(
        SqlQuery(db, QStringLiteral("INSERT INTO community (id, name, code) VALUES (2, '东风社区', 'C02')")).exec());
    SqlQuery grid(db, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (2, 'G01', '东风一网格')"));
    QVERIFY(grid.exec());
    const qint64 gridC = grid.lastInsertId();
    SqlQuery compound(db, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (2, '东风里')"));
    QVERIFY(compound.exec());
    SqlQuery building(db, QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, ?, '9号楼')"));
    QVERIFY(building.exec(compound.lastInsertId(), gridC));
    m_office->addHousehold(building.lastInsertId(), QStringLiteral("1"), QStringLiteral("901"),
                           {{QStringLiteral("东风丙"), TestDatabase::idFor(QDate(1960, 5, 5), false, 31)}});
    SqlQuery image(db, QStringLiteral("INSERT INTO map_image (community_id, format, data, width, height, created_at) "
                                      "VALUES (?, 'png', ?, 1, 1, '2026-12-01')"));
    QVERIFY(image.exec(qint64(1), QByteArray("one")));
    QVERIFY(image.exec(qint64(2), QByteArray("two")));
    AccountStore accounts(db, testScope());
    accounts.setHashCost(PasswordHasher::cheapestCost());
    Account wu;
    wu.login = QStringLiteral("wu");
    wu.displayName = QStringLiteral("吴");
    wu.role = AccessScope::Role::GridWorker;
    wu.gridIds = {gridC};
    QVERIFY(accounts.save(wu, QStringLiteral("wu-password")).ok);

    AccessScope street = testScope();
    QVERIFY(street.setViewCommunity(2));
    const QString path = m_dir->filePath(QStringLiteral("wu.cdfield"));
    FieldCheckout checkout(db, m_office->database().path(), street);
    QVERIFY2(checkout.run({{QStringLiteral("G01")}, QStringLiteral("wu"), path, kPassword}),
             qPrintable(checkout.errorText() + u' ' + checkout.errorDetail()));
    FieldFile file;
    QVERIFY2(file.open(path, kPassword, QStringLiteral("field-community")), qPrintable(file.errorText()));
    {
        const QSqlDatabase field = file.connection();
        // Only community 2, its grid and its base image came out.
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM community")), 1);
        QCOMPARE(scalar(field, QStringLiteral("SELECT id FROM community")), 2);
        QCOMPARE(scalar(field, QStringLiteral("SELECT id FROM grid")), gridC);
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM map_image")), 1);
        QCOMPARE(scalar(field, QStringLiteral("SELECT community_id FROM map_image")), 2);
        QCOMPARE(scalar(field, QStringLiteral("SELECT count(*) FROM resident")), 1);
        // On the laptop the copy is community 2's: what is added there goes to it.
        AccountStore copyAccounts(field);
        const SignInResult signedIn = copyAccounts.signIn(QStringLiteral("wu"), QStringLiteral("wu-password"));
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));
        QCOMPARE(CommunityStore(field, signedIn.scope).homeCommunityId(), qint64(2));
        QCOMPARE(CommunityStore(field, signedIn.scope).viewName(), QStringLiteral("东风社区"));
    }
    file.close();
    QSqlDatabase::removeDatabase(QStringLiteral("field-community"));
}

QTEST_GUILESS_MAIN(FieldCheckoutTest)
#include "fieldcheckout_test.moc"
