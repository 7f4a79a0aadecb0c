// Masking by role: a clerk who chose to show numbers exports them in full (and the reveal is
// audited); a grid worker's export stays masked whatever they ask for, and nothing is audited.
#include "models/access/accessscope.h"
#include "models/birthdays/birthdaysheet.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/sqlquery.h"
#include "models/documents/tableexporter.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class MaskingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { resetTestScope(); }
    void clerkExportShowsNumbersAndIsAudited();
    void gridWorkerExportStaysMasked();
    void settingIsIgnoredForRolesWithoutTheRight();
    void printedPhonesFollowTheRole();

private:
    QString exportList(bool reveal)
    {
        ResidentTableModel model(m_t->db(), testScope());
        model.setRevealNumbers(reveal);
        const QString path = m_dir.filePath(QStringLiteral("list-%1.csv").arg(++m_files));
        TableExporter exporter(&model,
                               {ResidentTableModel::Name, ResidentTableModel::IdNumber, ResidentTableModel::Phone});
        QString error;
        if (!exporter.write(path, &error))
            qWarning() << error;
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    int reveals() const
    {
        SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal'"));
        return q.scalar().toInt();
    }

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_id;
    const QString m_phone = QStringLiteral("13912345678");
};

void MaskingTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test folder, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDeskTest"));
    // The *_pg twin runs at the same time (ctest -j2): a settings file of its own.
    QCoreApplication::setApplicationName(QStringLiteral("masking_test") +
                                         (testingOnServer() ? QStringLiteral("_pg") : QString()));
    QVERIFY(m_dir.isValid());
}

void MaskingTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_id = TestDatabase::idFor(QDate(1960, 3, 4), false);
    const qint64 h = m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                       {{QStringLiteral("张秀英"), m_id}});
    QVERIFY(h > 0);
    SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET phone = '13912345678'")).exec();
}

void MaskingTest::clerkExportShowsNumbersAndIsAudited()
{
    setTestScope(AccessScope(AccessScope::Role::Clerk, 2, QStringLiteral("zhao")));
    const QString masked = exportList(false);
    QVERIFY(masked.contains(IdNumber::mask(m_id)));
    QVERIFY(!masked.contains(m_id));
    QVERIFY(!masked.contains(m_phone));
    QCOMPARE(reveals(), 0);

    const QString shown = exportList(true);
    QVERIFY2(shown.contains(m_id), qPrintable(shown));
    QVERIFY(shown.contains(m_phone));
    QCOMPARE(reveals(), 1);
    SqlQuery q(m_t->db(), QStringLiteral("SELECT user_name, table_name FROM audit_log WHERE action = 'reveal'"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("zhao"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("resident"));
}

void MaskingTest::gridWorkerExportStaysMasked()
{
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 3, QStringLiteral("wang"), {m_t->gridA}));
    const QString text = exportList(true);
    QVERIFY(text.contains(QStringLiteral("张秀英")));
    QVERIFY(text.contains(IdNumber::mask(m_id)));
    QVERIFY(text.contains(PhoneNumber::mask(m_phone)));
    QVERIFY(!text.contains(m_id));
    QVERIFY(!text.contains(m_phone));
    QCOMPARE(reveals(), 0);

    setTestScope(AccessScope(AccessScope::Role::Viewer, 4, QStringLiteral("guest")));
    const QString viewer = exportList(true);
    QVERIFY(!viewer.contains(m_id));
    QVERIFY(!viewer.contains(m_phone));
}

void MaskingTest::settingIsIgnoredForRolesWithoutTheRight()
{
    AppSettings::setRevealNumbers(true);
    QVERIFY(AppSettings::revealNumbers(testScope()));
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 3, QStringLiteral("wang"), {m_t->gridA}));
    QVERIFY(!AppSettings::revealNumbers(testScope()));
    setTestScope(AccessScope(AccessScope::Role::Viewer, 4, QStringLiteral("guest")));
    QVERIFY(!AppSettings::revealNumbers(testScope()));
    AppSettings::setRevealNumbers(false);
}

void MaskingTest::printedPhonesFollowTheRole()
{
    BirthdayEntry e;
    e.name = QStringLiteral("张秀英");
    e.phone = m_phone;
    BirthdaySheet::Options options;
    options.year = 2025;
    options.month = 3;
    options.revealPhones = true;
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 3, QStringLiteral("wang"), {m_t->gridA}));
    const BirthdaySheet masked({e}, options, testScope());
    QVERIFY(!masked.row(e).join(QLatin1Char('|')).contains(m_phone));
    QVERIFY(masked.row(e).contains(PhoneNumber::mask(m_phone)));
    setTestScope(AccessScope(AccessScope::Role::Clerk, 2, QStringLiteral("zhao")));
    const BirthdaySheet shown({e}, options, testScope());
    QVERIFY(shown.row(e).contains(m_phone));
}

QTEST_GUILESS_MAIN(MaskingTest)
#include "masking_test.moc"
