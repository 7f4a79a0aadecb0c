// ImportCleaner and ImportMapping: what is safely cleanable is cleaned, the rest is named.
#include "models/cnrules/idnumber.h"
#include "models/importing/importcleaner.h"
#include "models/importing/importmapping.h"
#include "models/register/registertypes.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

class ImportCleanerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void foldsDigitsAndSpaces();
    void dates_data();
    void dates();
    void cleansARow();
    void readsChildWithoutSex();
    void upgradesFifteenDigitNumbers();
    void reportsWhatItCannotClean();
    void guessesChineseHeaders();
    void remembersTheMappingPerHeaderSet();

private:
    const QDate m_today{2025, 6, 1};
};

void ImportCleanerTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("importcleaner_test"));
    QSettings().clear();
}

void ImportCleanerTest::cleanupTestCase()
{
    QSettings().clear();
}

void ImportCleanerTest::foldsDigitsAndSpaces()
{
    QCOMPARE(ImportCleaner::folded(QStringLiteral(" １３８ １２３４\u3000５６７８ ")), QStringLiteral("13812345678"));
    QCOMPARE(ImportCleaner::folded(QStringLiteral("３２０１０６１９８００１０１００１Ｘ")),
             QStringLiteral("32010619800101001X"));
    QCOMPARE(ImportCleaner::trimmed(QStringLiteral("\u3000 欧阳 娜娜 \t")), QStringLiteral("欧阳 娜娜"));
}

void ImportCleanerTest::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("ok");
    QTest::newRow("iso") << QStringLiteral("2024-03-05") << QDate(2024, 3, 5) << true;
    QTest::newRow("slashes") << QStringLiteral("2024/3/5") << QDate(2024, 3, 5) << true;
    QTest::newRow("dots") << QStringLiteral("2024.03.05") << QDate(2024, 3, 5) << true;
    QTest::newRow("chinese") << QStringLiteral("2024年3月5日") << QDate(2024, 3, 5) << true;
    QTest::newRow("chinese no day mark") << QStringLiteral("2024年3月5") << QDate(2024, 3, 5) << true;
    QTest::newRow("full width") << QStringLiteral("２０２４／３／５") << QDate(2024, 3, 5) << true;
    QTest::newRow("compact") << QStringLiteral("20240305") << QDate(2024, 3, 5) << true;
    QTest::newRow("with time") << QStringLiteral("2024-03-05 00:00:00") << QDate(2024, 3, 5) << true;
    QTest::newRow("excel day number") << QStringLiteral("45356") << QDate(2024, 3, 5) << true;
    QTest::newRow("empty") << QStringLiteral("  ") << QDate() << true;
    QTest::newRow("impossible") << QStringLiteral("2024-02-30") << QDate() << false;
    QTest::newRow("month 13") << QStringLiteral("1990-13-45") << QDate() << false;
    QTest::newRow("words") << QStringLiteral("unknown") << QDate() << false;
    QTest::newRow("two-digit year") << QStringLiteral("90/3/5") << QDate() << false;
}

void ImportCleanerTest::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(bool, ok);
    bool parsed = !ok;
    QCOMPARE(ImportCleaner::date(text, &parsed), date);
    QCOMPARE(parsed, ok);
}

namespace {

ImportMapping standardMapping()
{
    return ImportMapping::guess({QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("联系电话"),
                                 QStringLiteral("小区"), QStringLiteral("楼栋"), QStringLiteral("单元"),
                                 QStringLiteral("门牌号"), QStringLiteral("与户主关系"), QStringLiteral("出生日期"),
                                 QStringLiteral("性别"), QStringLiteral("民族"), QStringLiteral("户籍类型"),
                                 QStringLiteral("备注")});
}

QStringList rowOf(const QString &name, const QString &id, const QString &phone, const QString &relation,
                  const QString &birth, const QString &gender, const QString &residency = QString())
{
    return {name,
            id,
            phone,
            QStringLiteral("幸福小区"),
            QStringLiteral("3栋"),
            QStringLiteral("２"),
            QStringLiteral(" 301 "),
            relation,
            birth,
            gender,
            QStringLiteral("汉族"),
            residency,
            QString()};
}

} // namespace

void ImportCleanerTest::cleansARow()
{
    const ImportCleaner cleaner(m_today);
    const ImportRow row =
        cleaner.clean(rowOf(QStringLiteral(" 張偉 "), QStringLiteral("３２０１０６１９８２０２０２００２１"),
                            QStringLiteral("１３８ １２３４ ５６７９"), QStringLiteral("妻"),
                            QStringLiteral("1982/2/2"), QStringLiteral("女"), QStringLiteral("流动人口")),
                      7, standardMapping());
    QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.value(0).reason));
    QCOMPARE(row.rowNumber, 7);
    QCOMPARE(row.resident.name, QStringLiteral("張偉")); // traditional characters left as written
    QCOMPARE(row.resident.idNumber, QStringLiteral("320106198202020021"));
    QCOMPARE(row.resident.phone, QStringLiteral("13812345679"));
    QCOMPARE(row.resident.birthDate, QDate(1982, 2, 2));
    QCOMPARE(row.resident.gender, QStringLiteral("F"));
    QCOMPARE(row.resident.relation, QStringLiteral("spouse"));
    QCOMPARE(row.resident.residencyType, QStringLiteral("floating"));
    QCOMPARE(row.unit, QStringLiteral("2"));
    QCOMPARE(row.room, QStringLiteral("301"));
    QVERIFY(row.relationGiven);
}

void ImportCleanerTest::readsChildWithoutSex()
{
    // 子女 says neither son nor daughter: it is its own relation, not a rejection.
    const ImportRow row =
        ImportCleaner(m_today).clean(rowOf(QStringLiteral("周小舟"), QString(), QString(), QStringLiteral("子女"),
                                           QStringLiteral("2012-05-06"), QStringLiteral("男")),
                                     3, standardMapping());
    QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.value(0).reason));
    QCOMPARE(row.resident.relation, QStringLiteral("child"));
    QCOMPARE(RegisterTypes::relationLabel(row.resident.relation), QStringLiteral("Child"));
}

void ImportCleanerTest::upgradesFifteenDigitNumbers()
{
    const ImportRow row = ImportCleaner(m_today).clean(
        rowOf(QStringLiteral("冯十二"), QStringLiteral("130503550101001"), QString(), QString(), QString(), QString()),
        2, standardMapping());
    QVERIFY2(row.problems.isEmpty(), qPrintable(row.problems.value(0).reason));
    QCOMPARE(row.resident.idNumber.size(), 18);
    QVERIFY(row.resident.idNumber.startsWith(QStringLiteral("13050319550101001")));
    QCOMPARE(row.resident.birthDate, QDate(1955, 1, 1));
    QCOMPARE(row.resident.gender, QStringLiteral("M"));
    QVERIFY(!row.relationGiven);
}

void ImportCleanerTest::reportsWhatItCannotClean()
{
    const ImportCleaner cleaner(m_today);
    const ImportMapping mapping = standardMapping();
    auto fields = [](const ImportRow &row) {
        QList<ImportMapping::Field> list;
        for (const ImportRow::Problem &p : row.problems)
            list << p.field;
        return list;
    };
    // Bad check digit: only the ID is named, not the birth date and gender it would have given.
    QString badCheck = IdNumber::generate(QStringLiteral("320106"), QDate(1970, 7, 7), 6, false);
    badCheck[17] = badCheck.at(17) == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    ImportRow row =
        cleaner.clean(rowOf(QStringLiteral("赵六"), badCheck, QString(), QString(), QString(), QString()), 2, mapping);
    QCOMPARE(fields(row), QList<ImportMapping::Field>{ImportMapping::IdNumber});
    row = cleaner.clean(rowOf(QStringLiteral("周九"), QString(), QString(), QString(), QStringLiteral("1990-13-45"),
                              QStringLiteral("男")),
                        3, mapping);
    QCOMPARE(fields(row), QList<ImportMapping::Field>{ImportMapping::BirthDate});
    QVERIFY(row.problems.first().reason.contains(QStringLiteral("1990-13-45")));
    row = cleaner.clean(rowOf(QStringLiteral("吴十"), QString(), QString(), QStringLiteral("表舅"),
                              QStringLiteral("1960-01-02"), QStringLiteral("不详")),
                        4, mapping);
    QCOMPARE(fields(row), (QList<ImportMapping::Field>{ImportMapping::Gender, ImportMapping::Relation}));
    // The ID number says male, the sheet says female: reported, not silently changed.
    row = cleaner.clean(rowOf(QStringLiteral("张三"), QStringLiteral("320106198001010011"), QString(), QString(),
                              QString(), QStringLiteral("女")),
                        5, mapping);
    QCOMPARE(fields(row), QList<ImportMapping::Field>{ImportMapping::Gender});
    // An empty row names compound, building and room; a name is needed too.
    row = cleaner.clean(QStringList{QString(), QString()}, 6, mapping);
    QVERIFY(fields(row).contains(ImportMapping::Name));
    QVERIFY(fields(row).contains(ImportMapping::Compound));
    QVERIFY(fields(row).contains(ImportMapping::Room));
}

void ImportCleanerTest::guessesChineseHeaders()
{
    const ImportMapping m = ImportMapping::guess(
        {QStringLiteral("序号"), QStringLiteral(" 姓 名 "), QStringLiteral("公民身份号码"), QStringLiteral("手机号码"),
         QStringLiteral("小区名称"), QStringLiteral("楼号"), QStringLiteral("单元"), QStringLiteral("房号"),
         QStringLiteral("人户状态"), QStringLiteral("身份证号码（18位）"), QStringLiteral("*性别")});
    QCOMPARE(m.column(ImportMapping::Name), 1);
    QCOMPARE(m.column(ImportMapping::IdNumber), 2); // the exact name wins over the "starts with" one
    QCOMPARE(m.column(ImportMapping::Phone), 3);
    QCOMPARE(m.column(ImportMapping::Compound), 4);
    QCOMPARE(m.column(ImportMapping::Building), 5);
    QCOMPARE(m.column(ImportMapping::Unit), 6);
    QCOMPARE(m.column(ImportMapping::Room), 7);
    QCOMPARE(m.column(ImportMapping::ResidencyType), 8);
    QCOMPARE(m.column(ImportMapping::Gender), 10);
    QCOMPARE(m.column(ImportMapping::BirthDate), -1);
    QCOMPARE(m.fieldOfColumn(0), ImportMapping::FieldCount);
    QVERIFY(m.missingRequired().isEmpty());

    const ImportMapping other = ImportMapping::guess(
        {QStringLiteral("身份证号"), QStringLiteral("联系电话"), QStringLiteral("楼栋"), QStringLiteral("门牌号")});
    QCOMPARE(other.column(ImportMapping::IdNumber), 0);
    QCOMPARE(other.missingRequired(), (QStringList{ImportMapping::fieldLabel(ImportMapping::Name),
                                                   ImportMapping::fieldLabel(ImportMapping::Compound)}));
}

void ImportCleanerTest::remembersTheMappingPerHeaderSet()
{
    const QStringList header{QStringLiteral("名"), QStringLiteral("址1"), QStringLiteral("址2"), QStringLiteral("室")};
    ImportMapping m = ImportMapping::forHeader(header);
    QCOMPARE(m.column(ImportMapping::Name), -1);
    m.setColumn(ImportMapping::Name, 0);
    m.setColumn(ImportMapping::Compound, 1);
    m.setColumn(ImportMapping::Building, 2);
    m.setColumn(ImportMapping::Room, 3);
    m.setColumn(ImportMapping::Notes, 3); // a column feeds one field: Room loses it
    QCOMPARE(m.column(ImportMapping::Room), -1);
    m.setColumn(ImportMapping::Room, 3);
    m.remember(header);
    QCOMPARE(ImportMapping::forHeader(header), m);
    // A different header set is guessed afresh.
    QCOMPARE(ImportMapping::forHeader(QStringList(header) << QStringLiteral("x")).column(ImportMapping::Name), -1);
}

QTEST_GUILESS_MAIN(ImportCleanerTest)
#include "importcleaner_test.moc"
