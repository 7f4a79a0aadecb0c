// TableExporter on the register's lazy list: every filtered row (more than one page), the
// shown columns, masked numbers unless revealed, ID numbers kept as text in CSV and XLSX.
#include "models/cnrules/idnumber.h"
#include "models/documents/tableexporter.h"
#include "models/importing/csvreader.h"
#include "models/importing/xlsxreader.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/support/xlsxpackage.h"

#include <QFile>
#include <QStandardItemModel>
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
    void formulasStayText();
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

// Names that are formulas (CSV injection) open as text in Excel and WPS; a column of amounts
// stays numbers.
void TableExporterTest::formulasStayText()
{
    const QString hyperlink = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
    const QString dde = QStringLiteral("+cmd|' /C calc'!A0");
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("姓名"), QStringLiteral("金额")});
    model.setItem(0, 0, new QStandardItem(hyperlink));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("-12.5")));
    model.setItem(1, 0, new QStandardItem(dde));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("30")));
    QTemporaryDir dir;
    QString error;

    const QString csv = dir.filePath(QStringLiteral("names.csv"));
    QVERIFY2(TableExporter(&model).write(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-12.5\r\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("'+cmd|' /C calc'!A0,30\r\n")), qPrintable(text));
    CsvReader reader;
    QVERIFY(reader.open(csv));
    const QList<QStringList> rows = readBack(reader);
    QCOMPARE(rows.at(1).at(0), QLatin1Char('\'') + hyperlink);
    QCOMPARE(rows.at(1).at(1), QStringLiteral("-12.5")); // a number, not escaped

    // XLSX: written as strings, never as formulas.
    const QString xlsx = dir.filePath(QStringLiteral("names.xlsx"));
    QVERIFY2(TableExporter(&model).write(xlsx, &error), qPrintable(error));
    XlsxPackage package;
    QVERIFY2(package.open(xlsx), qPrintable(package.errorText()));
    QVERIFY(!package.sheetXml().contains("<f>"));
    const QMap<QString, XlsxPackage::Cell> cells = package.cells();
    QCOMPARE(cells.value(QStringLiteral("A2")).type, QStringLiteral("s"));
    QCOMPARE(cells.value(QStringLiteral("A2")).text, hyperlink);
    QCOMPARE(cells.value(QStringLiteral("A3")).text, dde);
}

QTEST_GUILESS_MAIN(TableExporterTest)
#include "tableexporter_test.moc"
