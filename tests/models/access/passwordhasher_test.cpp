// PasswordHasher: Argon2id hashes and their cost, the legacy PBKDF2-HMAC-SHA256 (published vectors) still
// verifying and asking for a re-hash, fresh salts, wrong and tampered input.
#include "models/access/passwordhasher.h"

#include <QElapsedTimer>
#include <QTest>

class PasswordHasherTest : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors_data();
    void knownVectors();
    void argon2idVerifiesAndNamesItsCost();
    void legacyPbkdf2StillVerifiesAndNeedsRehash();
    void saltDiffersPerHash();
    void wrongPasswordFails();
    void tamperedHashFails_data();
    void tamperedHashFails();
    void tamperedArgon2idFails();
    void defaultCostIsSlow();
};

void PasswordHasherTest::knownVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7914 section 11 (PBKDF2-HMAC-SHA256), and the common "password"/"salt" 4096 vector.
    QTest::newRow("rfc7914-1") << QByteArray("passwd") << QByteArray("salt") << 1
                               << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                             "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("rfc7914-2") << QByteArray("Password") << QByteArray("NaCl") << 80000
                               << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                             "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    QTest::newRow("4096") << QByteArray("password") << QByteArray("salt") << 4096
                          << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

void PasswordHasherTest::knownVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expected);
    const QByteArray derived = PasswordHasher::pbkdf2(password, salt, iterations, int(expected.size() / 2));
    QCOMPARE(derived.toHex(), expected);
}

void PasswordHasherTest::argon2idVerifiesAndNamesItsCost()
{
    const PasswordHasher hasher(PasswordHasher::cheapestCost());
    const QString stored = hasher.hash(QStringLiteral("correct horse 电池"));
    QVERIFY2(stored.startsWith(QLatin1String("$argon2id$v=19$m=8,t=1,p=1$")), qPrintable(stored));
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse 电池"), stored));
    QVERIFY(!hasher.needsRehash(stored));
    // Another cost (the default, say) re-hashes at the next sign-in.
    QVERIFY(PasswordHasher().needsRehash(stored));
    QCOMPARE(PasswordHasher().cost().memLimit, std::size_t(64) * 1024 * 1024);
}

void PasswordHasherTest::legacyPbkdf2StillVerifiesAndNeedsRehash()
{
    const QString stored = PasswordHasher::pbkdf2Hash(QStringLiteral("correct horse 电池"), 2000);
    const QStringList parts = stored.split(QLatin1Char('$'));
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts[0], QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts[1], QStringLiteral("2000"));
    QCOMPARE(QByteArray::fromBase64(parts[2].toLatin1()).size(), PasswordHasher::kSaltBytes);
    QVERIFY(PasswordHasher::verify(QStringLiteral("correct horse 电池"), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("correct horse"), stored));
    QVERIFY(PasswordHasher(PasswordHasher::cheapestCost()).needsRehash(stored));
    QVERIFY(PasswordHasher().needsRehash(stored));
    QVERIFY(PasswordHasher().needsRehash(QString()));
}

void PasswordHasherTest::saltDiffersPerHash()
{
    const PasswordHasher hasher(PasswordHasher::cheapestCost());
    const QString a = hasher.hash(QStringLiteral("same password"));
    const QString b = hasher.hash(QStringLiteral("same password"));
    QVERIFY(a != b);
    QVERIFY(a.section(QLatin1Char('$'), 4, 4) != b.section(QLatin1Char('$'), 4, 4));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same password"), a));
    QVERIFY(PasswordHasher::verify(QStringLiteral("same password"), b));
    const QString c = PasswordHasher::pbkdf2Hash(QStringLiteral("same password"), 1000);
    const QString d = PasswordHasher::pbkdf2Hash(QStringLiteral("same password"), 1000);
    QVERIFY(c.section(QLatin1Char('$'), 2, 2) != d.section(QLatin1Char('$'), 2, 2));
}

void PasswordHasherTest::wrongPasswordFails()
{
    const QString stored = PasswordHasher(PasswordHasher::cheapestCost()).hash(QStringLiteral("s3cret-pass"));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-Pass"), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pas"), stored));
    QVERIFY(!PasswordHasher::verify(QString(), stored));
    // Costs what a verification costs, and is never a match.
    PasswordHasher(PasswordHasher::cheapestCost()).verifyNothing(QStringLiteral("no such account"));
}

void PasswordHasherTest::tamperedHashFails_data()
{
    QTest::addColumn<int>("part");
    QTest::addColumn<QString>("replacement");
    QTest::newRow("algorithm") << 0 << QStringLiteral("pbkdf2-sha1");
    QTest::newRow("fewer iterations") << 1 << QStringLiteral("1001");
    QTest::newRow("too few to accept") << 1 << QStringLiteral("1");
    QTest::newRow("other salt") << 2 << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA==");
    QTest::newRow("other hash") << 3 << QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    QTest::newRow("not base64") << 3 << QStringLiteral("!!!");
    QTest::newRow("empty hash") << 3 << QString();
}

void PasswordHasherTest::tamperedHashFails()
{
    QFETCH(int, part);
    QFETCH(QString, replacement);
    const QString stored = PasswordHasher::pbkdf2Hash(QStringLiteral("s3cret-pass"), 1000);
    QVERIFY(PasswordHasher::verify(QStringLiteral("s3cret-pass"), stored));
    QStringList parts = stored.split(QLatin1Char('$'));
    parts[part] = replacement;
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), parts.join(QLatin1Char('$'))));
    // A flipped character anywhere in the hash is enough.
    QString flipped = stored;
    flipped[flipped.size() - 3] =
        flipped.at(flipped.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), flipped));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), QStringLiteral("s3cret-pass")));
}

void PasswordHasherTest::tamperedArgon2idFails()
{
    const QString stored = PasswordHasher(PasswordHasher::cheapestCost()).hash(QStringLiteral("s3cret-pass"));
    QString flipped = stored;
    flipped[flipped.size() - 3] =
        flipped.at(flipped.size() - 3) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), flipped));
    QString otherSalt = stored;
    const int saltAt = int(stored.lastIndexOf(QLatin1Char('$'))) - 3;
    otherSalt[saltAt] = otherSalt.at(saltAt) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), otherSalt));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), stored.left(stored.size() - 5)));
    // A stored text asking for 4 GiB is refused, not attempted.
    QString greedy = stored;
    greedy.replace(QLatin1String("m=8,"), QLatin1String("m=4194304,"));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), greedy));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"), QStringLiteral("$argon2id$")));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cret-pass"),
                                    QStringLiteral("$argon2id$") + QString(200, QLatin1Char('x'))));
}

void PasswordHasherTest::defaultCostIsSlow()
{
    // The point of the default: memory-hard and tens of milliseconds per guess, not microseconds.
    QElapsedTimer timer;
    timer.start();
    const QString stored = PasswordHasher().hash(QStringLiteral("a password"));
    const qint64 hashMs = timer.restart();
    QVERIFY(PasswordHasher::verify(QStringLiteral("a password"), stored));
    const qint64 verifyMs = timer.elapsed();
    qInfo("one default Argon2id hash: %lld ms, one verification: %lld ms", hashMs, verifyMs);
    QVERIFY2(stored.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(stored));
    QVERIFY(hashMs >= 10);
}

QTEST_GUILESS_MAIN(PasswordHasherTest)
#include "passwordhasher_test.moc"
