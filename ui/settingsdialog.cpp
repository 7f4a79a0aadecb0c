#include "settingsdialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

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
    QDialog::accept();
}
