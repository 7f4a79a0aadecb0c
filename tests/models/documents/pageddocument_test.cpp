// The page-layout engine of every printed document: tables that continue repeat their header,
// pages are numbered per section in the clerk's language, long cells wrap and are never cut.
#include "models/documents/pageddocument.h"

#include "tests/support/testsupport.h"

#include <QObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

QList<PagedDocument::Column> columns()
{
    return {{QStringLiteral("序号"), 0.6, Qt::AlignCenter}, {QStringLiteral("姓名"), 1.5}, {QStringLiteral("住址"), 3}};
}

QList<PagedDocument::Row> rows(int count)
{
    QList<PagedDocument::Row> list;
    for (int r = 1; r <= count; ++r)
        list << PagedDocument::Row{
            {QString::number(r), QStringLiteral("居民%1号").arg(r), QStringLiteral("社区网格 %1 栋").arg(r)}};
    return list;
}

} // namespace

class PagedDocumentTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void longTableRepeatsItsHeader();
    void footersNumberPagesInChinese();
    void sectionsRestartNumbering();
    void longCellWrapsInsteadOfBeingCut();
    void paragraphsFlowBetweenLines();
    void headingAndLeadStayWithTheirTable();
    void onePageTableStaysOnOnePage();
    void textListsEveryBlock();

private:
    // Prints `doc` to a PDF; returns the page count and the PDF's path in *path.
    int print(const PagedDocument &doc, const QString &name, QString *path = nullptr);
    // pdftotext -layout of one page (from 1); null if pdftotext is not installed.
    static QString pageText(const QString &path, int page);

    QTemporaryDir m_dir;
    QTranslator *m_translator = nullptr;
};

void PagedDocumentTest::init()
{
    QVERIFY(m_dir.isValid());
}

void PagedDocumentTest::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
        m_translator = nullptr;
    }
}

int PagedDocumentTest::print(const PagedDocument &doc, const QString &name, QString *path)
{
    const QString file = m_dir.filePath(name);
    if (path)
        *path = file;
    QPdfWriter pdf(file);
    pdf.setResolution(300);
    PagedDocument::setUpPage(&pdf, doc.orientation());
    return doc.print(&pdf);
}

QString PagedDocumentTest::pageText(const QString &path, int page)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                   QString::number(page), QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("(pdftotext failed)");
    return QString::fromUtf8(p.readAllStandardOutput());
}

void PagedDocumentTest::longTableRepeatsItsHeader()
{
    PagedDocument doc;
    doc.addTitle(QStringLiteral("长名单"));
    doc.addTable(columns(), rows(90));
    QString path;
    const int pages = print(doc, QStringLiteral("long.pdf"), &path);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    if (pageText(path, 1).isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    int seen = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(path, p);
        // The header row is on every page, the title only on the first.
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("序号\\s+姓名\\s+住址"))), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral("长名单")), p == 1);
        for (int r = 1; r <= 90; ++r)
            seen += int(text.count(QRegularExpression(QStringLiteral("居民%1号(?!\\d)").arg(r))));
    }
    QCOMPARE(seen, 90); // every row once, none split or lost between pages
    QVERIFY(pageText(path, 2).contains(QRegularExpression(QStringLiteral("居民\\d+号"))));
}

void PagedDocumentTest::footersNumberPagesInChinese()
{
    m_translator = new QTranslator;
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/communitydesk_zh_CN.qm")));
    QCoreApplication::installTranslator(m_translator);
    PagedDocument doc;
    doc.setFooterText(QStringLiteral("幸福社区"));
    doc.addTable(columns(), rows(120));
    QString path;
    const int pages = print(doc, QStringLiteral("zh.pdf"), &path);
    QVERIFY(pages >= 3);
    if (pageText(path, 1).isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QCOMPARE(PagedDocument::tr("Page %1 of %2").arg(1).arg(pages), QStringLiteral("第 1 页 / 共 %1 页").arg(pages));
    for (int p = 1; p <= pages; ++p) {
        QString text = pageText(path, p);
        QVERIFY(text.contains(QStringLiteral("幸福社区")));
        QVERIFY(!text.contains(QStringLiteral("Page ")));
        // pdftotext reads the narrow spaces between Chinese characters as none.
        text.remove(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("第%1页/共%2页").arg(p).arg(pages)), qPrintable(text));
    }
}

void PagedDocumentTest::sectionsRestartNumbering()
{
    PagedDocument doc;
    doc.addSection(QStringLiteral("签到表"), QStringLiteral("第一网格"), {QStringLiteral("日期：____")},
                   {QStringLiteral("90 人")});
    doc.addTable(columns(), rows(90));
    doc.addSection(QStringLiteral("签到表"), QStringLiteral("第二网格"));
    doc.addTable(columns(), rows(3));
    QString path;
    const int pages = print(doc, QStringLiteral("sections.pdf"), &path);
    QVERIFY(pages >= 3);
    if (pageText(path, 1).isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    const int first = pages - 1; // pages of the first section
    for (int p = 1; p <= pages; ++p) {
        const QString text = pageText(path, p);
        // The running head is on every page of its section.
        QVERIFY(text.contains(QStringLiteral("签到表")));
        QCOMPARE(text.contains(QStringLiteral("第一网格")), p <= first);
        QCOMPARE(text.contains(QStringLiteral("90 人")), p <= first);
        const QString footer =
            p <= first ? QStringLiteral("Page %1 of %2").arg(p).arg(first) : QStringLiteral("Page 1 of 1");
        QVERIFY2(text.contains(footer), qPrintable(text));
    }
}

void PagedDocumentTest::longCellWrapsInsteadOfBeingCut()
{
    const QString chinese = QStringLiteral("一二三四五六七八九十").repeated(15);
    const QString digits = QStringLiteral("1234567890").repeated(4); // no place to break
    PagedDocument doc;
    doc.addTable({{QStringLiteral("No."), 0.5}, {QStringLiteral("Text"), 2}, {QStringLiteral("Number"), 1}},
                 {PagedDocument::Row{{QStringLiteral("甲"), chinese, digits}}});
    QString path;
    QCOMPARE(print(doc, QStringLiteral("wrap.pdf"), &path), 1);
    const QString text = pageText(path, 1);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    // All 150 characters and 40 digits are on the page, the characters over several lines.
    QString hanzi = text;
    hanzi.remove(QRegularExpression(QStringLiteral("[^一二三四五六七八九十]")));
    QCOMPARE(hanzi, chinese);
    QString numbers = text;
    numbers.remove(QRegularExpression(QStringLiteral("Page \\d+ of \\d+|[^0-9]")));
    QCOMPARE(numbers, digits);
    int wrapped = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        wrapped += line.contains(QStringLiteral("五六七")) ? 1 : 0;
    QVERIFY2(wrapped >= 3, qPrintable(text));
}

void PagedDocumentTest::paragraphsFlowBetweenLines()
{
    QStringList lines;
    for (int i = 1; i <= 150; ++i)
        lines << QStringLiteral("第%1行备注").arg(i);
    PagedDocument doc;
    doc.addHeading(QStringLiteral("备注"));
    doc.addParagraph(lines.join(QLatin1Char('\n')));
    QString path;
    const int pages = print(doc, QStringLiteral("paragraph.pdf"), &path);
    QVERIFY(pages >= 2);
    if (pageText(path, 1).isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QString all;
    for (int p = 1; p <= pages; ++p)
        all += pageText(path, p);
    for (int i = 1; i <= 150; ++i)
        QCOMPARE(all.count(QRegularExpression(QStringLiteral("第%1行备注").arg(i))), 1);
}

// Wherever the text above pushes them, a heading and the lead line under it ("按类型：") start
// the page that shows the table's header and first row, never alone at the foot of the one before.
void PagedDocumentTest::headingAndLeadStayWithTheirTable()
{
    for (int filler = 40; filler <= 62; filler += 2) {
        QStringList lines;
        for (int i = 1; i <= filler; ++i)
            lines << QStringLiteral("第%1行说明").arg(i);
        PagedDocument doc;
        doc.addParagraph(lines.join(QLatin1Char('\n')));
        doc.addHeading(QStringLiteral("三、分类"));
        doc.addLead(QStringLiteral("按类型："));
        doc.addTable(columns(), rows(3));
        QString path;
        const int pages = print(doc, QStringLiteral("lead-%1.pdf").arg(filler), &path);
        if (pageText(path, 1).isNull())
            QSKIP("pdftotext is not installed (poppler-utils)");
        int found = 0;
        for (int p = 1; p <= pages; ++p) {
            const QString text = pageText(path, p);
            if (!text.contains(QStringLiteral("三、分类")) && !text.contains(QStringLiteral("按类型：")))
                continue;
            ++found;
            QVERIFY2(text.contains(QStringLiteral("三、分类")) && text.contains(QStringLiteral("按类型：")) &&
                         text.contains(QStringLiteral("居民1号")),
                     qPrintable(QStringLiteral("%1 lines above, page %2:\n%3").arg(filler).arg(p).arg(text)));
        }
        QCOMPARE(found, 1);
    }
}

void PagedDocumentTest::onePageTableStaysOnOnePage()
{
    QList<PagedDocument::Row> crowded;
    for (int r = 1; r <= 40; ++r)
        crowded << PagedDocument::Row{
            {QStringLiteral("岗位%1").arg(r), QStringLiteral("志愿者甲、志愿者乙\n09:00–11:00").repeated(4)}};
    PagedDocument doc;
    doc.setOrientation(QPageLayout::Landscape);
    doc.addTitle(QStringLiteral("值班表"));
    PagedDocument::TableStyle style;
    style.onePage = true;
    doc.addTable({{QStringLiteral("岗位"), 1}, {QStringLiteral("安排"), 6}}, crowded, style);
    QString path;
    QCOMPARE(print(doc, QStringLiteral("onepage.pdf"), &path), 1);
    const QString text = pageText(path, 1);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY(text.contains(QStringLiteral("岗位1 ")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
}

void PagedDocumentTest::textListsEveryBlock()
{
    PagedDocument doc;
    doc.addSection(QStringLiteral("标题"), QStringLiteral("副标题"));
    doc.addHeaderLines({QStringLiteral("左")}, {QStringLiteral("右")});
    doc.addHeading(QStringLiteral("一、概况"));
    doc.addFigures({{QStringLiteral("户数"), QStringLiteral("12")}});
    doc.addTable(columns(), rows(1));
    doc.addFields({QStringLiteral("主持人：")});
    QCOMPARE(doc.text(),
             (QStringList{QStringLiteral("标题"), QStringLiteral("副标题"), QStringLiteral("左"), QStringLiteral("右"),
                          QStringLiteral("一、概况"), QStringLiteral("户数 12"), QStringLiteral("序号 姓名 住址"),
                          QStringLiteral("1 居民1号 社区网格 1 栋"), QStringLiteral("主持人：")}));
    QCOMPARE(doc.print(nullptr), 0);
}

QTEST_MAIN(PagedDocumentTest)
#include "pageddocument_test.moc"
