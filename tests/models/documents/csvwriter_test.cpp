#include "models/documents/csvwriter.h"

#include <QBuffer>
#include <QObject>
#include <QTest>

class CsvWriterTest final : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void bomAndLineEnds();
    void chineseIsUtf8();
    void withoutBom();
    void embeddedNewlinesRoundTrip();
    void failingDevice();
    void formulasBecomeText_data();
    void formulasBecomeText();
    void injectedRowIsSafe();
};

void CsvWriterTest::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("张三") << QStringLiteral("张三");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("幸福里,3号楼") << QStringLiteral("\"幸福里,3号楼\"");
    QTest::newRow("quote") << QStringLiteral("the \"old\" one") << QStringLiteral("\"the \"\"old\"\" one\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("spaces kept") << QStringLiteral(" a ") << QStringLiteral(" a ");
    QTest::newRow("chinese comma unquoted") << QStringLiteral("独居，低保") << QStringLiteral("独居，低保");
}

void CsvWriterTest::field()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(text), expected);
}

void CsvWriterTest::bomAndLineEnds()
{
    const QByteArray bytes =
        CsvWriter::encode({{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("1"), QString()}});
    QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                               "a,b\r\n1,\r\n"));
}

void CsvWriterTest::chineseIsUtf8()
{
    const QByteArray bytes = CsvWriter::encode({{QStringLiteral("姓名"), QStringLiteral("网格")}});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QStringLiteral("姓名,网格\r\n").toUtf8());
    QCOMPARE(bytes.size(), 3 + 4 * 3 + 1 + 2);
}

void CsvWriterTest::withoutBom()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, false);
    QVERIFY(writer.writeRow({QStringLiteral("x")}));
    QVERIFY(writer.writeRow({QStringLiteral("y,z")}));
    QVERIFY(writer.isOk());
    QCOMPARE(bytes, QByteArray("x\r\n\"y,z\"\r\n"));
}

// A minimal RFC 4180 reader, to show that what is written reads back field for field.
void CsvWriterTest::embeddedNewlinesRoundTrip()
{
    const QList<QStringList> rows = {{QStringLiteral("备注"), QStringLiteral("地址")},
                                     {QStringLiteral("第一行\r\n第二行"), QStringLiteral("\"引号\", 逗号")},
                                     {QString(), QStringLiteral("末尾")}};
    const QString text = QString::fromUtf8(CsvWriter::encode(rows).mid(3));
    QList<QStringList> parsed;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            field.clear();
            parsed << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    QCOMPARE(parsed, rows);
}

void CsvWriterTest::failingDevice()
{
    QBuffer closed;
    CsvWriter writer(&closed);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!writer.writeRow({QStringLiteral("a")}));
    QVERIFY(!writer.isOk());
    QVERIFY(!writer.writeRow({QStringLiteral("b")}));
}

// A name a resident (or an import file) brings in must not run when a clerk opens the export.
void CsvWriterTest::formulasBecomeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("dde") << QStringLiteral("+cmd|' /C calc'!A0") << QStringLiteral("'+cmd|' /C calc'!A0");
    QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd|' /C calc'!A0")
                                   << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(1,2)") << QStringLiteral("\"'@SUM(1,2)\"");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("negative number stays a number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
    QTest::newRow("signed integer stays a number") << QStringLiteral("+3") << QStringLiteral("+3");
    QTest::newRow("id number kept as text")
        << QStringLiteral("\t11010519491231002X") << QStringLiteral("\t11010519491231002X");
    QTest::newRow("equals inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void CsvWriterTest::formulasBecomeText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(text), expected);
}

void CsvWriterTest::injectedRowIsSafe()
{
    const QByteArray bytes =
        CsvWriter::encode({{QStringLiteral("姓名"), QStringLiteral("金额")},
                           {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"), QStringLiteral("-40")}},
                          false);
    QCOMPARE(bytes, QByteArray("姓名,金额\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-40\r\n"));
}

QTEST_APPLESS_MAIN(CsvWriterTest)
#include "csvwriter_test.moc"
