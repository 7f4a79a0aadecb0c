#include "settingsdialog.h"

#include "appsettings.h"
#include "backupservice.h"

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

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
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
    m_reveal->setChecked(AppSettings::revealNumbers());
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
    AppSettings::setRevealNumbers(m_reveal->isChecked());
    BackupService::setKeepSetting(m_keepBackups->value());
    BackupService::setFolderSetting(QDir::fromNativeSeparators(m_backupFolder->text().trimmed()));
    QDialog::accept();
}
