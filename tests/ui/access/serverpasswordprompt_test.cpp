// The password a database server asks for at the start: remembered in the keychain (a stand-in
// here, MemorySecretStore) or typed by the clerk, and never in the settings file. The first tests
// run against the _pg test server, whose role cd_secret has its password checked (skipped without
// a server); the others stand in for the server with a function that checks the password.
#include "models/core/database.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/workspace.h"
#include "tests/support/memorysecretstore.h"
#include "tests/support/testsupport.h"
#include "ui/access/keychainsecretstore.h"
#include "ui/access/serverpassworddialog.h"
#include "ui/access/serverpasswordprompt.h"
#include "ui/shell/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    void rememberedPasswordOnTheServer();
    void rememberedPasswordIsUsedAtTheNextOpen();
    void wrongRememberedPasswordIsForgotten();
    void noKeychainSaysSoAndAsks();
    void settingsFileNeverHoldsThePassword();
    void legacyPasswordMovesToTheKeychain();
    void realKeychainNeverHangs();

private:
    // The test server's URL for the role whose password is checked, without a password.
    QString secretUrl();
    // Answers the next password dialogs in turn ("" cancels), ticking "remember" when asked;
    // *shown counts the dialogs shown.
    void answer(const QStringList &passwords, int *shown, QString *lastLabel = nullptr, bool remember = false);
    // A server stand-in that takes only this password; counts the tries.
    ServerPasswordPrompt::Connect server(const QString &right, QStringList *tried);

    QStringList m_schemas;
};

void ServerPasswordPromptTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the desk's own settings stay untouched
    // The *_pg twin runs at the same time (ctest -j2): a settings file of its own, not a shared one.
    QCoreApplication::setApplicationName(QStringLiteral("serverpasswordprompt_test") +
                                         (testingOnServer() ? QStringLiteral("_pg") : QString()));
    QSettings::setDefaultFormat(QSettings::IniFormat); // a file the test can read back as text
    QSettings().clear();
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

void ServerPasswordPromptTest::answer(const QStringList &passwords, int *shown, QString *lastLabel, bool remember)
{
    *shown = 0;
    auto next = std::make_shared<std::function<void()>>();
    *next = [=] {
        auto *dialog = qobject_cast<ServerPasswordDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("serverPassword") || !dialog->isVisible()) {
            QTimer::singleShot(20, *next);
            return;
        }
        const QString password = passwords.value(*shown);
        if (lastLabel)
            *lastLabel = dialog->findChild<QLabel *>(QStringLiteral("question"))->text();
        ++*shown;
        if (password.isEmpty()) {
            QTest::keyClick(dialog, Qt::Key_Escape);
        } else {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QTest::keyClicks(edit, password);
            if (remember) {
                auto *box = dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
                QVERIFY(box && box->isVisible());
                QTest::keyClick(box, Qt::Key_Space);
                QVERIFY(box->isChecked());
                edit->setFocus();
            }
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
    QCOMPARE(ServerPasswordPrompt::open(db, url, nullptr), ServerPasswordPrompt::Result::Opened);
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
    QCOMPARE(ServerPasswordPrompt::open(db, secretUrl(), nullptr), ServerPasswordPrompt::Result::Cancelled);
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
    QCOMPARE(ServerPasswordPrompt::open(db, secretUrl(), nullptr), ServerPasswordPrompt::Result::Refused);
    QCOMPARE(shown, ServerPasswordPrompt::kTries);
    QCOMPARE(db.status(), Database::Status::AuthenticationFailed);
}

void ServerPasswordPromptTest::rememberedPasswordOnTheServer()
{
    if (!testingOnServer())
        QSKIP(kNeedsServer);
    const QString url = secretUrl();
    MemorySecretStore keychain;
    {
        Database db(QStringLiteral("first"));
        int shown = 0;
        answer({QStringLiteral("cd-secret")}, &shown, nullptr, true);
        QCOMPARE(ServerPasswordPrompt::open(db, url, &keychain), ServerPasswordPrompt::Result::Opened);
        QCOMPARE(shown, 1);
    }
    QCOMPARE(keychain.secrets.value(SecretStore::keyFor(url)), QStringLiteral("cd-secret"));
    Database db(QStringLiteral("second"));
    int shown = 0;
    answer({QString()}, &shown);
    QCOMPARE(ServerPasswordPrompt::open(db, url, &keychain), ServerPasswordPrompt::Result::Opened);
    QTest::qWait(100);
    QCOMPARE(shown, 0);
    QVERIFY(db.isOpen());
}

ServerPasswordPrompt::Connect ServerPasswordPromptTest::server(const QString &right, QStringList *tried)
{
    return [right, tried](const QString &password) {
        tried->append(password);
        return password == right ? ServerPasswordPrompt::Attempt::Opened : ServerPasswordPrompt::Attempt::WrongPassword;
    };
}

void ServerPasswordPromptTest::rememberedPasswordIsUsedAtTheNextOpen()
{
    const QString url = QStringLiteral("postgresql://cd_secret@db.office:5433/community");
    MemorySecretStore keychain;
    QStringList tried;
    int shown = 0;
    // First start: nothing remembered, so the clerk types it and ticks "remember".
    answer({QStringLiteral("cd-secret")}, &shown, nullptr, true);
    QCOMPARE(ServerPasswordPrompt::open(url, &keychain, server(QStringLiteral("cd-secret"), &tried)),
             ServerPasswordPrompt::Result::Opened);
    QCOMPARE(shown, 1);
    QCOMPARE(keychain.secrets.keys(), QStringList{QStringLiteral("postgresql://cd_secret@db.office:5433/community")});
    QCOMPARE(keychain.secrets.value(SecretStore::keyFor(url)), QStringLiteral("cd-secret"));
    // Next start: no question, the remembered password opens it.
    tried.clear();
    answer({QString()}, &shown);
    QCOMPARE(ServerPasswordPrompt::open(url, &keychain, server(QStringLiteral("cd-secret"), &tried)),
             ServerPasswordPrompt::Result::Opened);
    QTest::qWait(100);
    QCOMPARE(shown, 0);
    QCOMPARE(tried, QStringList{QStringLiteral("cd-secret")});
    // Not ticked: used once, not remembered.
    MemorySecretStore other;
    answer({QStringLiteral("cd-secret")}, &shown);
    QCOMPARE(ServerPasswordPrompt::open(url, &other, server(QStringLiteral("cd-secret"), &tried)),
             ServerPasswordPrompt::Result::Opened);
    QCOMPARE(shown, 1);
    QVERIFY(other.secrets.isEmpty());
}

void ServerPasswordPromptTest::wrongRememberedPasswordIsForgotten()
{
    const QString url = QStringLiteral("postgresql://cd_secret@db.office/community");
    MemorySecretStore keychain;
    keychain.secrets.insert(SecretStore::keyFor(url), QStringLiteral("changed-since"));
    QStringList tried;
    int shown = 0;
    QString label;
    answer({QStringLiteral("cd-secret")}, &shown, &label);
    QCOMPARE(ServerPasswordPrompt::open(url, &keychain, server(QStringLiteral("cd-secret"), &tried)),
             ServerPasswordPrompt::Result::Opened);
    QCOMPARE(tried, (QStringList{QStringLiteral("changed-since"), QStringLiteral("cd-secret")}));
    QCOMPARE(shown, 1);
    QVERIFY2(label.contains(QLatin1String("no longer accepts the remembered password")), qPrintable(label));
    QVERIFY(keychain.secrets.isEmpty());
}

void ServerPasswordPromptTest::noKeychainSaysSoAndAsks()
{
    const QString url = QStringLiteral("postgresql://cd_secret@db.office/community");
    MemorySecretStore keychain;
    keychain.available = false;
    QStringList tried;
    int shown = 0;
    QString label;
    // Ticking "remember" cannot work: one warning, and the database opens all the same.
    auto warned = std::make_shared<QString>();
    answer({QStringLiteral("cd-secret")}, &shown, &label, true);
    QTimer warning;
    connect(&warning, &QTimer::timeout, this, [warned] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("notRemembered")) {
            *warned = box->text();
            box->accept();
        }
    });
    warning.start(20);
    QCOMPARE(ServerPasswordPrompt::open(url, &keychain, server(QStringLiteral("cd-secret"), &tried)),
             ServerPasswordPrompt::Result::Opened);
    QCOMPARE(shown, 1);
    QVERIFY2(label.contains(QLatin1String("No remembered password could be read (no system keychain is available)")),
             qPrintable(label));
    QVERIFY2(warned->contains(QLatin1String("could not be remembered")), qPrintable(*warned));
    QCOMPARE(tried, QStringList{QStringLiteral("cd-secret")});
}

void ServerPasswordPromptTest::settingsFileNeverHoldsThePassword()
{
    const QString secret = QStringLiteral("Very-Secret-42");
    const QString url = QStringLiteral("postgresql://cd_secret@db.office/community");
    MemorySecretStore keychain;
    // A password typed into the address in Settings, with "remember" ticked.
    SettingsDialog dialog(QSqlDatabase(), testScope(), nullptr, &keychain);
    dialog.findChild<QLineEdit *>(QStringLiteral("databaseLocation"))
        ->setText(QStringLiteral("postgresql://cd_secret:") + secret + QStringLiteral("@db.office/community"));
    dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(true);
    dialog.accept();
    QCOMPARE(AppSettings::databaseLocation(), url);
    QCOMPARE(AppSettings::databaseToOpen(), url);
    QVERIFY(AppSettings::passwordRemembered());
    QCOMPARE(keychain.secrets.value(SecretStore::keyFor(url)), secret);
    // And one typed at the start.
    QStringList tried;
    int shown = 0;
    keychain.secrets.clear();
    answer({secret}, &shown, nullptr, true);
    QCOMPARE(ServerPasswordPrompt::open(url, &keychain, server(secret, &tried)), ServerPasswordPrompt::Result::Opened);
    QCOMPARE(keychain.secrets.value(SecretStore::keyFor(url)), secret);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("db.office"));
    QVERIFY(!text.contains(secret.toUtf8()));
    QVERIFY(!settings.contains(QStringLiteral("database/password")));
    // Unticked in Settings: forgotten in the keychain too.
    SettingsDialog again(QSqlDatabase(), testScope(), nullptr, &keychain);
    auto *remember = again.findChild<QCheckBox *>(QStringLiteral("rememberPassword"));
    QVERIFY(remember->isChecked());
    remember->setChecked(false);
    again.accept();
    QVERIFY(keychain.secrets.isEmpty());
    QVERIFY(!AppSettings::passwordRemembered());
}

void ServerPasswordPromptTest::legacyPasswordMovesToTheKeychain()
{
    const QString url = QStringLiteral("postgresql://cd_secret@db.office/community");
    QSettings().setValue(QStringLiteral("database/location"), url);
    QSettings().setValue(QStringLiteral("database/password"), QStringLiteral("from-an-older-version"));
    MemorySecretStore keychain;
    ServerPasswordPrompt::moveLegacyPassword(&keychain);
    QCOMPARE(keychain.secrets.value(SecretStore::keyFor(url)), QStringLiteral("from-an-older-version"));
    QVERIFY(!QSettings().contains(QStringLiteral("database/password")));
    QVERIFY(AppSettings::passwordRemembered());
    // A keychain that refuses: the password leaves the file all the same.
    QSettings().setValue(QStringLiteral("database/password"), QStringLiteral("from-an-older-version"));
    keychain.available = false;
    ServerPasswordPrompt::moveLegacyPassword(&keychain);
    QVERIFY(!QSettings().contains(QStringLiteral("database/password")));
}

void ServerPasswordPromptTest::realKeychainNeverHangs()
{
    // Offscreen CI has no Secret Service: the real store must answer (not found, or unavailable
    // with a reason) within its timeout, never hang or crash.
    KeychainSecretStore keychain(QStringLiteral("CommunityDesk tests"));
    keychain.setTimeout(3000);
    QElapsedTimer timer;
    timer.start();
    const SecretStore::Secret secret = keychain.read(QStringLiteral("postgresql://nobody@nowhere.invalid/none"));
    qInfo("keychain read: status %d in %lld ms: %s", int(secret.status), timer.elapsed(), qPrintable(secret.error));
    QVERIFY(secret.status != SecretStore::Status::Found);
    if (secret.status == SecretStore::Status::Unavailable)
        QVERIFY(!secret.error.isEmpty());
    QVERIFY(timer.elapsed() < 4500);
}

QTEST_MAIN(ServerPasswordPromptTest)
#include "serverpasswordprompt_test.moc"
