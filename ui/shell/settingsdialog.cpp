#include "settingsdialog.h"

#include "models/access/accessscope.h"
#include "models/core/databaseurl.h"
#include "models/workspace/appsettings.h"
#include "models/workspace/backupservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

SettingsDialog::SettingsDialog(const AccessScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
{
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
    form->addRow(tr("Backup &folder"), folderRow);

    m_database = new QLineEdit(AppSettings::databaseLocation(), this);
    m_database->setObjectName(QStringLiteral("databaseLocation"));
    m_database->setPlaceholderText(tr("local file, or postgresql://user@server/database"));
    m_database->setMinimumWidth(m_database->fontMetrics().averageCharWidth() * 44);
    form->addRow(tr("&Database"), m_database);
    m_databasePassword = new QLineEdit(AppSettings::databasePassword(), this);
    m_databasePassword->setObjectName(QStringLiteral("databasePassword"));
    m_databasePassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Server &password"), m_databasePassword);
    m_rememberPassword = new QCheckBox(tr("&Remember the password on this computer"), this);
    m_rememberPassword->setObjectName(QStringLiteral("rememberPassword"));
    m_rememberPassword->setChecked(!AppSettings::databasePassword().isEmpty());
    m_rememberPassword->setToolTip(tr("Otherwise CommunityDesk asks for it at every start. A remembered password is "
                                      "kept in this user's settings as typed."));
    form->addRow(QString(), m_rememberPassword);
    const auto serverOnly = [this] {
        const bool server = DatabaseUrl::isServerUrl(m_database->text().trimmed());
        m_databasePassword->setEnabled(server);
        m_rememberPassword->setEnabled(server);
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
    const QString location = m_database->text().trimmed();
    const bool remember = m_rememberPassword->isChecked();
    m_databaseChanged = location != AppSettings::databaseLocation() ||
                        (remember && m_databasePassword->text() != AppSettings::databasePassword()) ||
                        (!remember && !AppSettings::databasePassword().isEmpty());
    if (m_databaseChanged)
        AppSettings::setDatabase(location, m_databasePassword->text(), remember);
    QDialog::accept();
}
