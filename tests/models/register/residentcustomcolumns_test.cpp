// The office's custom resident fields in the register (issue 25): each is an optional column of
// the list, read a page at a time; the header's filter and the register's filter take a custom
// field's value (exact, or "contains" for text) in SQL; the export writes the columns (CSV, XLSX).
// Both engines (the _pg twin).
#include "models/core/sqlquery.h"
#include "models/importing/xlsxreader.h"
#include "models/register/residentexport.h"
#include "models/register/residenttablemodel.h"
#include "models/tags/customfieldstore.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class ResidentCustomColumnsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void columnsShowTheValues();
    void filterOnACustomField();
    void exportWritesTheColumns();

private:
    QStringList names(const ResidentFilter &filter) const;
    CustomField define(const QString &code, const QString &name, const QString &type, const QStringList &choices = {});

    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_zhang = 0, m_li = 0, m_wang = 0;
    CustomField m_plate, m_religion;
};

CustomField ResidentCustomColumnsTest::define(const QString &code, const QString &name, const QString &type,
                                              const QStringList &choices)
{
    CustomField f;
    f.entity = CustomFieldStore::residentEntity();
    f.code = code;
    f.name = name;
    f.type = type;
    f.choices = choices;
    const SaveResult saved = CustomFieldStore(m_tdb->db(), testScope()).save(f);
    if (!saved.ok)
        qWarning() << saved.firstMessage();
    return f;
}

void ResidentCustomColumnsTest::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    const QString zhang = TestDatabase::idFor(QDate(1950, 1, 1), true);
    const QString li = TestDatabase::idFor(QDate(1960, 2, 2), false);
    const QString wang = TestDatabase::idFor(QDate(1970, 3, 3), true);
    QVERIFY(m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                {{QStringLiteral("张三"), zhang}, {QStringLiteral("李四"), li}}));
    QVERIFY(m_tdb->addHousehold(m_tdb->buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                                {{QStringLiteral("王五"), wang}}));
    m_zhang = m_tdb->residentId(zhang);
    m_li = m_tdb->residentId(li);
    m_wang = m_tdb->residentId(wang);
    m_plate = define(QStringLiteral("plate"), QStringLiteral("车牌号"), QStringLiteral("text"));
    m_religion = define(QStringLiteral("religion"), QStringLiteral("宗教"), QStringLiteral("choice"),
                        {QStringLiteral("无"), QStringLiteral("佛教"), QStringLiteral("基督教")});
    CustomField old = define(QStringLiteral("old"), QStringLiteral("旧字段"), QStringLiteral("text"));
    QVERIFY(m_plate.id && m_religion.id && old.id);
    // A household field shares the table: a household numbered like a resident must not show.
    CustomField pets;
    pets.entity = CustomFieldStore::householdEntity();
    pets.code = QStringLiteral("pets");
    pets.name = QStringLiteral("宠物");
    pets.type = QStringLiteral("text");
    CustomFieldStore store(m_tdb->db(), testScope());
    QVERIFY(store.save(pets).ok);
    QVERIFY(store.archive(old.id).ok);
    const QString resident = CustomFieldStore::residentEntity();
    QVERIFY(store
                .setValues(resident, m_zhang,
                           {{m_plate.code, QStringLiteral("苏A12345")}, {m_religion.code, QStringLiteral("佛教")}})
                .ok);
    QVERIFY(store.setValues(resident, m_li, {{m_plate.code, QStringLiteral("苏B77777")}}).ok);
    QVERIFY(store.setValues(resident, m_wang, {{m_religion.code, QStringLiteral("基督教")}}).ok);
    SqlQuery household(m_tdb->db(),
                       QStringLiteral("INSERT INTO custom_value (field_id, record_id, value) VALUES (?, ?, '猫')"));
    QVERIFY(household.exec(pets.id, m_wang));
}

QStringList ResidentCustomColumnsTest::names(const ResidentFilter &filter) const
{
    ResidentTableModel model(m_tdb->db(), testScope());
    model.setFilter(filter);
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, ResidentTableModel::Name).data().toString();
    list.sort();
    return list;
}

void ResidentCustomColumnsTest::columnsShowTheValues()
{
    ResidentTableModel model(m_tdb->db(), testScope());
    // The fields in use, after the built-in columns; the archived one is not a column.
    QCOMPARE(model.columnCount(), int(ResidentTableModel::ColumnCount) + 2);
    const int plate = model.columnOfCustomField(m_plate.id);
    const int religion = model.columnOfCustomField(m_religion.id);
    QVERIFY(plate >= ResidentTableModel::ColumnCount && religion >= ResidentTableModel::ColumnCount);
    QCOMPARE(model.customFieldId(plate), m_plate.id);
    QCOMPARE(model.customFieldId(ResidentTableModel::Name), qint64(0));
    QCOMPARE(model.headerData(plate, Qt::Horizontal).toString(), QStringLiteral("车牌号"));
    QCOMPARE(model.headerData(religion, Qt::Horizontal).toString(), QStringLiteral("宗教"));
    QCOMPARE(model.rowCount(), 3);
    QHash<qint64, QPair<QString, QString>> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.residentId(row),
                     {model.index(row, plate).data().toString(), model.index(row, religion).data().toString()});
    QCOMPARE(shown.value(m_zhang), qMakePair(QStringLiteral("苏A12345"), QStringLiteral("佛教")));
    QCOMPARE(shown.value(m_li), qMakePair(QStringLiteral("苏B77777"), QString()));
    QCOMPARE(shown.value(m_wang), qMakePair(QString(), QStringLiteral("基督教")));
    // The header's filter: text fields take "contains"; a choice field offers its choices.
    QVERIFY(model.hasTextFilter(plate));
    QVERIFY(!model.hasTextFilter(religion));
    QCOMPARE(model.columnChoices(religion).size(), 3);
    // A text field offers the values in use for an exact pick.
    QCOMPARE(model.columnChoices(plate).size(), 2);
    QCOMPARE(model.columnChoices(plate).at(0).first, QStringLiteral("苏A12345"));
}

void ResidentCustomColumnsTest::filterOnACustomField()
{
    ResidentTableModel probe(m_tdb->db(), testScope());
    ResidentColumnCondition plate;
    plate.column = probe.columnOfCustomField(m_plate.id);
    plate.customFieldId = m_plate.id;
    plate.contains = QStringLiteral("b77");
    ResidentFilter f;
    f.columns = {plate};
    QCOMPARE(names(f), QStringList{QStringLiteral("李四")});
    // Exact value.
    plate.contains.clear();
    plate.values = {QStringLiteral("苏A12345")};
    f.columns = {plate};
    QCOMPARE(names(f), QStringList{QStringLiteral("张三")});
    // A LIKE wildcard typed is a character.
    plate.values.clear();
    plate.contains = QStringLiteral("苏_");
    f.columns = {plate};
    QVERIFY(names(f).isEmpty());
    // A choice field by its values, and with the other filters.
    ResidentColumnCondition religion;
    religion.column = probe.columnOfCustomField(m_religion.id);
    religion.customFieldId = m_religion.id;
    religion.values = {QStringLiteral("佛教"), QStringLiteral("基督教")};
    f.columns = {religion};
    QCOMPARE(names(f), (QStringList{QStringLiteral("张三"), QStringLiteral("王五")}));
    f.gridId = m_tdb->gridA;
    QCOMPARE(names(f), QStringList{QStringLiteral("张三")});
}

void ResidentCustomColumnsTest::exportWritesTheColumns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ResidentExport csvExport(m_tdb->db(), testScope());
    const QString csv = dir.filePath(QStringLiteral("residents.csv"));
    QString error;
    QVERIFY2(csvExport.write(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("车牌号")) && text.contains(QStringLiteral("宗教")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("苏A12345")) && text.contains(QStringLiteral("基督教")));
    QVERIFY(!text.contains(QStringLiteral("旧字段")));

    ResidentExport xlsxExport(m_tdb->db(), testScope());
    const QString xlsx = dir.filePath(QStringLiteral("residents.xlsx"));
    QVERIFY2(xlsxExport.write(xlsx, &error), qPrintable(error));
    XlsxReader reader;
    QVERIFY(reader.open(xlsx));
    QStringList header;
    int rowNumber = 0;
    QVERIFY(reader.readRow(&header, &rowNumber));
    QVERIFY2(header.contains(QStringLiteral("车牌号")), qPrintable(header.join(u',')));
    const qsizetype plateAt = header.indexOf(QStringLiteral("车牌号"));
    QStringList plates;
    QStringList cells;
    while (reader.readRow(&cells, &rowNumber))
        plates << cells.value(plateAt);
    QVERIFY2(plates.contains(QStringLiteral("苏B77777")), qPrintable(plates.join(u',')));
}

QTEST_GUILESS_MAIN(ResidentCustomColumnsTest)
#include "residentcustomcolumns_test.moc"
