// Registers as offices really keep them, imported whole: title and footer rows, a two-row header,
// the columns offices use (grid, groups, 户号, notes), value synonyms and the clerk's own mappings,
// multi-valued tags, grids created and assigned, combined addresses, two families in one room,
// and what is refused (a building in two grids, a name that does not match its ID number, names
// with control characters), each fixture counted by hand.
#include "models/core/sqlquery.h"
#include "models/documents/xlsxwriter.h"
#include "models/importing/csvreader.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/importing/valuemappings.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString data(const QString &name)
{
    return QStringLiteral(CD_IMPORT_DATA "/") + name;
}

std::unique_ptr<ImportSource> open(const QString &path)
{
    QString error;
    auto source = ImportSource::open(path, &error);
    if (!source)
        qWarning() << error;
    return source;
}

QList<int> rowNumbers(const QList<ResidentImporter::Rejection> &rejections)
{
    QList<int> rows;
    for (const auto &r : rejections)
        rows << r.rowNumber;
    return rows;
}

// value: count → code, for comparing a coded column's report.
QMap<QString, QString> valueTable(const QList<ResidentImporter::ValueReport> &values)
{
    QMap<QString, QString> table;
    for (const auto &v : values)
        table.insert(v.value, QStringLiteral("%1 %2").arg(v.count).arg(v.code));
    return table;
}

QString scalar(const QSqlDatabase &db, const QString &sql, const QVariant &value = QVariant())
{
    SqlQuery q(db, sql);
    if (value.isValid() ? !q.exec(value) : !q.exec())
        return QStringLiteral("<error>");
    return q.next() ? q.value(0).toString() : QString();
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
    return path;
}

} // namespace

class ClerkRegisterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QSettings().clear(); }
    void titleAndFooterRows();
    void valueMappingsAreRemembered();
    void forcedHeaderRow();
    void twoRowHeaderWorkbook();
    void combinedAddressesAndHouseholdNumbers();
    void buildingInTwoGridsIsReported();
    void namesAreCleanedOrRefused();
    void errorReportIsWrittenBeforeTheCommit();
    void unclosedQuoteIsReportedAtItsRow();

private:
    QDate m_today{2026, 12, 1};
    QTemporaryDir m_dir;
};

void ClerkRegisterTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    // The *_pg twin runs at the same time (ctest -j2): a settings file of its own.
    QCoreApplication::setApplicationName(QStringLiteral("clerkregister_test") +
                                         (testingOnServer() ? QStringLiteral("_pg") : QString()));
    QSettings().clear();
}

void ClerkRegisterTest::titleAndFooterRows()
{
    // register-title-footer.csv: title, 填报单位 line and a blank row above the header (row 4);
    // rows 5-17 are 13 people; a blank row, then 合计 and 制表人/审核人 footers.
    TestDatabase t;
    const int tagsBefore = t.count(QStringLiteral("tag"));
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("register-title-footer.csv")));
    QVERIFY(source);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    const ResidentImporter::Summary s = importer.summary();
    QCOMPARE(s.headerRow, 4);
    QCOMPARE(s.headerLastRow, 4);
    QCOMPARE(s.aboveHeader, 2);
    QCOMPARE(s.imported, 10);
    QCOMPARE(s.rejected, 3);
    QCOMPARE(s.blank, 1);
    QCOMPARE(s.footer, 2);
    QCOMPARE(importer.skippedRows().size(), 2);
    QCOMPARE(importer.skippedRows().at(0).rowNumber, 19);
    QCOMPARE(importer.skippedRows().at(1).rowNumber, 20);
    QCOMPARE(s.compoundsCreated, 0);  // 幸福里 is registered
    QCOMPARE(s.buildingsCreated, 3);  // 3号楼 (also written 3栋, 三号楼, 3幢), 5栋, 6栋
    QCOMPARE(s.householdsCreated, 4); // two families in 3号楼 2-501, 5栋 1-101, 6栋 1-101
    QCOMPARE(s.gridsCreated, 1);      // 第四网格
    QCOMPARE(s.buildingsAssigned, 3);
    QCOMPARE(s.tagsCreated, 1); // 志愿者
    QCOMPARE(importer.createdTags(), QStringList{QStringLiteral("志愿者")});
    QCOMPARE(importer.createdGrids(), QStringList{QStringLiteral("第四网格")});
    QCOMPARE(t.count(QStringLiteral("tag")), tagsBefore + 1);

    // Rejected with the reason: an unknown relation, a building already in another grid, a spouse
    // with no head of household above.
    const QList<ResidentImporter::Rejection> r = importer.rejections();
    QCOMPARE(rowNumbers(r), (QList<int>{14, 15, 16}));
    QCOMPARE(r.at(0).column, QStringLiteral("与户主关系"));
    QVERIFY2(r.at(0).reason.contains(QStringLiteral("表哥")), qPrintable(r.at(0).reason));
    QCOMPARE(r.at(1).column, QStringLiteral("所属网格"));
    QVERIFY2(r.at(1).reason.contains(QStringLiteral("第一网格")) && r.at(1).reason.contains(QStringLiteral("第三网格")),
             qPrintable(r.at(1).reason));
    QCOMPARE(r.at(2).column, QStringLiteral("与户主关系"));
    QVERIFY2(r.at(2).reason.contains(QStringLiteral("no head")), qPrintable(r.at(2).reason));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM grid WHERE name = '第三网格'")), QStringLiteral("0"));

    // Every column accounted for.
    QMap<QString, QString> uses;
    for (const ResidentImporter::ColumnReport &c : importer.columns())
        uses.insert(c.title, c.useLabel);
    QCOMPARE(uses.size(), 19);
    QCOMPARE(uses.value(QStringLiteral("序号")), QStringLiteral("Ignored"));
    QCOMPARE(uses.value(QStringLiteral("所属网格")), QStringLiteral("Grid"));
    QCOMPARE(uses.value(QStringLiteral("人员类别")), QStringLiteral("Groups (tags)"));
    QCOMPARE(uses.value(QStringLiteral("民族")), QStringLiteral("Ethnicity"));
    QCOMPARE(uses.value(QStringLiteral("备注")), QStringLiteral("Notes"));
    for (const char *note : {"政治面貌", "文化程度", "婚姻状况", "工作单位", "户籍地址"})
        QCOMPARE(uses.value(QString::fromUtf8(note)), QStringLiteral("Kept as a note"));

    // Every distinct value of the coded columns, counted, with what it became.
    QCOMPARE(valueTable(importer.values(ImportMapping::ResidencyType)),
             (QMap<QString, QString>{{QStringLiteral("常住"), QStringLiteral("1 registered")},
                                     {QStringLiteral("本地常住"), QStringLiteral("1 registered")},
                                     {QStringLiteral("户籍"), QStringLiteral("7 registered")},
                                     {QStringLiteral("外来"), QStringLiteral("1 floating")},
                                     {QStringLiteral("流动"), QStringLiteral("1 floating")},
                                     {QStringLiteral("暂住"), QStringLiteral("1 floating")},
                                     {QStringLiteral("人在户不在"), QStringLiteral("1 resident")}}));
    QCOMPARE(valueTable(importer.values(ImportMapping::Relation)),
             (QMap<QString, QString>{{QStringLiteral("户主"), QStringLiteral("5 head")},
                                     {QStringLiteral("妻"), QStringLiteral("2 spouse")},
                                     {QStringLiteral("儿子"), QStringLiteral("1 son")},
                                     {QStringLiteral("儿媳"), QStringLiteral("1 in_law")},
                                     {QStringLiteral("孙子"), QStringLiteral("1 grandchild")},
                                     {QStringLiteral("兄弟姐妹"), QStringLiteral("1 sibling")},
                                     {QStringLiteral("表哥"), QStringLiteral("1 ")},
                                     {QStringLiteral("配偶"), QStringLiteral("1 spouse")}}));
    QCOMPARE(importer.values(ImportMapping::Relation).first().value, QStringLiteral("户主")); // most frequent first
    QCOMPARE(valueTable(importer.values(ImportMapping::Gender)),
             (QMap<QString, QString>{{QStringLiteral("男"), QStringLiteral("8 M")},
                                     {QStringLiteral("女"), QStringLiteral("5 F")}}));
    QCOMPARE(valueTable(importer.values(ImportMapping::Tags)),
             (QMap<QString, QString>{{QStringLiteral("党员"), QStringLiteral("1 党员")},
                                     {QStringLiteral("低保"), QStringLiteral("1 低保")},
                                     {QStringLiteral("独居"), QStringLiteral("2 独居")},
                                     {QStringLiteral("空巢"), QStringLiteral("1 空巢")},
                                     {QStringLiteral("志愿者"), QStringLiteral("1 ")},
                                     {QStringLiteral("残疾"), QStringLiteral("1 残疾")},
                                     {QStringLiteral("退役军人"), QStringLiteral("1 退役军人")}}));

    // What landed.
    const QString zhang = QStringLiteral("320106195003010038");
    SqlQuery q(t.db(), QStringLiteral("SELECT r.notes, r.residency_type, r.relation, h.unit, h.room, b.name, "
                                      "b.grid_id, r.household_id FROM resident r JOIN household h ON h.id = "
                                      "r.household_id JOIN building b ON b.id = h.building_id WHERE r.id_number = ?"));
    QVERIFY(q.exec(zhang) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("腿脚不便；政治面貌：中共党员；文化程度：高中；婚姻状况：已婚；"
                                                   "工作单位：退休；户籍地址：江苏省南京市"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("registered")); // 常住
    QCOMPARE(q.value(2).toString(), QStringLiteral("head"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2")); // 2单元 is unit 2: never "2单元单元"
    QCOMPARE(q.value(4).toString(), QStringLiteral("501"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("3号楼"));
    QCOMPARE(q.value(6).toLongLong(), t.gridA);
    const qint64 zhangHousehold = q.value(7).toLongLong();
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM building WHERE compound_id = ?"), t.compoundA),
             QStringLiteral("5")); // 1号楼, 2号楼 and the three new ones
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM resident WHERE household_id = ?"), zhangHousehold),
             QStringLiteral("5"));
    auto tagsOf = [&](const QString &name) {
        SqlQuery tags(t.db(), QStringLiteral("SELECT g.name FROM resident_tag rt JOIN tag g ON g.id = rt.tag_id JOIN "
                                             "resident r ON r.id = rt.resident_id WHERE r.name = ? ORDER BY g.name"));
        QStringList names;
        if (tags.exec(name))
            while (tags.next())
                names << tags.value(0).toString();
        std::sort(names.begin(), names.end());
        return names;
    };
    QStringList expected{QStringLiteral("党员"), QStringLiteral("低保")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(tagsOf(QStringLiteral("张建国")), expected);
    expected = {QStringLiteral("独居"), QStringLiteral("空巢")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(tagsOf(QStringLiteral("李秀英")), expected);
    QCOMPARE(tagsOf(QStringLiteral("王芳")), QStringList{QStringLiteral("志愿者")});
    expected = {QStringLiteral("残疾"), QStringLiteral("退役军人")};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(tagsOf(QStringLiteral("赵二力")), expected);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'tag'")),
             QStringLiteral("1"));

    // Two heads in one room: two households, the second family under its own head.
    SqlQuery zhao(t.db(),
                  QStringLiteral("SELECT household_id, relation, residency_type FROM resident WHERE name = ? "));
    QVERIFY(zhao.exec(QStringLiteral("赵大力")) && zhao.next());
    const qint64 zhaoHousehold = zhao.value(0).toLongLong();
    QVERIFY(zhaoHousehold != zhangHousehold);
    QVERIFY(zhao.exec(QStringLiteral("赵二力")) && zhao.next());
    QCOMPARE(zhao.value(0).toLongLong(), zhaoHousehold);
    QCOMPARE(zhao.value(1).toString(), QStringLiteral("sibling"));
    QCOMPARE(zhao.value(2).toString(), QStringLiteral("resident"));
    QVERIFY(zhao.exec(QStringLiteral("王芳")) && zhao.next());
    QCOMPARE(zhao.value(0).toLongLong(), zhangHousehold);
    QCOMPARE(zhao.value(1).toString(), QStringLiteral("in_law"));
    QCOMPARE(zhao.value(2).toString(), QStringLiteral("floating"));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM resident WHERE household_id = ?"), zhaoHousehold),
             QStringLiteral("3"));

    // Grids: 5栋 joined the registered 第二网格, 6栋 the new 第四网格.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT grid_id FROM building WHERE name = '5栋'")),
             QString::number(t.gridB));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT g.name FROM building b JOIN grid g ON g.id = b.grid_id WHERE "
                                           "b.name = '6栋'")),
             QStringLiteral("第四网格"));
}

void ClerkRegisterTest::valueMappingsAreRemembered()
{
    TestDatabase t;
    // A dry run with the clerk's mapping: the row would come in, and nothing is remembered.
    {
        ResidentImporter importer(t.db(), testScope(), m_today);
        QVERIFY(importer.mapValue(ImportMapping::Relation, QStringLiteral("表哥"), QStringLiteral("other")));
        QVERIFY(!importer.mapValue(ImportMapping::Relation, QStringLiteral("表弟"), QStringLiteral("cousin")));
        auto source = open(data(QStringLiteral("register-title-footer.csv")));
        QCOMPARE(importer.run(*source, true), ResidentImporter::Outcome::Done);
        QCOMPARE(importer.summary().imported, 11);
        QCOMPARE(importer.summary().rejected, 2);
        const QList<ResidentImporter::ValueReport> values = importer.values(ImportMapping::Relation);
        bool found = false;
        for (const auto &v : values)
            if (v.value == QStringLiteral("表哥")) {
                found = true;
                QCOMPARE(v.code, QStringLiteral("other"));
                QVERIFY(v.clerksChoice);
            }
        QVERIFY(found);
        QCOMPARE(ValueMappings::load(t.db()).size(), 0);
    }
    // The real import remembers it, in the database.
    {
        ResidentImporter importer(t.db(), testScope(), m_today);
        importer.mapValue(ImportMapping::Relation, QStringLiteral("表哥"), QStringLiteral("other"));
        auto source = open(data(QStringLiteral("register-title-footer.csv")));
        QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
        QCOMPARE(importer.summary().imported, 11);
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT relation FROM resident WHERE name = '吴表哥'")),
                 QStringLiteral("other"));
    }
    const ValueMappings remembered = ValueMappings::load(t.db());
    QCOMPARE(remembered.size(), 1);
    QCOMPARE(remembered.code(ImportMapping::Relation, QStringLiteral("表哥")), QStringLiteral("other"));
    // The next version of the file, with no mapping given: everyone known is updated, 表哥 too.
    ResidentImporter next(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("register-title-footer.csv")));
    QCOMPARE(next.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(next.summary().imported, 0);
    QCOMPARE(next.summary().updated, 11);
    QCOMPARE(next.summary().rejected, 2);
    QCOMPARE(rowNumbers(next.rejections()), (QList<int>{15, 16}));
}

void ClerkRegisterTest::forcedHeaderRow()
{
    TestDatabase t;
    {
        ResidentImporter importer(t.db(), testScope(), m_today);
        importer.setHeaderRow(1); // the title: nothing maps
        auto source = open(data(QStringLiteral("register-title-footer.csv")));
        QCOMPARE(importer.run(*source, true), ResidentImporter::Outcome::Failed);
        QVERIFY2(importer.errorText().contains(QStringLiteral("Name")), qPrintable(importer.errorText()));
    }
    {
        ResidentImporter importer(t.db(), testScope(), m_today);
        importer.setHeaderRow(99);
        auto source = open(data(QStringLiteral("register-title-footer.csv")));
        QCOMPARE(importer.run(*source, true), ResidentImporter::Outcome::Failed);
        QVERIFY2(importer.errorText().contains(QStringLiteral("99")), qPrintable(importer.errorText()));
    }
    ResidentImporter importer(t.db(), testScope(), m_today);
    importer.setHeaderRow(4);
    auto source = open(data(QStringLiteral("register-title-footer.csv")));
    QCOMPARE(importer.run(*source, true), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().headerRow, 4);
    QCOMPARE(importer.summary().imported, 10);
}

void ClerkRegisterTest::twoRowHeaderWorkbook()
{
    // A workbook with a title, a blank row, 地址 over 小区/楼栋/单元/门牌号, two families with
    // their own 户号 in one room, and a 合计 footer.
    XlsxWriter xlsx;
    xlsx.addRow(QStringList{QStringLiteral("翠湖苑居民台账")}, XlsxWriter::Style::Bold);
    xlsx.addRow(QStringList{});
    xlsx.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("户号"),
                            QStringLiteral("地址"), QString(), QString(), QString(), QStringLiteral("与户主关系"),
                            QStringLiteral("人员类别")});
    xlsx.addRow(QStringList{QString(), QString(), QString(), QStringLiteral("小区"), QStringLiteral("楼栋"),
                            QStringLiteral("单元"), QStringLiteral("门牌号")});
    const QString a = TestDatabase::idFor(QDate(1960, 1, 1), true, 31);
    const QString b = TestDatabase::idFor(QDate(1962, 2, 2), false, 32);
    const QString c = TestDatabase::idFor(QDate(1990, 3, 3), true, 33);
    xlsx.addRow(QStringList{QStringLiteral("孙一"), a, QStringLiteral("A1"), QStringLiteral("翠湖苑"),
                            QStringLiteral("1号楼"), QStringLiteral("1"), QStringLiteral("101"), QStringLiteral("户主"),
                            QStringLiteral("党员")});
    xlsx.addRow(QStringList{QStringLiteral("孙二"), b, QStringLiteral("A1"), QStringLiteral("翠湖苑"),
                            QStringLiteral("一号楼"), QStringLiteral("1单元"), QStringLiteral("101室"),
                            QStringLiteral("配偶")});
    xlsx.addRow(QStringList{QStringLiteral("李一"), c, QStringLiteral("A2"), QStringLiteral("翠湖苑"),
                            QStringLiteral("1栋"), QStringLiteral("1"), QStringLiteral("101"), QStringLiteral("户主")});
    xlsx.addRow(QStringList{QStringLiteral("合计"), QStringLiteral("3人")});
    const QString path = m_dir.filePath(QStringLiteral("two-row-header.xlsx"));
    QString error;
    QVERIFY2(xlsx.save(path, &error), qPrintable(error));

    TestDatabase t;
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(path);
    QVERIFY(source);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    const ResidentImporter::Summary s = importer.summary();
    QCOMPARE(s.headerRow, 3);
    QCOMPARE(s.headerLastRow, 4);
    QCOMPARE(s.aboveHeader, 1);
    QCOMPARE(s.imported, 3);
    QCOMPARE(s.rejected, 0);
    QCOMPARE(s.footer, 1);
    QCOMPARE(s.buildingsCreated, 0); // 1号楼, 一号楼 and 1栋 are the registered 1号楼 of 翠湖苑
    QCOMPARE(s.householdsCreated, 2);
    SqlQuery q(t.db(), QStringLiteral("SELECT r.household_id, h.building_id, h.unit, h.room FROM resident r JOIN "
                                      "household h ON h.id = r.household_id WHERE r.id_number = ?"));
    QList<qint64> households;
    for (const QString &id : {a, b, c}) {
        QVERIFY(q.exec(id) && q.next());
        households << q.value(0).toLongLong();
        QCOMPARE(q.value(1).toLongLong(), t.buildingB1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("1"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("101"));
    }
    QCOMPARE(households.at(0), households.at(1));
    QVERIFY(households.at(2) != households.at(0)); // A2 is another family in the same room
}

void ClerkRegisterTest::combinedAddressesAndHouseholdNumbers()
{
    // combined-address.csv: 现住址 in one cell, 户号 deciding households.
    TestDatabase t;
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(data(QStringLiteral("combined-address.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    const ResidentImporter::Summary s = importer.summary();
    QCOMPARE(s.imported, 4);
    QCOMPARE(s.rejected, 3);
    QCOMPARE(s.buildingsCreated, 1); // 3栋 = 3号楼 = 三幢 = 3-; nothing for the refused 5栋 row
    QCOMPARE(s.householdsCreated, 2);
    const QList<ResidentImporter::Rejection> r = importer.rejections();
    QCOMPARE(rowNumbers(r), (QList<int>{6, 7, 8}));
    QCOMPARE(r.at(0).column, QStringLiteral("Compound")); // 三幢201室 names no compound
    QCOMPARE(r.at(1).column, QStringLiteral("与户主关系"));
    QVERIFY2(r.at(1).reason.contains(QStringLiteral("row 2")), qPrintable(r.at(1).reason));
    QCOMPARE(r.at(2).column, QStringLiteral("户号"));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM building WHERE name = '5栋'")), QStringLiteral("0"));

    SqlQuery q(t.db(), QStringLiteral("SELECT r.name, r.household_id, b.name, h.unit, h.room FROM resident r JOIN "
                                      "household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id "
                                      "WHERE b.compound_id = ? ORDER BY r.id"));
    QVERIFY(q.exec(t.compoundA));
    QMap<QString, qint64> households;
    while (q.next()) {
        households.insert(q.value(0).toString(), q.value(1).toLongLong());
        QCOMPARE(q.value(2).toString(), QStringLiteral("3栋"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("501"));
    }
    QCOMPARE(households.size(), 4);
    QCOMPARE(households.value(QStringLiteral("甲一")), households.value(QStringLiteral("甲二")));
    QCOMPARE(households.value(QStringLiteral("乙一")), households.value(QStringLiteral("乙二")));
    QVERIFY(households.value(QStringLiteral("甲一")) != households.value(QStringLiteral("乙一")));
}

void ClerkRegisterTest::buildingInTwoGridsIsReported()
{
    TestDatabase t;
    const QString path = writeCsv(m_dir, QStringLiteral("two-grids.csv"),
                                  QStringLiteral("姓名,身份证号码,网格,小区,楼栋,门牌号\n"
                                                 "甲,%1,第一网格,新村,1栋,101\n"
                                                 "乙,%2,第二网格,新村,1号楼,102\n"
                                                 "丙,%3,第二网格,新村,2栋,101\n")
                                      .arg(TestDatabase::idFor(QDate(1970, 1, 1), true, 41),
                                           TestDatabase::idFor(QDate(1970, 1, 2), true, 42),
                                           TestDatabase::idFor(QDate(1970, 1, 3), true, 43)));
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(path);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 1);
    QCOMPARE(rowNumbers(importer.rejections()), (QList<int>{2, 3})); // both rows of 1栋, not the first one's grid
    for (const auto &r : importer.rejections()) {
        QCOMPARE(r.column, QStringLiteral("网格"));
        QVERIFY2(r.reason.contains(QStringLiteral("第一网格")) && r.reason.contains(QStringLiteral("第二网格")),
                 qPrintable(r.reason));
    }
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT count(*) FROM building WHERE name IN ('1栋', '1号楼')")),
             QStringLiteral("2")); // only the registered 1号楼 of 幸福里 and 翠湖苑
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT grid_id FROM building WHERE name = '2栋'")),
             QString::number(t.gridB));
}

void ClerkRegisterTest::namesAreCleanedOrRefused()
{
    TestDatabase t;
    const QString path = writeCsv(m_dir, QStringLiteral("names.csv"),
                                  QStringLiteral("姓名,身份证号码,小区,楼栋,户号,门牌号\n"
                                                 "张\u200B三\u200D,%1,幸福里,9栋,H9,101\n"
                                                 "李\u202E四,%2,幸福里,9栋,H9,101\n"
                                                 "王\u0007五,%3,幸福里,9栋,H9,101\n")
                                      .arg(TestDatabase::idFor(QDate(1970, 1, 1), true, 51),
                                           TestDatabase::idFor(QDate(1970, 1, 2), true, 52),
                                           TestDatabase::idFor(QDate(1970, 1, 3), true, 53)));
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(path);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 1);
    QCOMPARE(importer.mapping().column(ImportMapping::HouseholdNo), 4);
    QCOMPARE(importer.mapping().column(ImportMapping::Room), 5);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT name FROM resident WHERE id_number = ?"),
                    TestDatabase::idFor(QDate(1970, 1, 1), true, 51)),
             QStringLiteral("张三"));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT h.room FROM resident r JOIN household h ON h.id = r.household_id "
                                           "WHERE r.name = '张三'")),
             QStringLiteral("101"));
    const QList<ResidentImporter::Rejection> r = importer.rejections();
    QCOMPARE(rowNumbers(r), (QList<int>{3, 4}));
    QCOMPARE(r.at(0).column, QStringLiteral("姓名"));
    QVERIFY2(r.at(0).reason.contains(QStringLiteral("U+202E")), qPrintable(r.at(0).reason));
    QVERIFY2(r.at(1).reason.contains(QStringLiteral("U+0007")), qPrintable(r.at(1).reason));

    // The same ID number under another name is a conflict, never a rename.
    const QString renamed = writeCsv(m_dir, QStringLiteral("renamed.csv"),
                                     QStringLiteral("姓名,身份证号码,小区,楼栋,门牌号,联系电话\n"
                                                    "张叁,%1,幸福里,9栋,101,13900000000\n")
                                         .arg(TestDatabase::idFor(QDate(1970, 1, 1), true, 51)));
    ResidentImporter again(t.db(), testScope(), m_today);
    auto second = open(renamed);
    QCOMPARE(again.run(*second), ResidentImporter::Outcome::Done);
    QCOMPARE(again.summary().updated, 0);
    QCOMPARE(again.summary().rejected, 1);
    const QString reason = again.rejections().first().reason;
    QVERIFY2(reason.contains(QStringLiteral("张三")) && reason.contains(QStringLiteral("张叁")), qPrintable(reason));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT coalesce(phone, '') FROM resident WHERE name = '张三'")), QString());
}

void ClerkRegisterTest::errorReportIsWrittenBeforeTheCommit()
{
    TestDatabase t;
    const int before = t.count(QStringLiteral("resident"));
    {
        // The report cannot be written: the import does not commit.
        ResidentImporter importer(t.db(), testScope(), m_today);
        importer.setErrorReportPath(m_dir.filePath(QStringLiteral("no-such-folder/errors.csv")));
        auto source = open(data(QStringLiteral("register-title-footer.csv")));
        QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Failed);
        QVERIFY2(importer.errorText().contains(QStringLiteral("errors.csv")), qPrintable(importer.errorText()));
        QCOMPARE(t.count(QStringLiteral("resident")), before);
    }
    ResidentImporter importer(t.db(), testScope(), m_today);
    const QString report = m_dir.filePath(QStringLiteral("errors.csv"));
    importer.setErrorReportPath(report);
    auto source = open(data(QStringLiteral("register-title-footer.csv")));
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(t.count(QStringLiteral("resident")), before + 10);
    CsvReader reader;
    QVERIFY(reader.open(report));
    QStringList cells;
    int rows = 0;
    while (reader.readRow(&cells, nullptr))
        ++rows;
    QCOMPARE(rows, 1 + 3);
}

void ClerkRegisterTest::unclosedQuoteIsReportedAtItsRow()
{
    TestDatabase t;
    const QString path = writeCsv(m_dir, QStringLiteral("quote.csv"),
                                  QStringLiteral("姓名,身份证号码,小区,楼栋,门牌号,备注\n"
                                                 "甲,%1,幸福里,8栋,101,\n"
                                                 "乙,%2,幸福里,8栋,102,\"说明没有结束\n"
                                                 "丙,%3,幸福里,8栋,103,\n")
                                      .arg(TestDatabase::idFor(QDate(1970, 1, 1), true, 61),
                                           TestDatabase::idFor(QDate(1970, 1, 2), true, 62),
                                           TestDatabase::idFor(QDate(1970, 1, 3), true, 63)));
    ResidentImporter importer(t.db(), testScope(), m_today);
    auto source = open(path);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(importer.summary().imported, 2);
    QCOMPARE(rowNumbers(importer.rejections()), QList<int>{3});
    QVERIFY(importer.rejections().first().reason.contains(QStringLiteral("never closed")));
}

QTEST_GUILESS_MAIN(ClerkRegisterTest)
#include "clerkregister_test.moc"
