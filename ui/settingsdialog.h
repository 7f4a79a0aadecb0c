#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

// Desk preferences: language and whether full ID/phone numbers show by default.
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
    bool m_languageChanged = false;
};
