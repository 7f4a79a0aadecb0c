#include "models/meetings/meetingstore.h"
#include "models/meetings/meetingtablemodel.h"
#include "ui/common/longwork.h"
#include "ui/meetings/meetingdialog.h"
#include "ui/meetings/meetingspage.h"

#include "tests/support/attendeetestdata.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QObject>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

class MeetingsPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordAMeetingWithAMotion();
    void tooManyVotesShowTheError();
    void pageListsAndPrintsMinutes();
    void editKeepsMotionsAndTasks();
    void removingAMotionKeepsTasksOnTheirOwn();
    void printMinutesIsLongWork();

private:
    static QSpinBox *voteSpin(MeetingDialog &dialog, int row, int column);
    static void typeNumber(QSpinBox *spin, int value);
    static void clickSave(MeetingDialog &dialog);
    std::unique_ptr<TestDatabase> m_t;
};

void MeetingsPageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(AttendeeTestData().addTo(*m_t));
}

void MeetingsPageTest::cleanup()
{
    m_t.reset();
}

QSpinBox *MeetingsPageTest::voteSpin(MeetingDialog &dialog, int row, int column)
{
    return qobject_cast<QSpinBox *>(dialog.motions()->cellWidget(row, column));
}

void MeetingsPageTest::typeNumber(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

void MeetingsPageTest::clickSave(MeetingDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void MeetingsPageTest::recordAMeetingWithAMotion()
{
    MeetingDialog dialog(m_t->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Chinese text arrives as an input method commits it, not as key presses.
    commitText(dialog.topicEdit(), QStringLiteral("加装电梯"));
    commitText(dialog.placeEdit(), QStringLiteral("小区凉亭"));
    auto *heldFor = dialog.heldForCombo();
    heldFor->setCurrentIndex(heldFor->findText(QStringLiteral("Grid 第一网格")));
    QVERIFY(heldFor->currentIndex() > 0);
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findText(QStringLiteral("小马扎议事会")));
    dialog.dateEdit()->setDate(QDate(2026, 5, 10));

    commitText(dialog.findChild<QLineEdit *>(QStringLiteral("residentSearch")), QStringLiteral("张"));
    QCOMPARE(dialog.residentHits()->model()->rowCount(), 2);
    QVERIFY(dialog.addFoundResident(0));
    QVERIFY(dialog.addFoundResident(1));
    QVERIFY(!dialog.addFoundResident(1)); // once only
    typeNumber(dialog.headCountSpin(), 8);
    QVERIFY2(dialog.totalLabel()->text().contains(QLatin1String("10")), qPrintable(dialog.totalLabel()->text()));

    // A motion through the button, its text and votes typed into the row.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addMotion")), Qt::LeftButton);
    QCOMPARE(dialog.motions()->rowCount(), 1);
    commitText(dialog.motions()->cellWidget(0, MeetingDialog::MotionText), QStringLiteral("同意加装电梯"));
    typeNumber(voteSpin(dialog, 0, MeetingDialog::VotesFor), 7);
    typeNumber(voteSpin(dialog, 0, MeetingDialog::VotesAgainst), 2);
    typeNumber(voteSpin(dialog, 0, MeetingDialog::VotesAbstain), 1);
    QCOMPARE(dialog.motions()->item(0, MeetingDialog::MotionOutcome)->text(), QStringLiteral("Carried"));
    typeNumber(voteSpin(dialog, 0, MeetingDialog::VotesFor), 3); // 3 of 6: exactly half
    QCOMPARE(dialog.motions()->item(0, MeetingDialog::MotionOutcome)->text(), QStringLiteral("Not carried"));
    typeNumber(voteSpin(dialog, 0, MeetingDialog::VotesFor), 9); // 12 votes, 10 present
    QCOMPARE(dialog.motions()->item(0, MeetingDialog::MotionOutcome)->text(),
             QStringLiteral("More votes than present"));
    typeNumber(voteSpin(dialog, 0, MeetingDialog::VotesFor), 7);

    // A follow-up task tied to the motion.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addTask")), Qt::LeftButton);
    commitText(dialog.tasks()->cellWidget(0, MeetingDialog::TaskText), QStringLiteral("征求业主意见"));
    commitText(dialog.tasks()->cellWidget(0, MeetingDialog::TaskOwner), QStringLiteral("网格员"));
    auto *motion = qobject_cast<QComboBox *>(dialog.tasks()->cellWidget(0, MeetingDialog::TaskMotion));
    motion->setCurrentIndex(motion->findData(0));
    qobject_cast<QDateEdit *>(dialog.tasks()->cellWidget(0, MeetingDialog::TaskDue))->setDate(QDate(2026, 5, 24));

    clickSave(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    const std::optional<Meeting> saved = MeetingStore(m_t->db(), testScope()).meeting(dialog.savedMeetingId());
    QVERIFY(saved);
    QCOMPARE(saved->topic, QStringLiteral("加装电梯"));
    QCOMPARE(saved->place, QStringLiteral("小区凉亭"));
    QCOMPARE(saved->gridId, m_t->gridA);
    QCOMPARE(saved->heldOn, QDate(2026, 5, 10));
    QCOMPARE(saved->attendeeIds.size(), 2);
    QCOMPARE(saved->headCount, 8);
    QCOMPARE(saved->motions.size(), 1);
    QCOMPARE(saved->motions.at(0).text, QStringLiteral("同意加装电梯"));
    QCOMPARE(saved->motions.at(0).votesFor, 7);
    QCOMPARE(saved->motions.at(0).votesAgainst, 2);
    QCOMPARE(saved->motions.at(0).votesAbstain, 1);
    QCOMPARE(saved->motions.at(0).decision, QStringLiteral("carried"));
    QCOMPARE(saved->tasks.size(), 1);
    QCOMPARE(saved->tasks.at(0).motionIndex, 0);
    QCOMPARE(saved->tasks.at(0).owner, QStringLiteral("网格员"));
    QCOMPARE(saved->tasks.at(0).dueOn, QDate(2026, 5, 24));
}

void MeetingsPageTest::tooManyVotesShowTheError()
{
    MeetingDialog dialog(m_t->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    commitText(dialog.topicEdit(), QStringLiteral("停车"));
    typeNumber(dialog.headCountSpin(), 3);
    dialog.addMotion(QStringLiteral("划线"), 3, 1, 0); // four votes, three present
    QCOMPARE(dialog.motions()->item(0, MeetingDialog::MotionOutcome)->text(),
             QStringLiteral("More votes than present"));
    clickSave(dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY2(dialog.errorText().contains(QLatin1String("Motion 1:")), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().contains(QLatin1String("4 votes")));
    QCOMPARE(m_t->count(QStringLiteral("meeting")), 0);
    // One more person present and it saves.
    typeNumber(dialog.headCountSpin(), 4);
    clickSave(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    QCOMPARE(m_t->count(QStringLiteral("meeting")), 1);
}

void MeetingsPageTest::pageListsAndPrintsMinutes()
{
    Meeting m;
    m.heldOn = QDate::currentDate();
    m.gridId = m_t->gridB;
    m.kindId = MeetingStore(m_t->db(), testScope()).kinds().constFirst().id;
    m.topic = QStringLiteral("垃圾分类");
    m.headCount = 12;
    m.motions = {{0, QStringLiteral("调整投放点"), 9, 2, 1, {}}};
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(m).ok);
    Meeting other = m;
    other.id = 0;
    other.motions.clear();
    other.gridId = m_t->gridA;
    other.topic = QStringLiteral("绿化");
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(other).ok);

    MeetingsPage page(m_t->db(), testScope());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 2);
    QVERIFY2(page.figuresLabel()->text().contains(QLatin1String("<b>2</b> meeting(s)")),
             qPrintable(page.figuresLabel()->text()));
    QVERIFY(page.figuresLabel()->text().contains(QLatin1String("<b>1</b> decision(s)")));
    auto *grid = page.findChild<QComboBox *>(QStringLiteral("grid"));
    grid->setCurrentIndex(grid->findData(m_t->gridB));
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, MeetingTableModel::Topic).data().toString(), QStringLiteral("垃圾分类"));
    QCOMPARE(page.model()->index(0, MeetingTableModel::Motions).data().toString(), QStringLiteral("1 of 1 carried"));
    grid->setCurrentIndex(0);
    commitText(page.findChild<QLineEdit *>(QStringLiteral("search")), QStringLiteral("绿化"));
    QCOMPARE(page.model()->rowCount(), 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("minutes.pdf"));
    QString error;
    QVERIFY2(page.writeMinutes(m.id, path, &error), qPrintable(error));
    const QString text = pdfText(path);
    if (!text.isNull())
        QVERIFY2(text.contains(QStringLiteral("调整投放点")), qPrintable(text));
}

void MeetingsPageTest::editKeepsMotionsAndTasks()
{
    Meeting m;
    m.heldOn = QDate(2026, 4, 1);
    m.gridId = m_t->gridA;
    m.kindId = MeetingStore(m_t->db(), testScope()).kinds().constFirst().id;
    m.topic = QStringLiteral("噪音");
    m.headCount = 10;
    m.motions = {{0, QStringLiteral("限时"), 8, 1, 1, {}}};
    Meeting::Task t;
    t.motionIndex = 0;
    t.description = QStringLiteral("张贴公告");
    t.owner = QStringLiteral("物业");
    t.dueOn = QDate(2026, 4, 10);
    m.tasks = {t};
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(m).ok);

    MeetingDialog dialog(m_t->db(), testScope(), m.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.topicEdit()->text(), QStringLiteral("噪音"));
    QCOMPARE(dialog.motions()->rowCount(), 1);
    QCOMPARE(voteSpin(dialog, 0, MeetingDialog::VotesFor)->value(), 8);
    QCOMPARE(dialog.tasks()->rowCount(), 1);
    auto *done = qobject_cast<QDateEdit *>(dialog.tasks()->cellWidget(0, MeetingDialog::TaskDone));
    done->setDate(QDate(2026, 4, 9));
    clickSave(dialog);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorText()));
    const std::optional<Meeting> saved = MeetingStore(m_t->db(), testScope()).meeting(m.id);
    QCOMPARE(saved->motions.at(0).id, m.motions.at(0).id);
    QCOMPARE(saved->tasks.at(0).id, m.tasks.at(0).id);
    QCOMPARE(saved->tasks.at(0).doneOn, QDate(2026, 4, 9));
    QCOMPARE(saved->tasks.at(0).motionIndex, 0);
    QCOMPARE(m_t->count(QStringLiteral("motion")), 1);
}

// Tasks name their motion; removing an earlier motion must not move a task to another one.
void MeetingsPageTest::removingAMotionKeepsTasksOnTheirOwn()
{
    MeetingDialog dialog(m_t->db(), testScope());
    dialog.addMotion(QStringLiteral("加装路灯"));
    dialog.addMotion(QStringLiteral("清理楼道"));
    dialog.addTask(QStringLiteral("联系物业"), QStringLiteral("王"), QDate(2026, 12, 1), 1); // the second motion
    dialog.addTask(QStringLiteral("报街道"), QStringLiteral("李"), QDate(2026, 12, 1), 0);   // the first
    dialog.motions()->setCurrentCell(0, MeetingDialog::VotesFor);
    QPushButton *remove = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == MeetingDialog::tr("Remove motion"))
            remove = b;
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dialog.motions()->rowCount(), 1);
    const Meeting m = dialog.meeting();
    QCOMPARE(m.motions.at(0).text, QStringLiteral("清理楼道"));
    QCOMPARE(m.tasks.at(0).motionIndex, 0);  // still 清理楼道, now the first row
    QCOMPARE(m.tasks.at(1).motionIndex, -1); // its motion is gone
}

// Print minutes… as a clerk meets it: the file dialog, a progress while the PDF is written, then
// Open folder / Open file; nothing but the file is left in the folder (issue 24).
void MeetingsPageTest::printMinutesIsLongWork()
{
    Meeting m;
    m.heldOn = QDate::currentDate();
    m.gridId = m_t->gridA;
    m.kindId = MeetingStore(m_t->db(), testScope()).kinds().constFirst().id;
    m.topic = QStringLiteral("垃圾分类");
    m.headCount = 12;
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(m).ok);
    MeetingsPage page(m_t->db(), testScope());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<QTableView *>();
    QVERIFY(view);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home); // the first meeting, chosen by key
    QTRY_VERIFY(view->currentIndex().isValid());
    QList<QUrl> opened;
    LongWork::setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("minutes.pdf"));
    const auto end = GuiTest::saveAs(this, target, QStringLiteral("openFolder"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("printMinutes")), Qt::LeftButton);
    QTRY_VERIFY(end->answered);
    LongWork::setOpener({});
    QVERIFY(end->typed);
    QVERIFY(end->openFile);
    QVERIFY2(end->text.contains(QDir::toNativeSeparators(target)), qPrintable(end->text));
    QVERIFY(QFileInfo(target).size() > 500);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("minutes.pdf")});
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(dir.path()).absoluteFilePath())});
}

QTEST_MAIN(MeetingsPageTest)
#include "meetingspage_test.moc"
