#include "ui/common/attendeebox.h"

#include "tests/support/attendeetestdata.h"
#include "tests/support/testsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

// The people section of the event and meeting forms: the form's words on the box, a saved
// record's residents named from the register, and the total kept up to date before the form
// hears of a change.
class AttendeeBoxTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wordsComeFromTheForm();
    void loadsARecordAndKeepsTheTotal();

private:
    std::unique_ptr<TestDatabase> m_t;
    AttendeeTestData m_residents;
};

void AttendeeBoxTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_residents.addTo(*m_t));
}

void AttendeeBoxTest::cleanup()
{
    m_t.reset();
}

void AttendeeBoxTest::wordsComeFromTheForm()
{
    AttendeeBox box(
        m_t->db(), testScope(),
        {QStringLiteral("到会人员"), QStringLiteral("加入"), QStringLiteral("其他："), QStringLiteral("共 %1 人")});
    QCOMPARE(box.title(), QStringLiteral("到会人员"));
    QCOMPARE(box.picker()->findChild<QPushButton *>(QStringLiteral("addResident"))->text(), QStringLiteral("加入"));
    QCOMPARE(box.picker()->totalLabel()->text(), QStringLiteral("共 0 人"));
}

void AttendeeBoxTest::loadsARecordAndKeepsTheTotal()
{
    AttendeeBox box(m_t->db(), testScope(), {QString(), QString(), QString(), QStringLiteral("Total: %1")});
    QString totalWhenTold;
    QSignalSpy changed(&box, &AttendeeBox::changed);
    connect(&box, &AttendeeBox::changed, this, [&] { totalWhenTold = box.picker()->totalLabel()->text(); });

    // In the order given; an id no longer in the register is left out.
    box.load({m_residents.liNa, 999999, m_residents.zhangWei}, 4);
    QCOMPARE(box.picker()->residentIds(), (QList<qint64>{m_residents.liNa, m_residents.zhangWei}));
    QCOMPARE(box.picker()->chosen()->item(0)->text(), QStringLiteral("李娜"));
    QCOMPARE(box.picker()->headCount(), 4);
    QCOMPARE(box.picker()->totalLabel()->text(), QStringLiteral("Total: 6"));
    QCOMPARE(changed.count(), 2); // the head count, then the list
    QCOMPARE(totalWhenTold, QStringLiteral("Total: 6"));

    box.picker()->headCountSpin()->setValue(10);
    QCOMPARE(totalWhenTold, QStringLiteral("Total: 12"));
    QCOMPARE(changed.count(), 3);
}

QTEST_MAIN(AttendeeBoxTest)
#include "attendeebox_test.moc"
