// 交办对象: the hand-off step offers the departments the office keeps (typed part of a name
// finds them, Down and Enter choose), still takes a typed name, and only an administrator
// changes the list, which lives in the database.
#include "models/access/accessscope.h"
#include "models/cases/casedepartments.h"
#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"
#include "ui/cases/casestepdialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

// QTest::keyClicks() only knows ASCII: Chinese text is typed as key events carrying the text.
static void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget,
                            c.unicode() < 128 ? Qt::Key(QChar(c).toUpper().unicode()) : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
}

class CaseDepartmentsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listIsKeptAndOnlyAnAdministratorChangesIt();
    void handOffChoosesFromTheListByKeys();
    void handOffStillTakesATypedName();

private:
    // A case received and assessed, ready to be handed off.
    qint64 assessedCase();
    bool handOff(const QString &typed, bool pickFirst);

    std::unique_ptr<TestDatabase> m_t;
};

void CaseDepartmentsTest::init()
{
    m_t = std::make_unique<TestDatabase>();
}

void CaseDepartmentsTest::cleanup()
{
    m_t.reset();
    resetTestScope();
}

qint64 CaseDepartmentsTest::assessedCase()
{
    CaseStore store(m_t->db(), testScope());
    CaseIntake in;
    in.source = QStringLiteral("phone");
    in.categoryId = store.categories().constFirst().id;
    in.buildingId = m_t->buildingA1;
    in.gridId = m_t->gridA;
    in.receivedAt = QDateTime::currentDateTime().addSecs(-7200);
    in.description = QStringLiteral("楼道灯坏了");
    const SaveResult r = store.intake(in);
    if (!r.ok)
        return 0;
    CaseStepRequest assess;
    assess.caseId = r.id;
    assess.action = QStringLiteral("assess");
    assess.at = QDateTime::currentDateTime().addSecs(-3600);
    assess.byName = QStringLiteral("王芳");
    assess.rowVersion = store.record(r.id)->rowVersion;
    return store.applyStep(assess).ok ? r.id : 0;
}

void CaseDepartmentsTest::listIsKeptAndOnlyAnAdministratorChangesIt()
{
    // The upgrade seeds the usual units.
    const QStringList seeded = CaseDepartments(m_t->db(), testScope()).names();
    QVERIFY(seeded.contains(QStringLiteral("城管执法中队")));
    QVERIFY(seeded.contains(QStringLiteral("派出所")));

    ListEntry added{0, QString(), QStringLiteral("街道司法所"), 0, false};
    const AccessScope clerk(AccessScope::Role::Clerk, 2, QStringLiteral("clerk"));
    const SaveResult refused = CaseDepartments(m_t->db(), clerk).save(added);
    QVERIFY(!refused.ok);
    QVERIFY(refused.firstMessage().contains(QStringLiteral("administrator")));

    const AccessScope admin(AccessScope::Role::Administrator, 1, QStringLiteral("admin"));
    QVERIFY(CaseDepartments(m_t->db(), admin).save(added).ok);
    QVERIFY(CaseDepartments(m_t->db(), clerk).names().contains(QStringLiteral("街道司法所")));
    QVERIFY(CaseDepartments(m_t->db(), admin).archive(added.id).ok);
    QVERIFY(!CaseDepartments(m_t->db(), clerk).names().contains(QStringLiteral("街道司法所")));
    // Archived, not deleted; the change is audited.
    SqlQuery kept(m_t->db(), QStringLiteral("SELECT archived FROM case_department WHERE id = ?"));
    QVERIFY(kept.exec(added.id) && kept.next());
    QCOMPARE(kept.value(0).toInt(), 1);
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'case_department'"));
    QVERIFY(audit.exec());
    QCOMPARE(audit.scalar().toInt(), 2);
}

bool CaseDepartmentsTest::handOff(const QString &typed, bool pickFirst)
{
    const qint64 id = assessedCase();
    if (id == 0)
        return false;
    CaseStepDialog dialog(m_t->db(), testScope(), id, QStringLiteral("assign"));
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return false;
    QApplication::setActiveWindow(&dialog);
    auto *whom = dialog.findChild<QLineEdit *>(QStringLiteral("stepToWhom"));
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("stepDepartment"));
    if (!whom || !box)
        return false;
    typeText(whom, typed);
    if (pickFirst) {
        QAbstractItemView *popup = box->completer()->popup();
        if (!QTest::qWaitFor([popup] { return popup->isVisible(); }))
            return false;
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
    }
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return dialog.result() == QDialog::Accepted;
}

void CaseDepartmentsTest::handOffChoosesFromTheListByKeys()
{
    QVERIFY(handOff(QStringLiteral("城管"), true));
    SqlQuery q(m_t->db(), QStringLiteral("SELECT assignee FROM cases ORDER BY id DESC LIMIT 1"));
    QVERIFY(q.exec());
    QCOMPARE(q.scalar().toString(), QStringLiteral("城管执法中队"));
}

void CaseDepartmentsTest::handOffStillTakesATypedName()
{
    QVERIFY(handOff(QStringLiteral("小区物业王经理"), false));
    SqlQuery q(m_t->db(), QStringLiteral("SELECT assignee FROM cases ORDER BY id DESC LIMIT 1"));
    QVERIFY(q.exec());
    QCOMPARE(q.scalar().toString(), QStringLiteral("小区物业王经理"));
}

QTEST_MAIN(CaseDepartmentsTest)
#include "casedepartments_test.moc"
