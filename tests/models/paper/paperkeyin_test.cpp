// PaperSheets and PaperKeyIn: a visit sheet, a sign-in sheet and a rota printed with row codes
// and keyed back record visits, attendance and hours; the same sheet keyed twice records nothing
// twice; a typo or a code of another sheet is named and nothing is recorded.
#include "models/core/sqlquery.h"
#include "models/paper/paperkeyin.h"
#include "models/paper/papersheets.h"
#include "models/papercodes/rowcode.h"
#include "models/volunteers/servicerecords.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

QString codeOf(const PaperSheet &sheet, qint64 targetId)
{
    for (const PaperSheet::Row &r : sheet.rows)
        if (r.targetId == targetId)
            return r.code;
    return QString();
}

int scalar(TestDatabase &t, const QString &sql, qint64 id)
{
    SqlQuery q(t.db(), sql);
    return q.exec(id) ? q.scalar().toInt() : -1;
}

// A typo the check character catches: the second character changed.
QString typo(const QString &code)
{
    QString wrong = code;
    const QString a = RowCode::alphabet();
    wrong[1] = a.at((a.indexOf(code.at(1)) + 1) % a.size());
    return wrong;
}

} // namespace

class PaperKeyInTest final : public QObject
{
    Q_OBJECT

private slots:
    void visitSheetRecordsVisitsOnce();
    void typoAndOtherSheetAreNamed();
    void signInSheetRecordsAttendance();
    void rotaRecordsHours();
    void sheetPdfCarriesTheCodes();
};

void PaperKeyInTest::visitSheetRecordsVisitsOnce()
{
    TestDatabase t;
    const qint64 h1 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                     {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)}});
    const qint64 h2 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("102"),
                                     {{QStringLiteral("李强"), TestDatabase::idFor(QDate(1960, 4, 2), true, 2)}});
    const qint64 h3 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("201"),
                                     {{QStringLiteral("赵敏"), TestDatabase::idFor(QDate(1970, 5, 3), false, 3)}});
    PaperSheets sheets(t.db(), testScope());
    const PaperSheets::Printed printed = sheets.visit(t.buildingA1);
    QVERIFY2(printed.ok, qPrintable(printed.error));
    QCOMPARE(printed.sheet.rows.size(), 3);
    QVERIFY(RowCode::isValid(printed.sheet.code, RowCode::kSheetLength));
    for (const PaperSheet::Row &r : printed.sheet.rows)
        QVERIFY(RowCode::isValid(r.code, RowCode::kRowLength));

    PaperKeyIn keyIn(t.db(), testScope());
    const QDate day = QDate::currentDate().addDays(-1);
    // Typed as a clerk types: lower case, with a space.
    const QString first = codeOf(printed.sheet, h1).toLower().insert(2, QLatin1Char(' '));
    PaperKeyIn::Result r = keyIn.keyIn(printed.sheet.code.toLower(), {first, codeOf(printed.sheet, h3)}, day);
    QVERIFY2(r.ok, qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.recorded, 2);
    QCOMPARE(r.alreadyKeyed, 0);
    const QString visits = QStringLiteral("SELECT count(*) FROM visit WHERE household_id = ? AND archived = 0");
    QCOMPARE(scalar(t, visits, h1), 1);
    QCOMPARE(scalar(t, visits, h2), 0);
    QCOMPARE(scalar(t, visits, h3), 1);
    SqlQuery when(t.db(), QStringLiteral("SELECT visited_on, notes FROM visit WHERE household_id = ?"));
    QVERIFY(when.exec(h1) && when.next());
    QCOMPARE(when.value(0).toString(), day.toString(Qt::ISODate));
    QVERIFY(when.value(1).toString().contains(printed.sheet.code));

    // The same sheet keyed again (and one more tick): only the new tick is recorded.
    r = keyIn.keyIn(printed.sheet.code,
                    {codeOf(printed.sheet, h1), codeOf(printed.sheet, h3), codeOf(printed.sheet, h2)}, day);
    QVERIFY2(r.ok, qPrintable(r.problems.join(QLatin1Char('\n'))));
    QCOMPARE(r.recorded, 1);
    QCOMPARE(r.alreadyKeyed, 2);
    QCOMPARE(scalar(t, visits, h1), 1);
    QCOMPARE(scalar(t, visits, h2), 1);
    QCOMPARE(scalar(t, visits, h3), 1);
    r = keyIn.keyIn(printed.sheet.code, {codeOf(printed.sheet, h1)}, day);
    QVERIFY(r.ok);
    QCOMPARE(r.recorded, 0);
    QCOMPARE(t.count(QStringLiteral("visit")), 3);
    bool found = false;
    QVERIFY(keyIn.describe(printed.sheet.code, &found).contains(QStringLiteral("3")));
    QVERIFY(found);
}

void PaperKeyInTest::typoAndOtherSheetAreNamed()
{
    TestDatabase t;
    const qint64 h1 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                     {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)}});
    const qint64 h2 = t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("101"),
                                     {{QStringLiteral("李强"), TestDatabase::idFor(QDate(1960, 4, 2), true, 2)}});
    PaperSheets sheets(t.db(), testScope());
    const PaperSheets::Printed a = sheets.visit(t.buildingA1);
    const PaperSheets::Printed b = sheets.visit(t.buildingB1);
    QVERIFY(a.ok && b.ok);
    QVERIFY(a.sheet.code != b.sheet.code);
    PaperKeyIn keyIn(t.db(), testScope());
    const QString good = codeOf(a.sheet, h1);
    const QString wrong = typo(good);
    PaperKeyIn::Result r = keyIn.keyIn(a.sheet.code, {good, wrong});
    QVERIFY(!r.ok);
    QCOMPARE(r.recorded, 0);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().contains(wrong) && r.problems.first().contains(QStringLiteral("typo")),
             qPrintable(r.problems.first()));
    // A row of sheet B keyed under sheet A: both sheets are named.
    const QString fromB = codeOf(b.sheet, h2);
    r = keyIn.keyIn(a.sheet.code, {good, fromB});
    QVERIFY(!r.ok);
    QVERIFY2(r.problems.first().contains(fromB) && r.problems.first().contains(b.sheet.code) &&
                 r.problems.first().contains(a.sheet.code),
             qPrintable(r.problems.first()));
    // A sheet code with a typo.
    r = keyIn.keyIn(typo(a.sheet.code), {good});
    QVERIFY(!r.ok);
    QVERIFY2(r.problems.first().contains(QStringLiteral("Sheet code")), qPrintable(r.problems.first()));
    QCOMPARE(t.count(QStringLiteral("visit")), 0); // nothing recorded by any refused keying
    // Refused keyings leave the rows unkeyed: the right list goes through.
    r = keyIn.keyIn(a.sheet.code, {good});
    QVERIFY(r.ok);
    QCOMPARE(r.recorded, 1);
}

void PaperKeyInTest::signInSheetRecordsAttendance()
{
    TestDatabase t;
    VolunteerTestData data(t);
    const qint64 h1 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                     {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)},
                                      {QStringLiteral("张伟"), TestDatabase::idFor(QDate(1952, 3, 1), true, 2)}});
    Q_UNUSED(h1)
    const qint64 wang = t.residentId(TestDatabase::idFor(QDate(1950, 3, 1), false, 1));
    const qint64 zhang = t.residentId(TestDatabase::idFor(QDate(1952, 3, 1), true, 2));
    const qint64 event =
        data.event(QStringLiteral("重阳节茶话会"), QDateTime(QDate(2026, 10, 29), QTime(9, 0)), false, t.gridA);
    PaperSheets sheets(t.db(), testScope());
    const QList<qint64> invited = sheets.invitees(event, 60);
    QVERIFY(invited.contains(wang) && invited.contains(zhang));
    const PaperSheets::Printed printed = sheets.signIn(event, invited);
    QVERIFY2(printed.ok, qPrintable(printed.error));
    PaperKeyIn keyIn(t.db(), testScope());
    PaperKeyIn::Result r = keyIn.keyIn(printed.sheet.code, {codeOf(printed.sheet, wang)});
    QVERIFY2(r.ok, qPrintable(r.problems.join(QLatin1Char('\n'))));
    const QString attended = QStringLiteral("SELECT count(*) FROM event_participant WHERE event_id = ?");
    QCOMPARE(scalar(t, attended, event), 1);
    r = keyIn.keyIn(printed.sheet.code, {codeOf(printed.sheet, wang), codeOf(printed.sheet, zhang)});
    QVERIFY(r.ok);
    QCOMPARE(r.recorded, 1);
    QCOMPARE(scalar(t, attended, event), 2);
}

void PaperKeyInTest::rotaRecordsHours()
{
    TestDatabase t;
    VolunteerTestData data(t);
    const qint64 li = data.volunteer(QStringLiteral("李志愿"));
    const qint64 chen = data.volunteer(QStringLiteral("陈志愿"));
    const qint64 post = data.post();
    const QDate monday(2026, 11, 16);
    const qint64 s1 = data.shift(post, monday, QTime(8, 0), QTime(11, 0));
    const qint64 s2 = data.shift(post, monday.addDays(2), QTime(14, 0), QTime(16, 0));
    RosterStore roster(t.db(), testScope());
    const qint64 a1 = roster.assign(s1, li).id;
    const qint64 a2 = roster.assign(s2, chen).id;
    QVERIFY(a1 && a2);
    PaperSheets sheets(t.db(), testScope());
    const PaperSheets::Printed printed = sheets.rota(monday.addDays(3));
    QVERIFY2(printed.ok, qPrintable(printed.error));
    QCOMPARE(printed.sheet.rows.size(), 2);
    PaperKeyIn keyIn(t.db(), testScope());
    const PaperKeyIn::Result r = keyIn.keyIn(printed.sheet.code, {codeOf(printed.sheet, a1)});
    QVERIFY2(r.ok, qPrintable(r.problems.join(QLatin1Char('\n'))));
    ServiceRecords records(t.db(), testScope());
    QCOMPARE(records.totalHours(li), 3.0);
    QCOMPARE(records.totalHours(chen), 0.0);
    // Keyed again: the hours are not counted twice.
    QVERIFY(keyIn.keyIn(printed.sheet.code, {codeOf(printed.sheet, a1)}).ok);
    QCOMPARE(records.totalHours(li), 3.0);
}

void PaperKeyInTest::sheetPdfCarriesTheCodes()
{
    TestDatabase t;
    const qint64 h1 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                     {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)}});
    const PaperSheets::Printed printed = PaperSheets(t.db(), testScope()).visit(t.buildingA1);
    QVERIFY(printed.ok);
    const QStringList text = printed.document.text();
    QVERIFY2(text.join(QLatin1Char('\n')).contains(codeOf(printed.sheet, h1)),
             qPrintable(text.join(QLatin1Char('\n'))));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    QVERIFY2(PaperSheets::writePdf(printed, path, &error), qPrintable(error));
    const QString pdf = pdfText(path);
    if (pdf.isNull())
        QSKIP("pdftotext is not installed");
    QVERIFY2(pdf.contains(printed.sheet.code) && pdf.contains(codeOf(printed.sheet, h1)) &&
                 pdf.contains(QStringLiteral("王芳")),
             qPrintable(pdf));
    QVERIFY2(!pdf.contains(TestDatabase::idFor(QDate(1950, 3, 1), false, 1)), "no ID number on the sheet");
}

QTEST_MAIN(PaperKeyInTest)
#include "paperkeyin_test.moc"
