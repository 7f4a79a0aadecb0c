#pragma once

#include "models/access/accessscope.h"

#include <QMainWindow>
#include <QSqlDatabase>

#include <functional>
#include <vector>

class QAbstractItemView;
class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QUndoStack;
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
    // Pages other than the register are made when first shown (or asked for here): on a large
    // register their first queries cost seconds that opening the window must not wait for.
    GridPage *gridPage();
    // The page at navigation row `row`, made now if it was not yet; null for a row out of range.
    QWidget *pageAt(int row);
    // The page of class T (made now if need be), or null when the window has none (audit for a clerk).
    template<class T> T *page()
    {
        for (int row = 0; row < int(m_entries.size()); ++row)
            if (m_entries[size_t(row)].meta == &T::staticMetaObject)
                return static_cast<T *>(pageAt(row));
        return nullptr;
    }
    // Whether the page at `row` has been made (for tests and the bench).
    bool isPageMade(int row) const;
    QListWidget *navigation() const { return m_nav; }
    QStackedWidget *pages() const { return m_pages; }
    // Locks the window after the office's idle minutes (OfficeRules::idleLockMinutes).
    IdleLock *idleLock() const { return m_idleLock; }
    // The saves made since the window opened, for Edit → Undo / Redo (pages push through RevisionCommand).
    QUndoStack *undoStack() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // The list Ctrl+P prints: the focused list of the current page, else its first visible one.
    QAbstractItemView *currentList() const;
    QAction *printListAction() const { return m_printList; }
    // The banner over the pages on a field copy ("Field copy · grid · worker · checked out …");
    // hidden on an office database.
    QLabel *fieldBanner() const { return m_fieldBanner; }
    // A street account's choice of community (0: the whole street): every page is made anew
    // with the new scope. False when the account may not see that community.
    bool switchCommunity(qint64 communityId);
    // The community switcher in the status bar; null unless the account sees several communities.
    QComboBox *communitySwitcher() const { return m_community; }

signals:
    // The page at `row` of the stack came into view (once per change, however often the
    // community was switched).
    void pageShown(int row);

protected:
    // Keeps the window's size and state, the last page, the splitters and the pages' filters
    // for the next start of the same login.
    void closeEvent(QCloseEvent *event) override;

private:
    struct Entry
    {
        const QMetaObject *meta = nullptr;
        std::function<QWidget *()> make; // empty once made
        QWidget *page = nullptr;         // the placeholder until made
    };
    template<class T> void addLazyPage(const QString &title, std::function<T *()> make);
    void buildPages();
    void buildMenus();
    void buildCommunitySwitcher();
    void updateTitle();
    void buildEditMenu();
    void fillRegisterMenu();
    void openSettings();
    void about();
    void printList();
    // File → Field copy → Merge back…: a laptop's copy into this office (FieldConflictDialog).
    void mergeFieldCopy();
    // Remembers the lists and splitters of a page just made and puts back its last filters.
    void remember(QWidget *page);
    void saveLayout();
    QString userGroup() const;

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    RegisterPage *m_register = nullptr;
    std::vector<Entry> m_entries; // one per navigation row
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_fieldBanner = nullptr;
    QComboBox *m_community = nullptr;
    QLabel *m_communityLabel = nullptr;
    bool m_fieldCopy = false;
    IdleLock *m_idleLock = nullptr;
    QUndoStack *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_printList = nullptr;
    QAction *m_importAction = nullptr;
    QMenu *m_registerMenu = nullptr;
};
