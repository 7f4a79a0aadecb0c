#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class SecretStore;

// Desk preferences: language, whether full ID/phone numbers show by default, backups, the idle
// lock, and the database (a local file or a PostgreSQL server shared by the office; its password
// remembered in `secrets`, the system keychain, never in the settings file).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // Full numbers may be chosen only by a role that may see them (AccessScope::canRevealNumbers).
    // Without `secrets` no server password can be remembered.
    // The office's rules (the idle lock) are read from and saved to `db`.
    SettingsDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr,
                   SecretStore *secrets = nullptr);
    void accept() override;
    bool languageChanged() const { return m_languageChanged; }
    bool databaseChanged() const { return m_databaseChanged; }

private:
    void saveDatabase();

    QSqlDatabase m_db;
    AccessScope m_scope;
    SecretStore *m_secrets = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_reveal = nullptr;
    QSpinBox *m_keepBackups = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    bool m_languageChanged = false;
    bool m_databaseChanged = false;
};
