#include "settingsdialog.h"

#include "models/access/accessscope.h"
#include "models/access/officerules.h"
#include "models/core/databaseurl.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/backupservice.h"
#include "ui/access/secretstore.h"
#include "ui/common/formguard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

SettingsDialog::SettingsDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent, SecretStore *secrets)
    : QDialog(parent)
    , m_db(db)
    , m_scope(scope)
    , m_secrets(secrets)
{
    FormGuard::install(this);
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language names itself, so a clerk can find theirs whatever is showing now.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    form->addRow(tr("&Language"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language takes effect when CommunityDesk is restarted."), this));
    m_reveal = new QCheckBox(tr("Show full ID and phone numbers in lists by default"), this);
    m_reveal->setChecked(AppSettings::revealNumbers(m_scope));
    // Roles without the right to see numbers neither use nor change the desk's choice.
    m_reveal->setEnabled(m_scope.canRevealNumbers());
    form->addRow(tr("Privacy"), m_reveal);

    m_keepBackups = new QSpinBox(this);
    m_keepBackups->setObjectName(QStringLiteral("keepBackups"));
    m_keepBackups->setRange(1, 365);
    m_keepBackups->setValue(BackupService::keepSetting());
    form->addRow(tr("&Keep daily backups"), m_keepBackups);
    m_backupFolder = new QLineEdit(BackupService::folderSetting(), this);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(tr("the \"backups\" folder next to the database"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_backupFolder->text());
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    // A row holding a layout gets no buddy by itself: without one the label shows "(&F)" literally.
    auto *folderLabel = new QLabel(tr("Backup &folder"), this);
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);

    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleLock->setRange(0, OfficeRules::kMaximumIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("never"));
    m_idleLock->setValue(OfficeRules::idleLockMinutes(m_db));
    m_idleLock->setToolTip(tr("Without keyboard or mouse input for this long, the window locks and asks for the "
                              "password again; open forms keep what was typed."));
    // The office's rule (kept in the database, the same on every desk): only an administrator changes it.
    m_idleLock->setEnabled(m_scope.canAdminister() && m_db.isValid());
    form->addRow(tr("Lock the window &after"), m_idleLock);

    m_database = new QLineEdit(AppSettings::databaseLocation(), this);
    m_database->setObjectName(QStringLiteral("databaseLocation"));
    m_database->setPlaceholderText(tr("local file, or postgresql://user@server/database"));
    m_database->setMinimumWidth(m_database->fontMetrics().averageCharWidth() * 44);
    form->addRow(tr("&Database"), m_database);
    m_databasePassword = new QLineEdit(this);
    m_databasePassword->setObjectName(QStringLiteral("databasePassword"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    if (AppSettings::passwordRemembered())
        m_databasePassword->setPlaceholderText(tr("remembered; type a new one to replace it"));
    form->addRow(tr("Server &password"), m_databasePassword);
    m_rememberPassword = new QCheckBox(tr("&Remember the password in the system keychain"), this);
    m_rememberPassword->setObjectName(QStringLiteral("rememberPassword"));
    m_rememberPassword->setChecked(AppSettings::passwordRemembered());
    m_rememberPassword->setToolTip(tr("Otherwise CommunityDesk asks for it at every start. A remembered password is "
                                      "kept in the system keychain, never in the settings file."));
    form->addRow(QString(), m_rememberPassword);
    const auto serverOnly = [this] {
        const bool server = DatabaseUrl::isServerUrl(m_database->text().trimmed());
        m_databasePassword->setEnabled(server && m_secrets);
        m_rememberPassword->setEnabled(server && m_secrets);
    };
    connect(m_database, &QLineEdit::textChanged, this, serverOnly);
    serverOnly();
    form->addRow(QString(), new QLabel(tr("A new database is opened when CommunityDesk is restarted."), this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != AppSettings::language();
    AppSettings::setLanguage(language);
    if (m_reveal->isEnabled())
        AppSettings::setRevealNumbers(m_reveal->isChecked());
    BackupService::setKeepSetting(m_keepBackups->value());
    BackupService::setFolderSetting(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    if (m_idleLock->isEnabled())
        if (const QString problem = OfficeRules::setIdleLockMinutes(m_db, m_scope, m_idleLock->value());
            !problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            return;
        }
    saveDatabase();
    QDialog::accept();
}

void SettingsDialog::saveDatabase()
{
    const QString typed = m_database->text().trimmed();
    const QString before = AppSettings::databaseLocation();
    const bool wasRemembered = AppSettings::passwordRemembered();
    const QString location = AppSettings::setDatabaseLocation(typed);
    m_databaseChanged = location != before;
    if (!m_secrets)
        return;
    const bool remember = m_rememberPassword->isEnabled() && m_rememberPassword->isChecked();
    // Forgotten when the clerk says so, or when it belonged to the server no longer used.
    if (wasRemembered && (!remember || m_databaseChanged)) {
        m_secrets->remove(SecretStore::keyFor(before));
        AppSettings::setPasswordRemembered(false);
    }
    // A password typed into the address counts as typed into the password field.
    const QString password =
        m_databasePassword->text().isEmpty() ? DatabaseUrl::parse(typed).password() : m_databasePassword->text();
    if (!remember || password.isEmpty())
        return;
    QString error;
    if (m_secrets->write(SecretStore::keyFor(location), password, &error)) {
        AppSettings::setPasswordRemembered(true);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Settings"),
                    tr("Server password: it could not be remembered (%1). CommunityDesk will ask for it at the next "
                       "start.")
                        .arg(error),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("notRemembered"));
    box.exec();
}
