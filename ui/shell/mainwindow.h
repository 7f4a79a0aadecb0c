#pragma once

#include "models/access/accessscope.h"

#include <QMainWindow>
#include <QSqlDatabase>

class QLabel;
class QListWidget;
class QStackedWidget;
class GridPage;
class IdleLock;
class RegisterPage;

// The shell: a navigation list of the modules and one page per module.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    RegisterPage *registerPage() const { return m_register; }
    // Made on first use: its per-grid figures cost a scan of the register, which opening the
    // window must not wait for.
    GridPage *gridPage();
    QListWidget *navigation() const { return m_nav; }
    QStackedWidget *pages() const { return m_pages; }
    // Locks the window after the office's idle minutes (OfficeRules::idleLockMinutes).
    IdleLock *idleLock() const { return m_idleLock; }

private:
    void addPage(const QString &title, QWidget *page);
    void createGridPage();
    void buildMenus();
    void openSettings();
    void about();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    RegisterPage *m_register = nullptr;
    QWidget *m_gridSlot = nullptr;
    GridPage *m_grids = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    IdleLock *m_idleLock = nullptr;
};
