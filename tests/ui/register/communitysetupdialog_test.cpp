// 社区建档 on an empty database, by keyboard, and the empty register that leads to it (issue 20).
#include "models/core/sqlquery.h"
#include "models/register/placestore.h"
#include "models/workspace/workspace.h"
#include "tests/support/guitestsupport.h"
#include "tests/support/testsupport.h"
#include "ui/register/communitysetupdialog.h"
#include "ui/register/registeremptystate.h"
#include "ui/register/registerpage.h"

#include <algorithm>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUuid>

class CommunitySetupDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setsUpAnEmptyDatabaseByKeyboard();
    void renamesAndMerges();
    void mergesCompoundsByKeyboard();
    void emptyRegisterLeadsToSetUp();
    void gridWorkerMayNotChange();

private:
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    // Types into the focused widget: Chinese as an input method commits it, the rest as keys.
    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() > 0x7f; }))
            commitText(focus, text);
        else
            QTest::keyClicks(focus, text);
    }
    static void screenshot(QWidget *w, const QString &name)
    {
        // CD_SCREENSHOT_DIR=/tmp keeps the pictures for a person to look at.
        const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }
    QString message(QWidget *dialog) { return child<QLabel>(dialog, "setupMessage")->text(); }

    std::unique_ptr<Database> m_db;
};

void CommunitySetupDialogTest::init()
{
    // A new office's file: the schema and nothing else (no community, grid or compound).
    m_db = std::make_unique<Database>(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(*m_db, QStringLiteral(":memory:")));
}

void CommunitySetupDialogTest::cleanup()
{
    m_db.reset();
}

void CommunitySetupDialogTest::setsUpAnEmptyDatabaseByKeyboard()
{
    CommunitySetupDialog dialog(m_db->connection(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Focus starts on the street; Tab, the community, Enter saves both and moves on to the grids.
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "setupStreet"));
    type(QStringLiteral("新华街道"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "setupCommunity"));
    type(QStringLiteral("幸福社区"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(PlaceStore(m_db->connection(), testScope()).community().name, QStringLiteral("幸福社区"));
    QCOMPARE(PlaceStore(m_db->connection(), testScope()).community().street, QStringLiteral("新华街道"));

    // A grid: code, Tab, name, Enter.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "setupGridCode"));
    type(QStringLiteral("G01"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    type(QStringLiteral("第一网格"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(child<QListWidget>(&dialog, "setupGrids")->count(), 1);

    // Alt+P: the compound; Enter adds it and goes on to its first building.
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "setupCompoundName"));
    type(QStringLiteral("幸福里"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(child<QListWidget>(&dialog, "setupCompounds")->count(), 1);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "setupBuildingName"));

    // A building with its grid (the grid just added is offered) and 3 units: Tab, Tab, Up × 3, Enter.
    type(QStringLiteral("3号楼"));
    QCOMPARE(child<QComboBox>(&dialog, "setupBuildingGrid")->currentText(), QStringLiteral("G01 第一网格"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(&dialog, "setupBuildingGrid"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(&dialog, "setupUnits"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(message(&dialog).contains(QStringLiteral("3号楼")), qPrintable(message(&dialog)));
    // And a second one, by Enter in the name.
    QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
    type(QStringLiteral("4号楼"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    PlaceStore store(m_db->connection(), testScope());
    const qint64 compound = store.compoundId(QStringLiteral("幸福里"));
    QVERIFY(compound);
    const QList<PlaceStore::Building> buildings = store.buildings(compound);
    QCOMPARE(buildings.size(), 2);
    QCOMPARE(buildings.at(0).name, QStringLiteral("3号楼"));
    QCOMPARE(buildings.at(0).gridCode, QStringLiteral("G01"));
    QCOMPARE(buildings.at(0).units, 3);
    QCOMPARE(child<QListWidget>(&dialog, "setupBuildings")->count(), 2);

    // A duplicate is refused with the field's name, and nothing is added.
    QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
    type(QStringLiteral("3号楼"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(message(&dialog).contains(QStringLiteral("Building:")), qPrintable(message(&dialog)));
    QCOMPARE(store.buildings(compound).size(), 2);
    QVERIFY(dialog.changed());

    dialog.resize(1366 * 2 / 3, 768 * 3 / 4);
    screenshot(&dialog, QStringLiteral("communitysetup.png"));
}

void CommunitySetupDialogTest::renamesAndMerges()
{
    PlaceStore store(m_db->connection(), testScope());
    QVERIFY(store.setCommunity(QStringLiteral("新华街道"), QStringLiteral("幸福社区")).ok);
    const qint64 compound = store.addCompound(QStringLiteral("幸福里")).id;
    const qint64 b3 = store.addBuilding(compound, QStringLiteral("3栋"), 0, 0).id;
    const qint64 b3b = store.addBuilding(compound, QStringLiteral("3号楼"), 0, 0).id;
    QVERIFY(b3 && b3b);
    SqlQuery(m_db->connection(), QStringLiteral("INSERT INTO household (building_id, unit, room, created_at, "
                                                "updated_at) VALUES (?, '2', '501', '2026-01-01', '2026-01-01')"))
        .exec(b3);

    CommunitySetupDialog dialog(m_db->connection(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = child<QListWidget>(&dialog, "setupBuildings");
    QCOMPARE(list->count(), 2);
    // Select 3栋 (sorted first: shorter name) by keyboard, merge it into 3号楼, confirm.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toLongLong(), b3);
    QCOMPARE(child<QComboBox>(&dialog, "setupMergeInto")->currentData().toLongLong(), b3b);
    auto confirmed = GuiTest::onNextDialog(this, [](QDialog *box) {
        QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier); // &Yes
        if (box->isVisible())
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(&dialog, Qt::Key_I, Qt::AltModifier);
    QTRY_VERIFY(*confirmed);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(SqlQuery(m_db->connection(), QStringLiteral("SELECT building_id FROM household")).scalar().toLongLong(),
             b3b);

    // Rename the one left: select it, type the new name, press the rename button.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
    type(QStringLiteral("3幢"));
    QTest::mouseClick(child<QPushButton>(&dialog, "setupRenameBuilding"), Qt::LeftButton);
    QCOMPARE(store.buildings(compound).first().name, QStringLiteral("3幢"));
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("3幢")));
}

void CommunitySetupDialogTest::mergesCompoundsByKeyboard()
{
    // 幸福小区 is 幸福里 spelt by another import: its 3幢 joins 幸福里's 3幢, its 9幢 moves over.
    PlaceStore store(m_db->connection(), testScope());
    QVERIFY(store.setCommunity(QStringLiteral("新华街道"), QStringLiteral("幸福社区")).ok);
    const qint64 main = store.addCompound(QStringLiteral("幸福里")).id;
    const qint64 twin = store.addCompound(QStringLiteral("幸福小区")).id;
    const qint64 kept = store.addBuilding(main, QStringLiteral("3幢"), 0, 0).id;
    const qint64 same = store.addBuilding(twin, QStringLiteral("3幢"), 0, 0).id;
    QVERIFY(store.addBuilding(twin, QStringLiteral("9幢"), 0, 0).ok);
    SqlQuery(m_db->connection(), QStringLiteral("INSERT INTO household (building_id, unit, room, created_at, "
                                                "updated_at) VALUES (?, '1', '101', '2026-01-01', '2026-01-01')"))
        .exec(same);

    CommunitySetupDialog dialog(m_db->connection(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *compounds = child<QListWidget>(&dialog, "setupCompounds");
    QCOMPARE(compounds->count(), 2);
    compounds->setFocus();
    QTest::keyClick(compounds, Qt::Key_End);
    QCOMPARE(compounds->currentItem()->data(Qt::UserRole).toLongLong(), twin);
    QCOMPARE(child<QComboBox>(&dialog, "setupCompoundMergeInto")->currentData().toLongLong(), main);
    auto confirmed = GuiTest::onNextDialog(this, [](QDialog *box) {
        QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier); // &Yes
        if (box->isVisible())
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(*confirmed);
    QTRY_COMPARE(compounds->count(), 1);
    QCOMPARE(compounds->currentItem()->data(Qt::UserRole).toLongLong(), main);
    QCOMPARE(SqlQuery(m_db->connection(), QStringLiteral("SELECT building_id FROM household")).scalar().toLongLong(),
             kept);
    QCOMPARE(child<QListWidget>(&dialog, "setupBuildings")->count(), 2); // 3幢 and 9幢
    QVERIFY2(message(&dialog).contains(QStringLiteral("幸福小区")), qPrintable(message(&dialog)));
}

void CommunitySetupDialogTest::emptyRegisterLeadsToSetUp()
{
    RegisterPage page(m_db->connection(), testScope());
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RegisterEmptyState *empty = page.emptyState();
    QVERIFY(empty->isVisible());
    QVERIFY(!page.residentView()->isVisible());
    screenshot(&page, QStringLiteral("emptyregister.png"));

    QSignalSpy importSpy(&page, &RegisterPage::importRequested);
    QTest::mouseClick(empty->importButton(), Qt::LeftButton);
    QCOMPARE(importSpy.count(), 1);

    // The set-up button opens the dialog; set up one building there and close it.
    bool wasSetUp = false;
    const bool opened =
        GuiTest::withDialog([&] { QTest::mouseClick(empty->setUpButton(), Qt::LeftButton); },
                            [&](QDialog *d) {
                                wasSetUp = qobject_cast<CommunitySetupDialog *>(d) != nullptr;
                                child<QLineEdit>(d, "setupCommunity")->setText(QStringLiteral("幸福社区"));
                                child<QPushButton>(d, "setupSaveNames")->click();
                                d->accept();
                            });
    QVERIFY(opened);
    QVERIFY(wasSetUp);
    QCOMPARE(PlaceStore(m_db->connection(), testScope()).community().name, QStringLiteral("幸福社区"));
    // Still no household: the register still says what to do next.
    QVERIFY(empty->isVisible());

    // Once a household exists (an import, a new household), the list comes back.
    PlaceStore store(m_db->connection(), testScope());
    const qint64 building =
        store.addBuilding(store.addCompound(QStringLiteral("幸福里")).id, QStringLiteral("1号楼"), 0, 0).id;
    page.reload();
    QVERIFY(empty->isVisible());
    QVERIFY(empty->findChild<QLabel *>(QStringLiteral("registerEmptyText"))
                ->text()
                .contains(QStringLiteral("New household")));
    SqlQuery(m_db->connection(), QStringLiteral("INSERT INTO household (building_id, unit, room, created_at, "
                                                "updated_at) VALUES (?, '1', '101', '2026-01-01', '2026-01-01')"))
        .exec(building);
    page.reload();
    QVERIFY(!empty->isVisible());
    QVERIFY(page.residentView()->isVisible());
}

void CommunitySetupDialogTest::gridWorkerMayNotChange()
{
    const AccessScope worker(AccessScope::Role::GridWorker, 5, QStringLiteral("worker"), {});
    RegisterPage page(m_db->connection(), worker);
    QVERIFY(!page.emptyState()->setUpButton()->isEnabled());
    QVERIFY(!page.setUpAction()->isEnabled());
    CommunitySetupDialog dialog(m_db->connection(), worker);
    QVERIFY(!child<QPushButton>(&dialog, "setupAddCompound")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "setupSaveNames")->isEnabled());
    QVERIFY(message(&dialog).contains(QStringLiteral("grid worker")));
}

QTEST_MAIN(CommunitySetupDialogTest)
#include "communitysetupdialog_test.moc"
