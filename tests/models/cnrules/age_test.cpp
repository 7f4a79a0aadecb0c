#include "models/cnrules/age.h"

#include <QObject>
#include <QTest>

class AgeTest final : public QObject
{
    Q_OBJECT

private slots:
    void fullYears_data();
    void fullYears();
    void birthdayIn();
    void nominalAge_data();
    void nominalAge();
    void ageTurning();
    void isMilestone_data();
    void isMilestone();
    void birthdayAgreesWithFullYears();
};

void AgeTest::fullYears_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("expected");

    const QDate may20(2000, 5, 20);
    QTest::newRow("day of birth") << may20 << may20 << 0;
    QTest::newRow("before birth") << may20 << QDate(2000, 5, 19) << -1;
    QTest::newRow("invalid birth") << QDate() << may20 << -1;
    QTest::newRow("invalid on") << may20 << QDate() << -1;
    QTest::newRow("day before birthday") << may20 << QDate(2024, 5, 19) << 23;
    QTest::newRow("birthday") << may20 << QDate(2024, 5, 20) << 24;
    QTest::newRow("day after birthday") << may20 << QDate(2024, 5, 21) << 24;
    QTest::newRow("first birthday eve") << may20 << QDate(2001, 5, 19) << 0;
    QTest::newRow("first birthday") << may20 << QDate(2001, 5, 20) << 1;

    // 29 February: the birthday is 1 March in non-leap years.
    const QDate leapling(2000, 2, 29);
    QTest::newRow("leapling 28 Feb, non-leap") << leapling << QDate(2023, 2, 28) << 22;
    QTest::newRow("leapling 1 Mar, non-leap") << leapling << QDate(2023, 3, 1) << 23;
    QTest::newRow("leapling 28 Feb, leap") << leapling << QDate(2024, 2, 28) << 23;
    QTest::newRow("leapling 29 Feb, leap") << leapling << QDate(2024, 2, 29) << 24;
    QTest::newRow("leapling 1 Mar, leap") << leapling << QDate(2024, 3, 1) << 24;
    QTest::newRow("leapling first year") << leapling << QDate(2001, 2, 28) << 0;
    QTest::newRow("leapling first birthday") << leapling << QDate(2001, 3, 1) << 1;
    QTest::newRow("leapling 2100 not leap") << leapling << QDate(2100, 2, 28) << 99;
    QTest::newRow("leapling 2100 1 Mar") << leapling << QDate(2100, 3, 1) << 100;
    // Someone born on 1 March is not affected by the 29 February rule.
    QTest::newRow("1 Mar birth, 28 Feb leap") << QDate(2003, 3, 1) << QDate(2024, 2, 29) << 20;
    QTest::newRow("1 Mar birth, 1 Mar leap") << QDate(2003, 3, 1) << QDate(2024, 3, 1) << 21;
    QTest::newRow("28 Feb birth, 28 Feb") << QDate(2003, 2, 28) << QDate(2024, 2, 28) << 21;

    // Turn of the year.
    const QDate newYearsEve(1990, 12, 31);
    QTest::newRow("31 Dec birth, 30 Dec") << newYearsEve << QDate(2024, 12, 30) << 33;
    QTest::newRow("31 Dec birth, 31 Dec") << newYearsEve << QDate(2024, 12, 31) << 34;
    QTest::newRow("31 Dec birth, 1 Jan") << newYearsEve << QDate(2025, 1, 1) << 34;
    const QDate newYearsDay(1991, 1, 1);
    QTest::newRow("1 Jan birth, 31 Dec") << newYearsDay << QDate(2024, 12, 31) << 33;
    QTest::newRow("1 Jan birth, 1 Jan") << newYearsDay << QDate(2025, 1, 1) << 34;

    QTest::newRow("sixtieth") << QDate(1964, 7, 1) << QDate(2024, 7, 1) << 60;
    QTest::newRow("centenarian") << QDate(1924, 10, 1) << QDate(2024, 10, 1) << 100;
}

void AgeTest::fullYears()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, expected);
    QCOMPARE(Age::fullYears(birth, on), expected);
}

void AgeTest::birthdayIn()
{
    const QDate leapling(2000, 2, 29);
    QCOMPARE(Age::birthdayIn(leapling, 2023), QDate(2023, 3, 1));
    QCOMPARE(Age::birthdayIn(leapling, 2024), QDate(2024, 2, 29));
    QCOMPARE(Age::birthdayIn(leapling, 2100), QDate(2100, 3, 1));
    QCOMPARE(Age::birthdayIn(QDate(1996, 2, 29), 2000), QDate(2000, 2, 29));
    QCOMPARE(Age::birthdayIn(QDate(1990, 12, 31), 2025), QDate(2025, 12, 31));
    QCOMPARE(Age::birthdayIn(QDate(1990, 2, 28), 2024), QDate(2024, 2, 28));
    QVERIFY(!Age::birthdayIn(QDate(), 2024).isValid());
}

void AgeTest::nominalAge_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("expected");

    // Born on 2024's 正月初一.
    const QDate dragonNewYear(2024, 2, 10);
    QTest::newRow("at birth") << dragonNewYear << dragonNewYear << 1;
    QTest::newRow("last day of the lunar year") << dragonNewYear << QDate(2025, 1, 28) << 1;
    QTest::newRow("next 春节") << dragonNewYear << QDate(2025, 1, 29) << 2;
    // Born on 2023's 除夕: two years old (虚岁) the next day.
    const QDate rabbitEve(2024, 2, 9);
    QTest::newRow("除夕 birth, same day") << rabbitEve << rabbitEve << 1;
    QTest::newRow("除夕 birth, next day") << rabbitEve << dragonNewYear << 2;
    // The solar new year does not count, 春节 does.
    const QDate millennium(2000, 1, 1);
    QTest::newRow("solar new year birth") << millennium << millennium << 1;
    QTest::newRow("before 春节 2000") << millennium << QDate(2000, 2, 4) << 1;
    QTest::newRow("春节 2000") << millennium << QDate(2000, 2, 5) << 2;
    QTest::newRow("before 春节 2024") << millennium << QDate(2024, 2, 9) << 25;
    QTest::newRow("春节 2024") << millennium << QDate(2024, 2, 10) << 26;
    QTest::newRow("1949-10-01") << QDate(1949, 10, 1) << QDate(2024, 10, 1) << 76;
    QTest::newRow("birth before range") << QDate(1899, 12, 31) << QDate(2024, 1, 1) << -1;
    QTest::newRow("on after range") << QDate(2000, 1, 1) << QDate(2101, 1, 29) << -1;
    QTest::newRow("on before birth") << millennium << QDate(1999, 12, 31) << -1;
    QTest::newRow("invalid") << QDate() << millennium << -1;
}

void AgeTest::nominalAge()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, on);
    QFETCH(int, expected);
    QCOMPARE(Age::nominalAge(birth, on), expected);
}

void AgeTest::ageTurning()
{
    QCOMPARE(Age::ageTurning(QDate(1964, 7, 1), 2024), 60);
    QCOMPARE(Age::ageTurning(QDate(1964, 7, 1), 1964), 0);
    QCOMPARE(Age::ageTurning(QDate(1964, 7, 1), 1963), -1);
    QCOMPARE(Age::ageTurning(QDate(2000, 2, 29), 2023), 23);
    QCOMPARE(Age::ageTurning(QDate(), 2024), -1);
}

void AgeTest::isMilestone_data()
{
    QTest::addColumn<int>("age");
    QTest::addColumn<bool>("expected");

    for (int age : {60, 70, 80, 90, 100, 101, 105, 110, 120})
        QTest::addRow("%d", age) << age << true;
    for (int age : {-1, 0, 1, 18, 50, 59, 61, 65, 69, 71, 75, 79, 81, 89, 91, 95, 99})
        QTest::addRow("%d", age) << age << false;
}

void AgeTest::isMilestone()
{
    QFETCH(int, age);
    QFETCH(bool, expected);
    QCOMPARE(Age::isMilestone(age), expected);
}

// fullYears() steps up exactly on birthdayIn(), to the age ageTurning() announces, for
// births around 29 February in leap and non-leap years.
void AgeTest::birthdayAgreesWithFullYears()
{
    for (const QDate &start : {QDate(1999, 2, 25), QDate(2000, 2, 25), QDate(2003, 12, 28)}) {
        for (QDate birth = start; birth < start.addDays(10); birth = birth.addDays(1)) {
            for (int year = birth.year() + 1; year <= birth.year() + 30; ++year) {
                const QDate birthday = Age::birthdayIn(birth, year);
                const QByteArray context = birth.toString(Qt::ISODate).toLatin1() + " in " + QByteArray::number(year);
                QVERIFY2(birthday.year() == year, context.constData());
                QVERIFY2(Age::fullYears(birth, birthday) == Age::ageTurning(birth, year), context.constData());
                QVERIFY2(Age::fullYears(birth, birthday.addDays(-1)) == Age::ageTurning(birth, year) - 1,
                         context.constData());
            }
        }
    }
}

QTEST_APPLESS_MAIN(AgeTest)

#include "age_test.moc"
