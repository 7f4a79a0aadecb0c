// XlsxWriter through libxlsxwriter: the package is complete and compressed, cells keep their
// types (ID numbers text, numbers numeric, dates real dates), widths, frozen rows and styles
// are in the sheet, a register-sized export stays small, and a failed save leaves nothing.
#include "models/documents/xlsxwriter.h"
#include "models/importing/xlsxreader.h"
#include "tests/support/xlsxpackage.h"

#include <clocale>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <utility>

namespace {

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        qWarning() << reader.errorString();
    return !reader.hasError();
}

// The attributes of the first <name> element of `xml`.
QXmlStreamAttributes firstElement(const QByteArray &xml, QLatin1String name, QLatin1String attribute = {},
                                  const QString &value = {})
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name &&
            (attribute.isEmpty() || reader.attributes().value(attribute) == value))
            return reader.attributes();
    return {};
}

QList<QStringList> readBack(const QString &path)
{
    XlsxReader reader;
    if (!reader.open(path)) {
        qWarning() << reader.errorText();
        return {};
    }
    QList<QStringList> rows;
    QStringList cells;
    while (reader.readRow(&cells, nullptr))
        rows << cells;
    return rows;
}

// A valid 18-character resident ID number (GB 11643 check character, X for 10).
QString idNumber(const QString &region, const QDate &birth, int sequence)
{
    const QString body = region + birth.toString(QStringLiteral("yyyyMMdd")) +
                         QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

// A household register as an office exports it: name, ID number, sex, birth date, age, phone,
// address, grid. Deterministic, so the size printed is comparable from run to run.
void addRegister(XlsxWriter &book, int rows)
{
    static const QStringList surnames = {QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                         QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                                         QStringLiteral("赵"), QStringLiteral("黄"), QStringLiteral("周")};
    static const QStringList given = {QStringLiteral("秀英"), QStringLiteral("桂兰"), QStringLiteral("建国"),
                                      QStringLiteral("志强"), QStringLiteral("玉梅"), QStringLiteral("晓明"),
                                      QStringLiteral("淑珍"), QStringLiteral("海燕"), QStringLiteral("德福"),
                                      QStringLiteral("丽娟"), QStringLiteral("伟"),   QStringLiteral("静")};
    static const QStringList compounds = {QStringLiteral("幸福里小区"), QStringLiteral("和平苑"),
                                          QStringLiteral("东风新村"), QStringLiteral("金桂园")};
    book.addSheet(QStringLiteral("住户台账"));
    book.setColumnWidths({10, 22, 6, 12, 6, 14, 30, 8});
    book.setFrozenRows(1);
    book.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("性别"),
                            QStringLiteral("出生日期"), QStringLiteral("年龄"), QStringLiteral("联系电话"),
                            QStringLiteral("住址"), QStringLiteral("网格")},
                XlsxWriter::Style::Bold);
    const QDate today(2026, 6, 1);
    for (int i = 0; i < rows; ++i) {
        const QDate birth = QDate(1930, 1, 1).addDays((i * 7919) % 32000);
        const int sequence = 100 + i % 900;
        book.addRow(QVariantList{
            QString(surnames.at(i % surnames.size()) + given.at((i / 9) % given.size())),
            idNumber(QStringLiteral("11010%1").arg(i % 8), birth, sequence),
            sequence % 2 ? QStringLiteral("男") : QStringLiteral("女"), birth,
            today.year() - birth.year() - (QDate(today.year(), birth.month(), 1) > today ? 1 : 0),
            QStringLiteral("13%1").arg(qint64(800000000) + (qint64(i) * 7919) % 199999999, 9, 10, QLatin1Char('0')),
            QStringLiteral("%1%2栋%3单元%4室")
                .arg(compounds.at(i % compounds.size()))
                .arg(1 + i % 24)
                .arg(1 + i % 4)
                .arg(101 + (i / 4) % 1800),
            QStringLiteral("G%1").arg(1 + i % 12, 2, 10, QLatin1Char('0'))});
    }
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class XlsxWriterTest final : public QObject
{
    Q_OBJECT

private slots:
    void columnNames();
    void packageIsCompleteAndCompressed();
    void cellsAndStyles();
    void idNumbersStayText();
    void datesAreDates();
    void sheetNames();
    void saveAndReadBack();
    void registerExportIsSmall();
    void failedSaveLeavesNothing();
    void tooLargeIsRefused();
    void numbersUnderACommaLocale();
};

void XlsxWriterTest::columnNames()
{
    QCOMPARE(XlsxWriter::columnName(0), QStringLiteral("A"));
    QCOMPARE(XlsxWriter::columnName(25), QStringLiteral("Z"));
    QCOMPARE(XlsxWriter::columnName(26), QStringLiteral("AA"));
    QCOMPARE(XlsxWriter::columnName(51), QStringLiteral("AZ"));
    QCOMPARE(XlsxWriter::columnName(701), QStringLiteral("ZZ"));
    QCOMPARE(XlsxWriter::columnName(702), QStringLiteral("AAA"));
}

void XlsxWriterTest::packageIsCompleteAndCompressed()
{
    XlsxWriter book;
    book.addSheet(QStringLiteral("2025-05"));
    book.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("年龄")}, XlsxWriter::Style::Bold);
    book.addSheet(QStringLiteral("第二页"));
    book.addRow(QStringList{QStringLiteral("x")});
    const QByteArray bytes = book.toByteArray(QDateTime(QDate(2025, 5, 1), QTime(10, 30, 4), Qt::UTC));
    QVERIFY(bytes.startsWith("PK\x03\x04"));
    XlsxPackage package;
    QVERIFY2(package.open(bytes), qPrintable(package.errorText()));
    const QStringList entries = package.entries();
    for (const QString &part : {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/_rels/workbook.xml.rels"),
                                QStringLiteral("xl/styles.xml"), QStringLiteral("xl/sharedStrings.xml"),
                                QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("xl/worksheets/sheet2.xml")})
        QVERIFY2(entries.contains(part), qPrintable(part));
    for (const QString &name : entries)
        if (name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels")))
            QVERIFY2(wellFormed(package.entry(name)), qPrintable(name));

    // A real compressed package: the sheets are deflated (method 8), not stored (0).
    QCOMPARE(package.method(QStringLiteral("xl/worksheets/sheet1.xml")), 8);
    QCOMPARE(package.method(QStringLiteral("xl/styles.xml")), 8);

    // Every relationship target of the workbook is in the package, and every sheet has one.
    QXmlStreamReader rels(package.entry(QStringLiteral("xl/_rels/workbook.xml.rels")));
    QMap<QString, QString> targets;
    while (!rels.atEnd())
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship"))
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(),
                           rels.attributes().value(QLatin1String("Target")).toString());
    for (const QString &target : targets)
        QVERIFY2(entries.contains(QStringLiteral("xl/") + target), qPrintable(target));
    QXmlStreamReader workbook(package.entry(QStringLiteral("xl/workbook.xml")));
    QStringList names;
    while (!workbook.atEnd())
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == QLatin1String("sheet")) {
            names << workbook.attributes().value(QLatin1String("name")).toString();
            QVERIFY(targets.contains(workbook.attributes().value(QLatin1String("r:id")).toString()));
        }
    QCOMPARE(names, (QStringList{QStringLiteral("2025-05"), QStringLiteral("第二页")}));
    // The time given is the document's creation time.
    QVERIFY(package.entry(QStringLiteral("docProps/core.xml")).contains("2025-05-01T10:30:04Z"));
}

void XlsxWriterTest::cellsAndStyles()
{
    XlsxWriter book;
    book.setColumnWidths({10, 30});
    book.setFrozenRows(1);
    book.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("年龄")}, XlsxWriter::Style::Bold);
    book.addRow(QVariantList{QStringLiteral("王秀英"), 80}, XlsxWriter::Style::Highlight);
    book.addRow(QVariantList{QStringLiteral("<李&\"张\">"), 61.5, QString(), QStringLiteral("tab\tbell\x07")});
    XlsxPackage package;
    QVERIFY2(package.open(book.toByteArray()), qPrintable(package.errorText()));
    const QByteArray sheet = package.sheetXml();
    QVERIFY(wellFormed(sheet));
    const QMap<QString, XlsxPackage::Cell> c = package.cells();
    QCOMPARE(c.value(QStringLiteral("A1")).type, QStringLiteral("s"));
    QCOMPARE(c.value(QStringLiteral("A1")).text, QStringLiteral("姓名"));
    QCOMPARE(c.value(QStringLiteral("B2")).type, QString()); // a number
    QCOMPARE(c.value(QStringLiteral("B2")).value, QStringLiteral("80"));
    QCOMPARE(c.value(QStringLiteral("A3")).text, QStringLiteral("<李&\"张\">"));
    QCOMPARE(c.value(QStringLiteral("B3")).type, QString());
    QCOMPARE(c.value(QStringLiteral("B3")).value, QStringLiteral("61.5"));
    QVERIFY(!c.contains(QStringLiteral("C3")));
    QCOMPARE(c.value(QStringLiteral("D3")).text, QStringLiteral("tab\tbell")); // no control characters in XML

    // Styles: bold header, bold on a pale yellow fill for a highlighted row, plain otherwise.
    const XlsxPackage::CellStyle header = package.style(c.value(QStringLiteral("A1")).style);
    QVERIFY(header.bold);
    QVERIFY(header.fill.isEmpty());
    const XlsxPackage::CellStyle highlight = package.style(c.value(QStringLiteral("A2")).style);
    QVERIFY(highlight.bold);
    QCOMPARE(highlight.fill.toUpper(), QStringLiteral("FFFFF2CC"));
    QCOMPARE(c.value(QStringLiteral("B2")).style, c.value(QStringLiteral("A2")).style); // the whole row
    QCOMPARE(c.value(QStringLiteral("A3")).style, 0);

    // The used range, the frozen header row and the column widths are in the sheet.
    QCOMPARE(firstElement(sheet, QLatin1String("dimension")).value(QLatin1String("ref")), QLatin1String("A1:D3"));
    const QXmlStreamAttributes pane = firstElement(sheet, QLatin1String("pane"));
    QCOMPARE(pane.value(QLatin1String("ySplit")), QLatin1String("1"));
    QCOMPARE(pane.value(QLatin1String("topLeftCell")), QLatin1String("A2"));
    QCOMPARE(pane.value(QLatin1String("state")), QLatin1String("frozen"));
    for (const auto &[column, width] : {std::pair<int, double>{1, 10}, {2, 30}}) {
        const QXmlStreamAttributes col =
            firstElement(sheet, QLatin1String("col"), QLatin1String("min"), QString::number(column));
        QCOMPARE(col.value(QLatin1String("max")), QString::number(column));
        QCOMPARE(col.value(QLatin1String("customWidth")), QLatin1String("1"));
        // Excel stores the width with the cell padding added: 30 characters are 30.71.
        const double stored = col.value(QLatin1String("width")).toDouble();
        QVERIFY2(stored >= width && stored < width + 1, qPrintable(QString::number(stored)));
    }
}

void XlsxWriterTest::idNumbersStayText()
{
    const QString withX = QStringLiteral("11010519491231002X");
    const QString digits = QStringLiteral("110105194912310021");
    XlsxWriter book;
    book.addRow(QStringList{QStringLiteral("身份证号码"), QStringLiteral("人数")}, XlsxWriter::Style::Bold);
    book.addRow(QVariantList{withX, 3});
    book.addRow(QVariantList{digits, qint64(4)});
    book.addRow(QStringList{QStringLiteral("0123"), QStringLiteral("13800138000")}); // leading zero, phone
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ids.xlsx"));
    QString error;
    QVERIFY2(book.save(path, &error), qPrintable(error));

    XlsxPackage package;
    QVERIFY2(package.open(path), qPrintable(package.errorText()));
    const QMap<QString, XlsxPackage::Cell> c = package.cells();
    for (const auto &[ref, text] : {std::pair<QString, QString>{QStringLiteral("A2"), withX},
                                    {QStringLiteral("A3"), digits},
                                    {QStringLiteral("A4"), QStringLiteral("0123")},
                                    {QStringLiteral("B4"), QStringLiteral("13800138000")}}) {
        QCOMPARE(c.value(ref).type, QStringLiteral("s")); // a string cell, never a number
        QCOMPARE(c.value(ref).text, text);
    }
    QCOMPARE(c.value(QStringLiteral("B2")).type, QString());
    QCOMPARE(c.value(QStringLiteral("B2")).value, QStringLiteral("3"));
    QCOMPARE(c.value(QStringLiteral("B3")).value, QStringLiteral("4"));

    // The program's own importer reads every digit back.
    const QList<QStringList> rows = readBack(path);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1), (QStringList{withX, QStringLiteral("3")}));
    QCOMPARE(rows.at(2), (QStringList{digits, QStringLiteral("4")}));
    QCOMPARE(rows.at(3), (QStringList{QStringLiteral("0123"), QStringLiteral("13800138000")}));
}

void XlsxWriterTest::datesAreDates()
{
    XlsxWriter book;
    book.addRow(QVariantList{QDate(2025, 3, 14), QDateTime(QDate(2025, 3, 14), QTime(9, 30)), QDate(1899, 12, 31),
                             QDate(), QDate(2025, 3, 14)},
                XlsxWriter::Style::Normal);
    book.addRow(QVariantList{QDate(1900, 3, 1)}, XlsxWriter::Style::Highlight);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dates.xlsx"));
    QString error;
    QVERIFY2(book.save(path, &error), qPrintable(error));
    XlsxPackage package;
    QVERIFY2(package.open(path), qPrintable(package.errorText()));
    const QMap<QString, XlsxPackage::Cell> c = package.cells();

    // Excel's serial day: 2025-03-14 is 45730; 09:30 is 0.395833 of a day.
    const XlsxPackage::Cell date = c.value(QStringLiteral("A1"));
    QCOMPARE(date.type, QString());
    QCOMPARE(date.value, QStringLiteral("45730"));
    const XlsxPackage::CellStyle dateStyle = package.style(date.style);
    QVERIFY(dateStyle.numberFormat != 0);
    QCOMPARE(dateStyle.formatCode, QStringLiteral("yyyy-mm-dd"));
    QVERIFY(!dateStyle.bold);
    const XlsxPackage::Cell dateTime = c.value(QStringLiteral("B1"));
    QCOMPARE(dateTime.type, QString());
    QVERIFY(qAbs(dateTime.value.toDouble() - (45730 + 9.5 / 24)) < 1e-6);
    QCOMPARE(package.style(dateTime.style).formatCode, QStringLiteral("yyyy-mm-dd hh:mm"));
    // Before 1900 Excel has no dates: the day is kept as text. No date: no cell.
    QCOMPARE(c.value(QStringLiteral("C1")).type, QStringLiteral("s"));
    QCOMPARE(c.value(QStringLiteral("C1")).text, QStringLiteral("1899-12-31"));
    QVERIFY(!c.contains(QStringLiteral("D1")));
    QCOMPARE(c.value(QStringLiteral("E1")).style, date.style); // one format for every date
    // After Excel's phantom 1900-02-29, and a date in a highlighted row keeps both looks.
    QCOMPARE(c.value(QStringLiteral("A2")).value, QStringLiteral("61"));
    const XlsxPackage::CellStyle highlighted = package.style(c.value(QStringLiteral("A2")).style);
    QVERIFY(highlighted.bold);
    QCOMPARE(highlighted.fill.toUpper(), QStringLiteral("FFFFF2CC"));
    QCOMPARE(highlighted.formatCode, QStringLiteral("yyyy-mm-dd"));

    // The importer sees a date.
    const QList<QStringList> rows = readBack(path);
    QCOMPARE(rows.value(0).value(0), QStringLiteral("2025-03-14"));
    QCOMPARE(rows.value(1).value(0), QStringLiteral("1900-03-01"));
}

void XlsxWriterTest::sheetNames()
{
    XlsxWriter book;
    book.addSheet(QStringLiteral("a/b:c?d*e[f]g\\h"));
    book.addSheet(QStringLiteral("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三"));
    book.addSheet(QStringLiteral("Same"));
    book.addSheet(QStringLiteral("same"));
    book.addSheet(QString());
    book.addSheet(QStringLiteral("'quoted'"));
    book.addSheet(QStringLiteral("history"));
    book.addSheet(QStringLiteral("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三"));
    const QStringList names = book.sheetNames();
    QCOMPARE(names.at(0), QStringLiteral("a_b_c_d_e_f_g_h"));
    QCOMPARE(names.at(1).size(), 31);
    QCOMPARE(names.at(3), QStringLiteral("same (2)"));
    QCOMPARE(names.at(4), QStringLiteral("Sheet5"));
    QCOMPARE(names.at(5), QStringLiteral("quoted"));      // Excel refuses a leading or trailing apostrophe
    QCOMPARE(names.at(6), QStringLiteral("history (2)")); // "History" is Excel's own
    QCOMPARE(names.at(7).size(), 31);
    QVERIFY(names.at(7).endsWith(QLatin1String(" (2)")));
    // libxlsxwriter accepts every one of them.
    XlsxPackage package;
    QVERIFY2(package.open(book.toByteArray()), qPrintable(package.errorText()));
    QVERIFY(package.entries().contains(QStringLiteral("xl/worksheets/sheet8.xml")));
    // Rows added before any sheet go to Sheet1.
    XlsxWriter plain;
    plain.addRow(QStringList{QStringLiteral("x")});
    QCOMPARE(plain.sheetNames(), QStringList{QStringLiteral("Sheet1")});
}

void XlsxWriterTest::saveAndReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    XlsxWriter book;
    book.addSheet(QStringLiteral("生日"));
    for (int i = 0; i < 200; ++i)
        book.addRow(QVariantList{QStringLiteral("居民%1").arg(i), i});
    const QString path = dir.filePath(QStringLiteral("list.xlsx"));
    QString error;
    QVERIFY2(book.save(path, &error), qPrintable(error));
    const QList<QStringList> rows = readBack(path);
    QCOMPARE(rows.size(), 200);
    QCOMPARE(rows.at(199), (QStringList{QStringLiteral("居民199"), QStringLiteral("199")}));
    // Saving again replaces the file; nothing else is left in the folder.
    QVERIFY2(book.save(path, &error), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("list.xlsx")});

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip is not installed; the archive was checked by QuaZip above");
    QProcess p;
    p.start(unzip, {QStringLiteral("-t"), path});
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("No errors detected")), qPrintable(out));
}

void XlsxWriterTest::registerExportIsSmall()
{
    XlsxWriter book;
    addRegister(book, 14000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.xlsx"));
    QString error;
    QVERIFY2(book.save(path, &error), qPrintable(error));
    const qint64 size = QFileInfo(path).size();
    qInfo("14,000 rows x 8 columns: %lld bytes (%.2f MB)", size, size / 1048576.0);
    QVERIFY2(size < 1.5 * 1024 * 1024, qPrintable(QString::number(size)));

    XlsxPackage package;
    QVERIFY2(package.open(path), qPrintable(package.errorText()));
    QCOMPARE(package.method(QStringLiteral("xl/worksheets/sheet1.xml")), 8);
    QCOMPARE(package.method(QStringLiteral("xl/sharedStrings.xml")), 8);
    const QList<QStringList> rows = readBack(path);
    QCOMPARE(rows.size(), 14001);
    QCOMPARE(rows.last().size(), 8);
    QCOMPARE(rows.last().at(1).size(), 18); // the ID number, every character kept
    QCOMPARE(rows.last().at(3).size(), 10); // the birth date, yyyy-MM-dd
}

void XlsxWriterTest::failedSaveLeavesNothing()
{
    QTemporaryDir dir;
    XlsxWriter book;
    book.addRow(QStringList{QStringLiteral("x")});
    QString error;
    // A folder that does not exist.
    const QString missing = dir.filePath(QStringLiteral("missing/dir/list.xlsx"));
    QVERIFY(!book.save(missing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
    // A "folder" that is a file: unwritable even for root.
    QFile plain(dir.filePath(QStringLiteral("plain")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    error.clear();
    const QString underFile = dir.filePath(QStringLiteral("plain/list.xlsx"));
    QVERIFY(!book.save(underFile, &error));
    QVERIFY2(error.contains(QStringLiteral("list.xlsx")), qPrintable(error));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("plain")});
    // A read-only folder, where permissions apply (not for root).
    QDir(dir.path()).mkdir(QStringLiteral("locked"));
    const QString locked = dir.filePath(QStringLiteral("locked"));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    QFile probe(locked + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::WriteOnly)) {
        error.clear();
        QVERIFY(!book.save(locked + QStringLiteral("/list.xlsx"), &error));
        QVERIFY2(error.contains(QStringLiteral("list.xlsx")), qPrintable(error));
        QVERIFY(filesIn(locked).isEmpty());
    } else {
        probe.remove();
    }
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void XlsxWriterTest::tooLargeIsRefused()
{
    // A row wider than Excel's 16,384 columns fails the save; the older file stays as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.xlsx"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the older file");
    old.close();
    XlsxWriter book;
    book.addSheet(QStringLiteral("宽表"));
    book.addRow(QVariantList(XlsxWriter::kMaxColumns + 1, QVariant(1)));
    QString error;
    QVERIFY(!book.save(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("宽表")), qPrintable(error));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the older file"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("wide.xlsx")}); // no temporary file left
    QVERIFY(book.toByteArray(QDateTime::currentDateTime(), &error).isEmpty());
}

void XlsxWriterTest::numbersUnderACommaLocale()
{
    // QCoreApplication sets LC_NUMERIC from the environment; libxlsxwriter prints with printf.
    const QByteArray previous = std::setlocale(LC_NUMERIC, nullptr);
    bool comma = false;
    for (const char *name : {"de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", "nl_NL.UTF-8"}) {
        if (std::setlocale(LC_NUMERIC, name) && *std::localeconv()->decimal_point == ',') {
            comma = true;
            break;
        }
    }
    if (!comma) {
        std::setlocale(LC_NUMERIC, previous.constData());
        QSKIP("no locale with a decimal comma is installed");
    }
    XlsxWriter book;
    book.setColumnWidths({12.5});
    book.addRow(QVariantList{61.5, QDateTime(QDate(2025, 3, 14), QTime(12, 0))});
    const QByteArray bytes = book.toByteArray();
    std::setlocale(LC_NUMERIC, previous.constData());
    XlsxPackage package;
    QVERIFY2(package.open(bytes), qPrintable(package.errorText()));
    const QMap<QString, XlsxPackage::Cell> c = package.cells();
    QCOMPARE(c.value(QStringLiteral("A1")).value, QStringLiteral("61.5"));
    QCOMPARE(c.value(QStringLiteral("B1")).value, QStringLiteral("45730.5"));
    QVERIFY(!firstElement(package.sheetXml(), QLatin1String("col"))
                 .value(QLatin1String("width"))
                 .contains(QLatin1Char(',')));
}

QTEST_APPLESS_MAIN(XlsxWriterTest)
#include "xlsxwriter_test.moc"
