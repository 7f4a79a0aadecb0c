#include "models/meetings/meetingstore.h"
#include "models/meetings/minutesdocument.h"

#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class MinutesTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void minutesCarryTheMeeting();
    void longListsFlowOntoMorePages();
    void unwritableFileReported();

private:
    Meeting meeting() const;
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    qint64 m_r1 = 0, m_r2 = 0;
};

void MinutesTest::init()
{
    QVERIFY(m_dir.isValid());
    m_t = std::make_unique<TestDatabase>();
    const QString a = TestDatabase::idFor(QDate(1950, 1, 1), true, 11);
    const QString b = TestDatabase::idFor(QDate(1952, 2, 2), false, 12);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("张建国"), a}, {QStringLiteral("李桂兰"), b}}));
    m_r1 = m_t->residentId(a);
    m_r2 = m_t->residentId(b);
}

void MinutesTest::cleanup()
{
    m_t.reset();
}

Meeting MinutesTest::meeting() const
{
    Meeting m;
    m.heldOn = QDate(2026, 5, 10);
    m.startsAt = QTime(19, 30);
    m.place = QStringLiteral("居委会会议室");
    m.gridId = m_t->gridA;
    m.kindId = MeetingStore(m_t->db(), testScope()).kinds().at(2).id; // 小马扎议事会
    m.topic = QStringLiteral("加装电梯意见征集");
    m.attendeeIds = {m_r1, m_r2};
    m.headCount = 10;
    m.motions = {{0, QStringLiteral("同意加装电梯"), 9, 2, 1, {}}, {0, QStringLiteral("由业主分摊费用"), 4, 6, 2, {}}};
    Meeting::Task t;
    t.motionIndex = 0;
    t.description = QStringLiteral("征求全体业主意见");
    t.owner = QStringLiteral("网格员小王");
    t.dueOn = QDate(2026, 5, 24);
    m.tasks = {t};
    return m;
}

void MinutesTest::minutesCarryTheMeeting()
{
    Meeting m = meeting();
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(m).ok);
    const QString path = m_dir.filePath(QStringLiteral("minutes.pdf"));
    QString error;
    QVERIFY2(MinutesDocument(m_t->db(), testScope(), m).writePdf(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4) == "%PDF");
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    const QString flat = QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    QVERIFY2(flat.contains(QStringLiteral("测试社区 meeting minutes")), qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("小马扎议事会")));
    QVERIFY(flat.contains(QStringLiteral("2026-05-10 19:30")));
    QVERIFY(flat.contains(QStringLiteral("居委会会议室")));
    QVERIFY(flat.contains(QStringLiteral("Grid: 第一网格")));
    QVERIFY(flat.contains(QStringLiteral("12 person(s)")));
    QVERIFY(flat.contains(QStringLiteral("加装电梯意见征集")));
    QVERIFY(flat.contains(QStringLiteral("张建国")));
    QVERIFY(flat.contains(QStringLiteral("李桂兰")));
    QVERIFY(flat.contains(QStringLiteral("Others present, not listed: 10")));
    QVERIFY(flat.contains(QStringLiteral("同意加装电梯")));
    QVERIFY(flat.contains(QStringLiteral("由业主分摊费用")));
    QVERIFY(flat.contains(QStringLiteral("Carried")));
    QVERIFY(flat.contains(QStringLiteral("Not carried")));
    QVERIFY(flat.contains(QStringLiteral("征求全体业主意见")));
    QVERIFY(flat.contains(QStringLiteral("网格员小王")));
    QVERIFY(flat.contains(QStringLiteral("2026-05-24")));
    QVERIFY(flat.contains(QStringLiteral("Chair:")));
    QVERIFY(flat.contains(QStringLiteral("Recorder:")));
    // The votes appear in the motion rows, in order for / against / abstain.
    QVERIFY2(flat.contains(QRegularExpression(QStringLiteral("同意加装电梯 9 2 1 Carried"))), qPrintable(flat));
    QCOMPARE(text.split(QChar(u'\f'), Qt::SkipEmptyParts).size(), 1); // one page
}

void MinutesTest::longListsFlowOntoMorePages()
{
    Meeting m = meeting();
    for (int i = 0; i < 60; ++i) {
        Meeting::Task t;
        t.description = QStringLiteral("任务%1").arg(i + 1);
        t.owner = QStringLiteral("负责人");
        t.dueOn = QDate(2026, 6, 1);
        m.tasks.append(t);
    }
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(m).ok);
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(MinutesDocument(m_t->db(), testScope(), m).writePdf(path));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    QVERIFY(pages.constLast().contains(QStringLiteral("Chair:")));
    QVERIFY(text.contains(QStringLiteral("任务60")));
}

void MinutesTest::unwritableFileReported()
{
    QString error;
    QVERIFY(!MinutesDocument(m_t->db(), testScope(), meeting())
                 .writePdf(m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(MinutesTest)
#include "minutes_test.moc"
