// The import wizard as a clerk drives it: file, column mapping with preview, dry run, import,
// result with the error report.
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/documents/xlsxwriter.h"
#include "tests/support/testsupport.h"
#include "ui/importing/importwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
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
    void chosenSheetsAndHeaderRowKept();
    void nextMonthListsTheMissing();
    void columnKeptAsACustomField();
};

namespace {

QString personId(int n)
{
    return IdNumber::generate(QStringLiteral("320106"), QDate(1960, 1, 1).addDays(n * 97), n, n % 2 == 1);
}

void typePath(ImportWizard &wizard, const QString &path)
{
    QLineEdit *edit = wizard.findChild<QLineEdit *>(QStringLiteral("importPath"));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, path);
}

void setSpin(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}

// Space on the current row of a list of check boxes ticks or unticks it, as a clerk would.
void toggleRow(QAbstractItemView *view, int row)
{
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Space);
}

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) > 0;
}

} // namespace

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

void ImportWizardTest::chosenSheetsAndHeaderRowKept()
{
    QTemporaryDir dir;
    XlsxWriter w;
    const QStringList header{QStringLiteral("姓名"), QStringLiteral("身份证号码"), QStringLiteral("小区"),
                             QStringLiteral("楼栋"), QStringLiteral("单元"),       QStringLiteral("门牌号")};
    const auto person = [](const QString &name, int n, const QString &compound) {
        return QStringList{
            name, personId(n), compound, QStringLiteral("1栋"), QStringLiteral("1"), QString::number(100 + n)};
    };
    w.addSheet(QStringLiteral("第一网格"));
    w.addRow(header);
    w.addRow(person(QStringLiteral("周一"), 1, QStringLiteral("和平苑")));
    w.addRow(person(QStringLiteral("周二"), 2, QStringLiteral("和平苑")));
    w.addSheet(QStringLiteral("第二网格"));
    w.addRow(header);
    w.addRow(person(QStringLiteral("吴三"), 3, QStringLiteral("和平苑")));
    w.addSheet(QStringLiteral("春江花园"));
    w.addRow(QStringList{QStringLiteral("春江花园居民台账")});
    w.addRow(header);
    w.addRow(person(QStringLiteral("郑五"), 5, QStringLiteral("春江花园")));
    const QString input = dir.filePath(QStringLiteral("grids.xlsx"));
    QVERIFY(w.save(input));
    TestDatabase t;
    const int before = t.count(QStringLiteral("resident"));
    ImportWizard wizard(t.db(), testScope());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    typePath(wizard, input);
    // Every sheet listed and ticked; the clerk unticks 第二网格.
    auto *sheets = wizard.findChild<QListWidget *>(QStringLiteral("sheets"));
    QVERIFY(sheets);
    QTRY_VERIFY(sheets->isVisible());
    QCOMPARE(sheets->count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sheets->item(i)->checkState(), Qt::Checked);
    toggleRow(sheets, 1);
    QCOMPARE(sheets->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(wizard.chosenSheets(), (QStringList{QStringLiteral("第一网格"), QStringLiteral("春江花园")}));

    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *headerRow = wizard.findChild<QSpinBox *>(QStringLiteral("headerRow"));
    QCOMPARE(headerRow->value(), 1);
    // The clerk picks row 2, goes back to the file page and on again: row 2 is still chosen.
    setSpin(headerRow, 2);
    QTRY_COMPARE(headerRow->value(), 2);
    wizard.button(QWizard::BackButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    QCOMPARE(headerRow->value(), 2);
    setSpin(headerRow, 1);
    auto *nameBox = wizard.findChild<QComboBox *>(QStringLiteral("field_name"));
    QTRY_VERIFY(nameBox->currentText().contains(QStringLiteral("姓名")));

    wizard.button(QWizard::NextButton)->click(); // dry run over the ticked sheets
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    auto *check = wizard.findChild<QLabel *>(QStringLiteral("checkText"));
    QVERIFY2(check->text().contains(QStringLiteral("3 new residents")), qPrintable(check->text()));
    const QString details = wizard.findChild<QPlainTextEdit *>(QStringLiteral("checkDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Sheet 第一网格:")) &&
                 details.contains(QStringLiteral("Sheet 春江花园:")) && !details.contains(QStringLiteral("第二网格")) &&
                 details.contains(QStringLiteral("Header: row 2.")),
             qPrintable(details));
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QCOMPARE(t.count(QStringLiteral("resident")), before + 3);
    QVERIFY(!t.residentId(personId(3)));
}

void ImportWizardTest::nextMonthListsTheMissing()
{
    QTemporaryDir dir;
    const QString head = QStringLiteral("姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号,与户主关系\n");
    const auto line = [](const QString &name, int n, const QString &phone, const QString &room,
                         const QString &relation) {
        return QStringLiteral("%1,%2,%3,春江花园,3栋,1,%4,%5\n").arg(name, personId(n), phone, room, relation);
    };
    const QString month1 = dir.filePath(QStringLiteral("month10.csv"));
    const QString month2 = dir.filePath(QStringLiteral("month11.csv"));
    QVERIFY(writeText(month1, head +
                                  line(QStringLiteral("王一"), 11, QStringLiteral("13800000001"), QStringLiteral("101"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("王二"), 12, QStringLiteral("13800000002"), QStringLiteral("101"),
                                       QStringLiteral("配偶")) +
                                  line(QStringLiteral("李三"), 13, QStringLiteral("13800000003"), QStringLiteral("102"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("李四"), 14, QStringLiteral("13800000004"), QStringLiteral("102"),
                                       QStringLiteral("配偶"))));
    // 2 changed (phones), 1 new (孙七), 2 missing (王二, 李四).
    QVERIFY(writeText(month2, head +
                                  line(QStringLiteral("王一"), 11, QStringLiteral("13900000001"), QStringLiteral("101"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("李三"), 13, QStringLiteral("13900000003"), QStringLiteral("102"),
                                       QStringLiteral("户主")) +
                                  line(QStringLiteral("孙七"), 17, QStringLiteral("13800000007"), QStringLiteral("301"),
                                       QStringLiteral("户主"))));
    TestDatabase t;
    for (const QString &input : {month1, month2}) {
        ImportWizard wizard(t.db(), testScope());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        typePath(wizard, input);
        wizard.button(QWizard::NextButton)->click();
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        const QString check = wizard.findChild<QLabel *>(QStringLiteral("checkText"))->text();
        QVERIFY2((input == month2) == check.contains(QStringLiteral("2 resident(s) of the buildings this file covers")),
                 qPrintable(check));
        wizard.button(QWizard::CommitButton)->click();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
        auto *missing = wizard.findChild<QTableWidget *>(QStringLiteral("missingPeople"));
        QVERIFY(missing);
        if (input == month1) {
            QVERIFY(!missing->isVisible());
            continue;
        }
        const QString result = wizard.findChild<QLabel *>(QStringLiteral("resultText"))->text();
        QVERIFY2(result.contains(QStringLiteral("1 residents imported, 2 updated")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("2 registered resident(s) changed")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("month11-changes.csv")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("2 resident(s) of the buildings")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("month11-missing.csv")), qPrintable(result));
        QVERIFY(missing->isVisible());
        QCOMPARE(missing->rowCount(), 2);
        QCOMPARE(missing->item(0, 0)->text(), QStringLiteral("王二"));
        QCOMPARE(missing->item(1, 0)->text(), QStringLiteral("李四"));
        QCOMPARE(missing->item(0, 1)->text(), IdNumber::mask(personId(12)));
        const qint64 wang = t.residentId(personId(12));
        const qint64 li = t.residentId(personId(14));

        // Nothing moved out by itself; the clerk ticks 王二 and marks them moved out on a date.
        SqlQuery status(t.db(), QStringLiteral("SELECT status FROM resident WHERE id = ?"));
        QVERIFY(status.exec(wang) && status.next());
        QCOMPARE(status.value(0).toString(), QStringLiteral("living"));
        toggleRow(missing, 0);
        QCOMPARE(missing->item(0, 0)->checkState(), Qt::Checked);
        auto *date = wizard.findChild<QDateEdit *>(QStringLiteral("moveOutDate"));
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("2026-11-30"));
        QCOMPARE(date->date(), QDate(2026, 11, 30));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("moveOutMissing")), Qt::LeftButton);
        QTRY_COMPARE(missing->rowCount(), 1);
        QCOMPARE(missing->item(0, 0)->text(), QStringLiteral("李四"));
        SqlQuery moved(t.db(), QStringLiteral("SELECT status, status_date FROM resident WHERE id = ?"));
        QVERIFY(moved.exec(wang) && moved.next());
        QCOMPARE(moved.value(0).toString(), QStringLiteral("moved_out"));
        QCOMPARE(moved.value(1).toString(), QStringLiteral("2026-11-30"));
        QVERIFY(status.exec(li) && status.next());
        QCOMPARE(status.value(0).toString(), QStringLiteral("living"));

        // The rest shown in the register.
        QSignalSpy show(&wizard, &ImportWizard::showResidentsRequested);
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("showMissing")), Qt::LeftButton);
        QCOMPARE(show.count(), 1);
        QCOMPARE(show.at(0).at(0).value<QList<qint64>>(), QList<qint64>{li});
    }
}

// A column no field takes, ticked under "Keep as custom fields", becomes the office's own
// resident field (issue 25): not written by the dry run, written with the import.
void ImportWizardTest::columnKeptAsACustomField()
{
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("cars.csv"));
    QVERIFY(writeText(input, QStringLiteral("姓名,身份证号码,小区,楼栋,单元,门牌号,车牌号\r\n"
                                            "张三,%1,幸福里,3栋,1,101,苏A12345\r\n")
                                 .arg(personId(31))));
    TestDatabase t;
    ImportWizard wizard(t.db(), testScope());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    typePath(wizard, input);
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *keep = wizard.findChild<QListWidget *>(QStringLiteral("keepAsFields"));
    QVERIFY(keep);
    QCOMPARE(keep->count(), 7);
    QVERIFY(keep->item(6)->text().contains(QStringLiteral("车牌号")));
    toggleRow(keep, 6);
    QCOMPARE(keep->item(6)->checkState(), Qt::Checked);
    wizard.button(QWizard::NextButton)->click(); // dry run
    QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
    const QString details = wizard.findChild<QPlainTextEdit *>(QStringLiteral("checkDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("车牌号 → Kept as a custom field")), qPrintable(details));
    QCOMPARE(t.count(QStringLiteral("custom_field")), 0);
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QSqlQuery q(t.db());
    QVERIFY(q.exec(QStringLiteral("SELECT v.value FROM custom_value v JOIN custom_field f ON f.id = v.field_id WHERE "
                                  "f.name = '车牌号'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("苏A12345"));
}

QTEST_MAIN(ImportWizardTest)
#include "importwizard_test.moc"
