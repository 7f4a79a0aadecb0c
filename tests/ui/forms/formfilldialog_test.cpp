// The 一表通 dialog driven as a clerk would: open the street's form, change a column's field,
// choose the people, fill and save; the mapping is remembered and "Fill again" fills next month's
// copy beside the last one in one click.
#include "models/core/sqlquery.h"
#include "models/formmaps/formmappingstore.h"
#include "models/importing/xlsxreader.h"
#include "tests/models/forms/formtemplates.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/common/longwork.h"
#include "ui/forms/formfilldialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QMap<int, QStringList> readSheet(const QString &path)
{
    QMap<int, QStringList> rows;
    XlsxReader reader;
    if (!reader.open(path))
        return rows;
    QStringList cells;
    int number = 0;
    while (reader.readRow(&cells, &number))
        rows.insert(number, cells);
    return rows;
}

} // namespace

class FormFillDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void fillsAndFillsAgain();
};

void FormFillDialogTest::fillsAndFillsAgain()
{
    TestDatabase db;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDate today = QDate::currentDate();
    db.addResidentBornOn(db.buildingA1, QStringLiteral("101"), QStringLiteral("张桂英"), today.addYears(-85), 1);
    db.addResidentBornOn(db.buildingB1, QStringLiteral("301"), QStringLiteral("赵永福"), today.addYears(-81), 2);
    db.addResidentBornOn(db.buildingB1, QStringLiteral("302"), QStringLiteral("刘芳"), today.addYears(-30), 4);
    const QString form = dir.filePath(QStringLiteral("高龄补贴.xlsx"));
    QString error;
    QVERIFY2(FormTemplates::writePeopleForm(form, &error), qPrintable(error));
    QDir(dir.path()).mkdir(QStringLiteral("out"));
    const QString out = dir.filePath(QStringLiteral("out/十二月.xlsx"));
    FormFillDialog::setFileChooser([&](QWidget *, bool save, const QString &) { return save ? out : form; });
    LongWork::setOpener([](const QUrl &) { return true; });
    QStringList said;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("longWorkDone"))
            return;
        said << box->text();
        box->close();
    });
    poll.start(30);

    FormFillDialog dialog(db.db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *fill = dialog.findChild<QPushButton *>(QStringLiteral("fillForm"));
    QVERIFY(fill && !fill->isEnabled());
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("openTemplate")), Qt::LeftButton);
    auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("columnMapping"));
    QTRY_COMPARE(mapping->rowCount(), 10);
    QVERIFY(fill->isEnabled());
    auto *idBox = dialog.findChild<QComboBox *>(QStringLiteral("field3"));
    QCOMPARE(idBox->currentData().toString(), QStringLiteral("idNumber"));
    // 审核意见 is not the register's; the clerk has it carry the residents' groups.
    auto *remarks = dialog.findChild<QComboBox *>(QStringLiteral("field9"));
    QCOMPARE(remarks->currentData().toString(), QString());
    GuiTest::chooseByKeyboard(remarks, QStringLiteral("residencyType"));
    QCOMPARE(remarks->currentData().toString(), QStringLiteral("residencyType"));
    auto *minAge = dialog.findChild<QSpinBox *>(QStringLiteral("minAge"));
    minAge->setFocus();
    minAge->selectAll();
    QTest::keyClicks(minAge, QStringLiteral("80"));
    QCOMPARE(minAge->value(), 80);
    QTest::mouseClick(fill, Qt::LeftButton);
    QTRY_COMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(QStringLiteral("2")), qPrintable(said.first()));
    QMap<int, QStringList> rows = readSheet(out);
    QCOMPARE(rows.value(5).value(1), QStringLiteral("张桂英"));
    QCOMPARE(rows.value(6).value(1), QStringLiteral("赵永福"));
    QCOMPARE(rows.value(5).value(9), QStringLiteral("户籍"));
    QCOMPARE(rows.value(7).value(0), QStringLiteral("合计"));

    // Remembered: listed for next month, and a new dialog maps the form as last time.
    auto *remembered = dialog.findChild<QListWidget *>(QStringLiteral("rememberedForms"));
    QCOMPARE(remembered->count(), 1);
    FormFillDialog again(db.db(), testScope());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QListWidget *>(QStringLiteral("rememberedForms"))->count(), 1);
    auto *fillAgain = again.findChild<QPushButton *>(QStringLiteral("fillAgain"));
    QVERIFY(fillAgain->isEnabled());
    QTest::mouseClick(fillAgain, Qt::LeftButton);
    QTRY_COMPARE(said.size(), 2);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("field9"))->currentData().toString(),
             QStringLiteral("residencyType"));
    QCOMPARE(again.findChild<QSpinBox *>(QStringLiteral("minAge"))->value(), 80);
    const QString next =
        dir.filePath(QStringLiteral("out/高龄补贴-%1.xlsx").arg(today.toString(QStringLiteral("yyyy-MM"))));
    QVERIFY2(QFile::exists(next), qPrintable(said.last()));
    rows = readSheet(next);
    QCOMPARE(rows.value(6).value(1), QStringLiteral("赵永福"));
    QCOMPARE(rows.value(7).value(0), QStringLiteral("合计"));
    QVERIFY(readSheet(form).value(5).value(1).isEmpty()); // the form itself stays empty
    FormFillDialog::setFileChooser({});
    LongWork::setOpener({});
}

QTEST_MAIN(FormFillDialogTest)
#include "formfilldialog_test.moc"
