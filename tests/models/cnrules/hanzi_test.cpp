#include "models/cnrules/hanzi.h"
#include "models/cnrules/readingorder.h"

#include <algorithm>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class HanziTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void readingOrder();
    void surnames_data();
    void surnames();
    void names_data();
    void names();
    void polyphonicSurnamesUseCommonReading();
    void namesReadTheirSurnames_data();
    void namesReadTheirSurnames();
    void namesSortBySurnameReading();
    void toSimplified_data();
    void toSimplified();
    void searchTokens_data();
    void searchTokens();
    void ftsPhraseQuery_data();
    void ftsPhraseQuery();
    void ftsMatch_data();
    void ftsMatch();
    void ftsFuzzNeverFails();
    void isHan();
    void looksLikeInitials_data();
    void looksLikeInitials();
    void dataSanity();

private:
    // Runs MATCH with the given expression; returns false on an SQL error.
    bool match(const QString &expression, QList<qint64> *rowids, QString *error = nullptr);

    QString m_connection = QStringLiteral("hanzi_test");
};

void HanziTest::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(Hanzi::toSimplified(QStringLiteral("張")), QStringLiteral("张")); // first call loads the tables
    qInfo("Hanzi tables loaded in %.2f ms", double(timer.nsecsElapsed()) / 1e6);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE f USING fts5(t)")), qPrintable(q.lastError().text()));

    const QStringList rows = {
        QStringLiteral("張三 3号楼2单元501"),               // 1
        QStringLiteral("李四 幸福路12号"),                  // 2
        QStringLiteral("欧阳修 near AND or: test-case"),    // 3
        QStringLiteral("王小明 Zhang's \"quoted\" (note)"), // 4
    };
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO f(rowid, t) VALUES (?, ?)")));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        q.bindValue(0, i + 1);
        q.bindValue(1, Hanzi::searchTokens(rows.at(i)));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
}

void HanziTest::cleanupTestCase()
{
    QSqlDatabase::database(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool HanziTest::match(const QString &expression, QList<qint64> *rowids, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    rowids->clear();
    if (!q.prepare(QStringLiteral("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    q.bindValue(0, expression);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        rowids->append(q.value(0).toLongLong());
    return true;
}

void HanziTest::surnames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pinyin");
    QTest::addColumn<QString>("initials");

    const struct
    {
        const char16_t *text;
        const char16_t *pinyin;
        const char16_t *initials;
    } cases[] = {
        {u"张", u"zhang", u"z"},      {u"王", u"wang", u"w"},     {u"李", u"li", u"l"},        {u"赵", u"zhao", u"z"},
        {u"刘", u"liu", u"l"},        {u"陈", u"chen", u"c"},     {u"杨", u"yang", u"y"},      {u"黄", u"huang", u"h"},
        {u"吴", u"wu", u"w"},         {u"周", u"zhou", u"z"},     {u"徐", u"xu", u"x"},        {u"孙", u"sun", u"s"},
        {u"马", u"ma", u"m"},         {u"朱", u"zhu", u"z"},      {u"胡", u"hu", u"h"},        {u"郭", u"guo", u"g"},
        {u"何", u"he", u"h"},         {u"林", u"lin", u"l"},      {u"高", u"gao", u"g"},       {u"罗", u"luo", u"l"},
        {u"欧阳", u"ou yang", u"oy"}, {u"司马", u"si ma", u"sm"}, {u"诸葛", u"zhu ge", u"zg"},
    };
    for (const auto &c : cases) {
        const QString text = QString::fromUtf16(c.text);
        QTest::newRow(qPrintable(text)) << text << QString::fromUtf16(c.pinyin) << QString::fromUtf16(c.initials);
    }
}

void HanziTest::surnames()
{
    QFETCH(QString, text);
    QFETCH(QString, pinyin);
    QFETCH(QString, initials);
    QCOMPARE(Hanzi::pinyin(text), pinyin);
    QCOMPARE(Hanzi::initials(text), initials);
}

void HanziTest::names_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("pinyin");
    QTest::addColumn<QString>("initials");

    QTest::newRow("张三") << QStringLiteral("张三") << QStringLiteral("zhang san") << QStringLiteral("zs");
    QTest::newRow("欧阳修") << QStringLiteral("欧阳修") << QStringLiteral("ou yang xiu") << QStringLiteral("oyx");
    QTest::newRow("诸葛亮") << QStringLiteral("诸葛亮") << QStringLiteral("zhu ge liang") << QStringLiteral("zgl");
    QTest::newRow("司马光") << QStringLiteral("司马光") << QStringLiteral("si ma guang") << QStringLiteral("smg");
    QTest::newRow("李a1") << QStringLiteral("李a1") << QStringLiteral("li a1") << QStringLiteral("la1");
    QTest::newRow("traditional 張偉") << QStringLiteral("張偉") << QStringLiteral("zhang wei") << QStringLiteral("zw");
    QTest::newRow("traditional 陳") << QStringLiteral("陳") << QStringLiteral("chen") << QStringLiteral("c");
    QTest::newRow("traditional 劉德華") << QStringLiteral("劉德華") << QStringLiteral("liu de hua")
                                        << QStringLiteral("ldh");
    QTest::newRow("u-umlaut 女 吕 略") << QStringLiteral("女吕略") << QStringLiteral("nv lv lve")
                                       << QStringLiteral("nll");
    QTest::newRow("spaces and case") << QStringLiteral("  王 小明  ABC ") << QStringLiteral("wang xiao ming abc")
                                     << QStringLiteral("wxmabc");
    QTest::newRow("punctuation") << QStringLiteral("王-小明(2)") << QStringLiteral("wang - xiao ming (2)")
                                 << QStringLiteral("wxm2");
    QTest::newRow("full-width") << QStringLiteral("张ＡＢ１") << QStringLiteral("zhang ab1") << QStringLiteral("zab1");
    QTest::newRow("compatibility ideograph") << QString(QChar(0xF9B5)) // U+F9B5 -> U+4F8B 例
                                             << QStringLiteral("li") << QStringLiteral("l");
    QTest::newRow("extension A 刘䶮") << QStringLiteral("刘䶮") << QStringLiteral("liu yan") << QStringLiteral("ly");
    QTest::newRow("extension E 𬣙 (surrogate pair)")
        << QStringLiteral("陶𬣙a") << QStringLiteral("tao xu a") << QStringLiteral("txa");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void HanziTest::names()
{
    QFETCH(QString, text);
    QFETCH(QString, pinyin);
    QFETCH(QString, initials);
    QCOMPARE(Hanzi::pinyin(text), pinyin);
    QCOMPARE(Hanzi::initials(text), initials);
}

void HanziTest::polyphonicSurnamesUseCommonReading()
{
    // pinyin() of plain text keeps kMandarin, the everyday reading; names go
    // through namePinyin() (below), which reads the surname as a surname. If
    // this starts failing, the data source changed; update the note in hanzi.h.
    QCOMPARE(Hanzi::pinyin(QStringLiteral("单")), QStringLiteral("dan"));  // surname shan
    QCOMPARE(Hanzi::pinyin(QStringLiteral("曾")), QStringLiteral("ceng")); // surname zeng
    QCOMPARE(Hanzi::pinyin(QStringLiteral("区")), QStringLiteral("qu"));   // surname ou
    QCOMPARE(Hanzi::pinyin(QStringLiteral("解")), QStringLiteral("jie"));  // surname xie
    QCOMPARE(Hanzi::pinyin(QStringLiteral("仇")), QStringLiteral("chou")); // surname qiu
    QCOMPARE(Hanzi::pinyin(QStringLiteral("朴")), QStringLiteral("pu"));   // surname piao
    QCOMPARE(Hanzi::pinyin(QStringLiteral("查")), QStringLiteral("cha"));  // surname zha
}

void HanziTest::namesReadTheirSurnames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pinyin");
    QTest::addColumn<QString>("initials");

    const auto row = [](const char16_t *name, const char *pinyin, const char *initials) {
        QTest::newRow(QString::fromUtf16(name).toUtf8().constData())
            << QString::fromUtf16(name) << QString::fromLatin1(pinyin) << QString::fromLatin1(initials);
    };
    row(u"曾小明", "zeng xiao ming", "zxm");
    row(u"覃海", "qin hai", "qh");
    row(u"单田芳", "shan tian fang", "stf");
    row(u"仇英", "qiu ying", "qy");
    row(u"区志强", "ou zhi qiang", "ozq");
    row(u"解缙", "xie jin", "xj");
    row(u"查良镛", "zha liang yong", "zly");
    row(u"朴成浩", "piao cheng hao", "pch");
    row(u"尉迟恭", "yu chi gong", "ycg");
    row(u"万俟卨", "mo qi xie", "mqx");
    row(u"长孙无忌", "zhang sun wu ji", "zswj");
    row(u"乐嘉", "yue jia", "yj");
    row(u"缪斯", "miao si", "ms");
    row(u"翟志刚", "zhai zhi gang", "zzg");
    row(u"盖聂", "ge nie", "gn");
    row(u"任正非", "ren zheng fei", "rzf");
    row(u"秘书华", "bi shu hua", "bsh");
    row(u"繁钦", "po qin", "pq");
    row(u"葛优", "ge you", "gy");
    row(u"單田芳", "shan tian fang", "stf"); // traditional: folded first
    row(u"单于", "chan yu", "cy");           // the compound surname wins over 单 shan
    row(u"张曾", "zhang ceng", "zc");        // only the surname is read as one
    row(u"王五", "wang wu", "ww");
    row(u"曾", "zeng", "z");
    row(u" 曾小明", "zeng xiao ming", "zxm"); // leading space from a pasted cell
}

void HanziTest::namesReadTheirSurnames()
{
    QFETCH(QString, name);
    QFETCH(QString, pinyin);
    QFETCH(QString, initials);
    QCOMPARE(Hanzi::namePinyin(name), pinyin);
    QCOMPARE(Hanzi::nameInitials(name), initials);
}

void HanziTest::namesSortBySurnameReading()
{
    // With the everyday readings 曾 (ceng) would come before 陈 (chen) and 单 (dan) before 王;
    // read as surnames the order is the one a clerk expects: chen, shan, wang, zeng, zhang.
    QStringList names = {QStringLiteral("张伟"), QStringLiteral("曾明"), QStringLiteral("陈红"), QStringLiteral("单芳"),
                         QStringLiteral("王五")};
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return Hanzi::namePinyin(a) < Hanzi::namePinyin(b); });
    QCOMPARE(names, (QStringList{QStringLiteral("陈红"), QStringLiteral("单芳"), QStringLiteral("王五"),
                                 QStringLiteral("曾明"), QStringLiteral("张伟")}));
}

void HanziTest::toSimplified_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("張三豐") << QStringLiteral("張三豐") << QStringLiteral("张三丰");
    QTest::newRow("劉") << QStringLiteral("劉") << QStringLiteral("刘");
    QTest::newRow("國") << QStringLiteral("國") << QStringLiteral("国");
    QTest::newRow("這") << QStringLiteral("這") << QStringLiteral("这");
    QTest::newRow("mixed") << QStringLiteral("台北市 長安東路 No.5") << QStringLiteral("台北市 长安东路 No.5");
    QTest::newRow("already simplified") << QStringLiteral("张三丰 北京市朝阳区幸福里3号楼 ABC 123")
                                        << QStringLiteral("张三丰 北京市朝阳区幸福里3号楼 ABC 123");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("unmapped surrogate pair") << QStringLiteral("a𠀋b") << QStringLiteral("a𠀋b");
    QTest::newRow("surrogate pair -> BMP") << QStringLiteral("a𠗣b") << QStringLiteral("a㓆b");
    QTest::newRow("surrogate pair -> pair") << QStringLiteral("𠁞") << QStringLiteral("𠀾");
    QTest::newRow("emoji") << QStringLiteral("劉😀") << QStringLiteral("刘😀");
    const QChar lone[] = {QChar(0xD840), QChar(u'國'), QChar(0xDC0B)};
    const QChar loneOut[] = {QChar(0xD840), QChar(u'国'), QChar(0xDC0B)};
    QTest::newRow("lone surrogates") << QString(lone, 3) << QString(loneOut, 3);
}

void HanziTest::toSimplified()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Hanzi::toSimplified(text), expected);
}

void HanziTest::searchTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("address") << QStringLiteral("3号楼2单元501 張三") << QStringLiteral("3 号 楼 2 单 元 501 张 三");
    QTest::newRow("letters") << QStringLiteral("  Hello,  World!! ") << QStringLiteral("hello world");
    QTest::newRow("letters and digits") << QStringLiteral("B座12A") << QStringLiteral("b 座 12a");
    QTest::newRow("full-width") << QStringLiteral("ＡＢＣ－１２３") << QStringLiteral("abc 123");
    QTest::newRow("punctuation only") << QStringLiteral("——，。！？、\"'*^:()") << QString();
    QTest::newRow("fts syntax") << QStringLiteral("NEAR(a b) AND c* OR ^d:e")
                                << QStringLiteral("near a b and c or d e");
    QTest::newRow("accents") << QStringLiteral("Café Müller") << QStringLiteral("café müller");
    QTest::newRow("surrogate pair") << QStringLiteral("陶𬣙明") << QStringLiteral("陶 𬣙 明");
    QTest::newRow("empty") << QString() << QString();
}

void HanziTest::searchTokens()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Hanzi::searchTokens(text), expected);
}

void HanziTest::ftsPhraseQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("张三") << QStringLiteral("张三") << QStringLiteral("\"张\" + \"三\"");
    QTest::newRow("traditional") << QStringLiteral("張三") << QStringLiteral("\"张\" + \"三\"");
    QTest::newRow("words") << QStringLiteral("near AND") << QStringLiteral("\"near\" + \"and\"");
    QTest::newRow("digits") << QStringLiteral("501") << QStringLiteral("\"501\"");
    QTest::newRow("quotes") << QStringLiteral("\"张\"三\"") << QStringLiteral("\"张\" + \"三\"");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("operators only") << QStringLiteral("* ^ : ( ) - + \"") << QString();
}

void HanziTest::ftsPhraseQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Hanzi::ftsPhraseQuery(input), expected);
}

void HanziTest::ftsMatch_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<qint64>>("rowids");

    using Rows = QList<qint64>;
    QTest::newRow("张三") << QStringLiteral("张三") << Rows{1};
    QTest::newRow("traditional 張三") << QStringLiteral("張三") << Rows{1};
    QTest::newRow("order matters") << QStringLiteral("三张") << Rows{};
    QTest::newRow("single char") << QStringLiteral("号") << Rows{1, 2};
    QTest::newRow("digit run is one token") << QStringLiteral("50") << Rows{};
    QTest::newRow("whole room number") << QStringLiteral("501") << Rows{1};
    QTest::newRow("address") << QStringLiteral("2单元501") << Rows{1};
    QTest::newRow("with spaces") << QStringLiteral("幸福路 12") << Rows{2};
    QTest::newRow("quoted") << QStringLiteral("\"张三\"") << Rows{1};
    QTest::newRow("unbalanced quote") << QStringLiteral("张\"三") << Rows{1};
    QTest::newRow("star") << QStringLiteral("张*") << Rows{1};
    QTest::newRow("caret") << QStringLiteral("^张") << Rows{1};
    QTest::newRow("column filter") << QStringLiteral("t:张") << Rows{};
    QTest::newRow("colon") << QStringLiteral(":张:") << Rows{1};
    QTest::newRow("parentheses") << QStringLiteral("((张三") << Rows{1};
    QTest::newRow("NEAR") << QStringLiteral("NEAR") << Rows{3};
    QTest::newRow("NEAR()") << QStringLiteral("NEAR(张 三, 2)") << Rows{};
    QTest::newRow("AND") << QStringLiteral("AND") << Rows{3};
    QTest::newRow("OR") << QStringLiteral("OR") << Rows{3};
    QTest::newRow("NOT") << QStringLiteral("NOT 张三") << Rows{};
    QTest::newRow("hyphen") << QStringLiteral("test-case") << Rows{3};
    QTest::newRow("leading hyphen") << QStringLiteral("-张三") << Rows{1};
    QTest::newRow("plus") << QStringLiteral("+张+三+") << Rows{1};
    QTest::newRow("apostrophe") << QStringLiteral("Zhang's") << Rows{4};
    QTest::newRow("inner quotes") << QStringLiteral("\"quoted\"") << Rows{4};
    QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE f; --") << Rows{};
    QTest::newRow("braces") << QStringLiteral("{t}: 王") << Rows{};
    QTest::newRow("full-width name") << QStringLiteral("欧阳 修") << Rows{3};
}

void HanziTest::ftsMatch()
{
    QFETCH(QString, input);
    QFETCH(QList<qint64>, rowids);

    const QString expression = Hanzi::ftsPhraseQuery(input);
    QVERIFY(!expression.isEmpty());
    QList<qint64> found;
    QString error;
    QVERIFY2(match(expression, &found, &error), qPrintable(expression + QLatin1String(": ") + error));
    QCOMPARE(found, rowids);
}

void HanziTest::ftsFuzzNeverFails()
{
    // The harness must notice a bad expression, or the loop below proves nothing.
    QList<qint64> found;
    QVERIFY(!match(QStringLiteral("\"张"), &found));
    QVERIFY(!match(QStringLiteral("NEAR("), &found));

    const QString alphabet = QStringLiteral("\"'*^:()-+{},.; \t张三號楼aZ0NEARANDORNOT");
    const QStringList words = {QStringLiteral("NEAR"), QStringLiteral("AND"), QStringLiteral("OR"),
                               QStringLiteral("NOT"),  QStringLiteral("t:"),  QStringLiteral("\"\"")};
    QRandomGenerator rng(20240601); // fixed seed: reproducible failures
    int nonEmpty = 0;
    for (int i = 0; i < 2000; ++i) {
        QString input;
        const int length = int(rng.bounded(1, 16));
        for (int j = 0; j < length; ++j) {
            if (rng.bounded(8) == 0)
                input += words.at(int(rng.bounded(qsizetype(words.size()))));
            else
                input += alphabet.at(int(rng.bounded(qsizetype(alphabet.size()))));
        }
        const QString expression = Hanzi::ftsPhraseQuery(input);
        if (expression.isEmpty())
            continue;
        ++nonEmpty;
        QString error;
        QVERIFY2(match(expression, &found, &error),
                 qPrintable(input + QLatin1String(" -> ") + expression + QLatin1String(": ") + error));
    }
    QVERIFY(nonEmpty > 1000);
}

void HanziTest::isHan()
{
    QVERIFY(Hanzi::isHan(U'张'));
    QVERIFY(Hanzi::isHan(U'張'));
    QVERIFY(Hanzi::isHan(0x4E00));
    QVERIFY(Hanzi::isHan(0x9FFF));
    QVERIFY(Hanzi::isHan(0x3400));  // Extension A
    QVERIFY(Hanzi::isHan(0x2000B)); // Extension B
    QVERIFY(Hanzi::isHan(0x2B74B)); // Extension D
    QVERIFY(Hanzi::isHan(0xF9B5));  // compatibility ideograph
    QVERIFY(!Hanzi::isHan(U'a'));
    QVERIFY(!Hanzi::isHan(U'3'));
    QVERIFY(!Hanzi::isHan(U'，'));
    QVERIFY(!Hanzi::isHan(U'。'));
    QVERIFY(!Hanzi::isHan(U'あ'));
    QVERIFY(!Hanzi::isHan(U'한'));
    QVERIFY(!Hanzi::isHan(0x1F600)); // emoji
    QVERIFY(!Hanzi::isHan(0xD840));  // surrogate
}

void HanziTest::looksLikeInitials_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");

    QTest::newRow("zs") << QStringLiteral("zs") << true;
    QTest::newRow("upper") << QStringLiteral("OYX") << true;
    QTest::newRow("one") << QStringLiteral("z") << true;
    QTest::newRow("ten") << QStringLiteral("abcdefghij") << true;
    QTest::newRow("eleven") << QStringLiteral("abcdefghijk") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("digit") << QStringLiteral("zs1") << false;
    QTest::newRow("space") << QStringLiteral("z s") << false;
    QTest::newRow("han") << QStringLiteral("张s") << false;
    QTest::newRow("full-width") << QStringLiteral("ｚｓ") << false;
    QTest::newRow("accent") << QStringLiteral("zé") << false;
}

void HanziTest::looksLikeInitials()
{
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(Hanzi::looksLikeInitials(input), expected);
}

void HanziTest::dataSanity()
{
    // Walks the Han ranges through the public API, so it checks what was
    // loaded from the resources, not just the files.
    static const QRegularExpression syllable(QStringLiteral("^[a-z]+$"));
    const struct
    {
        char32_t first;
        char32_t last;
    } ranges[] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x3FFFF}};

    int readings = 0;
    int simplified = 0;
    QString bad;
    for (const auto &range : ranges) {
        for (char32_t ucs = range.first; ucs <= range.last; ++ucs) {
            const QString ch = QString::fromUcs4(&ucs, 1);
            const QString simple = Hanzi::toSimplified(ch);
            if (simple != ch)
                ++simplified;
            // Either a syllable or, without a reading, the simplified character
            // itself (NFKC: compatibility ideographs come out unified).
            const QString py = Hanzi::pinyin(ch);
            if (syllable.match(py).hasMatch())
                ++readings;
            else if (py != simple.normalized(QString::NormalizationForm_KC) && bad.isEmpty())
                bad = ch + u' ' + py;
        }
    }
    qInfo("Hanzi: %d characters with a reading, %d traditional->simplified pairs", readings, simplified);
    QVERIFY2(bad.isEmpty(), qPrintable(bad));
    QVERIFY(readings > 20000);
    QVERIFY(simplified > 2000);

    QCOMPARE(Hanzi::pinyin(QStringLiteral("々")), QStringLiteral("々")); // no reading: kept
    QCOMPARE(Hanzi::initials(QStringLiteral("々")), QString());          // ... and dropped
}

QTEST_GUILESS_MAIN(HanziTest)

void HanziTest::readingOrder()
{
    // By code point 安 (U+5B89) < 幸 (U+5E78) < 百 (U+767E) < 阳 (U+9633); a Chinese index reads
    // an, bai, xing, yang.
    QStringList names{QStringLiteral("阳光苑"), QStringLiteral("幸福里"), QStringLiteral("安居小区"),
                      QStringLiteral("百花园")};
    sortByReading(names, [](const QString &n) { return n; });
    QCOMPARE(names, QStringList({QStringLiteral("安居小区"), QStringLiteral("百花园"), QStringLiteral("幸福里"),
                                 QStringLiteral("阳光苑")}));

    // `before` decides first: here, short names first; the reading breaks ties only.
    QStringList byLength{QStringLiteral("幸福里"), QStringLiteral("阳光"), QStringLiteral("百花"),
                         QStringLiteral("安居小区")};
    sortByReading(
        byLength, [](const QString &n) { return n; },
        [](const QString &a, const QString &b) { return a.size() < b.size(); });
    QCOMPARE(byLength, QStringList({QStringLiteral("百花"), QStringLiteral("阳光"), QStringLiteral("幸福里"),
                                    QStringLiteral("安居小区")}));
}

#include "hanzi_test.moc"
