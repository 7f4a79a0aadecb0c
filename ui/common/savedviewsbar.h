#pragma once

#include "models/access/accessscope.h"

#include <functional>
#include <QSqlDatabase>
#include <QString>
#include <QWidget>

class QComboBox;
class QToolButton;

// The saved views of one list: a combo of the views the office keeps (choosing one applies it)
// and a menu to save the list's current filter and columns under a name, rename a view or delete
// it (archived). The page says what a view holds: `capture` gives its state as text, `apply`
// puts one back. Views are shared by every desk of the office (SavedViewStore).
class SavedViewsBar final : public QWidget
{
    Q_OBJECT

public:
    SavedViewsBar(QSqlDatabase db, const AccessScope &scope, const QString &list, std::function<QString()> capture,
                  std::function<void(const QString &)> apply, QWidget *parent = nullptr);

    // The saved views of a page whose filters FilterMemory keeps (the widgets it marked and its
    // header filters) with its lists' columns: one line per page.
    static SavedViewsBar *forPage(QSqlDatabase db, const AccessScope &scope, const QString &list, QWidget *page,
                                  QWidget *parent);

    QComboBox *combo() const { return m_combo; }
    // Re-reads the views (another desk may have saved one).
    void reload();
    // Saves the current state as `name` without asking; the store's refusal, or empty.
    QString saveAs(const QString &name);

signals:
    void statusMessage(const QString &text);

private:
    void chosen(int index);
    void saveCurrent();
    void renameCurrent();
    void archiveCurrent();
    qint64 currentId() const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    QString m_list;
    std::function<QString()> m_capture;
    std::function<void(const QString &)> m_apply;
    QComboBox *m_combo = nullptr;
    QToolButton *m_menuButton = nullptr;
};
