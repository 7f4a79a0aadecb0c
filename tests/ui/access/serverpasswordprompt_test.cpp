// The password a database server asks for at the start, typed by the clerk (runs against the
// _pg test server, whose role cd_secret has its password checked; skipped without a server).
#include "models/core/database.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "ui/access/serverpasswordprompt.h"

#include <QApplication>
#include <QInputDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUrl>

namespace {
const char *const kNeedsServer =
    "needs CD_TEST_DATABASE=postgresql://… (scripts/run-tests.sh starts a server for the *_pg tests)";
}

class ServerPasswordPromptTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void wrongThenRightPassword();
    void cancelLeavesItClosed();
    void threeWrongPasswordsAreRefused();
    void passwordIsRememberedOnlyWhenAsked();

private:
    // The test server's URL for the role whose password is checked, without a password.
    QString secretUrl();
    // Answers the next password dialogs in turn ("" cancels); returns how many were shown.
    void answer(const QStringList &passwords, int *shown, QString *lastLabel = nullptr);

    QStringList m_schemas;
};

void ServerPasswordPromptTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the desk's own settings stay untouched
}

void ServerPasswordPromptTest::cleanup()
{
    if (m_schemas.isEmpty())
        return;
    ServerConnection admin;
    for (const QString &schema : std::as_const(m_schemas))
        dropServerSchema(admin.db(), schema);
    m_schemas.clear();
}

QString ServerPasswordPromptTest::secretUrl()
{
    QString schema;
    QUrl url(freshServerSchemaUrl(&schema));
    m_schemas << schema;
    url.setUserName(QStringLiteral("cd_secret"));
    url.setPassword(QString());
    return url.toString();
}

void ServerPasswordPromptTest::answer(const QStringList &passwords, int *shown, QString *lastLabel)
{
    *shown = 0;
    auto next = std::make_shared<std::function<void()>>();
    *next = [=] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("serverPassword")) {
            QTimer::singleShot(20, *next);
            return;
        }
        const QString password = passwords.value(*shown);
        if (lastLabel)
            *lastLabel = dialog->labelText();
        ++*shown;
        if (password.isEmpty()) {
            QTest::keyClick(dialog, Qt::Key_Escape);
        } else {
            auto *edit = dialog->findChild<QLineEdit *>();
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QTest::keyClicks(edit, password);
            QTest::keyClick(edit, Qt::Key_Return);
        }
        if (*shown < passwords.size())
            QTimer::singleShot(20, *next);
    };
    QTimer::singleShot(0, *next);
}

void ServerPasswordPromptTest::wrongThenRightPassword()
{
    if (!testingOnServer())
        QSKIP(kNeedsServer);
    const QString url = secretUrl();
    Database db(QStringLiteral("prompted"));
    QVERIFY(!Workspace::open(db, url));
    QCOMPARE(db.status(), Database::Status::AuthenticationFailed);
    QVERIFY(db.errorText().contains(QLatin1String("did not accept")));
    int shown = 0;
    QString label;
    answer({QStringLiteral("guess"), QStringLiteral("cd-secret")}, &shown, &label);
    QCOMPARE(ServerPasswordPrompt::open(db, url), ServerPasswordPrompt::Result::Opened);
    QCOMPARE(shown, 2);
    QVERIFY2(label.contains(QLatin1String("did not accept that password")), qPrintable(label));
    QVERIFY(label.contains(QLatin1String("cd_secret")));
    QVERIFY(db.isOpen());
    QVERIFY(!db.path().contains(QLatin1String("cd-secret")));
}

void ServerPasswordPromptTest::cancelLeavesItClosed()
{
    if (!testingOnServer())
        QSKIP(kNeedsServer);
    Database db(QStringLiteral("cancelled"));
    int shown = 0;
    answer({QString()}, &shown);
    QCOMPARE(ServerPasswordPrompt::open(db, secretUrl()), ServerPasswordPrompt::Result::Cancelled);
    QCOMPARE(shown, 1);
    QVERIFY(!db.isOpen());
}

void ServerPasswordPromptTest::threeWrongPasswordsAreRefused()
{
    if (!testingOnServer())
        QSKIP(kNeedsServer);
    Database db(QStringLiteral("refused"));
    int shown = 0;
    answer({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, &shown);
    QCOMPARE(ServerPasswordPrompt::open(db, secretUrl()), ServerPasswordPrompt::Result::Refused);
    QCOMPARE(shown, ServerPasswordPrompt::kTries);
    QCOMPARE(db.status(), Database::Status::AuthenticationFailed);
}

void ServerPasswordPromptTest::passwordIsRememberedOnlyWhenAsked()
{
    const QString url = QStringLiteral("postgresql://cd_secret@db.office/community");
    AppSettings::setDatabase(QStringLiteral("postgresql://cd_secret:cd-secret@db.office/community"), QString(), false);
    QCOMPARE(AppSettings::databaseLocation(), url); // never the password
    QVERIFY(AppSettings::databasePassword().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("database/password")));
    QCOMPARE(AppSettings::databaseToOpen(), url);
    AppSettings::setDatabase(url, QStringLiteral("cd-secret"), true);
    QCOMPARE(AppSettings::databasePassword(), QStringLiteral("cd-secret"));
    QVERIFY(AppSettings::databaseToOpen().contains(QLatin1String("cd-secret")));
    AppSettings::setDatabase(url, QStringLiteral("cd-secret"), false);
    QVERIFY(!QSettings().contains(QStringLiteral("database/password")));
}

QTEST_MAIN(ServerPasswordPromptTest)
#include "serverpasswordprompt_test.moc"
