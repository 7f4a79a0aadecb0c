#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Desk preferences: language, whether full ID/phone numbers show by default, and backups.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;
    bool languageChanged() const { return m_languageChanged; }

private:
    QComboBox *m_language = nullptr;
    QCheckBox *m_reveal = nullptr;
    QSpinBox *m_keepBackups = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    bool m_languageChanged = false;
};
