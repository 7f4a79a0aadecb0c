// TableExporter on the register's lazy list: every filtered row (more than one page), the
// shown columns, masked numbers unless revealed, ID numbers kept as text in CSV and XLSX.
#include "models/cnrules/idnumber.h"
#include "models/documents/tableexporter.h"
#include "models/importing/csvreader.h"
#include "models/importing/xlsxreader.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QList<QStringList> readBack(ImportSource &source)
{
    QList<QStringList> rows;
    QStringList cells;
    while (source.readRow(&cells, nullptr))
        rows << cells;
    return rows;
}

} // namespace

class TableExporterTest : public QObject
{
    Q_OBJECT

private slots:
    void exportsEveryFilteredRow();
};

void TableExporterTest::exportsEveryFilteredRow()
{
    TestDatabase t;
    const int households = ResidentTableModel::kPageSize + 50;
    for (int i = 0; i < households; ++i)
        t.addHousehold(
            i % 2 ? t.buildingA1 : t.buildingB1, QStringLiteral("1"), QString::number(100 + i),
            {{QStringLiteral("居民%1").arg(i), TestDatabase::idFor(QDate(1950, 1, 1).addDays(i), i % 2, 1 + i % 90)}});
    ResidentTableModel model(t.db(), testScope());
    ResidentFilter filter;
    filter.compoundId = t.compoundA; // the odd ones
    model.setFilter(filter);
    QVERIFY(model.rowCount() <= ResidentTableModel::kPageSize); // lazily paged
    QTemporaryDir dir;

    TableExporter masked(&model, {ResidentTableModel::Name, ResidentTableModel::IdNumber});
    const QString csv = dir.filePath(QStringLiteral("list.csv"));
    QString error;
    QVERIFY2(masked.write(csv, &error), qPrintable(error));
    QCOMPARE(masked.rowsWritten(), households / 2);
    CsvReader csvReader;
    QVERIFY(csvReader.open(csv));
    QCOMPARE(csvReader.encoding(), TextEncoding::Kind::Utf8);
    QList<QStringList> rows = readBack(csvReader);
    QCOMPARE(rows.size(), 1 + households / 2);
    QCOMPARE(rows.at(0).size(), 2);
    QCOMPARE(rows.at(0).at(1), model.headerData(ResidentTableModel::IdNumber, Qt::Horizontal).toString());
    QVERIFY(rows.at(1).at(1).contains(QStringLiteral("********"))); // masked as the list shows it

    model.setRevealNumbers(true);
    TableExporter revealed(&model);
    const QString xlsx = dir.filePath(QStringLiteral("list.xlsx"));
    QVERIFY2(revealed.write(xlsx, &error), qPrintable(error));
    XlsxReader xlsxReader;
    QVERIFY(xlsxReader.open(xlsx));
    rows = readBack(xlsxReader);
    QCOMPARE(rows.size(), 1 + households / 2);
    QCOMPARE(rows.at(0).size(), int(ResidentTableModel::ColumnCount));
    const QString id = rows.at(1).at(ResidentTableModel::IdNumber);
    QCOMPARE(id.size(), 18); // text, every digit kept
    QVERIFY(IdNumber::parse(id).isValid());

    // Revealed numbers in a CSV carry a leading tab so Excel keeps them as text.
    const QString csv2 = dir.filePath(QStringLiteral("revealed.csv"));
    QVERIFY(TableExporter(&model, {ResidentTableModel::IdNumber}).write(csv2, &error));
    CsvReader again;
    QVERIFY(again.open(csv2));
    rows = readBack(again);
    QVERIFY(rows.at(1).at(0).startsWith(QLatin1Char('\t')));
    QCOMPARE(rows.at(1).at(0).trimmed().size(), 18);

    TableExporter cancelled(&model);
    cancelled.setProgress([](int) { return false; });
    const QString none = dir.filePath(QStringLiteral("none.csv"));
    QVERIFY(!cancelled.write(none, &error));
    QVERIFY(!QFileInfo::exists(none));
}

QTEST_GUILESS_MAIN(TableExporterTest)
#include "tableexporter_test.moc"
