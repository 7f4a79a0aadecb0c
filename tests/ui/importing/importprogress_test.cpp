// The import's progress: rows a second and the time left in words, and Cancel stops the import.
#include "ui/importing/importprogress.h"

#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>

class ImportProgressTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describesRateAndTimeLeft();
    void cancelStopsTheImport();
};

void ImportProgressTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ImportProgressTest::describesRateAndTimeLeft()
{
    // Nothing measured yet: no rate.
    QCOMPARE(ImportProgress::describe(500, 400, 0.01), QString());
    // 60,000 rows in 10 s, a quarter done: 30 s left.
    QCOMPARE(ImportProgress::describe(60000, 10000, 0.25),
             QStringLiteral("60,000 rows, 6,000 rows a second, about 30 s left"));
    // 10 % after 20 s: 180 s left, in minutes.
    QCOMPARE(ImportProgress::describe(20000, 20000, 0.1),
             QStringLiteral("20,000 rows, 1,000 rows a second, about 3 min left"));
    // 1 % after 60 s: 99 minutes left.
    QCOMPARE(ImportProgress::describe(1000, 60000, 0.01),
             QStringLiteral("1,000 rows, 16 rows a second, about 1 h 39 min left"));
    // Done: the rate only.
    QCOMPARE(ImportProgress::describe(200000, 25000, 1.0), QStringLiteral("200,000 rows, 8,000 rows a second"));
}

void ImportProgressTest::cancelStopsTheImport()
{
    ImportProgress progress(QStringLiteral("Importing…"), nullptr);
    QVERIFY(progress.update(0.1, 1000));
    progress.dialog()->show();
    QVERIFY(QTest::qWaitForWindowExposed(progress.dialog()));
    QTest::qWait(1100); // past a second, so the rate is shown
    QVERIFY(progress.update(0.2, 2000));
    QVERIFY(progress.dialog()->labelText().startsWith(QStringLiteral("Importing…\n2,000 rows, ")));
    QVERIFY(progress.dialog()->labelText().contains(QStringLiteral(" left")));
    auto *cancel = progress.dialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(progress.wasCanceled());
    QVERIFY(!progress.update(0.3, 3000));
}

QTEST_MAIN(ImportProgressTest)
#include "importprogress_test.moc"
