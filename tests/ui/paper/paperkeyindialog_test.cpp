// PaperKeyInDialog driven by keys: the sheet code typed (as a scanner types it, ending with
// Enter), the ticked row codes typed, Record; a typo is named and nothing recorded; keyed again,
// nothing twice. GridPage writes the selected grid's handover pack.
#include "models/core/sqlquery.h"
#include "models/paper/papersheets.h"
#include "tests/support/testsupport.h"
#include "ui/grids/gridpage.h"
#include "ui/paper/paperkeyindialog.h"
#include "ui/visits/visitspage.h"

#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class PaperKeyInDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void keysASheetBack();
    void gridPageWritesHandoverPack();
    void visitsPagePrintsKeyBackSheet();
};

void PaperKeyInDialogTest::keysASheetBack()
{
    TestDatabase t;
    const qint64 h1 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                     {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)}});
    const qint64 h2 = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("102"),
                                     {{QStringLiteral("李强"), TestDatabase::idFor(QDate(1960, 4, 2), true, 2)}});
    const PaperSheets::Printed printed = PaperSheets(t.db(), testScope()).visit(t.buildingA1);
    QVERIFY(printed.ok);
    QString code1, code2;
    for (const PaperSheet::Row &r : printed.sheet.rows)
        (r.targetId == h1 ? code1 : code2) = r.code;
    Q_UNUSED(h2)

    PaperKeyInDialog dialog(t.db(), testScope());
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(!dialog.recordButton()->isEnabled());
    dialog.sheetEdit()->setFocus();
    QTest::keyClicks(dialog.sheetEdit(), printed.sheet.code.toLower());
    QTest::keyClick(dialog.sheetEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog.rowsEdit()->hasFocus());
    QVERIFY(dialog.isVisible()); // Enter from the scanner pressed no button
    QVERIFY(dialog.recordButton()->isEnabled());
    QVERIFY2(dialog.sheetLabel()->text().contains(QStringLiteral("2")), qPrintable(dialog.sheetLabel()->text()));

    // A typo in the second code: named, nothing recorded.
    QString typo = code2;
    typo[0] = typo.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QTest::keyClicks(dialog.rowsEdit(), code1 + QLatin1Char(' ') + typo);
    QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);
    QVERIFY2(dialog.resultLabel()->text().contains(typo), qPrintable(dialog.resultLabel()->text()));
    QCOMPARE(t.count(QStringLiteral("visit")), 0);

    dialog.rowsEdit()->clear();
    QTest::keyClicks(dialog.rowsEdit(), code1);
    QTest::keyClick(dialog.rowsEdit(), Qt::Key_Return); // one a line
    QTest::keyClicks(dialog.rowsEdit(), code2);
    QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);
    QCOMPARE(t.count(QStringLiteral("visit")), 2);
    QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("2")), qPrintable(dialog.resultLabel()->text()));
    QVERIFY(dialog.rowsEdit()->toPlainText().isEmpty());

    // The same sheet keyed again: nothing twice.
    QTest::keyClicks(dialog.rowsEdit(), code1);
    QTest::mouseClick(dialog.recordButton(), Qt::LeftButton);
    QCOMPARE(t.count(QStringLiteral("visit")), 2);
    QVERIFY2(dialog.resultLabel()->text().contains(QStringLiteral("before")), qPrintable(dialog.resultLabel()->text()));
}

void PaperKeyInDialogTest::gridPageWritesHandoverPack()
{
    TestDatabase t;
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)}});
    GridPage page(t.db(), testScope());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.handoverButton()->isVisible());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.pdf"));
    QSignalSpy status(&page, &GridPage::statusMessage);
    QVERIFY(page.writeHandoverPack(t.gridA, path));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(status.count(), 1);
    const QString pdf = pdfText(path);
    if (!pdf.isNull())
        QVERIFY2(pdf.contains(QStringLiteral("王芳")), qPrintable(pdf));
}

void PaperKeyInDialogTest::visitsPagePrintsKeyBackSheet()
{
    TestDatabase t;
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)}});
    VisitsPage page(t.db(), testScope());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("printKeyBackSheet")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    QString error;
    QString code;
    QVERIFY2(page.writeKeyBackSheet(t.buildingA1, path, &error, &code), qPrintable(error));
    QCOMPARE(code.size(), 6);
    const QString pdf = pdfText(path);
    if (!pdf.isNull())
        QVERIFY2(pdf.contains(code) && pdf.contains(QStringLiteral("王芳")), qPrintable(pdf));
}

QTEST_MAIN(PaperKeyInDialogTest)
#include "paperkeyindialog_test.moc"
