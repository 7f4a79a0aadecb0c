// The import wizard as a clerk drives it: file, column mapping with preview, dry run, import,
// result with the error report.
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"
#include "ui/importing/importwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class ImportWizardTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { QSettings().clear(); }
    void importsThroughEveryPage();
    void clerksRegisterUnderItsTitle();
};

void ImportWizardTest::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("importwizard_test"));
    QSettings().clear();
}

void ImportWizardTest::importsThroughEveryPage()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("residents.csv"));
    QVERIFY(QFile::copy(QStringLiteral(CD_IMPORT_DATA "/residents.csv"), input));
    TestDatabase t;
    const int before = t.count(QStringLiteral("resident"));
    ImportWizard wizard(t.db(), testScope());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("importPath"));
    QVERIFY(path);
    QTest::keyClicks(path, input);
    const QString shots = qEnvironmentVariable("CD_SHOTS");
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *idBox = wizard.findChild<QComboBox *>(QStringLiteral("field_idNumber"));
    QVERIFY(idBox);
    QVERIFY(idBox->currentText().contains(QStringLiteral("身份证号码")));
    auto *preview = wizard.findChild<QTableWidget *>();
    QCOMPARE(preview->columnCount(), 13);
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("张三"));
    if (!shots.isEmpty())
        wizard.grab().save(shots + QStringLiteral("/import-mapping.png"));

    wizard.button(QWizard::NextButton)->click(); // dry run
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    auto *check = wizard.findChild<QLabel *>(QStringLiteral("checkText"));
    QVERIFY2(check->text().contains(QStringLiteral("5 new residents")), qPrintable(check->text()));
    QVERIFY(check->text().contains(QStringLiteral("7 rows cannot be imported")));
    QCOMPARE(t.count(QStringLiteral("resident")), before); // nothing written yet
    if (!shots.isEmpty())
        wizard.grab().save(shots + QStringLiteral("/import-check.png"));

    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(t.count(QStringLiteral("resident")), before + 5);
    auto *result = wizard.findChild<QLabel *>(QStringLiteral("resultText"));
    QVERIFY(result->text().contains(QStringLiteral("5 residents imported")));
    QVERIFY(result->text().contains(QStringLiteral("residents-errors.csv")));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("residents-errors.csv"))));
    QCOMPARE(wizard.summary().rejected, 7);
    if (!shots.isEmpty())
        wizard.grab().save(shots + QStringLiteral("/import-result.png"));
}

void ImportWizardTest::clerksRegisterUnderItsTitle()
{
    // register-title-footer.csv: the header is row 4, under a title and a 填报单位 line.
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("register.csv"));
    QVERIFY(QFile::copy(QStringLiteral(CD_IMPORT_DATA "/register-title-footer.csv"), input));
    TestDatabase t;
    const int before = t.count(QStringLiteral("resident"));
    ImportWizard wizard(t.db(), testScope());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(wizard.findChild<QLineEdit *>(QStringLiteral("importPath")), input);
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *headerRow = wizard.findChild<QSpinBox *>(QStringLiteral("headerRow"));
    QVERIFY(headerRow);
    QCOMPARE(headerRow->value(), 4);
    auto *preview = wizard.findChild<QTableWidget *>();
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("张建国"));
    auto *nameBox = wizard.findChild<QComboBox *>(QStringLiteral("field_name"));
    QVERIFY(nameBox->currentText().contains(QStringLiteral("姓名")));
    auto *gridBox = wizard.findChild<QComboBox *>(QStringLiteral("field_grid"));
    QVERIFY(gridBox->currentText().contains(QStringLiteral("所属网格")));

    // The clerk tries the title row as header: nothing maps; back to row 4.
    headerRow->setFocus();
    headerRow->selectAll();
    QTest::keyClicks(headerRow, QStringLiteral("1"));
    QTRY_COMPARE(nameBox->currentIndex(), 0);
    headerRow->selectAll();
    QTest::keyClicks(headerRow, QStringLiteral("4"));
    QTRY_VERIFY(nameBox->currentText().contains(QStringLiteral("姓名")));

    wizard.button(QWizard::NextButton)->click(); // dry run
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    auto *check = wizard.findChild<QLabel *>(QStringLiteral("checkText"));
    QVERIFY2(check->text().contains(QStringLiteral("10 new residents")), qPrintable(check->text()));
    auto *details = wizard.findChild<QPlainTextEdit *>(QStringLiteral("checkDetails"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Header: row 4.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("序号 → Ignored")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("政治面貌 → Kept as a note")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\"常住\" (1 rows) → Registered")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("\"表哥\" (1 rows) → Not known")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("2 footer row(s) skipped")), qPrintable(text));

    // 表哥 is not a relation the register knows: the clerk says it means "Other" and checks again.
    auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("unknownValues"));
    QVERIFY(values);
    QCOMPARE(values->rowCount(), 1);
    QCOMPARE(values->item(0, 0)->text(), QStringLiteral("与户主关系"));
    QCOMPARE(values->item(0, 1)->text(), QStringLiteral("表哥"));
    auto *means = qobject_cast<QComboBox *>(values->cellWidget(0, 3));
    QVERIFY(means);
    QCOMPARE(means->currentIndex(), 0);
    means->setCurrentIndex(means->findData(QStringLiteral("other")));
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("checkAgain")), Qt::LeftButton);
    QTRY_VERIFY2(check->text().contains(QStringLiteral("11 new residents")), qPrintable(check->text()));
    if (const QString shots = qEnvironmentVariable("CD_SHOTS"); !shots.isEmpty())
        wizard.grab().save(shots + QStringLiteral("/import-values.png"));
    QCOMPARE(t.count(QStringLiteral("resident")), before); // still nothing written

    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(t.count(QStringLiteral("resident")), before + 11);
    SqlQuery relation(t.db(), QStringLiteral("SELECT relation FROM resident WHERE name = '吴表哥'"));
    QCOMPARE(relation.scalar().toString(), QStringLiteral("other"));
    // Remembered for the next file.
    SqlQuery remembered(t.db(), QStringLiteral("SELECT value FROM setting WHERE key LIKE 'import/value/relation/%'"));
    QCOMPARE(remembered.scalar().toString(), QStringLiteral("other"));
}

QTEST_MAIN(ImportWizardTest)
#include "importwizard_test.moc"
