// The pieces that read a sheet as a clerk made it: combined addresses, building and unit
// spellings, the header row under titles and over a second header row, footers, tag cells, names.
#include "models/importing/addresssplitter.h"
#include "models/importing/csvreader.h"
#include "models/importing/headerlocator.h"
#include "models/importing/importcleaner.h"
#include "models/importing/importmapping.h"
#include "models/importing/valuemappings.h"

#include <QTest>

class AddressSplitterTest : public QObject
{
    Q_OBJECT

private slots:
    void splitsCombinedAddresses_data();
    void splitsCombinedAddresses();
    void oneBuildingOneKey();
    void unitsAndRooms();
    void headerUnderTitles();
    void twoRowHeader();
    void forcedHeaderRow();
    void footers();
    void tagCells();
    void names();
    void columnsOfficesUse();
    void valueSynonyms();
};

void AddressSplitterTest::splitsCombinedAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("compound");
    QTest::addColumn<QString>("building");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("room");
    QTest::newRow("栋单元") << QStringLiteral("幸福里3栋2单元501") << true << QStringLiteral("幸福里")
                            << QStringLiteral("3栋") << QStringLiteral("2") << QStringLiteral("501");
    QTest::newRow("号楼-") << QStringLiteral("3号楼2-501") << true << QString() << QStringLiteral("3号楼")
                           << QStringLiteral("2") << QStringLiteral("501");
    QTest::newRow("三幢室") << QStringLiteral("三幢201室") << true << QString() << QStringLiteral("3幢") << QString()
                            << QStringLiteral("201");
    QTest::newRow("小区号楼室") << QStringLiteral("翠湖苑小区 12号楼 二单元 1203室") << true
                                << QStringLiteral("翠湖苑小区") << QStringLiteral("12号楼") << QStringLiteral("2")
                                << QStringLiteral("1203");
    QTest::newRow("dashes") << QStringLiteral("幸福里3-2-501") << true << QStringLiteral("幸福里")
                            << QStringLiteral("3栋") << QStringLiteral("2") << QStringLiteral("501");
    QTest::newRow("digits in compound") << QStringLiteral("阳光100小区3栋1单元101") << true
                                        << QStringLiteral("阳光100小区") << QStringLiteral("3栋") << QStringLiteral("1")
                                        << QStringLiteral("101");
    QTest::newRow("not an address") << QStringLiteral("南京市鼓楼区") << false << QString() << QString() << QString()
                                    << QString();
}

void AddressSplitterTest::splitsCombinedAddresses()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const AddressSplitter::Parts parts = AddressSplitter::split(text);
    QCOMPARE(parts.ok, ok);
    if (!ok)
        return;
    QFETCH(QString, compound);
    QFETCH(QString, building);
    QFETCH(QString, unit);
    QFETCH(QString, room);
    QCOMPARE(parts.compound, compound);
    QCOMPARE(parts.building, building);
    QCOMPARE(parts.unit, unit);
    QCOMPARE(parts.room, room);
}

void AddressSplitterTest::oneBuildingOneKey()
{
    for (const QString &b :
         {QStringLiteral("3栋"), QStringLiteral("3号楼"), QStringLiteral("3幢"), QStringLiteral("三号楼"),
          QStringLiteral("三栋"), QStringLiteral("03栋"), QStringLiteral("３号楼"), QStringLiteral("3")})
        QCOMPARE(AddressSplitter::buildingKey(b), QStringLiteral("3"));
    QCOMPARE(AddressSplitter::buildingKey(QStringLiteral("十三号楼")), QStringLiteral("13"));
    QCOMPARE(AddressSplitter::buildingKey(QStringLiteral("二十一栋")), QStringLiteral("21"));
    QVERIFY(AddressSplitter::buildingKey(QStringLiteral("A座")) != AddressSplitter::buildingKey(QStringLiteral("B座")));
    QCOMPARE(AddressSplitter::buildingName(QStringLiteral("三号楼")), QStringLiteral("3号楼"));
    QCOMPARE(AddressSplitter::buildingName(QStringLiteral("3栋")), QStringLiteral("3栋"));
}

void AddressSplitterTest::unitsAndRooms()
{
    QCOMPARE(AddressSplitter::unitName(QStringLiteral("2单元")), QStringLiteral("2"));
    QCOMPARE(AddressSplitter::unitName(QStringLiteral("2")), QStringLiteral("2"));
    QCOMPARE(AddressSplitter::unitName(QStringLiteral("二单元")), QStringLiteral("2"));
    QCOMPARE(AddressSplitter::unitName(QStringLiteral("东单元")), QStringLiteral("东单元"));
    QCOMPARE(AddressSplitter::roomName(QStringLiteral("501室")), QStringLiteral("501"));
    QCOMPARE(AddressSplitter::roomName(QStringLiteral("501")), QStringLiteral("501"));
}

void AddressSplitterTest::headerUnderTitles()
{
    CsvReader csv;
    QVERIFY(csv.setData(QStringLiteral("幸福社区居民信息登记表,,,,\n"
                                       "填报单位：幸福社区,,填报日期：2026年11月,,\n"
                                       ",,,,\n"
                                       "说明：本表每月更新,,,,\n"
                                       "序号,姓名,小区,楼栋,门牌号\n"
                                       "1,张三,幸福里,3栋,501\n")
                            .toUtf8()));
    const HeaderLocator::Result r = HeaderLocator::locate(csv);
    QVERIFY(r.found);
    QCOMPARE(r.row, 5);
    QCOMPARE(r.lastRow, 5);
    QCOMPARE(r.skippedAbove, 3); // title, 填报 line, note; the blank row is not counted
    QCOMPARE(r.header.at(1), QStringLiteral("姓名"));
}

void AddressSplitterTest::twoRowHeader()
{
    CsvReader csv;
    QVERIFY(csv.setData(QStringLiteral("翠湖苑人口台账,,,,,,\n"
                                       "姓名,身份证号,地址,,,,与户主关系\n"
                                       ",,小区,楼栋,单元,门牌号,\n"
                                       "张三,,翠湖苑,1号楼,1,101,户主\n")
                            .toUtf8()));
    const HeaderLocator::Result r = HeaderLocator::locate(csv);
    QCOMPARE(r.row, 2);
    QCOMPARE(r.lastRow, 3);
    QCOMPARE(r.header, (QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("小区"),
                                    QStringLiteral("楼栋"), QStringLiteral("单元"), QStringLiteral("门牌号"),
                                    QStringLiteral("与户主关系")}));
    QVERIFY(ImportMapping::guess(r.header).missingRequired().isEmpty());
}

void AddressSplitterTest::forcedHeaderRow()
{
    CsvReader csv;
    QVERIFY(csv.setData(QByteArrayLiteral("a,b\n\xE5\xA7\x93\xE5\x90\x8D,x\nc,d\n")));
    HeaderLocator::Result r = HeaderLocator::locate(csv, 3);
    QCOMPARE(r.row, 3);
    QCOMPARE(r.header, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    r = HeaderLocator::locate(csv, 9);
    QVERIFY(!r.found);
}

void AddressSplitterTest::footers()
{
    QVERIFY(HeaderLocator::isFooter({QString(), QStringLiteral("合计：120人"), QString()}));
    QVERIFY(HeaderLocator::isFooter({QStringLiteral("制表人：王五"), QString(), QStringLiteral("审核人：赵六")}));
    QVERIFY(HeaderLocator::isFooter({QStringLiteral(" 审核人 ")}));
    QVERIFY(HeaderLocator::isFooter({QStringLiteral("注：本表数据截至11月底")}));
    QVERIFY(!HeaderLocator::isFooter({QStringLiteral("1"), QStringLiteral("合计")})); // 序号 first: a person
    QVERIFY(!HeaderLocator::isFooter({QStringLiteral("张三"), QStringLiteral("审核中")}));
    QVERIFY(!HeaderLocator::isFooter({QString(), QString()}));
}

void AddressSplitterTest::tagCells()
{
    QCOMPARE(ImportCleaner::splitTags(QStringLiteral("党员、低保")),
             (QStringList{QStringLiteral("党员"), QStringLiteral("低保")}));
    QCOMPARE(ImportCleaner::splitTags(QStringLiteral("独居,空巢")),
             (QStringList{QStringLiteral("独居"), QStringLiteral("空巢")}));
    QCOMPARE(ImportCleaner::splitTags(QStringLiteral("残疾；退役军人；残疾")),
             (QStringList{QStringLiteral("残疾"), QStringLiteral("退役军人")}));
    QCOMPARE(ImportCleaner::splitTags(QStringLiteral(" 独居 / 空巢，低保 ")).size(), 3);
    QVERIFY(ImportCleaner::splitTags(QStringLiteral("  ")).isEmpty());
}

void AddressSplitterTest::names()
{
    QChar refused;
    QCOMPARE(ImportCleaner::cleanName(QStringLiteral("张\u200B三\uFEFF"), &refused), QStringLiteral("张三"));
    QVERIFY(refused.isNull());
    ImportCleaner::cleanName(QStringLiteral("李\u202E四"), &refused);
    QCOMPARE(refused.unicode(), char16_t(0x202E));
    ImportCleaner::cleanName(QStringLiteral("王\u0007五"), &refused);
    QCOMPARE(refused.unicode(), char16_t(0x0007));
}

void AddressSplitterTest::columnsOfficesUse()
{
    const QStringList header{QStringLiteral("序号"),     QStringLiteral("姓名"),     QStringLiteral("网格"),
                             QStringLiteral("人员标签"), QStringLiteral("户编号"),   QStringLiteral("门牌号"),
                             QStringLiteral("民族"),     QStringLiteral("政治面貌"), QStringLiteral("文化程度"),
                             QStringLiteral("婚姻状况"), QStringLiteral("工作单位"), QStringLiteral("户籍地址"),
                             QStringLiteral("居住地址"), QStringLiteral("备注"),     QStringLiteral("特殊人群")};
    const ImportMapping m = ImportMapping::guess(header);
    QCOMPARE(m.columnUse(0, header.at(0)), ImportMapping::ColumnUse::Ignored);
    QCOMPARE(m.column(ImportMapping::Name), 1);
    QCOMPARE(m.column(ImportMapping::Grid), 2);
    QCOMPARE(m.column(ImportMapping::Tags), 3);
    QCOMPARE(m.column(ImportMapping::HouseholdNo), 4); // 户号 and 门牌号: each its own field
    QCOMPARE(m.column(ImportMapping::Room), 5);
    QCOMPARE(m.column(ImportMapping::Ethnicity), 6);
    for (int c = 7; c <= 11; ++c)
        QCOMPARE(m.columnUse(c, header.at(c)), ImportMapping::ColumnUse::Note);
    QCOMPARE(m.column(ImportMapping::Address), 12); // no compound or building column: the address is split
    QCOMPARE(m.column(ImportMapping::Notes), 13);
    QCOMPARE(m.columnUse(14, header.at(14)), ImportMapping::ColumnUse::Note); // a second tags column: a note
    QVERIFY(m.missingRequired().isEmpty());

    const QStringList withParts{QStringLiteral("姓名"),   QStringLiteral("小区"),   QStringLiteral("楼栋"),
                                QStringLiteral("门牌号"), QStringLiteral("现住址"), QStringLiteral("户号")};
    const ImportMapping p = ImportMapping::guess(withParts);
    QCOMPARE(p.column(ImportMapping::Address), -1); // its own columns given: 现住址 is a note
    QCOMPARE(p.columnUse(4, withParts.at(4)), ImportMapping::ColumnUse::Note);
    QCOMPARE(p.column(ImportMapping::HouseholdNo), 5);
    QCOMPARE(p.column(ImportMapping::Room), 3);
}

void AddressSplitterTest::valueSynonyms()
{
    const ValueMappings v;
    for (const char *word : {"常住", "户籍", "本地", "本地常住"})
        QCOMPARE(v.code(ImportMapping::ResidencyType, QString::fromUtf8(word)), QStringLiteral("registered"));
    for (const char *word : {"外来", "暂住", "流动"})
        QCOMPARE(v.code(ImportMapping::ResidencyType, QString::fromUtf8(word)), QStringLiteral("floating"));
    for (const char *word : {"人在户不在", "户在人不在", "人户分离"})
        QCOMPARE(v.code(ImportMapping::ResidencyType, QString::fromUtf8(word)), QStringLiteral("resident"));
    for (const char *word : {"男", "M", "m", "1"})
        QCOMPARE(v.code(ImportMapping::Gender, QString::fromUtf8(word)), QStringLiteral("M"));
    for (const char *word : {"女", "F", "2"})
        QCOMPARE(v.code(ImportMapping::Gender, QString::fromUtf8(word)), QStringLiteral("F"));
    for (const char *word : {"妻", "夫", "丈夫", "妻子"})
        QCOMPARE(v.code(ImportMapping::Relation, QString::fromUtf8(word)), QStringLiteral("spouse"));
    QCOMPARE(v.code(ImportMapping::Relation, QStringLiteral("兄弟姐妹")), QStringLiteral("sibling"));
    QCOMPARE(v.code(ImportMapping::Relation, QStringLiteral("孙子女")), QStringLiteral("grandchild"));
    QCOMPARE(v.code(ImportMapping::Relation, QStringLiteral("儿媳")), QStringLiteral("in_law"));
    QCOMPARE(v.code(ImportMapping::Relation, QStringLiteral("女婿")), QStringLiteral("in_law"));
    QVERIFY(v.code(ImportMapping::Relation, QStringLiteral("表哥")).isEmpty());
    ValueMappings mine;
    QVERIFY(mine.set(ImportMapping::Relation, QStringLiteral("表哥"), QStringLiteral("other")));
    QVERIFY(!mine.set(ImportMapping::Relation, QStringLiteral("表弟"), QStringLiteral("cousin"))); // not a code
    QCOMPARE(mine.code(ImportMapping::Relation, QStringLiteral(" 表哥 ")), QStringLiteral("other"));
    QVERIFY(mine.isClerksChoice(ImportMapping::Relation, QStringLiteral("表哥")));
    // Every code the vocabulary gives is one the register knows.
    for (const ImportMapping::Field f : ValueMappings::codedFields())
        for (const char *word : {"户主", "配偶", "其他", "男", "户籍"}) {
            const QString code = v.code(f, QString::fromUtf8(word));
            if (code.isEmpty())
                continue;
            bool known = false;
            for (const ValueMappings::Choice &c : ValueMappings::choices(f))
                known = known || c.code == code;
            QVERIFY2(known, qPrintable(code));
        }
}

QTEST_GUILESS_MAIN(AddressSplitterTest)
#include "addresssplitter_test.moc"
