#pragma once

#include <functional>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

class QWidget;

// Keeps a page's lists true to the database: every commit on its connection (ChangeHub: an
// import, a merge, a save on another page or in a dialog) makes the page reload, a moment later
// and once for a burst of commits if it is on screen, or when it is next shown. A page not yet
// shown loads itself when first shown and is left alone until then.
class RefreshOnChange final : public QObject
{
    Q_OBJECT

public:
    RefreshOnChange(QWidget *page, const QSqlDatabase &db, std::function<void()> reload);

    // Reloads now if a change is waiting (tests, and pages that want the list true at once).
    void flush();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed(const QString &connectionName);
    void reloadIfStale();

    QWidget *m_page;
    QString m_connection;
    std::function<void()> m_reload;
    QTimer m_timer;
    bool m_seen = false; // shown at least once: it has loaded itself
    bool m_stale = false;
};
