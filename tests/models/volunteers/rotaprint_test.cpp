#include "models/volunteers/rotadocument.h"
#include "models/volunteers/volunteerreports.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QFile>
#include <QObject>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

class RotaPrintTest final : public QObject
{
    Q_OBJECT

private slots:
    void weekGrid();
    void printsPostsAndNamesOnOnePage();
    void crowdedWeekStillOnePage();

private:
    static int pageCount(const QString &path);
};

int RotaPrintTest::pageCount(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    // Each page object carries "/Type /Page" (the page tree says "/Type /Pages").
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page/") +
               pdf.count("/Type /Page>"));
}

void RotaPrintTest::weekGrid()
{
    TestDatabase t;
    VolunteerTestData d(t);
    const qint64 gate = d.post(QStringLiteral("小区门岗"), 2);
    const qint64 patrol = d.post(QStringLiteral("夜间巡逻"));
    const qint64 a = d.volunteer(QStringLiteral("张三丰"));
    const qint64 s1 = d.shift(gate, QDate(2026, 11, 28), QTime(9, 0), QTime(11, 0), 2);
    const qint64 s2 = d.shift(patrol, QDate(2026, 11, 23), QTime(19, 0), QTime(21, 0));
    d.shift(patrol, QDate(2026, 11, 30), QTime(19, 0), QTime(21, 0)); // next week
    RosterStore store(t.db(), testScope());
    QVERIFY(store.assign(s1, a).ok);
    QVERIFY(store.assign(s2, a).ok);
    const VolunteerReports::RotaWeek week = VolunteerReports(t.db(), testScope()).week(QDate(2026, 11, 26));
    QCOMPARE(week.monday, QDate(2026, 11, 23));
    QCOMPARE(week.posts.size(), 2);
    QCOMPARE(week.shiftCount, 2);
    QCOMPARE(week.gapCount, 1); // the gate needs two
    const int gateRow = week.posts.at(0).id == gate ? 0 : 1;
    QCOMPARE(week.cells.at(gateRow).at(5).size(), 1);     // Saturday
    QCOMPARE(week.cells.at(1 - gateRow).at(0).size(), 1); // Monday
    QVERIFY(RotaDocument::cellText(week.cells.at(gateRow).at(5)).contains(QStringLiteral("09:00–11:00 张三丰")));
}

void RotaPrintTest::printsPostsAndNamesOnOnePage()
{
    TestDatabase t;
    VolunteerTestData d(t);
    const qint64 gate = d.post(QStringLiteral("小区门岗"), 1);
    const qint64 visit = d.post(QStringLiteral("助老探访"), 1);
    const qint64 a = d.volunteer(QStringLiteral("张三丰"));
    const qint64 b = d.volunteer(QStringLiteral("李秀英"));
    RosterStore store(t.db(), testScope());
    QVERIFY(store.assign(d.shift(gate, QDate(2026, 11, 24), QTime(7, 0), QTime(9, 0)), a).ok);
    QVERIFY(store.assign(d.shift(visit, QDate(2026, 11, 29), QTime(9, 0), QTime(11, 0)), b).ok);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rota.pdf"));
    {
        QPdfWriter pdf(path);
        QVERIFY(
            RotaDocument(VolunteerReports(t.db(), testScope()).week(QDate(2026, 11, 24)), QStringLiteral("测试社区"))
                .print(&pdf));
    }
    QCOMPARE(pageCount(path), 1);
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    QVERIFY2(text.contains(QStringLiteral("小区门岗")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("助老探访")));
    QVERIFY(text.contains(QStringLiteral("张三丰")));
    QVERIFY(text.contains(QStringLiteral("李秀英")));
    QVERIFY(text.contains(QStringLiteral("2026-11-23")));
    QVERIFY(text.contains(QStringLiteral("07:00")));
    QCOMPARE(text.count(QLatin1Char('\f')), 1);
}

void RotaPrintTest::crowdedWeekStillOnePage()
{
    TestDatabase t;
    VolunteerTestData d(t);
    RosterStore store(t.db(), testScope());
    QList<qint64> volunteers;
    for (int i = 0; i < 60; ++i)
        volunteers.append(d.volunteer(QStringLiteral("志愿者%1").arg(i, 2, 10, QLatin1Char('0'))));
    int next = 0;
    for (int p = 0; p < 12; ++p) {
        const qint64 post = d.post(QStringLiteral("岗位%1").arg(p + 1), 3);
        for (int day = 0; day < 7; ++day)
            for (int slot = 0; slot < 3; ++slot) {
                const qint64 s =
                    d.shift(post, QDate(2026, 11, 23).addDays(day), QTime(8 + slot * 4, 0), QTime(10 + slot * 4, 0), 3);
                for (int k = 0; k < 3; ++k)
                    store.assign(s, volunteers.at(next++ % volunteers.size()));
            }
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crowded.pdf"));
    {
        QPdfWriter pdf(path);
        QVERIFY(RotaDocument(VolunteerReports(t.db(), testScope()).week(QDate(2026, 11, 23))).print(&pdf));
    }
    QCOMPARE(pageCount(path), 1);
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    QVERIFY(text.contains(QStringLiteral("岗位1")));
    QVERIFY(text.contains(QStringLiteral("岗位12")));
    QCOMPARE(text.count(QLatin1Char('\f')), 1);
    if (!qEnvironmentVariableIsEmpty("ROTA_PDF_OUT"))
        QFile::copy(path, qEnvironmentVariable("ROTA_PDF_OUT"));
}

QTEST_MAIN(RotaPrintTest)
#include "rotaprint_test.moc"
