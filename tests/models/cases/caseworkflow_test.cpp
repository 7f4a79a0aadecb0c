// The case workflow: every (status, action) pair, allowed or forbidden, and the fields each step needs.
#include "models/cases/casesteprequest.h"
#include "models/cases/caseworkflow.h"

#include <QSet>
#include <QTest>

class CaseWorkflowTest : public QObject
{
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void everyStatusAndActionIsCovered();
    void closureNeedsResult();
    void followUpNeedsSatisfaction();
    void reopenNeedsReason();
    void assignNeedsToWhom();
    void labelsAreTranslatedNotCodes();
    void openStatuses();
    void errandMatrix_data();
    void errandMatrix();
    void errandFlowLeavesTheCaseFlowAlone();
    void errandLabels();

private:
    static CaseStepRequest complete(const QString &action)
    {
        CaseStepRequest r;
        r.caseId = 1;
        r.action = action;
        r.at = QDateTime(QDate(2026, 5, 1), QTime(9, 0));
        r.byName = QStringLiteral("王芳");
        r.toWhom = QStringLiteral("城管科");
        r.result = QStringLiteral("已清理");
        r.satisfaction = QStringLiteral("satisfied");
        r.reason = QStringLiteral("居民反映问题复发");
        return r;
    }
};

// The expected table, written out by hand (independently of kTransitions).
static const QHash<QString, QString> &expected()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("received/assess"), QStringLiteral("assessed")},
        {QStringLiteral("received/close"), QStringLiteral("closed")},
        {QStringLiteral("assessed/assign"), QStringLiteral("assigned")},
        {QStringLiteral("assessed/close"), QStringLiteral("closed")},
        {QStringLiteral("assigned/assign"), QStringLiteral("assigned")},
        {QStringLiteral("assigned/supervise"), QStringLiteral("supervised")},
        {QStringLiteral("assigned/close"), QStringLiteral("closed")},
        {QStringLiteral("supervised/supervise"), QStringLiteral("supervised")},
        {QStringLiteral("supervised/close"), QStringLiteral("closed")},
        {QStringLiteral("closed/follow_up"), QStringLiteral("followed_up")},
        {QStringLiteral("closed/reopen"), QStringLiteral("assigned")},
        {QStringLiteral("followed_up/reopen"), QStringLiteral("assigned")},
    };
    return table;
}

static const QStringList kStatuses = {
    QStringLiteral("received"), QStringLiteral("assessed"),    QStringLiteral("assigned"), QStringLiteral("supervised"),
    QStringLiteral("closed"),   QStringLiteral("followed_up"), QStringLiteral("withdrawn")};
static const QStringList kActions = {QStringLiteral("assess"), QStringLiteral("assign"),    QStringLiteral("supervise"),
                                     QStringLiteral("close"),  QStringLiteral("follow_up"), QStringLiteral("reopen")};

void CaseWorkflowTest::matrix_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("to"); // "" = forbidden
    for (const QString &from : kStatuses)
        for (const QString &action : kActions) {
            const QString to = expected().value(from + QLatin1Char('/') + action);
            QTest::addRow("%s %s %s", qPrintable(from), to.isEmpty() ? "-X->" : "-->", qPrintable(action))
                << from << action << to;
        }
    // Codes outside the workflow are never allowed.
    QTest::addRow("unknown status") << QStringLiteral("lost") << QStringLiteral("assess") << QString();
    QTest::addRow("unknown action") << QStringLiteral("received") << QStringLiteral("delete") << QString();
}

void CaseWorkflowTest::matrix()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(QString, to);
    QCOMPARE(CaseWorkflow::target(from, action), to);
    QCOMPARE(CaseWorkflow::isAllowed(from, action), !to.isEmpty());
    QCOMPARE(CaseWorkflow::allowedActions(from).contains(action), !to.isEmpty());
    const QList<FieldError> errors = CaseWorkflow::check(from, complete(action));
    if (to.isEmpty()) {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("action"));
        QVERIFY(errors.first().message.startsWith(QStringLiteral("Action:")));
    } else {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    }
}

void CaseWorkflowTest::everyStatusAndActionIsCovered()
{
    QCOMPARE(CaseWorkflow::statusCodes(), kStatuses);
    QCOMPARE(CaseWorkflow::actionCodes(), kActions);
    int allowed = 0;
    for (const QString &from : kStatuses)
        allowed += int(CaseWorkflow::allowedActions(from).size());
    QCOMPARE(allowed, int(expected().size()));
    // Every status but the intake one and withdrawn (an undone intake, no step) can be reached, and
    // every case can end up followed up.
    QSet<QString> reached;
    for (const QString &to : expected())
        reached.insert(to);
    QCOMPARE(reached.size(), kStatuses.size() - 2);
}

void CaseWorkflowTest::closureNeedsResult()
{
    CaseStepRequest r = complete(QStringLiteral("close"));
    r.result = QStringLiteral("   ");
    for (const QString &from : {QStringLiteral("received"), QStringLiteral("assessed"), QStringLiteral("assigned"),
                                QStringLiteral("supervised")}) {
        const QList<FieldError> errors = CaseWorkflow::check(from, r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("result"));
        QVERIFY(errors.first().message.startsWith(QStringLiteral("Result:")));
    }
}

void CaseWorkflowTest::followUpNeedsSatisfaction()
{
    CaseStepRequest r = complete(QStringLiteral("follow_up"));
    r.satisfaction.clear();
    QList<FieldError> errors = CaseWorkflow::check(QStringLiteral("closed"), r);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("satisfaction"));
    QVERIFY(errors.first().message.startsWith(QStringLiteral("Satisfaction:")));
    r.satisfaction = QStringLiteral("very happy"); // not one of the three
    QCOMPARE(CaseWorkflow::check(QStringLiteral("closed"), r).size(), 1);
    for (const CaseWorkflow::Choice &c : CaseWorkflow::satisfactions()) {
        r.satisfaction = c.code;
        QVERIFY(CaseWorkflow::check(QStringLiteral("closed"), r).isEmpty());
    }
}

void CaseWorkflowTest::reopenNeedsReason()
{
    CaseStepRequest r = complete(QStringLiteral("reopen"));
    r.reason.clear();
    for (const QString &from : {QStringLiteral("closed"), QStringLiteral("followed_up")}) {
        const QList<FieldError> errors = CaseWorkflow::check(from, r);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("reason"));
        QVERIFY(errors.first().message.startsWith(QStringLiteral("Reason:")));
    }
}

void CaseWorkflowTest::assignNeedsToWhom()
{
    CaseStepRequest r = complete(QStringLiteral("assign"));
    r.toWhom.clear();
    r.at = QDateTime();
    const QList<FieldError> errors = CaseWorkflow::check(QStringLiteral("assessed"), r);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).field, QStringLiteral("at"));
    QCOMPARE(errors.at(1).field, QStringLiteral("toWhom"));
    QVERIFY(errors.at(1).message.startsWith(QStringLiteral("To whom:")));
}

void CaseWorkflowTest::labelsAreTranslatedNotCodes()
{
    QCOMPARE(CaseWorkflow::statusLabel(QStringLiteral("followed_up")), QStringLiteral("Followed up"));
    QCOMPARE(CaseWorkflow::actionLabel(QStringLiteral("receive")), QStringLiteral("Receive"));
    QCOMPARE(CaseWorkflow::sourceLabel(QStringLiteral("hotline")), QStringLiteral("12345 hotline"));
    QCOMPARE(CaseWorkflow::satisfactionLabel(QStringLiteral("basically")), QStringLiteral("Basically satisfied"));
    QCOMPARE(CaseWorkflow::sources().size(), 6);
    QCOMPARE(CaseWorkflow::satisfactions().size(), 3);
}

void CaseWorkflowTest::openStatuses()
{
    for (const QString &s : kStatuses)
        QCOMPARE(CaseWorkflow::isOpen(s),
                 s != QLatin1String("closed") && s != QLatin1String("followed_up") && s != QLatin1String("withdrawn"));
}

// The errand flow (代办): 受理 → 办理中 → 办结 → (回访), written out by hand.
static const QHash<QString, QString> &expectedErrand()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("received/assign"), QStringLiteral("assigned")},
        {QStringLiteral("received/close"), QStringLiteral("closed")},
        {QStringLiteral("assigned/close"), QStringLiteral("closed")},
        {QStringLiteral("closed/follow_up"), QStringLiteral("followed_up")},
    };
    return table;
}

void CaseWorkflowTest::errandMatrix_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("to"); // "" = forbidden
    for (const QString &from : kStatuses)
        for (const QString &action : kActions) {
            const QString to = expectedErrand().value(from + QLatin1Char('/') + action);
            QTest::addRow("errand %s %s %s", qPrintable(from), to.isEmpty() ? "-X->" : "-->", qPrintable(action))
                << from << action << to;
        }
}

void CaseWorkflowTest::errandMatrix()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(QString, to);
    const QString errand = QStringLiteral("errand");
    QCOMPARE(CaseWorkflow::target(from, action, errand), to);
    QCOMPARE(CaseWorkflow::isAllowed(from, action, errand), !to.isEmpty());
    QCOMPARE(CaseWorkflow::allowedActions(from, errand).contains(action), !to.isEmpty());
    const QList<FieldError> errors = CaseWorkflow::check(from, complete(action), errand);
    if (to.isEmpty()) {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, QStringLiteral("action"));
        QVERIFY(errors.first().message.startsWith(QStringLiteral("Action: an errand")));
    } else {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    }
}

void CaseWorkflowTest::errandFlowLeavesTheCaseFlowAlone()
{
    // The case flow is the same with an explicit "case" kind or none.
    for (const QString &from : kStatuses) {
        QCOMPARE(CaseWorkflow::allowedActions(from, QStringLiteral("case")), CaseWorkflow::allowedActions(from));
        for (const QString &action : kActions)
            QCOMPARE(CaseWorkflow::target(from, action, QStringLiteral("case")),
                     expected().value(from + QLatin1Char('/') + action));
    }
    // Errands are never assessed, supervised or reopened; closing still needs a result.
    QCOMPARE(CaseWorkflow::allowedActions(QStringLiteral("received"), QStringLiteral("errand")),
             (QStringList{QStringLiteral("assign"), QStringLiteral("close")}));
    QVERIFY(CaseWorkflow::allowedActions(QStringLiteral("followed_up"), QStringLiteral("errand")).isEmpty());
    CaseStepRequest r = complete(QStringLiteral("close"));
    r.result.clear();
    const QList<FieldError> errors = CaseWorkflow::check(QStringLiteral("assigned"), r, QStringLiteral("errand"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("result"));
}

void CaseWorkflowTest::errandLabels()
{
    QCOMPARE(CaseWorkflow::statusLabel(QStringLiteral("assigned"), QStringLiteral("errand")),
             QStringLiteral("Handling"));
    QCOMPARE(CaseWorkflow::statusLabel(QStringLiteral("assigned"), QStringLiteral("case")), QStringLiteral("Assigned"));
    QCOMPARE(CaseWorkflow::statusLabel(QStringLiteral("closed"), QStringLiteral("errand")), QStringLiteral("Closed"));
    QCOMPARE(CaseWorkflow::kindLabel(QStringLiteral("errand")), QStringLiteral("Errand"));
    QCOMPARE(CaseWorkflow::kindLabel(QString()), QStringLiteral("Case"));
    QVERIFY(CaseWorkflow::isErrand(QStringLiteral("errand")));
    QVERIFY(!CaseWorkflow::isErrand(QString()));
    QCOMPARE(CaseWorkflow::actionLabel(QStringLiteral("close"), QStringLiteral("errand")), QStringLiteral("Mark done"));
    QCOMPARE(CaseWorkflow::actionLabel(QStringLiteral("assign"), QStringLiteral("errand")),
             QStringLiteral("Start handling"));
    QCOMPARE(CaseWorkflow::actionLabel(QStringLiteral("close"), QStringLiteral("case")), QStringLiteral("Close case"));
    QCOMPARE(CaseWorkflow::actionLabel(QStringLiteral("follow_up"), QStringLiteral("errand")),
             QStringLiteral("Follow up"));
}

QTEST_APPLESS_MAIN(CaseWorkflowTest)
#include "caseworkflow_test.moc"
