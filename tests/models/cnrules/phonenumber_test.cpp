#include "models/cnrules/phonenumber.h"

#include <QTest>

class PhoneNumberTest final : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void errorText_data();
    void errorText();
    void isMobile();
    void mask_data();
    void mask();
};

void PhoneNumberTest::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("valid");

    // Mobiles
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("13812345678") << true;
    QTest::newRow("mobile 19x") << QStringLiteral("19912345678") << QStringLiteral("19912345678") << true;
    QTest::newRow("mobile spaced") << QStringLiteral(" 138 1234 5678 ") << QStringLiteral("13812345678") << true;
    QTest::newRow("mobile hyphens") << QStringLiteral("138-1234-5678") << QStringLiteral("13812345678") << true;
    QTest::newRow("mobile full-width") << QStringLiteral("１３８　１２３４　５６７８") << QStringLiteral("13812345678")
                                       << true;
    QTest::newRow("+86") << QStringLiteral("+86 138 1234 5678") << QStringLiteral("13812345678") << true;
    QTest::newRow("+86 hyphen") << QStringLiteral("+86-13812345678") << QStringLiteral("13812345678") << true;
    QTest::newRow("full-width +86") << QStringLiteral("＋８６１３８１２３４５６７８") << QStringLiteral("13812345678")
                                    << true;
    QTest::newRow("0086") << QStringLiteral("0086 13812345678") << QStringLiteral("13812345678") << true;
    QTest::newRow("mobile 12x") << QStringLiteral("12812345678") << QStringLiteral("12812345678") << false;
    QTest::newRow("mobile 10 digits") << QStringLiteral("138 1234 567") << QStringLiteral("1381234567") << false;
    QTest::newRow("mobile 12 digits") << QStringLiteral("138123456789") << QStringLiteral("138123456789") << false;

    // Landlines: the area code length comes from its first digit after the 0
    QTest::newRow("Beijing") << QStringLiteral("010-12345678") << QStringLiteral("010-12345678") << true;
    QTest::newRow("Beijing no hyphen") << QStringLiteral("01012345678") << QStringLiteral("010-12345678") << true;
    QTest::newRow("Beijing spaced") << QStringLiteral("010 1234 5678") << QStringLiteral("010-12345678") << true;
    QTest::newRow("Beijing grouped") << QStringLiteral("010-1234-5678") << QStringLiteral("010-12345678") << true;
    QTest::newRow("parentheses") << QStringLiteral("(010) 12345678") << QStringLiteral("010-12345678") << true;
    QTest::newRow("full-width") << QStringLiteral("（０２１）６２３４５６７８") << QStringLiteral("021-62345678")
                                << true;
    QTest::newRow("em dash") << QStringLiteral("021—62345678") << QStringLiteral("021-62345678") << true;
    QTest::newRow("Shenzhen") << QStringLiteral("0755-88888888") << QStringLiteral("0755-88888888") << true;
    QTest::newRow("Shenzhen no hyphen") << QStringLiteral("075588888888") << QStringLiteral("0755-88888888") << true;
    QTest::newRow("7-digit local") << QStringLiteral("0931-8123456") << QStringLiteral("0931-8123456") << true;
    QTest::newRow("+86 landline") << QStringLiteral("+86 10 6512 3456") << QStringLiteral("010-65123456") << true;
    QTest::newRow("+86 landline packed") << QStringLiteral("+861065123456") << QStringLiteral("010-65123456") << true;
    QTest::newRow("local 8") << QStringLiteral("6512 3456") << QStringLiteral("65123456") << true;
    QTest::newRow("local 7") << QStringLiteral("812-3456") << QStringLiteral("8123456") << true;

    // Extensions
    QTest::newRow("extension") << QStringLiteral("010-12345678-123") << QStringLiteral("010-12345678-123") << true;
    QTest::newRow("extension 转") << QStringLiteral("010-12345678转123") << QStringLiteral("010-12345678-123") << true;
    QTest::newRow("extension spaced") << QStringLiteral("0755 8888 8888 6") << QStringLiteral("0755-88888888-6")
                                      << true;
    QTest::newRow("extension too long") << QStringLiteral("010-12345678-1234567")
                                        << QStringLiteral("010-12345678-1234567") << false;
    QTest::newRow("extension without area") << QStringLiteral("2345678-12") << QStringLiteral("2345678-12") << false;

    // Broken landlines and garbage
    QTest::newRow("local too long") << QStringLiteral("010123456789") << QStringLiteral("010-123456789") << false;
    QTest::newRow("local too short") << QStringLiteral("010-12345") << QStringLiteral("010-12345") << false;
    QTest::newRow("local starts 0") << QStringLiteral("010-01234567") << QStringLiteral("010-01234567") << false;
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("12345") << false;
    QTest::newRow("letters") << QStringLiteral("138 abc") << QStringLiteral("138abc") << false;
    QTest::newRow("foreign") << QStringLiteral("+1 212 555 0100") << QStringLiteral("+12125550100") << false;
    QTest::newRow("plus inside") << QStringLiteral("138+12345678") << QStringLiteral("138+12345678") << false;
    QTest::newRow("empty") << QString() << QString() << false;
    QTest::newRow("spaces") << QStringLiteral(" \u3000 ") << QString() << false;
}

void PhoneNumberTest::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(bool, valid);
    QCOMPARE(PhoneNumber::normalize(input), normalized);
    QCOMPARE(PhoneNumber::isValid(normalized), valid);
    QCOMPARE(PhoneNumber::errorText(input).isEmpty(), valid);
    if (valid) {
        // What is stored normalizes to itself and is still explained as valid.
        QCOMPARE(PhoneNumber::normalize(normalized), normalized);
        QVERIFY(PhoneNumber::errorText(normalized).isEmpty());
    }
}

void PhoneNumberTest::errorText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty") << QString() << QStringLiteral("enter");
    QTest::newRow("letter") << QStringLiteral("138 abc") << QStringLiteral("\"a\"");
    QTest::newRow("foreign") << QStringLiteral("+44 20 7946 0000") << QStringLiteral("+86");
    QTest::newRow("mobile short") << QStringLiteral("138 1234 567") << QStringLiteral("this one has 10");
    QTest::newRow("mobile prefix") << QStringLiteral("12812345678") << QStringLiteral("starts with 12");
    QTest::newRow("local after area") << QStringLiteral("010-12345") << QStringLiteral("area code 010");
    QTest::newRow("local starts 0") << QStringLiteral("010-01234567") << QStringLiteral("cannot start with 0");
    QTest::newRow("extension") << QStringLiteral("010-12345678-1234567") << QStringLiteral("at most 6");
    QTest::newRow("extension no area") << QStringLiteral("2345678-12") << QStringLiteral("needs the area code");
    QTest::newRow("too short") << QStringLiteral("12345") << QStringLiteral("too short");
    QTest::newRow("local long") << QStringLiteral("234567890") << QStringLiteral("this one has 9");
    QTest::newRow("two extensions") << QStringLiteral("010-12345678-1转2") << QStringLiteral("not a phone number");
}

void PhoneNumberTest::errorText()
{
    QFETCH(QString, input);
    QFETCH(QString, says);
    const QString text = PhoneNumber::errorText(input);
    QVERIFY2(text.contains(says), qPrintable(text));
}

void PhoneNumberTest::isMobile()
{
    QVERIFY(PhoneNumber::isMobile(QStringLiteral("13812345678")));
    QVERIFY(!PhoneNumber::isMobile(QStringLiteral("010-12345678")));
    QVERIFY(!PhoneNumber::isMobile(QStringLiteral("+8613812345678"))); // not normalized
    QVERIFY(!PhoneNumber::isMobile(QString()));
}

void PhoneNumberTest::mask_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("masked");

    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("mobile +86") << QStringLiteral("+86 138 1234 5678") << QStringLiteral("138****5678");
    QTest::newRow("Beijing") << QStringLiteral("010-12345678") << QStringLiteral("010-******78");
    QTest::newRow("Beijing no hyphen") << QStringLiteral("01012345678") << QStringLiteral("010-******78");
    QTest::newRow("Shenzhen 7") << QStringLiteral("0755-8123456") << QStringLiteral("0755-*****56");
    QTest::newRow("extension") << QStringLiteral("010-12345678-123") << QStringLiteral("010-******78-***");
    QTest::newRow("local") << QStringLiteral("65123456") << QStringLiteral("******56");
    QTest::newRow("invalid long") << QStringLiteral("1381234567") << QStringLiteral("********67");
    QTest::newRow("invalid short") << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::newRow("empty") << QString() << QString();
}

void PhoneNumberTest::mask()
{
    QFETCH(QString, input);
    QFETCH(QString, masked);
    QCOMPARE(PhoneNumber::mask(input), masked);
}

QTEST_GUILESS_MAIN(PhoneNumberTest)
#include "phonenumber_test.moc"
