#include "models/cnrules/idnumber.h"

#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace {

// A fixed "today" so no test ages.
const QDate Today(2024, 6, 1);

// 17 digits plus their check character.
QString withCheck(const QString &first17)
{
    return first17 + IdNumber::checkDigit(first17);
}

} // namespace

class IdNumberTest final : public QObject
{
    Q_OBJECT

private slots:
    void officialExample();
    void checkDigitByHand();
    void checkDigitRejectsBadInput();
    void errors_data();
    void errors();
    void everyErrorIsReachable();
    void errorTexts();
    void fullWidthAndSpaces();
    void lowerCaseX();
    void upgradeFrom15();
    void leapDays();
    void dateBounds();
    void regions();
    void invalidHasNoDerivedValues();
    void mask_data();
    void mask();
    void generateRoundTrip();
    void generateRejectsBadInput();
    void equality();

private:
    QSet<int> m_seenErrors;
};

void IdNumberTest::officialExample()
{
    // The example number printed in GB 11643-1999.
    const IdNumber id = IdNumber::parse(QStringLiteral("11010519491231002X"));
    QVERIFY(id.isValid());
    QCOMPARE(id.error(), IdNumber::None);
    QVERIFY(id.errorText().isEmpty());
    QCOMPARE(id.normalized(), QStringLiteral("11010519491231002X"));
    QVERIFY(!id.wasUpgraded());
    QCOMPARE(id.birthDate(), QDate(1949, 12, 31));
    QCOMPARE(id.gender(), IdNumber::Female);
    QCOMPARE(id.regionCode(), QStringLiteral("110105"));
    QCOMPARE(id.provinceName(), QStringLiteral("北京"));
}

void IdNumberTest::checkDigitByHand()
{
    // 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 times 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2; "10X98765432"[2] = 'X'.
    QCOMPARE(IdNumber::checkDigit(QStringLiteral("11010519491231002")), QChar(u'X'));

    // A number built here: Nanjing Xuanwu 320102, born 1985-07-15, sequence 123.
    // 3 2 0 1 0 2 1 9 8 5 0 7 1 5 1 2 3 times the weights
    // = 21+18+0+5+0+8+2+9+48+15+0+63+10+25+8+8+6 = 246; 246 mod 11 = 4; "10X98765432"[4] = '8'.
    QCOMPARE(IdNumber::checkDigit(QStringLiteral("32010219850715123")), QChar(u'8'));
    const IdNumber id = IdNumber::parse(QStringLiteral("320102198507151238"), Today);
    QVERIFY(id.isValid());
    QCOMPARE(id.gender(), IdNumber::Male); // 17th digit 3
    QCOMPARE(id.provinceName(), QStringLiteral("江苏"));

    // Against the ISO 7064 MOD 11-2 definition itself (running remainder, no weight table).
    QRandomGenerator random(7064);
    for (int n = 0; n < 1000; ++n) {
        QString digits;
        int p = 0;
        for (int i = 0; i < 17; ++i) {
            const int d = random.bounded(10);
            digits.append(QChar(u'0' + d));
            p = (p + d) * 2 % 11;
        }
        const int value = (12 - p) % 11;
        const QChar expected = value == 10 ? QChar(u'X') : QChar(u'0' + value);
        QCOMPARE(IdNumber::checkDigit(digits), expected);
    }
}

void IdNumberTest::checkDigitRejectsBadInput()
{
    QVERIFY(IdNumber::checkDigit(QString()).isNull());
    QVERIFY(IdNumber::checkDigit(QStringLiteral("1101051949123100")).isNull());   // 16
    QVERIFY(IdNumber::checkDigit(QStringLiteral("110105194912310021")).isNull()); // 18
    QVERIFY(IdNumber::checkDigit(QStringLiteral("1101051949123100A")).isNull());
    QVERIFY(IdNumber::checkDigit(QStringLiteral("１１０１０５１９４９１２３１００２")).isNull()); // full-width
}

void IdNumberTest::errors_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<IdNumber::Error>("error");

    QTest::newRow("valid") << QStringLiteral("11010519491231002X") << IdNumber::None;
    QTest::newRow("empty") << QString() << IdNumber::Empty;
    QTest::newRow("only spaces") << QStringLiteral(" \t\u3000 ") << IdNumber::Empty;
    QTest::newRow("too short") << QStringLiteral("1101051949123100") << IdNumber::BadLength;
    QTest::newRow("17") << QStringLiteral("11010519491231002") << IdNumber::BadLength;
    QTest::newRow("19") << QStringLiteral("11010519491231002X1") << IdNumber::BadLength;
    QTest::newRow("letter") << QStringLiteral("1101051949123100AX") << IdNumber::BadCharacters;
    QTest::newRow("X inside") << QStringLiteral("1101051949123100X2") << IdNumber::BadCharacters;
    QTest::newRow("X in 15") << QStringLiteral("13050367040100X") << IdNumber::BadCharacters;
    QTest::newRow("hyphen") << QStringLiteral("110105-19491231002") << IdNumber::BadCharacters;
    QTest::newRow("arabic digit") << QStringLiteral("11010519491231002\u0663") << IdNumber::BadCharacters;
    QTest::newRow("check digit") << QStringLiteral("110105194912310021") << IdNumber::BadCheckDigit;
    QTest::newRow("swapped digits") << QStringLiteral("11010519491321002X") << IdNumber::ImpossibleDate;
    QTest::newRow("swapped sequence") << QStringLiteral("11010519491231020X") << IdNumber::BadCheckDigit;
    QTest::newRow("province 99") << withCheck(QStringLiteral("99010119800101001")) << IdNumber::UnknownRegion;
    QTest::newRow("province 00") << withCheck(QStringLiteral("00010119800101001")) << IdNumber::UnknownRegion;
    QTest::newRow("whole province") << withCheck(QStringLiteral("11000019800101001")) << IdNumber::UnknownRegion;
    QTest::newRow("15 unknown region") << QStringLiteral("990503670401001") << IdNumber::UnknownRegion;
    QTest::newRow("Feb 30") << withCheck(QStringLiteral("11010119900230001")) << IdNumber::ImpossibleDate;
    QTest::newRow("month 13") << withCheck(QStringLiteral("11010119901301001")) << IdNumber::ImpossibleDate;
    QTest::newRow("day 0") << withCheck(QStringLiteral("11010119900100001")) << IdNumber::ImpossibleDate;
    QTest::newRow("15 Apr 31") << QStringLiteral("130503670431001") << IdNumber::ImpossibleDate;
    QTest::newRow("future") << withCheck(QStringLiteral("11010120240602001")) << IdNumber::FutureDate;
    QTest::newRow("far future") << withCheck(QStringLiteral("11010130000101001")) << IdNumber::FutureDate;
    QTest::newRow("1899") << withCheck(QStringLiteral("11010118991231001")) << IdNumber::TooOld;
    QTest::newRow("year 0001") << withCheck(QStringLiteral("11010100010101001")) << IdNumber::TooOld;
}

void IdNumberTest::errors()
{
    QFETCH(QString, input);
    QFETCH(IdNumber::Error, error);
    const IdNumber id = IdNumber::parse(input, Today);
    QCOMPARE(id.error(), error);
    QCOMPARE(id.isValid(), error == IdNumber::None);
    QCOMPARE(id.errorText().isEmpty(), error == IdNumber::None);
    m_seenErrors.insert(id.error());
}

void IdNumberTest::everyErrorIsReachable()
{
    // Runs after errors() (slots run in declaration order) and keeps errors_data() honest if the enum grows.
    QCOMPARE(m_seenErrors.size(), QMetaEnum::fromType<IdNumber::Error>().keyCount());
}

void IdNumberTest::errorTexts()
{
    auto text = [](const QString &input) { return IdNumber::parse(input, Today).errorText(); };

    QVERIFY(text(QString()).contains(QLatin1String("enter")));
    QVERIFY(text(QStringLiteral("1234567890123456")).contains(QLatin1String("this one has 16")));
    // The count is of characters after folding, not of what was typed.
    QVERIFY(text(QStringLiteral("1234 5678")).contains(QLatin1String("this one has 8")));
    QVERIFY(text(QStringLiteral("1101051949123100AX")).contains(QLatin1String("Character 17 (\"A\")")));
    // Tells the expected check character.
    QVERIFY(text(QStringLiteral("110105194912310021")).contains(QLatin1String("should be X")));
    QVERIFY(text(QStringLiteral("32010219850715123X")).contains(QLatin1String("should be 8")));
    QVERIFY(text(withCheck(QStringLiteral("99010119800101001"))).contains(QLatin1String("starts with 99")));
    QVERIFY(text(withCheck(QStringLiteral("11000019800101001"))).contains(QLatin1String("110000")));
    QVERIFY(text(withCheck(QStringLiteral("11010119900230001"))).contains(QLatin1String("1990-02-30")));
    QVERIFY(text(withCheck(QStringLiteral("11010119900230001"))).contains(QLatin1String("7 to 14")));
    QVERIFY(text(QStringLiteral("130503670431001")).contains(QLatin1String("1967-04-31")));
    QVERIFY(text(QStringLiteral("130503670431001")).contains(QLatin1String("7 to 12")));
    QVERIFY(text(withCheck(QStringLiteral("11010120240602001"))).contains(QLatin1String("2024-06-02")));
    QVERIFY(text(withCheck(QStringLiteral("11010118991231001"))).contains(QLatin1String("1899-12-31")));
}

void IdNumberTest::fullWidthAndSpaces()
{
    // Full-width digits and Ｘ with ordinary and ideographic spaces, as pasted from a full-width IME.
    const IdNumber id = IdNumber::parse(QStringLiteral("　１１０１０５ １９４９１２３１ ００２Ｘ　"), Today);
    QVERIFY2(id.isValid(), qPrintable(id.errorText()));
    QCOMPARE(id.normalized(), QStringLiteral("11010519491231002X"));
    QVERIFY(IdNumber::parse(QStringLiteral("11010519491231002ｘ"), Today).isValid());
    QVERIFY(IdNumber::parse(QStringLiteral("\u200B11010519491231002X\uFEFF"), Today).isValid()); // invisible
    QCOMPARE(IdNumber::parse(QStringLiteral("１３０５０３６７０４０１００１"), Today).normalized(),
             QStringLiteral("130503196704010016"));
}

void IdNumberTest::lowerCaseX()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("11010519491231002x"), Today);
    QVERIFY(id.isValid());
    QCOMPARE(id.normalized(), QStringLiteral("11010519491231002X"));
}

void IdNumberTest::upgradeFrom15()
{
    // 130503 67 04 01 001 -> 130503 19 670401 001 + check:
    // 1 3 0 5 0 3 1 9 6 7 0 4 0 1 0 0 1 times 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // = 7+27+0+25+0+12+2+9+36+21+0+36+0+5+0+0+2 = 182; 182 mod 11 = 6; "10X98765432"[6] = '6'.
    const IdNumber id = IdNumber::parse(QStringLiteral("130503670401001"), Today);
    QVERIFY(id.isValid());
    QVERIFY(id.wasUpgraded());
    QCOMPARE(id.normalized(), QStringLiteral("130503196704010016"));
    QCOMPARE(id.birthDate(), QDate(1967, 4, 1));
    QCOMPARE(id.gender(), IdNumber::Male); // last digit of an old number: 1
    QCOMPARE(id.provinceName(), QStringLiteral("河北"));
    QCOMPARE(IdNumber::parse(QStringLiteral("130503670401002"), Today).gender(), IdNumber::Female);
    QVERIFY(!IdNumber::parse(QStringLiteral("130503196704010016"), Today).wasUpgraded());
    // Old numbers are all 19xx births: a 1999 one is still in the past in 2024, but not in 1998.
    QVERIFY(IdNumber::parse(QStringLiteral("130503991231001"), Today).isValid());
    QCOMPARE(IdNumber::parse(QStringLiteral("130503991231001"), QDate(1998, 1, 1)).error(), IdNumber::FutureDate);
}

void IdNumberTest::leapDays()
{
    auto born = [](int year) {
        // Not "370212%10229002": arg() would read %10 as the placeholder.
        return IdNumber::parse(withCheck(QStringLiteral("370212") + QString::number(year) + QStringLiteral("0229002")),
                               Today);
    };
    QVERIFY(born(2000).isValid()); // divisible by 400
    QVERIFY(born(2004).isValid());
    QCOMPARE(born(2004).birthDate(), QDate(2004, 2, 29));
    QCOMPARE(born(2003).error(), IdNumber::ImpossibleDate);
    QCOMPARE(born(1900).error(), IdNumber::ImpossibleDate);                       // divisible by 100, not by 400
    QVERIFY(IdNumber::parse(QStringLiteral("130503680229001"), Today).isValid()); // 1968
    QCOMPARE(IdNumber::parse(QStringLiteral("130503670229001"), Today).error(), IdNumber::ImpossibleDate);
}

void IdNumberTest::dateBounds()
{
    const QString bornToday = IdNumber::generate(QStringLiteral("110101"), Today, 1, true);
    QVERIFY(IdNumber::parse(bornToday, Today).isValid());
    QCOMPARE(IdNumber::parse(bornToday, Today.addDays(-1)).error(), IdNumber::FutureDate);
    QVERIFY(IdNumber::parse(bornToday, QDate()).isValid()); // no "today", no future check

    const QString first = IdNumber::generate(QStringLiteral("110101"), QDate(1900, 1, 1), 1, true);
    QVERIFY(IdNumber::parse(first, Today).isValid());
    const QString before = IdNumber::generate(QStringLiteral("110101"), QDate(1899, 12, 31), 1, true);
    QCOMPARE(IdNumber::parse(before, Today).error(), IdNumber::TooOld);
}

void IdNumberTest::regions()
{
    auto province = [](const QString &region) {
        return IdNumber::parse(IdNumber::generate(region, QDate(1990, 1, 1), 1, true), Today).provinceName();
    };
    QCOMPARE(province(QStringLiteral("150102")), QStringLiteral("内蒙古"));
    QCOMPARE(province(QStringLiteral("230103")), QStringLiteral("黑龙江"));
    QCOMPARE(province(QStringLiteral("500101")), QStringLiteral("重庆"));
    QCOMPARE(province(QStringLiteral("650102")), QStringLiteral("新疆"));
    QCOMPARE(province(QStringLiteral("710101")), QStringLiteral("台湾"));
    // Residence permits of Hong Kong, Macau and Taiwan residents: 810000, 820000, 830000.
    QCOMPARE(province(QStringLiteral("810000")), QStringLiteral("香港"));
    QCOMPARE(province(QStringLiteral("820000")), QStringLiteral("澳门"));
    QCOMPARE(province(QStringLiteral("830000")), QStringLiteral("台湾"));
    // No province 16, 20, 47, 55, 84 or 91.
    for (const char *code : {"160101", "200101", "470101", "550101", "840000", "910101"}) {
        const QString number = IdNumber::generate(QString::fromLatin1(code), QDate(1990, 1, 1), 1, true);
        QCOMPARE(IdNumber::parse(number, Today).error(), IdNumber::UnknownRegion);
    }
    QCOMPARE(IdNumber::parse(IdNumber::generate(QStringLiteral("710000"), QDate(1990, 1, 1), 1, true), Today).error(),
             IdNumber::UnknownRegion);
}

void IdNumberTest::invalidHasNoDerivedValues()
{
    const IdNumber id = IdNumber::parse(QStringLiteral("110105194912310021"), Today);
    QVERIFY(!id.isValid());
    QVERIFY(id.normalized().isEmpty());
    QVERIFY(!id.birthDate().isValid());
    QVERIFY(id.regionCode().isEmpty());
    QVERIFY(id.provinceName().isEmpty());
    QVERIFY(!id.wasUpgraded());
    QCOMPARE(IdNumber().error(), IdNumber::Empty);
}

void IdNumberTest::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("18") << QStringLiteral("110101199003071234") << QStringLiteral("110101********1234");
    QTest::newRow("18 x") << QStringLiteral("11010519491231002x") << QStringLiteral("110105********002X");
    QTest::newRow("18 full-width") << QStringLiteral("１１０１０１ １９９００３０７１２３４")
                                   << QStringLiteral("110101********1234");
    QTest::newRow("15") << QStringLiteral("130503670401001") << QStringLiteral("130503******001");
    QTest::newRow("16") << QStringLiteral("1234567890123456") << QStringLiteral("12************56");
    QTest::newRow("8") << QStringLiteral("12345678") << QStringLiteral("12****78");
    QTest::newRow("7") << QStringLiteral("1234567") << QStringLiteral("*******");
    QTest::newRow("1") << QStringLiteral("1") << QStringLiteral("*");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << QStringLiteral("   ") << QString();
}

void IdNumberTest::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(IdNumber::mask(input), masked);
}

void IdNumberTest::generateRoundTrip()
{
    const QStringList regions = {QStringLiteral("110105"), QStringLiteral("310115"), QStringLiteral("440305"),
                                 QStringLiteral("540102"), QStringLiteral("650104"), QStringLiteral("820000")};
    const QDate first(1900, 1, 1);
    const int days = int(first.daysTo(Today));
    QRandomGenerator random(20240601); // fixed seed: a failure can be reproduced
    int males = 0;
    for (int i = 0; i < 1000; ++i) {
        const QString region = regions.at(random.bounded(int(regions.size())));
        const QDate birth = first.addDays(random.bounded(days + 1));
        const int sequence = random.bounded(1000);
        const bool male = i % 2 == 0;
        const QString number = IdNumber::generate(region, birth, sequence, male);
        QCOMPARE(number.size(), 18);
        const IdNumber id = IdNumber::parse(number, Today);
        QVERIFY2(id.isValid(), qPrintable(QString(number + u' ' + id.errorText())));
        QCOMPARE(id.normalized(), number);
        QCOMPARE(id.regionCode(), region);
        QCOMPARE(id.birthDate(), birth);
        QCOMPARE(id.gender(), male ? IdNumber::Male : IdNumber::Female);
        // Only the gender digit may move, by one.
        QVERIFY(qAbs(number.mid(14, 3).toInt() - sequence) <= 1);
        males += id.gender() == IdNumber::Male;
    }
    QCOMPARE(males, 500);
}

void IdNumberTest::generateRejectsBadInput()
{
    const QDate birth(1990, 1, 1);
    QVERIFY(IdNumber::generate(QStringLiteral("11010"), birth, 1, true).isEmpty());
    QVERIFY(IdNumber::generate(QStringLiteral("11010A"), birth, 1, true).isEmpty());
    QVERIFY(IdNumber::generate(QStringLiteral("110101"), QDate(), 1, true).isEmpty());
    QVERIFY(IdNumber::generate(QStringLiteral("110101"), QDate(10000, 1, 1), 1, true).isEmpty());
    // The sequence wraps; 999 and 000 flip within range.
    QCOMPARE(IdNumber::generate(QStringLiteral("110101"), birth, 999, false).mid(14, 3), QStringLiteral("998"));
    QCOMPARE(IdNumber::generate(QStringLiteral("110101"), birth, 1000, true).mid(14, 3), QStringLiteral("001"));
    QCOMPARE(IdNumber::generate(QStringLiteral("110101"), birth, -1, true).mid(14, 3), QStringLiteral("999"));
}

void IdNumberTest::equality()
{
    QCOMPARE(IdNumber::parse(QStringLiteral("130503670401001"), Today) ==
                 IdNumber::parse(QStringLiteral("130503196704010016"), Today),
             true);
    QVERIFY(IdNumber::parse(QStringLiteral("11010519491231002x")) ==
            IdNumber::parse(QStringLiteral("11010519491231002X")));
    QVERIFY(IdNumber::parse(QStringLiteral("123")) != IdNumber::parse(QStringLiteral("124")));
    QVERIFY(IdNumber() == IdNumber::parse(QString()));
}

QTEST_GUILESS_MAIN(IdNumberTest)
#include "idnumber_test.moc"
