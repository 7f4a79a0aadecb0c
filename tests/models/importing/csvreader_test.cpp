// CsvReader on the files clerks actually bring: BOM or not, GBK, broken bytes, ragged rows, quotes.
#include "models/importing/csvreader.h"

#include <QTest>

namespace {

QString data(const QString &name)
{
    return QStringLiteral(CD_IMPORT_DATA "/") + name;
}

QList<QStringList> readAll(CsvReader &reader, QList<int> *rowNumbers = nullptr)
{
    QList<QStringList> rows;
    QStringList cells;
    int row = 0;
    while (reader.readRow(&cells, &row)) {
        rows << cells;
        if (rowNumbers)
            *rowNumbers << row;
    }
    return rows;
}

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithByteOrderMark();
    void utf8WithoutByteOrderMark();
    void gbkIsDetected();
    void brokenEncodingIsRefused();
    void emptyAndBlankFiles();
    void quotesLineBreaksAndRowNumbers();
    void unclosedQuoteIsItsOwnRow();
    void tabsAndSemicolons();
    void utf16WithByteOrderMark();
    void recordsAcrossChunkBoundaries();
    void rewindStartsAgain();
};

void CsvReaderTest::utf8WithByteOrderMark()
{
    CsvReader reader;
    QVERIFY2(reader.open(data(QStringLiteral("residents.csv"))), qPrintable(reader.errorText()));
    QCOMPARE(reader.encoding(), TextEncoding::Kind::Utf8);
    QList<int> numbers;
    const QList<QStringList> rows = readAll(reader, &numbers);
    QCOMPARE(rows.size(), 14);
    QCOMPARE(rows.at(0).at(0), QStringLiteral("姓名")); // no byte order mark glued to the first header
    QCOMPARE(rows.at(0).size(), 13);
    QCOMPARE(rows.at(3).at(12), QStringLiteral("住址, 有逗号"));
    QCOMPARE(rows.at(10).size(), 15); // ragged: two cells more than the header
    QCOMPARE(rows.at(13).size(), 7);  // ragged: six cells fewer
    QCOMPARE(numbers.first(), 1);
    QCOMPARE(numbers.last(), 14);
    QCOMPARE(reader.progress(), 1.0);
}

void CsvReaderTest::utf8WithoutByteOrderMark()
{
    CsvReader reader;
    QVERIFY(reader.open(data(QStringLiteral("residents-nobom.csv"))));
    QCOMPARE(reader.encoding(), TextEncoding::Kind::Utf8);
    const QList<QStringList> rows = readAll(reader);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("张三"));
}

void CsvReaderTest::gbkIsDetected()
{
    if (!TextEncoding::hasGb18030())
        QSKIP("This Qt has no GB18030 codec (built without ICU)");
    CsvReader reader;
    QVERIFY2(reader.open(data(QStringLiteral("residents-gbk.csv"))), qPrintable(reader.errorText()));
    QCOMPARE(reader.encoding(), TextEncoding::Kind::Gb18030);
    QVERIFY(reader.description().contains(QStringLiteral("GBK")));
    const QList<QStringList> rows = readAll(reader);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).at(1), QStringLiteral("身份证号码"));
    QCOMPARE(rows.at(3).at(0), QStringLiteral("張偉")); // traditional characters survive GBK
    QCOMPARE(rows.at(2).at(2), QStringLiteral("１３８ １２３４ ５６７９"));
}

void CsvReaderTest::brokenEncodingIsRefused()
{
    CsvReader reader;
    QVERIFY(!reader.open(data(QStringLiteral("broken-encoding.csv"))));
    QCOMPARE(reader.encoding(), TextEncoding::Kind::Unknown);
    QVERIFY(reader.errorText().contains(QStringLiteral("UTF-8")));
    QStringList cells;
    QVERIFY(!reader.readRow(&cells, nullptr));
    // A lone continuation byte in otherwise ASCII text.
    QVERIFY(!reader.setData(QByteArray("a,b\n\x80\x80\x80\xff,c\n")));
}

void CsvReaderTest::emptyAndBlankFiles()
{
    CsvReader empty;
    QVERIFY(empty.open(data(QStringLiteral("empty.csv"))));
    QStringList cells;
    QVERIFY(!empty.readRow(&cells, nullptr));
    QCOMPARE(empty.progress(), 1.0);

    CsvReader blank;
    QVERIFY(blank.open(data(QStringLiteral("blank-lines.csv"))));
    const QList<QStringList> rows = readAll(blank);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(2), QStringList{QStringLiteral("  ")});

    CsvReader missing;
    QVERIFY(!missing.open(data(QStringLiteral("no-such-file.csv"))));
    QVERIFY(!missing.errorText().isEmpty());
}

void CsvReaderTest::quotesLineBreaksAndRowNumbers()
{
    CsvReader reader;
    QVERIFY(reader.setData(QByteArray("a,\"b \"\"x\"\"\r\nline\",c\r\n\"\",,\"\"\"\"\nlast,\"unterminated")));
    QList<int> numbers;
    const QList<QStringList> rows = readAll(reader, &numbers);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), (QStringList{QStringLiteral("a"), QStringLiteral("b \"x\"\r\nline"), QStringLiteral("c")}));
    QCOMPARE(rows.at(1), (QStringList{QString(), QString(), QStringLiteral("\"")}));
    QCOMPARE(rows.at(2), (QStringList{QStringLiteral("last"), QStringLiteral("unterminated")}));
    QCOMPARE(numbers, (QList<int>{1, 2, 3})); // a line break inside quotes is not a new row
}

void CsvReaderTest::unclosedQuoteIsItsOwnRow()
{
    // A quote left open in row 2: row 2 ends at its own line end and says so; rows 3 and 4 are rows.
    CsvReader reader;
    QVERIFY(reader.setData(QByteArray("name,notes\r\n\xE5\xBC\xA0,\"open\r\nb,2\r\nc,3\r\n")));
    QStringList cells;
    int number = 0;
    QVERIFY(reader.readRow(&cells, &number));
    QVERIFY(reader.rowProblem().isEmpty());
    QVERIFY(reader.readRow(&cells, &number));
    QCOMPARE(number, 2);
    QCOMPARE(cells, (QStringList{QStringLiteral("张"), QStringLiteral("open")}));
    QVERIFY(reader.rowProblem().contains(QStringLiteral("never closed")));
    QVERIFY(reader.readRow(&cells, &number));
    QCOMPARE(number, 3);
    QCOMPARE(cells, (QStringList{QStringLiteral("b"), QStringLiteral("2")}));
    QVERIFY(reader.rowProblem().isEmpty());
    QVERIFY(reader.readRow(&cells, &number));
    QCOMPARE(number, 4);
    QVERIFY(!reader.readRow(&cells, &number));

    // A quote "closed" only by another stray quote far below is still cut at its first line end.
    QByteArray data("a,\"stray\n");
    for (int i = 0; i < 200; ++i)
        data += QByteArray::number(i) + ",x\n";
    data += "end,\"\n";
    CsvReader far;
    QVERIFY(far.setData(data));
    QVERIFY(far.readRow(&cells, &number));
    QCOMPARE(cells, (QStringList{QStringLiteral("a"), QStringLiteral("stray")}));
    QVERIFY(!far.rowProblem().isEmpty());
    int rows = 1;
    while (far.readRow(&cells, &number))
        ++rows;
    QCOMPARE(rows, 1 + 200 + 1);
    QCOMPARE(number, 202);
}

void CsvReaderTest::tabsAndSemicolons()
{
    CsvReader tabs;
    QVERIFY(tabs.setData(QByteArray("name\tunit\troom, no\nA\t1\t1, 2\n")));
    QCOMPARE(tabs.delimiter(), QLatin1Char('\t'));
    QCOMPARE(readAll(tabs).at(1), (QStringList{QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("1, 2")}));
    CsvReader semicolons;
    QVERIFY(semicolons.setData(QByteArray("a;b;c\n1;2;3\n")));
    QCOMPARE(semicolons.delimiter(), QLatin1Char(';'));
    QCOMPARE(readAll(semicolons).at(1).size(), 3);
}

void CsvReaderTest::utf16WithByteOrderMark()
{
    const QString text = QStringLiteral("姓名,小区\n张三,幸福小区\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    CsvReader reader;
    QVERIFY(reader.setData(bytes));
    QCOMPARE(reader.encoding(), TextEncoding::Kind::Utf16LE);
    QCOMPARE(readAll(reader).at(1).at(1), QStringLiteral("幸福小区"));
}

void CsvReaderTest::recordsAcrossChunkBoundaries()
{
    // Several megabytes, so records, quoted line breaks, CRLFs and three-byte characters fall on
    // every kind of boundary of the reader's 1 MiB pieces.
    QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + "id,text,more\r\n";
    const int rows = 60000;
    for (int i = 0; i < rows; ++i)
        bytes += QStringLiteral("%1,\"幸福\"\"小区\"\"\r\n第%1栋\",张三%1\r\n").arg(i).toUtf8();
    CsvReader reader;
    QVERIFY(reader.setData(bytes));
    QStringList cells;
    int row = 0;
    QVERIFY(reader.readRow(&cells, &row));
    for (int i = 0; i < rows; ++i) {
        QVERIFY(reader.readRow(&cells, &row));
        QCOMPARE(row, i + 2);
        QCOMPARE(cells.size(), 3);
        if (cells.at(0) != QString::number(i) || cells.at(1) != QStringLiteral("幸福\"小区\"\r\n第%1栋").arg(i) ||
            cells.at(2) != QStringLiteral("张三%1").arg(i))
            QFAIL(qPrintable(QStringLiteral("row %1: %2").arg(i).arg(cells.join(QLatin1Char('|')))));
    }
    QVERIFY(!reader.readRow(&cells, &row));
}

void CsvReaderTest::rewindStartsAgain()
{
    CsvReader reader;
    QVERIFY(reader.open(data(QStringLiteral("residents-nobom.csv"))));
    const QList<QStringList> first = readAll(reader);
    QVERIFY(reader.rewind());
    QCOMPARE(readAll(reader), first);
}

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "csvreader_test.moc"
