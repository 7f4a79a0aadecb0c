// File → Communities of the street… (issue 23): a street administrator adds, renames and archives
// a community by keyboard, a wrong entry names its field, and a community's clerk only looks.
#include "models/core/sqlquery.h"
#include "models/register/communityeditor.h"
#include "tests/support/testsupport.h"
#include "ui/register/streetcommunitiesdialog.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

class StreetCommunitiesDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_t.reset(); }
    void addsRenamesArchivesByKeyboard();
    void communityClerkOnlyLooks();

private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    std::unique_ptr<TestDatabase> m_t;
};

void StreetCommunitiesDialogTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE community SET code = 'C01', street = '和平街道' WHERE id = 1"))
                .exec());
}

void StreetCommunitiesDialogTest::addsRenamesArchivesByKeyboard()
{
    StreetCommunitiesDialog dialog(m_t->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTableWidget>(&dialog, "communities");
    QCOMPARE(table->rowCount(), 1);
    auto *code = child<QLineEdit>(&dialog, "communityCode");
    auto *name = child<QLineEdit>(&dialog, "communityName");
    auto *message = child<QLabel>(&dialog, "communitiesMessage");

    // A code the street already has: refused, naming the code, the focus back on it.
    code->setFocus();
    QTest::keyClicks(code, QStringLiteral("c01"));
    QTest::keyClick(code, Qt::Key_Tab);
    commitText(name, QStringLiteral("东风社区"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY2(message->text().startsWith(QStringLiteral("Code:")), qPrintable(message->text()));
    QTRY_VERIFY(code->hasFocus());
    QCOMPARE(table->rowCount(), 1);

    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("C02"));
    QTest::keyClick(code, Qt::Key_Tab);
    QTest::keyClick(name, Qt::Key_Tab);
    auto *area = child<QDoubleSpinBox>(&dialog, "communityArea");
    QVERIFY(area->hasFocus());
    area->setValue(1.5);
    QTest::mouseClick(child<QPushButton>(&dialog, "addCommunity"), Qt::LeftButton);
    QVERIFY2(dialog.changed(), qPrintable(message->text()));
    QCOMPARE(table->rowCount(), 2);
    const qint64 added = CommunityEditor(m_t->db(), testScope()).idByCode(QStringLiteral("C02"));
    QVERIFY(added > 0);
    QCOMPARE(CommunityEditor(m_t->db(), testScope()).entry(added).areaKm2, 1.5);
    QCOMPARE(CommunityEditor(m_t->db(), testScope()).entry(added).street, QStringLiteral("和平街道"));

    // The new row is selected: rename it by keyboard.
    QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("C02"));
    auto *newName = child<QLineEdit>(&dialog, "communityNewName");
    QCOMPARE(newName->text(), QStringLiteral("东风社区"));
    newName->setFocus();
    newName->selectAll();
    commitText(newName, QStringLiteral("东风新村社区"));
    QTest::keyClick(newName, Qt::Key_Return);
    QCOMPARE(CommunityEditor(m_t->db(), testScope()).entry(added).name, QStringLiteral("东风新村社区"));
    QCOMPARE(table->item(table->currentRow(), 1)->text(), QStringLiteral("东风新村社区"));

    // Archive it: kept, marked, no longer changeable here.
    auto *archive = child<QPushButton>(&dialog, "archiveCommunity");
    QVERIFY(archive->isEnabled());
    QTest::mouseClick(archive, Qt::LeftButton);
    QVERIFY(CommunityEditor(m_t->db(), testScope()).entry(added).archived);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(table->currentRow(), 4)->text(), QStringLiteral("archived"));
    QVERIFY(!archive->isEnabled());
    // The last active one cannot go.
    table->selectRow(0);
    QTest::mouseClick(archive, Qt::LeftButton);
    QVERIFY(!CommunityEditor(m_t->db(), testScope()).entry(1).archived);
    QVERIFY2(message->text().startsWith(QStringLiteral("Community:")), qPrintable(message->text()));
}

void StreetCommunitiesDialogTest::communityClerkOnlyLooks()
{
    QVERIFY(CommunityEditor(m_t->db(), testScope()).add(QStringLiteral("东风社区"), QStringLiteral("C02")).ok);
    AccessScope clerk(AccessScope::Role::Administrator, 7, QStringLiteral("boss"));
    clerk.setCommunityIds({1});
    StreetCommunitiesDialog dialog(m_t->db(), clerk);
    auto *table = child<QTableWidget>(&dialog, "communities");
    QCOMPARE(table->rowCount(), 1); // their own community only
    table->selectRow(0);
    QVERIFY(!child<QPushButton>(&dialog, "addCommunity")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "renameCommunity")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "archiveCommunity")->isEnabled());
    QVERIFY(!child<QLabel>(&dialog, "communitiesMessage")->text().isEmpty());
}

QTEST_MAIN(StreetCommunitiesDialogTest)
#include "streetcommunitiesdialog_test.moc"
