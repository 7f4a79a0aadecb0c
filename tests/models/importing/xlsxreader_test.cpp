// XlsxReader on a workbook written by hand (shared strings with rich text and phonetic runs,
// inline strings, a date style, a formula, a missing row), on our own XlsxWriter's output, and
// on damaged files.
#include "models/documents/xlsxwriter.h"
#include "models/importing/xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace {

QString data(const QString &name)
{
    return QStringLiteral(CD_IMPORT_DATA "/") + name;
}

} // namespace

class XlsxReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void handMadeWorkbook();
    void ourOwnWorkbook();
    void damagedFilesAreRefused();
    void hugeTextTableIsRefusedInBoundedMemory();
    void helpers();
};

void XlsxReaderTest::handMadeWorkbook()
{
    XlsxReader reader;
    QVERIFY2(reader.open(data(QStringLiteral("handmade.xlsx"))), qPrintable(reader.errorText()));
    QCOMPARE(reader.sheetName(), QStringLiteral("台账"));
    QStringList cells;
    int row = 0;
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(row, 1);
    QCOMPARE(cells, (QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("联系电话"),
                                 QStringLiteral("小区"), QStringLiteral("楼栋"), QStringLiteral("门牌号"),
                                 QStringLiteral("出生日期"), QStringLiteral("性别")}));
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(row, 2);
    QCOMPARE(cells.at(1), QStringLiteral("320106198001010011")); // shared string
    QCOMPARE(cells.at(2), QStringLiteral("13812345678"));        // a number, written as typed
    QCOMPARE(cells.at(4), QStringLiteral("3栋"));                // inline string
    QCOMPARE(cells.at(5), QStringLiteral("301"));
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(row, 4);                              // row 3 is not in the file
    QCOMPARE(cells.at(0), QStringLiteral("李四")); // rich text runs joined, phonetic guide dropped
    QCOMPARE(cells.at(1), QStringLiteral("320106198202020021"));
    QCOMPARE(cells.at(2), QString());                    // missing cell
    QCOMPARE(cells.at(6), QStringLiteral("1982-02-02")); // day number in a date-formatted cell
    QCOMPARE(cells.at(7), QStringLiteral("女"));
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(row, 5);
    QCOMPARE(cells.at(4), QStringLiteral("3栋")); // a formula's cached text
    QCOMPARE(cells.at(6), QStringLiteral("1941-01-24"));
    QVERIFY(!reader.readRow(&cells, &row));
    QVERIFY(reader.errorText().isEmpty());
    QCOMPARE(reader.progress(), 1.0);

    QVERIFY(reader.rewind());
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(row, 1);
}

void XlsxReaderTest::ourOwnWorkbook()
{
    QTemporaryDir dir;
    XlsxWriter writer;
    writer.addSheet(QStringLiteral("居民"));
    writer.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("人数")},
                  XlsxWriter::Style::Bold);
    writer.addRow(QVariantList{QStringLiteral("张三 & <李>"), QStringLiteral("110101199003150033"), 3});
    writer.addRow(QVariantList{QString(), QStringLiteral("x"), 2.5});
    const QString path = dir.filePath(QStringLiteral("ours.xlsx"));
    QVERIFY(writer.save(path));
    XlsxReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorText()));
    QStringList cells;
    int row = 0;
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(cells.at(2), QStringLiteral("人数"));
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(cells,
             (QStringList{QStringLiteral("张三 & <李>"), QStringLiteral("110101199003150033"), QStringLiteral("3")}));
    QVERIFY(reader.readRow(&cells, &row));
    QCOMPARE(row, 3);
    QCOMPARE(cells, (QStringList{QString(), QStringLiteral("x"), QStringLiteral("2.5")}));
    QVERIFY(!reader.readRow(&cells, &row));
}

void XlsxReaderTest::damagedFilesAreRefused()
{
    XlsxReader truncated;
    QVERIFY(!truncated.open(data(QStringLiteral("truncated.xlsx"))));
    QVERIFY(!truncated.errorText().isEmpty());
    XlsxReader notZip;
    QVERIFY(!notZip.open(data(QStringLiteral("residents.csv"))));
    QVERIFY(notZip.errorText().contains(QStringLiteral("xlsx")));
    // The ZIP directory is fine but the sheet's compressed data is not: reading stops with a
    // message (it used to wait for ever for the rest of the XML).
    XlsxReader corrupt;
    if (corrupt.open(data(QStringLiteral("corrupt-sheet.xlsx")))) {
        QStringList rowCells;
        int rows = 0;
        while (corrupt.readRow(&rowCells, nullptr))
            QVERIFY(++rows < 10);
        QVERIFY(!corrupt.errorText().isEmpty());
    }
    XlsxReader missing;
    QVERIFY(!missing.open(data(QStringLiteral("no-such.xlsx"))));
    QStringList cells;
    QVERIFY(!missing.readRow(&cells, nullptr));
}

void XlsxReaderTest::hugeTextTableIsRefusedInBoundedMemory()
{
    // A few megabytes of ZIP whose text table unpacks to 2.4 million strings (about 170 MB of
    // XML, 96 million characters): read as it streams, refused at the reader's cap.
    XlsxWriter writer;
    writer.addRow(QStringList{QStringLiteral("姓名")});
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.xlsx"));
    QVERIFY(writer.save(plain));
    const QString bomb = dir.filePath(QStringLiteral("bomb.xlsx"));
    {
        QuaZip in(plain);
        QVERIFY(in.open(QuaZip::mdUnzip));
        QuaZip out(bomb);
        QVERIFY(out.open(QuaZip::mdCreate));
        for (bool more = in.goToFirstFile(); more; more = in.goToNextFile()) {
            const QString name = in.getCurrentFileName();
            if (name == QLatin1String("xl/sharedStrings.xml"))
                continue;
            QuaZipFile from(&in);
            QVERIFY(from.open(QIODevice::ReadOnly));
            const QByteArray bytes = from.readAll();
            QuaZipFile to(&out);
            QVERIFY(to.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            to.write(bytes);
        }
        QuaZipFile strings(&out);
        QVERIFY(strings.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/sharedStrings.xml"))));
        strings.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                      "spreadsheetml/2006/main\">");
        const QByteArray item = "<si><t>" + QByteArray(40, 'a') + "</t></si>";
        QByteArray chunk;
        for (int i = 0; i < 10000; ++i)
            chunk += item;
        for (int i = 0; i < 240; ++i)
            strings.write(chunk);
        strings.write("</sst>");
    }
    QVERIFY(QFileInfo(bomb).size() < 8 * 1024 * 1024);
    XlsxReader reader;
    QVERIFY(!reader.open(bomb));
    QVERIFY2(reader.errorText().contains(QStringLiteral("larger than any register")), qPrintable(reader.errorText()));
#ifdef Q_OS_LINUX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QVERIFY2(usage.ru_maxrss < 600 * 1024,
             qPrintable(QString::number(usage.ru_maxrss / 1024) + QStringLiteral(" MiB")));
#endif
}

void XlsxReaderTest::helpers()
{
    QCOMPARE(XlsxReader::columnIndex(u"A1"), 0);
    QCOMPARE(XlsxReader::columnIndex(u"Z9"), 25);
    QCOMPARE(XlsxReader::columnIndex(u"AA10"), 26);
    QCOMPARE(XlsxReader::columnIndex(u"XFD1"), 16383);
    QCOMPARE(XlsxReader::columnIndex(u"12"), -1);
    QCOMPARE(XlsxReader::columnIndex(u"ABCD1"), -1);
    QCOMPARE(XlsxReader::dateFromSerial(1), QDate(1900, 1, 1));
    QCOMPARE(XlsxReader::dateFromSerial(59), QDate(1900, 2, 28));
    QCOMPARE(XlsxReader::dateFromSerial(61), QDate(1900, 3, 1));
    QCOMPARE(XlsxReader::dateFromSerial(45356), QDate(2024, 3, 5));
    QVERIFY(!XlsxReader::dateFromSerial(0).isValid());
    QVERIFY(!XlsxReader::dateFromSerial(1e12).isValid());
    QCOMPARE(XlsxReader::numberText(QStringLiteral("1.3812345678E10")), QStringLiteral("13812345678"));
    QCOMPARE(XlsxReader::numberText(QStringLiteral("2.5")), QStringLiteral("2.5"));
    QCOMPARE(XlsxReader::numberText(QStringLiteral("abc")), QStringLiteral("abc"));
}

QTEST_GUILESS_MAIN(XlsxReaderTest)
#include "xlsxreader_test.moc"
