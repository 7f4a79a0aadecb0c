// An import column kept as the office's own resident field (issue 25): the field is made (text)
// or found by the column's name, the values are written in the import's one transaction (a dry
// run or a failure leaves neither field nor values), an empty cell keeps a stored value, and a
// typed field refuses a value of the wrong kind, naming it. Both engines (the _pg twin).
#include "models/core/sqlquery.h"
#include "models/importing/importmapping.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/tags/customfieldstore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class ImportCustomFieldsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void keptColumnBecomesAField();
    void dryRunAndFailureLeaveNothing();
    void keptByPlaceInTheMapping();
    void typedFieldChecksTheValues();

private:
    QString writeCsv(const QString &name, const QStringList &lines);
    ResidentImporter::Outcome import(const QString &path, const QStringList &keep, bool dryRun = false,
                                     int failAfter = -1);
    QString value(const QString &fieldName, const QString &idNumber) const;

    std::unique_ptr<TestDatabase> m_tdb;
    QTemporaryDir m_dir;
    QString m_zhang, m_li;
    ResidentImporter::Summary m_summary;
    QList<ResidentImporter::Rejection> m_rejections;
};

void ImportCustomFieldsTest::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    m_zhang = TestDatabase::idFor(QDate(1950, 1, 1), true, 11);
    m_li = TestDatabase::idFor(QDate(1960, 2, 2), false, 12);
}

QString ImportCustomFieldsTest::writeCsv(const QString &name, const QStringList &lines)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

ResidentImporter::Outcome ImportCustomFieldsTest::import(const QString &path, const QStringList &keep, bool dryRun,
                                                         int failAfter)
{
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(path, &error);
    if (!source) {
        qWarning() << error;
        return ResidentImporter::Outcome::Failed;
    }
    ResidentImporter importer(m_tdb->db(), testScope());
    importer.setKeepAsFields(keep);
    importer.setFailAfterRowsForTesting(failAfter);
    const ResidentImporter::Outcome outcome = importer.run(*source, dryRun);
    m_summary = importer.summary();
    m_rejections = importer.rejections();
    if (outcome == ResidentImporter::Outcome::Failed)
        qWarning() << importer.errorText();
    return outcome;
}

QString ImportCustomFieldsTest::value(const QString &fieldName, const QString &idNumber) const
{
    SqlQuery q(m_tdb->db(), QStringLiteral("SELECT v.value FROM custom_value v JOIN custom_field f ON f.id = "
                                           "v.field_id JOIN resident r ON r.id = v.record_id WHERE f.entity = "
                                           "'resident' AND f.name = ? AND r.id_number = ?"));
    return q.exec(fieldName, idNumber) && q.next() ? q.value(0).toString() : QString();
}

void ImportCustomFieldsTest::keptColumnBecomesAField()
{
    const QString path =
        writeCsv(QStringLiteral("a.csv"), {QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号,车牌号,宠物"),
                                           QStringLiteral("张三,%1,幸福里,3栋,1,101,苏A12345,猫").arg(m_zhang),
                                           QStringLiteral("李四,%1,幸福里,3栋,1,102,,狗").arg(m_li)});
    QCOMPARE(import(path, {QStringLiteral("车牌号")}), ResidentImporter::Outcome::Done);
    QCOMPARE(m_summary.imported, 2);
    const std::optional<CustomField> plate =
        CustomFieldStore(m_tdb->db(), testScope()).field(CustomFieldStore::residentEntity(), QStringLiteral("车牌号"));
    QVERIFY(plate);
    QCOMPARE(plate->type, QStringLiteral("text"));
    QCOMPARE(value(QStringLiteral("车牌号"), m_zhang), QStringLiteral("苏A12345"));
    QVERIFY(value(QStringLiteral("车牌号"), m_li).isEmpty());
    // The other unmapped column is still a note; the kept one is not.
    SqlQuery notes(m_tdb->db(), QStringLiteral("SELECT notes FROM resident WHERE id_number = ?"));
    QVERIFY(notes.exec(m_zhang) && notes.next());
    QVERIFY2(notes.value(0).toString().contains(QStringLiteral("猫")), qPrintable(notes.value(0).toString()));
    QVERIFY(!notes.value(0).toString().contains(QStringLiteral("苏A12345")));

    // Again with a new plate for 张三, one for 李四: the same field, values updated; an empty cell keeps.
    const QString again =
        writeCsv(QStringLiteral("b.csv"), {QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号,车牌号"),
                                           QStringLiteral("张三,%1,幸福里,3栋,1,101,").arg(m_zhang),
                                           QStringLiteral("李四,%1,幸福里,3栋,1,102,苏B00001").arg(m_li)});
    QCOMPARE(import(again, {QStringLiteral("车牌号")}), ResidentImporter::Outcome::Done);
    QCOMPARE(m_summary.updated, 2);
    QCOMPARE(CustomFieldStore(m_tdb->db(), testScope()).list(CustomFieldStore::residentEntity()).size(), 1);
    QCOMPARE(value(QStringLiteral("车牌号"), m_zhang), QStringLiteral("苏A12345"));
    QCOMPARE(value(QStringLiteral("车牌号"), m_li), QStringLiteral("苏B00001"));
}

void ImportCustomFieldsTest::dryRunAndFailureLeaveNothing()
{
    const QString path =
        writeCsv(QStringLiteral("c.csv"), {QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号,车牌号"),
                                           QStringLiteral("张三,%1,幸福里,3栋,1,101,苏A12345").arg(m_zhang),
                                           QStringLiteral("李四,%1,幸福里,3栋,1,102,苏B00001").arg(m_li)});
    QCOMPARE(import(path, {QStringLiteral("车牌号")}, true), ResidentImporter::Outcome::Done);
    QCOMPARE(m_summary.imported, 2);
    QCOMPARE(m_tdb->count(QStringLiteral("custom_field")), 0);
    QCOMPARE(m_tdb->count(QStringLiteral("custom_value")), 0);
    QCOMPARE(import(path, {QStringLiteral("车牌号")}, false, 2), ResidentImporter::Outcome::Failed);
    QCOMPARE(m_tdb->count(QStringLiteral("custom_field")), 0);
    QCOMPARE(m_tdb->count(QStringLiteral("custom_value")), 0);
    QCOMPARE(m_tdb->count(QStringLiteral("resident")), 0);
}

void ImportCustomFieldsTest::keptByPlaceInTheMapping()
{
    const QStringList header = {QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("小区"),
                                QStringLiteral("楼栋"), QStringLiteral("单元"),       QStringLiteral("门牌号"),
                                QStringLiteral("宗教")};
    const QString path = writeCsv(QStringLiteral("d.csv"),
                                  {header.join(u','), QStringLiteral("张三,%1,幸福里,3栋,1,101,佛教").arg(m_zhang)});
    ImportMapping mapping = ImportMapping::guess(header);
    mapping.setKeptAsField(6, true);
    QCOMPARE(mapping.columnUse(6, header.at(6)), ImportMapping::ColumnUse::CustomField);
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(path, &error);
    QVERIFY(source);
    ResidentImporter importer(m_tdb->db(), testScope());
    importer.setMapping(mapping);
    QCOMPARE(importer.run(*source), ResidentImporter::Outcome::Done);
    QCOMPARE(value(QStringLiteral("宗教"), m_zhang), QStringLiteral("佛教"));
    bool reported = false;
    for (const ResidentImporter::ColumnReport &c : importer.columns())
        reported = reported || (c.column == 6 && c.use == ImportMapping::ColumnUse::CustomField);
    QVERIFY(reported);
}

void ImportCustomFieldsTest::typedFieldChecksTheValues()
{
    CustomField cars;
    cars.entity = CustomFieldStore::residentEntity();
    cars.code = QStringLiteral("cars");
    cars.name = QStringLiteral("车辆数");
    cars.type = QStringLiteral("number");
    QVERIFY(CustomFieldStore(m_tdb->db(), testScope()).save(cars).ok);
    const QString path =
        writeCsv(QStringLiteral("e.csv"), {QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号,车辆数"),
                                           QStringLiteral("张三,%1,幸福里,3栋,1,101,2").arg(m_zhang),
                                           QStringLiteral("李四,%1,幸福里,3栋,1,102,两辆").arg(m_li)});
    QCOMPARE(import(path, {QStringLiteral("车辆数")}), ResidentImporter::Outcome::Done);
    QCOMPARE(m_summary.imported, 1);
    QCOMPARE(m_summary.rejected, 1);
    QCOMPARE(m_rejections.constFirst().rowNumber, 3);
    QVERIFY2(m_rejections.constFirst().reason.contains(QStringLiteral("车辆数")),
             qPrintable(m_rejections.constFirst().reason));
    QCOMPARE(value(QStringLiteral("车辆数"), m_zhang), QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(ImportCustomFieldsTest)
#include "importcustomfields_test.moc"
