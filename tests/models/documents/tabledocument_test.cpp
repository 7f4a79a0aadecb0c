#include "models/documents/printfont.h"
#include "models/documents/tabledocument.h"

#include "tests/support/testsupport.h"

#include <QFontDatabase>
#include <QObject>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

TableDocument sample(int rows, int sections = 1)
{
    TableDocument doc;
    doc.setTitle(QStringLiteral("幸福社区 Sign-in sheet"));
    doc.setSubtitle(QStringLiteral("2025年5月"));
    doc.setInfoLine(QStringLiteral("Date: ______"));
    doc.setColumns(
        {{QStringLiteral("No."), 0.6, Qt::AlignCenter}, {QStringLiteral("Name"), 1.5}, {QStringLiteral("Address"), 3}});
    doc.setSignatureColumn(QStringLiteral("Signature"));
    doc.setFooterText(QStringLiteral("footer text"));
    for (int s = 0; s < sections; ++s) {
        TableDocument::Section section;
        section.heading = QStringLiteral("第%1网格").arg(s + 1);
        section.summary = QStringLiteral("%1 rows").arg(rows);
        for (int r = 0; r < rows; ++r)
            section.rows.append({{QString::number(r + 1), QStringLiteral("居民%1-%2").arg(s + 1).arg(r + 1),
                                  QStringLiteral("社区网格 %1 号").arg(r + 1)},
                                 r % 7 == 0,
                                 r % 7 == 0});
        doc.addSection(section);
    }
    return doc;
}

} // namespace

class TableDocumentTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void chineseFont();
    void onePage();
    void manyPagesNumbered();
    void sectionsRestartNumbering();
    void empty();
    void longTextWraps();

private:
    int print(const TableDocument &doc, const QString &name, QString *text);
    QTemporaryDir m_dir;
};

void TableDocumentTest::init()
{
    QVERIFY(m_dir.isValid());
}

int TableDocumentTest::print(const TableDocument &doc, const QString &name, QString *text)
{
    const QString path = m_dir.filePath(name);
    int pages = 0;
    {
        QPdfWriter pdf(path);
        pdf.setResolution(300);
        PagedDocument::setUpPage(&pdf);
        pages = doc.print(&pdf);
    }
    *text = pdfText(path);
    return pages;
}

void TableDocumentTest::chineseFont()
{
    if (!QFontDatabase::families().contains(QStringLiteral("WenQuanYi Micro Hei")))
        QSKIP("WenQuanYi Micro Hei is not installed (fonts-wqy-microhei)");
    QCOMPARE(PrintFont::family(), QStringLiteral("WenQuanYi Micro Hei"));
}

void TableDocumentTest::onePage()
{
    QString text;
    QCOMPARE(print(sample(5), QStringLiteral("one.pdf"), &text), 1);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    // The Chinese comes back as the same characters (no Kangxi radicals for 网 or 月).
    QVERIFY2(text.contains(QStringLiteral("幸福社区 Sign-in sheet")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("2025年5月")));
    QVERIFY(text.contains(QStringLiteral("第1网格")));
    QVERIFY(text.contains(QStringLiteral("社区网格 5 号")));
    QVERIFY(text.contains(QStringLiteral("居民1-5")));
    QVERIFY(text.contains(QStringLiteral("Signature")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QVERIFY(text.contains(QStringLiteral("footer text")));
    QVERIFY(text.contains(QStringLiteral("5 rows")));
    QVERIFY(!text.contains(QChar(0x2F79))); // ⽹, the Kangxi radical look-alike of 网
}

void TableDocumentTest::manyPagesNumbered()
{
    QString text;
    const int pages = print(sample(70), QStringLiteral("many.pdf"), &text);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QCOMPARE(text.count(QChar(u'\f')), pages);
    for (int p = 1; p <= pages; ++p)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)), qPrintable(text));
    // Every row is printed exactly once, and the title and headers repeat on every page.
    for (int r = 1; r <= 70; ++r)
        QCOMPARE(text.count(QStringLiteral("居民1-%1 ").arg(r)) + text.count(QStringLiteral("居民1-%1\n").arg(r)), 1);
    QCOMPARE(text.count(QStringLiteral("幸福社区 Sign-in sheet")), pages);
    QCOMPARE(text.count(QStringLiteral("Signature")), pages);
}

void TableDocumentTest::sectionsRestartNumbering()
{
    QString text;
    QCOMPARE(print(sample(3, 2), QStringLiteral("sections.pdf"), &text), 2);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QCOMPARE(text.count(QStringLiteral("Page 1 of 1")), 2);
    const QStringList pages = text.split(QChar(u'\f'));
    QVERIFY(pages.at(0).contains(QStringLiteral("第1网格")));
    QVERIFY(!pages.at(0).contains(QStringLiteral("居民2-1")));
    QVERIFY(pages.at(1).contains(QStringLiteral("第2网格")));
    QVERIFY(pages.at(1).contains(QStringLiteral("居民2-3")));
}

void TableDocumentTest::empty()
{
    TableDocument doc;
    doc.setTitle(QStringLiteral("Empty"));
    doc.setColumns({{QStringLiteral("Name"), 1}});
    QString text;
    QCOMPARE(print(doc, QStringLiteral("empty.pdf"), &text), 1);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY(text.contains(QStringLiteral("Nobody is on this list.")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
    QCOMPARE(doc.print(nullptr), 0);
}

void TableDocumentTest::longTextWraps()
{
    TableDocument doc = sample(0);
    TableDocument::Section s;
    const QString longText = QStringLiteral("一二三四五六七八九十").repeated(12);
    s.rows.append({{QStringLiteral("1"), QStringLiteral("甲"), longText}, false, false});
    doc.addSection(s);
    QString text;
    QCOMPARE(print(doc, QStringLiteral("wrap.pdf"), &text), 2);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    // Nothing is cut off: all 120 characters are on the page, over several lines.
    QString joined = text.split(QChar(u'\f')).at(1);
    joined.remove(QRegularExpression(QStringLiteral("[^一二三四五六七八九十]")));
    QCOMPARE(joined.size(), 120);
}

QTEST_MAIN(TableDocumentTest)
#include "tabledocument_test.moc"
