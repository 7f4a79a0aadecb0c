// HandoverPack: a grid's pack lists its households with 独居/低保/残疾 first, masked numbers, the
// last visit, the open cases and errands, the 党员中心户 and the month's birthdays; the PDF has
// that text and every page renders.
#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "models/grids/partycontactstore.h"
#include "models/paper/handoverpack.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class HandoverPackTest final : public QObject
{
    Q_OBJECT

private slots:
    void packText();
    void pdfPagesRender();

private:
    void fill(TestDatabase &t);
    QString m_lowIncomeId;
};

void HandoverPackTest::fill(TestDatabase &t)
{
    const QDate today = QDate::currentDate();
    // An ordinary household first in address order, a 低保 household after it.
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("普通户"), TestDatabase::idFor(QDate(1985, 1, 2), true, 1)}});
    m_lowIncomeId = TestDatabase::idFor(QDate(1948, 1, 3), false, 2);
    const qint64 low = t.addHousehold(t.buildingA1, QStringLiteral("2"), QStringLiteral("901"),
                                      {{QStringLiteral("低保户"), m_lowIncomeId}});
    const qint64 lowResident = t.residentId(m_lowIncomeId);
    SqlQuery tag(t.db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag WHERE "
                                        "code = 'low_income'"));
    QVERIFY(tag.exec(lowResident));
    SqlQuery visit(t.db(), QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, created_at, "
                                          "updated_at) VALUES (?, ?, '2026-09-18', 'w', '2026-09-18', '2026-09-18')"));
    QVERIFY(visit.exec(low, t.gridA));
    // Someone whose birthday falls this month, 70 or more.
    const QDate born(today.year() - 75, today.month(), 1);
    t.addResidentBornOn(t.buildingA1, QStringLiteral("301"), QStringLiteral("寿星甲"), born, 5);
    // A household of the other grid stays out.
    t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("别的网格"), TestDatabase::idFor(QDate(1980, 1, 4), true, 3)}});
    QVERIFY(PartyContactStore(t.db(), testScope()).add(t.gridA, lowResident).ok);
    SqlQuery category(t.db(), QStringLiteral("SELECT min(id) FROM case_category"));
    CaseIntake in;
    in.categoryId = category.scalar().toLongLong();
    in.buildingId = t.buildingA1;
    in.description = QStringLiteral("楼道灯不亮");
    in.receivedAt = QDateTime::currentDateTime();
    in.byName = QStringLiteral("tester");
    in.source = QStringLiteral("other");
    const SaveResult made = CaseStore(t.db(), testScope()).intake(in);
    QVERIFY2(made.ok, qPrintable(made.firstMessage()));
}

void HandoverPackTest::packText()
{
    TestDatabase t;
    fill(t);
    const HandoverPack pack(t.db(), testScope(), t.gridA);
    QVERIFY(pack.isValid());
    const QString text = pack.document().text().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("低保户")) && text.contains(QStringLiteral("普通户")), qPrintable(text));
    QVERIFY2(text.indexOf(QStringLiteral("低保户")) < text.indexOf(QStringLiteral("普通户")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("别的网格")), qPrintable(text));
    QVERIFY2(!text.contains(m_lowIncomeId), "ID numbers are masked");
    QVERIFY2(text.contains(m_lowIncomeId.left(3)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2026-09-18")), qPrintable(text)); // the last visit
    QVERIFY2(text.contains(QStringLiteral("楼道灯不亮")), qPrintable(text)); // the open case
    QVERIFY2(text.contains(QStringLiteral("党员中心户")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("寿星甲")), qPrintable(text)); // this month's birthday
    QVERIFY(!HandoverPack(t.db(), testScope(), 999999).isValid());

    // A case whose intake was undone (撤回) is not handed over.
    SqlQuery caseId(t.db(), QStringLiteral("SELECT id, row_version FROM cases"));
    QVERIFY(caseId.exec() && caseId.next());
    QVERIFY(CaseStore(t.db(), testScope()).withdraw(caseId.value(0).toLongLong(), caseId.value(1).toInt()).ok);
    const QString withdrawn = HandoverPack(t.db(), testScope(), t.gridA).document().text().join(QLatin1Char('\n'));
    QVERIFY2(!withdrawn.contains(QStringLiteral("楼道灯不亮")), qPrintable(withdrawn));
}

void HandoverPackTest::pdfPagesRender()
{
    TestDatabase t;
    fill(t);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handover.pdf"));
    QString error;
    QVERIFY2(HandoverPack(t.db(), testScope(), t.gridA).writePdf(path, &error), qPrintable(error));
    const QString pdf = pdfText(path);
    if (pdf.isNull())
        QSKIP("pdftotext is not installed");
    QVERIFY2(pdf.contains(QStringLiteral("低保户")) && pdf.contains(QStringLiteral("楼道灯不亮")) &&
                 pdf.contains(QStringLiteral("寿星甲")),
             qPrintable(pdf));
    QVERIFY2(!pdf.contains(m_lowIncomeId), "ID numbers are masked in the PDF");
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm is not installed");
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                            dir.filePath(QStringLiteral("page"))});
    QVERIFY(render.waitForFinished(60000));
    QCOMPARE(render.exitCode(), 0);
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
    QVERIFY2(!pages.isEmpty(), "every page renders");
    for (const QString &page : pages)
        QVERIFY(QImage(dir.filePath(page)).width() > 100);
}

QTEST_MAIN(HandoverPackTest)
#include "handoverpack_test.moc"
