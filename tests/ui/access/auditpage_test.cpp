// The audit page driven as an administrator would: filter by table and record, pick a row, read
// the values before and after; a clerk's scope gets no rows even with the page in hand.
#include "models/access/accessscope.h"
#include "models/audit/audittablemodel.h"
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "tests/support/testsupport.h"
#include "ui/access/auditpage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

class AuditPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); } // the desk's settings stay untouched
    void init();
    void cleanup() { resetTestScope(); }
    void filterSelectAndReadDetails();
    void onlyAdministratorsGetRows();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_resident = 0;
};

void AuditPageTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString id = TestDatabase::idFor(QDate(1966, 2, 3), true);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("301"),
                              {{QStringLiteral("周大海"), id}}) > 0);
    m_resident = m_t->residentId(id);
    setTestScope(AccessScope(AccessScope::Role::Clerk, 2, QStringLiteral("zhao")));
    RegisterStore store(m_t->db(), testScope());
    Resident r = *store.resident(m_resident);
    r.name = QStringLiteral("周大江");
    QVERIFY(store.saveResident(r).ok);
    setTestScope(AccessScope(AccessScope::Role::Administrator, 1, QStringLiteral("admin")));
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("INSERT INTO account (login, display_name, role, password_hash, "
                                               "created_at, updated_at) VALUES ('zhao', '赵敏', 'clerk', 'x', "
                                               "'2026-01-01', '2026-01-01')"))
                .exec());
}

void AuditPageTest::filterSelectAndReadDetails()
{
    AuditPage page(m_t->db(), testScope());
    page.resize(1100, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.model()->rowCount() >= 3); // household, resident insert, resident update

    auto *user = page.findChild<QComboBox *>(QStringLiteral("auditUser"));
    QVERIFY(user);
    // Logins with an account are offered by the person's name; the login stays beside it.
    QCOMPARE(user->findText(QStringLiteral("zhao")), -1);
    QVERIFY(user->findText(QStringLiteral("赵敏 (zhao)")) > 0);
    user->setCurrentIndex(user->findText(QStringLiteral("赵敏 (zhao)")));
    QCOMPARE(page.model()->rowCount(), 1);
    user->setCurrentIndex(0);
    auto *record = page.findChild<QLineEdit *>(QStringLiteral("auditRecord"));
    QTest::keyClicks(record, QString::number(m_resident));
    QTest::keyClick(record, Qt::Key_Return);
    auto *table = page.findChild<QComboBox *>(QStringLiteral("auditTable"));
    // Codes are shown by name: the clerk never reads "resident" or "update".
    table->setCurrentIndex(table->findText(QStringLiteral("Residents")));
    QCOMPARE(page.model()->rowCount(), 2); // insert and update, newest first
    QCOMPARE(page.model()->index(0, AuditTableModel::User).data().toString(),
             QStringLiteral("赵敏")); // the person, not the login
    QCOMPARE(page.model()->index(0, AuditTableModel::Table).data().toString(), QStringLiteral("Residents"));
    QCOMPARE(page.model()->index(0, AuditTableModel::Action).data().toString(), QStringLiteral("Changed"));

    const QRect cell = page.view()->visualRect(page.model()->index(0, AuditTableModel::Action));
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTableWidget *details = page.details();
    QString before, after;
    for (int row = 0; row < details->rowCount(); ++row)
        if (details->item(row, 0)->text() == QLatin1String("Name")) {
            before = details->item(row, 1)->text();
            after = details->item(row, 2)->text();
        }
    QCOMPARE(before, QStringLiteral("周大海"));
    QCOMPARE(after, QStringLiteral("周大江"));
    // The ID number in the detail stays masked (numbers are not shown by default).
    int idRows = 0;
    for (int row = 0; row < details->rowCount(); ++row)
        if (details->item(row, 0)->text() == QLatin1String("ID number")) {
            ++idRows;
            QVERIFY(details->item(row, 2)->text().contains(QLatin1Char('*')));
        }
    QCOMPARE(idRows, 1);
    QCOMPARE(details->editTriggers(), QAbstractItemView::NoEditTriggers);
    if (const QString dir = qEnvironmentVariable("CD_GRAB_DIR"); !dir.isEmpty()) // to look at the layout
        page.grab().save(dir + QStringLiteral("/auditpage.png"));
}

void AuditPageTest::onlyAdministratorsGetRows()
{
    setTestScope(AccessScope(AccessScope::Role::Clerk, 2, QStringLiteral("zhao")));
    AuditTableModel model(m_t->db(), testScope());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.users().isEmpty());
}

QTEST_MAIN(AuditPageTest)
#include "auditpage_test.moc"
