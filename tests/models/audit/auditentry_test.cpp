// The audit log read by a clerk: field names and coded values in words, numbers masked.
#include "models/audit/auditentry.h"
#include "ui/shell/translations.h"

#include <QCoreApplication>
#include <QTest>

class AuditEntryTest final : public QObject
{
    Q_OBJECT

private slots:
    void codedValuesReadAsWords();
    void numbersMaskedUnlessRevealed();
    void unknownCodesStayAsWritten();
    void chineseLabels();

private:
    static AuditEntry::Field field(const AuditEntry &e, const QString &key, bool reveal = false);
};

AuditEntry::Field AuditEntryTest::field(const AuditEntry &e, const QString &key, bool reveal)
{
    for (const AuditEntry::Field &f : e.fields(reveal))
        if (f.name == key)
            return f;
    return {};
}

void AuditEntryTest::codedValuesReadAsWords()
{
    AuditEntry moved;
    moved.table = QStringLiteral("resident");
    moved.beforeJson =
        QStringLiteral(R"({"status":"living","gender":"F","residencyType":"registered","relation":"head"})");
    moved.afterJson =
        QStringLiteral(R"({"status":"moved_out","gender":"F","residencyType":"registered","relation":"head"})");
    const AuditEntry::Field status = field(moved, QStringLiteral("status"));
    QCOMPARE(status.before, QStringLiteral("Living here"));
    QCOMPARE(status.after, QStringLiteral("Moved out"));
    QVERIFY(status.changed);
    QCOMPARE(field(moved, QStringLiteral("gender")).after, QStringLiteral("Female"));
    QVERIFY(!field(moved, QStringLiteral("gender")).changed);
    QCOMPARE(field(moved, QStringLiteral("residencyType")).after, QStringLiteral("Registered (hukou here)"));

    AuditEntry step;
    step.table = QStringLiteral("cases");
    step.beforeJson = QStringLiteral(R"({"status":"supervised"})");
    step.afterJson = QStringLiteral(R"({"status":"closed","kind":"errand"})");
    QCOMPARE(field(step, QStringLiteral("status")).before, QStringLiteral("Supervised"));
    QCOMPARE(field(step, QStringLiteral("status")).after, QStringLiteral("Closed"));
    QCOMPARE(field(step, QStringLiteral("kind")).after, QStringLiteral("Errand"));

    AuditEntry account;
    account.table = QStringLiteral("account");
    account.afterJson = QStringLiteral(R"({"role":"grid_worker","disabled":false})");
    QCOMPARE(field(account, QStringLiteral("role")).after, QStringLiteral("Grid worker"));
    QCOMPARE(field(account, QStringLiteral("disabled")).after, QStringLiteral("No"));

    AuditEntry volunteer;
    volunteer.table = QStringLiteral("volunteer");
    volunteer.afterJson = QStringLiteral(R"({"status":"paused","archived":true})");
    QCOMPARE(field(volunteer, QStringLiteral("status")).after, QStringLiteral("Paused"));
    QCOMPARE(field(volunteer, QStringLiteral("archived")).after, QStringLiteral("Yes"));
}

void AuditEntryTest::numbersMaskedUnlessRevealed()
{
    AuditEntry e;
    e.table = QStringLiteral("resident");
    e.afterJson = QStringLiteral(R"({"idNumber":"110101195003070012","phone":"13812345678"})");
    QVERIFY(!field(e, QStringLiteral("idNumber")).after.contains(QStringLiteral("19500307")));
    QVERIFY(!field(e, QStringLiteral("phone")).after.contains(QStringLiteral("1234")));
    QCOMPARE(field(e, QStringLiteral("idNumber"), true).after, QStringLiteral("110101195003070012"));
}

void AuditEntryTest::unknownCodesStayAsWritten()
{
    // The same key means another thing in another table, and a code no list knows stays visible.
    QCOMPARE(AuditEntry::valueText(QStringLiteral("volunteer_assignment"), QStringLiteral("status"),
                                   QStringLiteral("assigned")),
             QStringLiteral("assigned"));
    QCOMPARE(AuditEntry::valueText(QStringLiteral("resident"), QStringLiteral("status"), QStringLiteral("weird")),
             QStringLiteral("weird"));
    QCOMPARE(AuditEntry::valueText(QStringLiteral("account"), QStringLiteral("role"), QStringLiteral("root")),
             QStringLiteral("root"));
    QCOMPARE(AuditEntry::valueText(QStringLiteral("cases"), QStringLiteral("status"), QString()), QString());
}

void AuditEntryTest::chineseLabels()
{
    Translations::install(qApp, QStringLiteral("zh_CN"));
    QCOMPARE(AuditEntry::valueText(QStringLiteral("resident"), QStringLiteral("status"), QStringLiteral("moved_out")),
             QStringLiteral("已迁出"));
    QCOMPARE(AuditEntry::valueText(QStringLiteral("cases"), QStringLiteral("status"), QStringLiteral("closed")),
             QStringLiteral("已办结"));
    AuditEntry e;
    e.table = QStringLiteral("volunteer");
    e.afterJson = QStringLiteral(R"({"archived":true})");
    QCOMPARE(field(e, QStringLiteral("archived")).after, QStringLiteral("是"));
}

QTEST_GUILESS_MAIN(AuditEntryTest)
#include "auditentry_test.moc"
