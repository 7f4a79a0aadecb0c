#include "models/documents/xlsxwriter.h"
#include "models/documents/zipwriter.h"

#include <QMap>
#include <QObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// An independent bitwise CRC-32 (IEEE 802.3), so the writer's table is checked, not reused.
quint32 referenceCrc(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

quint16 u16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return quint32(u16(b, at)) | (quint32(u16(b, at + 2)) << 16);
}

// Reads a ZIP archive of stored entries the way an unzip program does: from the end record
// through the central directory to each local header, checking every size and CRC.
QMap<QString, QByteArray> readZip(const QByteArray &zip, QStringList *order = nullptr)
{
    QMap<QString, QByteArray> files;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 != zip.size()) {
        qWarning("no end of central directory record at the end");
        return {};
    }
    const int count = u16(zip, end + 10);
    if (u16(zip, end + 8) != count)
        return {};
    const quint32 directorySize = u32(zip, end + 12);
    qsizetype at = u32(zip, end + 16);
    if (at + directorySize != end)
        return {};
    for (int i = 0; i < count; ++i) {
        if (u32(zip, at) != 0x02014b50)
            return {};
        const quint16 method = u16(zip, at + 10);
        const quint32 crc = u32(zip, at + 16);
        const quint32 compressed = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const quint16 nameLength = u16(zip, at + 28);
        const quint16 extra = u16(zip, at + 30);
        const quint16 comment = u16(zip, at + 32);
        const quint32 local = u32(zip, at + 42);
        const QByteArray name = zip.mid(at + 46, nameLength);
        at += 46 + nameLength + extra + comment;

        if (method != 0 || compressed != size || u32(zip, local) != 0x04034b50)
            return {};
        if (u32(zip, local + 14) != crc || u32(zip, local + 22) != size ||
            zip.mid(local + 30, u16(zip, local + 26)) != name)
            return {};
        const QByteArray data = zip.mid(local + 30 + u16(zip, local + 26) + u16(zip, local + 28), size);
        if (quint32(data.size()) != size || referenceCrc(data) != crc) {
            qWarning("CRC or size mismatch in %s", name.constData());
            return {};
        }
        files.insert(QString::fromUtf8(name), data);
        if (order)
            order->append(QString::fromUtf8(name));
    }
    return files;
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        qWarning() << reader.errorString();
    return !reader.hasError();
}

struct Cell
{
    QString type;
    QString style;
    QString text;
};

QMap<QString, Cell> cells(const QByteArray &sheet)
{
    QMap<QString, Cell> map;
    QXmlStreamReader reader(sheet);
    QString ref;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("c")) {
            ref = reader.attributes().value(QLatin1String("r")).toString();
            map[ref] = {reader.attributes().value(QLatin1String("t")).toString(),
                        reader.attributes().value(QLatin1String("s")).toString(), QString()};
        } else if (reader.isStartElement() &&
                   (reader.name() == QLatin1String("t") || reader.name() == QLatin1String("v"))) {
            map[ref].text = reader.readElementText();
        }
    }
    return map;
}

} // namespace

class XlsxWriterTest final : public QObject
{
    Q_OBJECT

private slots:
    void crc();
    void columnNames();
    void emptyZip();
    void packageStructure();
    void cellsAndStyles();
    void sheetNames();
    void saveAndUnzip();
};

void XlsxWriterTest::crc()
{
    QCOMPARE(ZipWriter::crc32("123456789"), 0xCBF43926u); // the standard check value
    QCOMPARE(ZipWriter::crc32(QByteArray()), 0u);
    const QByteArray text = QStringLiteral("社区网格").toUtf8();
    QCOMPARE(ZipWriter::crc32(text), referenceCrc(text));
}

void XlsxWriterTest::columnNames()
{
    QCOMPARE(XlsxWriter::columnName(0), QStringLiteral("A"));
    QCOMPARE(XlsxWriter::columnName(25), QStringLiteral("Z"));
    QCOMPARE(XlsxWriter::columnName(26), QStringLiteral("AA"));
    QCOMPARE(XlsxWriter::columnName(51), QStringLiteral("AZ"));
    QCOMPARE(XlsxWriter::columnName(701), QStringLiteral("ZZ"));
    QCOMPARE(XlsxWriter::columnName(702), QStringLiteral("AAA"));
}

void XlsxWriterTest::emptyZip()
{
    const QByteArray zip = ZipWriter().finish();
    QCOMPARE(zip.size(), 22);
    QVERIFY(readZip(zip).isEmpty());
    ZipWriter one(QDateTime(QDate(2025, 5, 1), QTime(10, 30, 4)));
    one.addFile(QStringLiteral("a.txt"), "hello");
    const QByteArray bytes = one.finish();
    QCOMPARE(readZip(bytes).value(QStringLiteral("a.txt")), QByteArray("hello"));
    // DOS date and time in the local header: 2025-05-01 10:30:04.
    QCOMPARE(u16(bytes, 10), quint16((10 << 11) | (30 << 5) | 2));
    QCOMPARE(u16(bytes, 12), quint16(((2025 - 1980) << 9) | (5 << 5) | 1));
}

void XlsxWriterTest::packageStructure()
{
    XlsxWriter book;
    book.addSheet(QStringLiteral("2025-05"));
    book.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("年龄")}, XlsxWriter::Style::Bold);
    book.addSheet(QStringLiteral("第二页"));
    book.addRow(QStringList{QStringLiteral("x")});
    QStringList order;
    const QMap<QString, QByteArray> files = readZip(book.toByteArray(), &order);
    QCOMPARE(order.constFirst(), QStringLiteral("[Content_Types].xml"));
    QCOMPARE(QStringList(files.keys()),
             (QStringList{QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                          QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("xl/styles.xml"),
                          QStringLiteral("xl/workbook.xml"), QStringLiteral("xl/worksheets/sheet1.xml"),
                          QStringLiteral("xl/worksheets/sheet2.xml")}));
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY2(wellFormed(it.value()), qPrintable(it.key()));

    const QString types = QString::fromUtf8(files.value(QStringLiteral("[Content_Types].xml")));
    QVERIFY(types.contains(QStringLiteral("PartName=\"/xl/workbook.xml\"")));
    QVERIFY(types.contains(QStringLiteral("PartName=\"/xl/worksheets/sheet2.xml\"")));
    QVERIFY(types.contains(QStringLiteral("spreadsheetml.styles+xml")));
    QVERIFY(QString::fromUtf8(files.value(QStringLiteral("_rels/.rels")))
                .contains(QStringLiteral("Target=\"xl/workbook.xml\"")));

    // Every relationship target of the workbook is in the package, and every sheet has one.
    QXmlStreamReader rels(files.value(QStringLiteral("xl/_rels/workbook.xml.rels")));
    QMap<QString, QString> targets;
    while (!rels.atEnd())
        if (rels.readNext() == QXmlStreamReader::StartElement && rels.name() == QLatin1String("Relationship"))
            targets.insert(rels.attributes().value(QLatin1String("Id")).toString(),
                           rels.attributes().value(QLatin1String("Target")).toString());
    for (const QString &target : targets)
        QVERIFY2(files.contains(QStringLiteral("xl/") + target), qPrintable(target));
    QXmlStreamReader workbook(files.value(QStringLiteral("xl/workbook.xml")));
    QStringList names;
    while (!workbook.atEnd())
        if (workbook.readNext() == QXmlStreamReader::StartElement && workbook.name() == QLatin1String("sheet")) {
            names << workbook.attributes().value(QLatin1String("name")).toString();
            QVERIFY(targets.contains(workbook.attributes().value(QLatin1String("r:id")).toString()));
        }
    QCOMPARE(names, (QStringList{QStringLiteral("2025-05"), QStringLiteral("第二页")}));
}

void XlsxWriterTest::cellsAndStyles()
{
    XlsxWriter book;
    book.setColumnWidths({10, 30});
    book.setFrozenRows(1);
    book.addRow(QStringList{QStringLiteral("姓名"), QStringLiteral("年龄")}, XlsxWriter::Style::Bold);
    book.addRow(QVariantList{QStringLiteral("王秀英"), 80}, XlsxWriter::Style::Highlight);
    book.addRow(QVariantList{QStringLiteral("<李&\"张\">"), 61.5, QString(), QStringLiteral("tab\tbell\x07")});
    const QMap<QString, QByteArray> files = readZip(book.toByteArray());
    const QByteArray sheet = files.value(QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(wellFormed(sheet));
    const QMap<QString, Cell> c = cells(sheet);
    QCOMPARE(c.value(QStringLiteral("A1")).type, QStringLiteral("inlineStr"));
    QCOMPARE(c.value(QStringLiteral("A1")).text, QStringLiteral("姓名"));
    QCOMPARE(c.value(QStringLiteral("A1")).style, QStringLiteral("1"));
    QCOMPARE(c.value(QStringLiteral("A2")).style, QStringLiteral("2"));
    QCOMPARE(c.value(QStringLiteral("B2")).type, QString()); // a number
    QCOMPARE(c.value(QStringLiteral("B2")).text, QStringLiteral("80"));
    QCOMPARE(c.value(QStringLiteral("A3")).text, QStringLiteral("<李&\"张\">"));
    QCOMPARE(c.value(QStringLiteral("B3")).text, QStringLiteral("61.5"));
    QVERIFY(!c.contains(QStringLiteral("C3")));
    QCOMPARE(c.value(QStringLiteral("D3")).text, QStringLiteral("tab\tbell"));
    QVERIFY(sheet.contains("<dimension ref=\"A1:D3\"/>"));
    QVERIFY(sheet.contains("state=\"frozen\""));
    QVERIFY(sheet.contains("<col min=\"2\" max=\"2\" width=\"30.00\" customWidth=\"1\"/>"));
    const QByteArray styles = files.value(QStringLiteral("xl/styles.xml"));
    QVERIFY(styles.contains("<cellXfs count=\"3\">"));
    QVERIFY(styles.contains("<b/>"));
}

void XlsxWriterTest::sheetNames()
{
    XlsxWriter book;
    book.addSheet(QStringLiteral("a/b:c?d*e[f]g\\h"));
    book.addSheet(QStringLiteral("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三"));
    book.addSheet(QStringLiteral("Same"));
    book.addSheet(QStringLiteral("same"));
    book.addSheet(QString());
    const QStringList names = book.sheetNames();
    QCOMPARE(names.at(0), QStringLiteral("a_b_c_d_e_f_g_h"));
    QCOMPARE(names.at(1).size(), 31);
    QCOMPARE(names.at(3), QStringLiteral("same (2)"));
    QCOMPARE(names.at(4), QStringLiteral("Sheet5"));
    // Rows added before any sheet go to Sheet1.
    XlsxWriter plain;
    plain.addRow(QStringList{QStringLiteral("x")});
    QCOMPARE(plain.sheetNames(), QStringList{QStringLiteral("Sheet1")});
}

void XlsxWriterTest::saveAndUnzip()
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
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QMap<QString, QByteArray> files = readZip(file.readAll());
    QCOMPARE(cells(files.value(QStringLiteral("xl/worksheets/sheet1.xml"))).value(QStringLiteral("A200")).text,
             QStringLiteral("居民199"));
    QVERIFY(!book.save(dir.filePath(QStringLiteral("missing/dir/list.xlsx")), &error));
    QVERIFY(!error.isEmpty());

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip is not installed; the archive was checked by the reader above");
    QProcess p;
    p.start(unzip, {QStringLiteral("-t"), path});
    QVERIFY(p.waitForFinished(30000));
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(out.contains(QStringLiteral("No errors detected")), qPrintable(out));
}

QTEST_APPLESS_MAIN(XlsxWriterTest)
#include "xlsxwriter_test.moc"
