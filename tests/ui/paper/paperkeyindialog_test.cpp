// PaperKeyInDialog driven by keys: the sheet code typed (as a scanner types it, ending with
// Enter), the ticked row codes typed, Record; a typo is named and nothing recorded; keyed again,
// nothing twice. GridPage writes the selected grid's handover pack.
#include "models/core/sqlquery.h"
#include "models/events/eventstore.h"
#include "models/paper/paperkeyin.h"
#include "models/paper/papersheets.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"
#include "ui/common/longwork.h"
#include "ui/events/eventpage.h"
#include "ui/grids/gridpage.h"
#include "ui/paper/paperkeyindialog.h"
#include "ui/shell/translations.h"
#include "ui/visits/visitspage.h"
#include "ui/volunteers/volunteerrotatab.h"

#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

// The row codes of a sheet as printed (paper_sheet_row), by the record each row stands for.
QHash<qint64, QString> rowCodes(TestDatabase &t, const QString &sheetCode)
{
    QHash<qint64, QString> codes;
    SqlQuery q(t.db(), QStringLiteral("SELECT r.target_id, r.row_code FROM paper_sheet_row r JOIN paper_sheet s ON "
                                      "s.id = r.sheet_id WHERE s.code = ?"));
    if (q.exec(sheetCode))
        while (q.next())
            codes.insert(q.value(0).toLongLong(), q.value(1).toString());
    return codes;
}

// Keys a sheet back in the dialog the page opened: its code, Enter, the row codes, Alt+R.
void keyBack(QDialog *dialog, const QString &sheetCode, const QStringList &codes)
{
    auto *key = qobject_cast<PaperKeyInDialog *>(dialog);
    QVERIFY(key);
    QTest::keyClicks(key->sheetEdit(), sheetCode);
    QTest::keyClick(key->sheetEdit(), Qt::Key_Return);
    QTRY_VERIFY(key->rowsEdit()->hasFocus());
    QTest::keyClicks(key->rowsEdit(), codes.join(QLatin1Char(' ')));
    QTest::keyClick(key->rowsEdit(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY2(key->resultLabel()->text().contains(QString::number(codes.size())),
                 qPrintable(key->resultLabel()->text()));
}

// CD_SCREENSHOT_DIR=/tmp keeps the pictures (1366x768) for a person to look at.
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

QString lastSheetCode(TestDatabase &t, const QString &kind)
{
    SqlQuery q(t.db(), QStringLiteral("SELECT code FROM paper_sheet WHERE kind = ? ORDER BY id DESC LIMIT 1"));
    return q.exec(kind) ? q.scalar().toString() : QString();
}

} // namespace

class PaperKeyInDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void keysASheetBack();
    void gridPageWritesHandoverPack();
    void visitsPagePrintsKeyBackSheet();
    void eventsPagePrintsAndKeysBackASignInSheet();
    void rotaPrintedAndKeyedBackFromTheWindow();
    void keyInDialogAtTheDesk_data();
    void keyInDialogAtTheDesk();
    void cleanupTestCase();
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

void PaperKeyInDialogTest::eventsPagePrintsAndKeysBackASignInSheet()
{
    TestDatabase t;
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("王芳"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)},
                    {QStringLiteral("李强"), TestDatabase::idFor(QDate(1990, 4, 2), true, 2)}});
    EventStore store(t.db(), testScope());
    Event e;
    e.title = QStringLiteral("重阳节茶话会");
    e.typeId = store.types().constFirst().id;
    e.gridId = t.gridA;
    e.startsAt = QDateTime(QDate::currentDate(), QTime(9, 0));
    e.endsAt = QDateTime(QDate::currentDate(), QTime(11, 0));
    const SaveResult saved = store.save(e);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));

    EventPage page(t.db(), testScope());
    page.setPeriod(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1));
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.view()->model()->rowCount(), 1);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.view()->model()->index(0, 0));
    screenshot(&page, QStringLiteral("events-signin-sheet.png"));
    auto *print = page.findChild<QPushButton *>(QStringLiteral("printSignInSheet"));
    QVERIFY(print && print->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("signin.pdf"));
    QSignalSpy status(&page, &EventPage::statusMessage);
    std::shared_ptr<GuiTest::LongWorkEnd> sheetSaved;
    QList<QUrl> opened;
    LongWork::setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    // Aged 70 or more: 王芳 only; then the file's name.
    const bool asked = GuiTest::withDialog(
        [&] {
            print->setFocus();
            QTest::keyClick(print, Qt::Key_Space);
        },
        [&](QDialog *ageDialog) {
            sheetSaved = GuiTest::saveAs(&page, path, QStringLiteral("openFolder"));
            auto *age = ageDialog->findChild<QSpinBox *>();
            QVERIFY(age);
            screenshot(ageDialog, QStringLiteral("events-signin-age.png"));
            age->selectAll();
            QTest::keyClicks(age, QStringLiteral("70"));
            QTest::keyClick(age, Qt::Key_Return);
        });
    QVERIFY(asked);
    // Saved as every file the desk writes: then Open folder / Open file.
    QTRY_VERIFY(sheetSaved && sheetSaved->typed && sheetSaved->answered);
    QVERIFY(sheetSaved->openFile);
    LongWork::setOpener({});
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absolutePath())});
    QTRY_VERIFY(QFileInfo(path).size() > 1000);
    const QString code = lastSheetCode(t, QStringLiteral("signin"));
    QCOMPARE(code.size(), 6);
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY2(status.last().at(0).toString().contains(code), qPrintable(status.last().at(0).toString()));
    const QHash<qint64, QString> codes = rowCodes(t, code);
    QCOMPARE(codes.size(), 1);
    const QString pdf = pdfText(path);
    if (!pdf.isNull())
        QVERIFY2(pdf.contains(code) && pdf.contains(QStringLiteral("王芳")) && !pdf.contains(QStringLiteral("李强")),
                 qPrintable(pdf));

    // The sheet comes back with 王芳 ticked: keyed back from the same page.
    auto *keyBackButton = page.findChild<QPushButton *>(QStringLiteral("keyBackSheet"));
    QVERIFY(keyBackButton && keyBackButton->isEnabled());
    QVERIFY(GuiTest::withDialog([&] { QTest::mouseClick(keyBackButton, Qt::LeftButton); },
                                [&](QDialog *d) { keyBack(d, code, codes.values()); }));
    SqlQuery joined(t.db(), QStringLiteral("SELECT count(*) FROM event_participant WHERE resident_id = ?"));
    QVERIFY(joined.exec(codes.keys().constFirst()));
    QCOMPARE(joined.scalar().toInt(), 1);
}

void PaperKeyInDialogTest::rotaPrintedAndKeyedBackFromTheWindow()
{
    TestDatabase t;
    VolunteerTestData data(t);
    const qint64 volunteer = data.volunteer(QStringLiteral("赵志愿"));
    const QDate day = QDate::currentDate();
    const qint64 assignment =
        RosterStore(t.db(), testScope()).assign(data.shift(data.post(), day, QTime(8, 0), QTime(10, 0)), volunteer).id;
    QVERIFY(assignment);

    VolunteerRotaTab tab(t.db(), testScope());
    tab.resize(1366, 768);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    screenshot(&tab, QStringLiteral("volunteers-rota-keyback.png"));
    auto *print = tab.findChild<QPushButton *>(QStringLiteral("printKeyBackRota"));
    QVERIFY(print && print->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rota.pdf"));
    // The rota bar's buttons take no focus: clicked, as the clerk does.
    // The button asks where to save the week's rota (cancelled here: no codes issued then).
    QVERIFY(GuiTest::opensDialog([&] { QTest::mouseClick(print, Qt::LeftButton); }));
    QCOMPARE(lastSheetCode(t, QStringLiteral("rota")), QString());
    const PaperSheets::Printed printed = PaperSheets(t.db(), testScope()).rota(day);
    QVERIFY2(printed.ok && PaperSheets::writePdf(printed, path), qPrintable(printed.error));
    const QString code = lastSheetCode(t, QStringLiteral("rota"));
    const QHash<qint64, QString> codes = rowCodes(t, code);
    QCOMPARE(codes.keys(), QList<qint64>{assignment});
    const QString pdf = pdfText(path);
    if (!pdf.isNull())
        QVERIFY2(pdf.contains(code) && pdf.contains(QStringLiteral("赵志愿")), qPrintable(pdf));

    auto *keyBackButton = tab.findChild<QPushButton *>(QStringLiteral("keyBackSheet"));
    QVERIFY(GuiTest::withDialog([&] { QTest::mouseClick(keyBackButton, Qt::LeftButton); },
                                [&](QDialog *d) {
                                    keyBack(d, code, codes.values());
                                    screenshot(d, QStringLiteral("volunteers-rota-keyedback.png"));
                                }));
    SqlQuery attended(t.db(), QStringLiteral("SELECT attendance FROM volunteer_assignment WHERE id = ?"));
    QVERIFY(attended.exec(assignment));
    QCOMPARE(attended.scalar().toString(), QStringLiteral("attended"));
}

void PaperKeyInDialogTest::keyInDialogAtTheDesk_data()
{
    GuiTest::languageRows();
}

// The rota's sheet is named once ("Rota 2026-12-07 to …", not "Rota Rota …"), and every line the
// dialog says stays whole in either language on a 1366x768 screen.
void PaperKeyInDialogTest::keyInDialogAtTheDesk()
{
    QFETCH(QString, language);
    Translations::install(qApp, language);
    TestDatabase t;
    VolunteerTestData data(t);
    const qint64 volunteer = data.volunteer(QStringLiteral("赵志愿"));
    RosterStore(t.db(), testScope())
        .assign(data.shift(data.post(), QDate::currentDate(), QTime(8, 0), QTime(10, 0)), volunteer);
    const PaperSheets::Printed printed = PaperSheets(t.db(), testScope()).rota(QDate::currentDate());
    QVERIFY(printed.ok);

    QWidget desk;
    desk.resize(1366, 768);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    PaperKeyInDialog dialog(t.db(), testScope(), &desk);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClicks(dialog.sheetEdit(), printed.sheet.code);
    QTest::keyClick(dialog.sheetEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog.rowsEdit()->hasFocus());
    const QString info = dialog.sheetLabel()->text();
    QVERIFY2(info.contains(printed.sheet.title), qPrintable(info));
    QCOMPARE(info.count(PaperKeyIn::tr("Rota")), 1);
    // Record with no row typed: the hint names the field.
    QTest::keyClick(dialog.rowsEdit(), Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(!dialog.resultLabel()->text().isEmpty());
    QCoreApplication::processEvents();
    screenshot(&dialog, QStringLiteral("paper-keyin-%1.png").arg(language));
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int needed = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        QVERIFY2(label->height() >= needed, qPrintable(label->text()));
        if (!label->wordWrap())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        const QRect inDialog(label->mapTo(&dialog, QPoint(0, 0)), label->size());
        QVERIFY2(dialog.rect().contains(inDialog), qPrintable(label->text()));
    }
    // A placeholder does not wrap: one there must fit on its line.
    const QString placeholder = dialog.rowsEdit()->placeholderText();
    QVERIFY2(dialog.rowsEdit()->fontMetrics().horizontalAdvance(placeholder) + 12 <=
                 dialog.rowsEdit()->viewport()->width(),
             qPrintable(placeholder));
    QVERIFY(dialog.frameGeometry().width() <= 1366 && dialog.frameGeometry().height() <= 768);
}

void PaperKeyInDialogTest::cleanupTestCase()
{
    Translations::install(qApp, QStringLiteral("en"));
}

QTEST_MAIN(PaperKeyInDialogTest)
#include "paperkeyindialog_test.moc"
