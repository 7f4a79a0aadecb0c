// 疑似重复人员: the review dialog driven by mouse, as a clerk merges, undoes and dismisses (issue 25).
#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "tests/models/dedupe/dedupetestdata.h"
#include "tests/support/testsupport.h"
#include "ui/register/duplicatereviewdialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

class DuplicateReviewDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void mergeUndoAndNotTheSame();
    void gridWorkerSeesTheirGridsOnly();

private:
    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    static void click(QAbstractButton *button) { QTest::mouseClick(button, Qt::LeftButton); }
    static int rowOf(QTableWidget *table, const QString &field)
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->data(Qt::UserRole).toString() == field)
                return row;
        return -1;
    }
    QString status(qint64 id) const
    {
        SqlQuery q(m_tdb->db(), QStringLiteral("SELECT status FROM resident WHERE id = ?"));
        return q.exec(id) ? q.scalar().toString() : QString();
    }

    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_a = 0;
    qint64 m_b = 0;
};

void DuplicateReviewDialogTest::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    const QDate b(1958, 4, 9);
    const qint64 flatA = m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                             {{QStringLiteral("户主甲"), TestDatabase::idFor(b, true, 901)}});
    const qint64 flatB = m_tdb->addHousehold(m_tdb->buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                                             {{QStringLiteral("户主丙"), TestDatabase::idFor(b, true, 905)}});
    // Entered twice: once with the ID number, once with a phone and no number.
    m_a = addRawResident(*m_tdb, flatA, QStringLiteral("李明"), TestDatabase::idFor(QDate(1960, 1, 1), true, 11),
                         QDate(1960, 1, 1));
    m_b = addRawResident(*m_tdb, flatB, QStringLiteral("李明"), QString(), QDate(1960, 1, 1));
    QVERIFY(m_a > 0 && m_b > 0);
    SqlQuery(m_tdb->db(), QStringLiteral("UPDATE resident SET phone = '13800001111' WHERE id = ?")).exec(m_b);
}

void DuplicateReviewDialogTest::mergeUndoAndNotTheSame()
{
    DuplicateReviewDialog dialog(m_tdb->db(), testScope());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *pairs = child<QTableWidget>(&dialog, "duplicatePairs");
    auto *comparison = child<QTableWidget>(&dialog, "mergeComparison");
    QCOMPARE(pairs->rowCount(), 1);
    QCOMPARE(pairs->item(0, 2)->text(), QStringLiteral("李明"));

    // Side by side: the differing ID number is highlighted, the equal birth date is not.
    const int idRow = rowOf(comparison, QStringLiteral("idNumber"));
    const int birthRow = rowOf(comparison, QStringLiteral("birthDate"));
    const int phoneRow = rowOf(comparison, QStringLiteral("phone"));
    const int householdRow = rowOf(comparison, QStringLiteral("household"));
    QVERIFY(idRow >= 0 && birthRow >= 0 && phoneRow >= 0 && householdRow >= 0);
    QVERIFY(comparison->item(idRow, 1)->background().style() != Qt::NoBrush);
    QCOMPARE(comparison->item(birthRow, 1)->background().style(), Qt::NoBrush);
    // The defaults: record A is kept with its number, and takes B's phone it lacks.
    QVERIFY(child<QRadioButton>(&dialog, "keepFirst")->isChecked());
    QCOMPARE(comparison->item(idRow, 1)->checkState(), Qt::Checked);
    QCOMPARE(comparison->item(phoneRow, 2)->checkState(), Qt::Checked);
    // The clerk takes B's address too, by clicking its cell.
    QTest::mouseClick(comparison->viewport(), Qt::LeftButton, {},
                      comparison->visualItemRect(comparison->item(householdRow, 2)).center());
    QCOMPARE(comparison->item(householdRow, 2)->checkState(), Qt::Checked);
    QCOMPARE(comparison->item(householdRow, 1)->checkState(), Qt::Unchecked);

    click(child<QPushButton>(&dialog, "mergeButton"));
    QTRY_COMPARE(status(m_b), QStringLiteral("merged"));
    QVERIFY(dialog.changed());
    QCOMPARE(pairs->rowCount(), 0);
    RegisterStore store(m_tdb->db(), testScope());
    const Resident kept = *store.resident(m_a);
    QCOMPARE(kept.phone, QStringLiteral("13800001111"));
    QCOMPARE(kept.householdId, store.resident(m_b)->householdId);
    QVERIFY(!kept.idNumber.isEmpty());

    // Undo from the list of the last merges.
    auto *merges = child<QListWidget>(&dialog, "recentMerges");
    QCOMPARE(merges->count(), 1);
    QTest::mouseClick(merges->viewport(), Qt::LeftButton, {}, merges->visualItemRect(merges->item(0)).center());
    click(child<QPushButton>(&dialog, "undoMergeButton"));
    QTRY_COMPARE(status(m_b), QStringLiteral("living"));
    QCOMPARE(merges->count(), 0);
    QCOMPARE(pairs->rowCount(), 1);
    QVERIFY(store.resident(m_a)->phone.isEmpty());

    // Not the same person: the pair goes and does not come back.
    click(child<QPushButton>(&dialog, "distinctButton"));
    QTRY_COMPARE(pairs->rowCount(), 0);
    QCOMPARE(m_tdb->count(QStringLiteral("resident_distinct")), 1);
    DuplicateReviewDialog again(m_tdb->db(), testScope());
    QCOMPARE(child<QTableWidget>(&again, "duplicatePairs")->rowCount(), 0);
    QVERIFY(!child<QLabel>(&again, "reviewMessage")->text().isEmpty());
}

void DuplicateReviewDialogTest::gridWorkerSeesTheirGridsOnly()
{
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("grid.a"), {m_tdb->gridA});
    DuplicateReviewDialog dialog(m_tdb->db(), worker);
    QCOMPARE(child<QTableWidget>(&dialog, "duplicatePairs")->rowCount(), 0);
}

QTEST_MAIN(DuplicateReviewDialogTest)
#include "duplicatereviewdialog_test.moc"
