// BackupService and the database's own defences: backup and restore round trip, rotation,
// damaged files refused, a damaged register detected on open, two desks on one file.
#include "models/cnrules/idnumber.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/register/registerstore.h"
#include "models/workspace/backupservice.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int residents(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM resident"));
    return q.scalar().toInt();
}

// Overwrites the middle of a file with garbage, leaving SQLite's header page intact.
void damage(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8 * 4096);
    f.seek(size / 2);
    f.write(QByteArray(4 * 4096, '\xA5'));
    f.close();
}

} // namespace

class BackupTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QSettings().clear(); }
    void backupAndRestoreRoundTrip();
    void rotationKeepsN();
    void damagedFilesAreRefused();
    void damagedRegisterIsDetectedOnOpen();
    void twoDesksOnOneFile();

private:
    QString makeRegister(const QString &name, int households = 60);
    QTemporaryDir m_dir;
};

void BackupTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("backup_test"));
    QSettings().clear();
}

QString BackupTest::makeRegister(const QString &name, int households)
{
    // Filled through the importer (two residents a household), independent of the demo data.
    const QString path = m_dir.filePath(name);
    const QString csv = path + QStringLiteral(".csv");
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(csv));
    file.write(QStringLiteral("姓名,身份证号码,小区,楼栋,门牌号,备注\n").toUtf8());
    for (int i = 0; i < households * 2; ++i)
        file.write(QStringLiteral("居民%1,%2,小区%3,%4栋,%5,%6\n")
                       .arg(i)
                       .arg(IdNumber::generate(QStringLiteral("320106"), QDate(1950, 1, 1).addDays(i), 1, i % 2))
                       .arg(i / 100)
                       .arg(i / 20 % 5)
                       .arg(i / 2)
                       .arg(QString(200, QLatin1Char('x'))) // bulk, so damage in the middle hits table pages
                       .toUtf8());
    file.close();
    Database db(name);
    if (!Workspace::open(db, path))
        qFatal("cannot open %s", qPrintable(db.errorDetail()));
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(csv, &error);
    ResidentImporter importer(db.connection(), testScope());
    if (!source || importer.run(*source) != ResidentImporter::Outcome::Done ||
        importer.summary().imported != households * 2)
        qFatal("test register could not be filled");
    return path;
}

void BackupTest::backupAndRestoreRoundTrip()
{
    const QString path = makeRegister(QStringLiteral("roundtrip.sqlite"));
    const QString folder = m_dir.filePath(QStringLiteral("roundtrip-backups"));
    QString backup;
    int before = 0;
    {
        Database db(QStringLiteral("roundtrip"));
        QVERIFY(Workspace::open(db, path));
        before = residents(db.connection());
        QVERIFY(before > 60);
        BackupService service(db.connection(), path);
        QCOMPARE(service.folder(), BackupService::defaultFolder(path));
        service.setFolder(folder);
        QString error;
        backup = service.backupNow(&error);
        QVERIFY2(!backup.isEmpty(), qPrintable(error));
        QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("communitydesk-")));
        QCOMPARE(service.latestBackup(), QFileInfo(backup).absoluteFilePath());
        QCOMPARE(BackupService::checkCandidate(backup), QString());
        // Work after the backup, which the restore takes back.
        SqlQuery(db.connection(), QStringLiteral("UPDATE resident SET notes = 'after backup'")).exec();
    }
    QString kept;
    QString error;
    QVERIFY2(BackupService::restore(backup, path, folder, &kept, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(kept));
    {
        Database db(QStringLiteral("restored"));
        QVERIFY2(Workspace::open(db, path), qPrintable(db.errorText()));
        QCOMPARE(residents(db.connection()), before);
        SqlQuery q(db.connection(), QStringLiteral("SELECT count(*) FROM resident WHERE notes = 'after backup'"));
        QCOMPARE(q.scalar().toInt(), 0);
    }
    {
        // The copy kept of the replaced file still has the later work.
        Database db(QStringLiteral("kept"));
        QVERIFY2(Workspace::open(db, kept), qPrintable(db.errorText()));
        SqlQuery q(db.connection(), QStringLiteral("SELECT count(*) FROM resident WHERE notes = 'after backup'"));
        QCOMPARE(q.scalar().toInt(), before);
    }
}

void BackupTest::rotationKeepsN()
{
    const QString path = makeRegister(QStringLiteral("rotation.sqlite"), 10);
    Database db(QStringLiteral("rotation"));
    QVERIFY(Workspace::open(db, path));
    BackupService service(db.connection(), path);
    service.setFolder(m_dir.filePath(QStringLiteral("rotation-backups")));
    const QDateTime start(QDate(2025, 3, 1), QTime(8, 30));
    QStringList made;
    for (int day = 0; day < 6; ++day) {
        service.setNowForTesting(start.addDays(day));
        const QString first = service.dailyBackup(3);
        QVERIFY(!first.isEmpty());
        made << QFileInfo(first).fileName();
        service.setNowForTesting(start.addDays(day).addSecs(3600));
        QCOMPARE(service.dailyBackup(3), QString()); // one a day
    }
    const QFileInfoList left = service.backups();
    QCOMPARE(left.size(), 3);
    QCOMPARE(left.at(0).fileName(), made.at(5));
    QCOMPARE(left.at(2).fileName(), made.at(3));
    QCOMPARE(made.at(0), QStringLiteral("communitydesk-20250301-083000.sqlite"));
    QCOMPARE(service.dailyBackup(0), QString()); // 0 turns daily backups off
    // A backup killed midway yesterday left its ".partial": the next daily backup clears it, and
    // leaves a fresh one (another desk's backup in progress) alone.
    const QString folder = m_dir.filePath(QStringLiteral("rotation-backups"));
    const QString stale = QDir(folder).filePath(QStringLiteral("communitydesk-20250306-083000.sqlite.partial"));
    const QString fresh = QDir(folder).filePath(QStringLiteral("communitydesk-20250307-083000.sqlite.partial"));
    for (const QString &p : {stale, fresh}) {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("half a backup");
    }
    {
        QFile f(stale);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    }
    service.setNowForTesting(start.addDays(7));
    QVERIFY(!service.dailyBackup(3).isEmpty());
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(QFileInfo::exists(fresh));
    QFile::remove(fresh);
    // A manual backup in the same second gets a name of its own.
    const QString a = service.backupNow();
    const QString b = service.backupNow();
    QVERIFY(!a.isEmpty() && !b.isEmpty() && a != b);
    QCOMPARE(service.rotate(2), 3);
    BackupService::setKeepSetting(5);
    QCOMPARE(BackupService::keepSetting(), 5);
}

void BackupTest::damagedFilesAreRefused()
{
    const QString path = makeRegister(QStringLiteral("current.sqlite"), 200);
    const QString damaged = m_dir.filePath(QStringLiteral("damaged-copy.sqlite"));
    QVERIFY(QFile::copy(path, damaged));
    damage(damaged);
    QVERIFY(!BackupService::checkCandidate(damaged).isEmpty());
    const QByteArray before = digest(path);
    QString error;
    QVERIFY(!BackupService::restore(damaged, path, m_dir.filePath(QStringLiteral("b")), nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("damaged")));
    QCOMPARE(digest(path), before);

    // Not a database at all, a database of another program, one from a newer CommunityDesk.
    const QString text = m_dir.filePath(QStringLiteral("text.sqlite"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(20000, 'x'));
    f.close();
    QVERIFY(!BackupService::checkCandidate(text).isEmpty());
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        SqlQuery(db, QStringLiteral("CREATE TABLE t (x)")).exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(BackupService::checkCandidate(other).contains(QStringLiteral("not a CommunityDesk")));
    const QString newer = m_dir.filePath(QStringLiteral("newer.sqlite"));
    QVERIFY(QFile::copy(path, newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QVERIFY(
            SqlQuery(db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 'x')")).exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    QVERIFY(BackupService::checkCandidate(newer).contains(QStringLiteral("newer")));
    QVERIFY(!BackupService::checkCandidate(m_dir.filePath(QStringLiteral("missing.sqlite"))).isEmpty());
    QCOMPARE(digest(path), before);
}

void BackupTest::damagedRegisterIsDetectedOnOpen()
{
    const QString path = makeRegister(QStringLiteral("damaged.sqlite"), 200);
    damage(path);
    const QByteArray before = digest(path);
    Database db(QStringLiteral("damaged"));
    QVERIFY(!Workspace::open(db, path));
    QVERIFY(db.status() == Database::Status::Damaged || db.status() == Database::Status::NotADatabase);
    QVERIFY(db.errorText().contains(QStringLiteral("damaged")));
    QCOMPARE(digest(path), before); // refused untouched
}

void BackupTest::twoDesksOnOneFile()
{
    const QString path = makeRegister(QStringLiteral("shared.sqlite"), 20);
    Database first(QStringLiteral("desk1"));
    Database second(QStringLiteral("desk2"));
    QVERIFY(Workspace::open(first, path));
    QVERIFY(Workspace::open(second, path)); // reading while the other desk is open is fine
    const int count = residents(second.connection());
    {
        Transaction holding(first.connection());
        QVERIFY(holding.isActive());
        QVERIFY(
            SqlQuery(first.connection(), QStringLiteral("UPDATE resident SET notes = 'desk1' WHERE id = 1")).exec());
        // The second desk cannot write meanwhile and says so; nothing is half written.
        RegisterStore store(second.connection(), testScope());
        std::optional<Resident> r = store.resident(2);
        QVERIFY(r);
        r->notes = QStringLiteral("desk2");
        const SaveResult result = store.saveResident(*r);
        QVERIFY(!result.ok);
        QVERIFY2(result.errors.first().message.contains(QStringLiteral("busy")) ||
                     result.errors.first().message.contains(QStringLiteral("could not be saved")),
                 qPrintable(result.errors.first().message));
        QVERIFY(holding.commit());
    }
    SqlQuery check(second.connection(), QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(check.scalar().toString(), QStringLiteral("ok"));
    QCOMPARE(residents(second.connection()), count);
    SqlQuery notes(second.connection(), QStringLiteral("SELECT notes FROM resident WHERE id = 1"));
    QCOMPARE(notes.scalar().toString(), QStringLiteral("desk1"));
}

QTEST_GUILESS_MAIN(BackupTest)
#include "backup_test.moc"
