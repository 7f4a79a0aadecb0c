// The register page with real widgets: search as typed, filters, masking and a dated move-out.
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "models/register/residenttablemodel.h"
#include "tests/support/testsupport.h"
#include "ui/common/listexportbutton.h"
#include "ui/register/registerpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class RegisterPageTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void searchAsTyped_data();
    void searchAsTyped();
    void ctrlFFocusesSearch();
    void gridFilterNarrowsTheList();
    void numbersMaskedUntilRevealed();
    void moveOutKeepsTheRecord();
    void emptyResultSaysZero();
    void showsTheGivenResidents();

private:
    void search(const QString &text, bool inputMethod = false);
    QString countText() const { return m_page->findChild<QLabel *>(QStringLiteral("residentCount"))->text(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<RegisterPage> m_page;
    // Known before init(): data functions run first.
    static QString liId() { return TestDatabase::idFor(QDate(1985, 8, 8), false, 2, QStringLiteral("110105")); }
    QString m_zhangId, m_liId, m_wangId;
};

void RegisterPageTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_zhangId = TestDatabase::idFor(QDate(1950, 5, 20), true, 1);
    m_liId = liId();
    m_wangId = TestDatabase::idFor(QDate(2001, 1, 30), true, 3);
    m_db->addHousehold(m_db->buildingA1, QStringLiteral("2"), QStringLiteral("501"),
                       {{QStringLiteral("张三丰"), m_zhangId}, {QStringLiteral("李梅"), m_liId}});
    m_db->addHousehold(m_db->buildingB1, QStringLiteral("1"), QStringLiteral("102"),
                       {{QStringLiteral("王小明"), m_wangId}});
    m_page = std::make_unique<RegisterPage>(m_db->db(), testScope());
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void RegisterPageTest::cleanup()
{
    m_page.reset();
    m_db.reset();
}

void RegisterPageTest::showsTheGivenResidents()
{
    // The import wizard's "show them in the register": exactly these people, moved out or not.
    const qint64 zhang = m_db->residentId(m_zhangId);
    const qint64 wang = m_db->residentId(m_wangId);
    QVERIFY(RegisterStore(m_db->db(), testScope())
                .changeStatus(wang, QStringLiteral("moved_out"), QDate(2026, 11, 30), QString())
                .ok);
    m_page->showResidents({zhang, wang});
    ResidentTableModel *model = m_page->residentModel();
    QStringList found;
    for (int row = 0; row < model->rowCount(); ++row)
        found << model->index(row, ResidentTableModel::Name).data().toString();
    found.sort();
    QCOMPARE(found, (QStringList{QStringLiteral("张三丰"), QStringLiteral("王小明")}));
}

void RegisterPageTest::search(const QString &text, bool inputMethod)
{
    QLineEdit *edit = m_page->searchEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (inputMethod) {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(edit, &event);
    } else {
        QTest::keyClicks(edit, text);
    }
    // Enter runs the pending search at once instead of waiting for the typing pause.
    QTest::keyClick(edit, Qt::Key_Return);
}

void RegisterPageTest::searchAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("inputMethod");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("chinese") << QStringLiteral("张三") << true << QStringList{QStringLiteral("张三丰")};
    QTest::newRow("traditional") << QStringLiteral("張三豐") << true << QStringList{QStringLiteral("张三丰")};
    QTest::newRow("pinyin initials") << QStringLiteral("zsf") << false << QStringList{QStringLiteral("张三丰")};
    QTest::newRow("id last 4") << liId().right(4) << false << QStringList{QStringLiteral("李梅")};
    QTest::newRow("id prefix") << liId().left(10) << false << QStringList{QStringLiteral("李梅")};
    QTest::newRow("short id prefix is no search") << QStringLiteral("110105") << false << QStringList{};
    QTest::newRow("address") << QStringLiteral("翠湖苑") << true << QStringList{QStringLiteral("王小明")};
    QTest::newRow("room") << QStringLiteral("501") << false
                          << QStringList{QStringLiteral("李梅"), QStringLiteral("张三丰")};
}

void RegisterPageTest::searchAsTyped()
{
    QFETCH(QString, text);
    QFETCH(bool, inputMethod);
    QFETCH(QStringList, names);
    search(text, inputMethod);
    ResidentTableModel *model = m_page->residentModel();
    QStringList found;
    for (int row = 0; row < model->rowCount(); ++row)
        found << model->index(row, ResidentTableModel::Name).data().toString();
    found.sort();
    names.sort();
    QCOMPARE(found, names);
    QVERIFY2(countText().contains(QString::number(names.size())), qPrintable(countText()));
    // Enter moves to the first result so the clerk can go on with the keyboard.
    if (!names.isEmpty()) {
        QCOMPARE(QApplication::focusWidget(), m_page->residentView());
        QCOMPARE(m_page->residentView()->currentIndex().row(), 0);
    }
}

void RegisterPageTest::ctrlFFocusesSearch()
{
    m_page->residentView()->setFocus();
    QVERIFY(!m_page->searchEdit()->hasFocus());
    QTest::keyClick(m_page->residentView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->searchEdit()->hasFocus());
}

void RegisterPageTest::gridFilterNarrowsTheList()
{
    QCOMPARE(m_page->residentModel()->rowCount(), 3);
    auto *grid = m_page->findChild<QComboBox *>(QStringLiteral("gridFilter"));
    const int index = grid->findData(m_db->gridB);
    QVERIFY(index > 0);
    grid->setFocus();
    grid->setCurrentIndex(index);
    QTRY_COMPARE(m_page->residentModel()->rowCount(), 1);
    QCOMPARE(m_page->residentModel()->index(0, ResidentTableModel::Name).data().toString(), QStringLiteral("王小明"));
    QVERIFY(countText().contains(QLatin1Char('1')));
}

void RegisterPageTest::numbersMaskedUntilRevealed()
{
    search(QStringLiteral("zsf"));
    const QModelIndex id = m_page->residentModel()->index(0, ResidentTableModel::IdNumber);
    QCOMPARE(id.data().toString(), m_zhangId.left(6) + QStringLiteral("********") + m_zhangId.right(4));
    auto *reveal = m_page->findChild<QCheckBox *>(QStringLiteral("revealNumbers"));
    QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(4, reveal->height() / 2));
    QVERIFY(reveal->isChecked());
    QCOMPARE(m_page->residentModel()->index(0, ResidentTableModel::IdNumber).data().toString(), m_zhangId);

    // Exporting the list as shown carries the full numbers: an export row and a reveal row, with the count.
    auto *exportList = m_page->findChild<ListExportButton *>(QStringLiteral("exportList"));
    QVERIFY(exportList);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(exportList->exportTo(dir.filePath(QStringLiteral("zsf.csv")), &error), qPrintable(error));
    const int rows = m_page->residentModel()->rowCount();
    SqlQuery exported(m_db->db(), QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'export' AND "
                                                 "table_name = 'resident'"));
    QCOMPARE(
        exported.scalar().toString(),
        QStringLiteral("{\"file\":\"zsf.csv\",\"list\":\"register list\",\"revealed\":[\"id\",\"phone\"],\"rows\":%1}")
            .arg(rows));
    SqlQuery revealed(m_db->db(), QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'reveal' AND "
                                                 "after_json LIKE '%zsf.csv%'"));
    QVERIFY2(revealed.scalar().toString().contains(QStringLiteral("\"count\":%1").arg(rows)),
             qPrintable(revealed.scalar().toString()));
}

void RegisterPageTest::moveOutKeepsTheRecord()
{
    search(QStringLiteral("wxm"));
    QCOMPARE(m_page->residentModel()->rowCount(), 1);
    const qint64 id = m_db->residentId(m_wangId);
    QAction *moveOut = nullptr;
    for (QAction *action : m_page->pageActions())
        if (action->text().contains(QStringLiteral("Move &out")))
            moveOut = action;
    QVERIFY(moveOut);
    QVERIFY(moveOut->isEnabled());

    // The dated dialog is modal: answer it once it is up, the way a clerk would.
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *date = dialog->findChild<QDateEdit *>();
        date->setDate(QDate::currentDate().addDays(-3));
        auto *note = dialog->findChild<QLineEdit *>();
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("to Nanjing"));
        QTest::keyClick(note, Qt::Key_Return);
        answered = true;
    });
    moveOut->trigger();
    QVERIFY(answered);

    // Gone from the living list, still in the database with its date and history.
    QTRY_COMPARE(m_page->residentModel()->rowCount(), 0);
    RegisterStore store(m_db->db(), testScope());
    const auto resident = store.resident(id);
    QVERIFY(resident);
    QCOMPARE(resident->status, QStringLiteral("moved_out"));
    QCOMPARE(resident->statusDate, QDate::currentDate().addDays(-3));
    const QList<ResidentChange> history = store.history(id);
    QVERIFY(!history.isEmpty());
    auto *status = m_page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(QStringLiteral("moved_out")));
    QTRY_COMPARE(m_page->residentModel()->rowCount(), 1);
}

void RegisterPageTest::emptyResultSaysZero()
{
    search(QStringLiteral("qqqq"));
    QCOMPARE(m_page->residentModel()->rowCount(), 0);
    QVERIFY2(countText().contains(QLatin1Char('0')), qPrintable(countText()));
}

QTEST_MAIN(RegisterPageTest)
#include "registerpage_test.moc"
