#include "idlelock.h"

#include "idlewatcher.h"
#include "lockcurtain.h"
#include "lockdialog.h"
#include "models/access/accountstore.h"

#include <QApplication>
#include <QPointer>
#include <QWidget>
#include <vector>

IdleLock::IdleLock(QSqlDatabase db, const AccessScope &scope, QWidget *window)
    : QObject(window)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_window(window)
    , m_watcher(new IdleWatcher(this))
{
    // Without accounts there is no password to ask for.
    m_active = !m_scope.userName().isEmpty() && AccountStore(m_db).hasAccounts();
    connect(m_watcher, &IdleWatcher::idle, this, &IdleLock::lock);
}

void IdleLock::setTimeout(int milliseconds)
{
    m_watcher->setTimeout(milliseconds);
    if (m_active && !m_locked)
        m_watcher->start();
}

int IdleLock::timeout() const
{
    return m_watcher->timeout();
}

void IdleLock::lock()
{
    if (!m_active || m_locked)
        return;
    m_locked = true;
    m_watcher->stop();
    // An open menu or popup would sit above the lock and take its keys.
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i) // bounded: a popup may refuse
        QApplication::activePopupWidget()->close();
    std::vector<QPointer<LockCurtain>> curtains;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w->isVisible() && !w->isMinimized() && w->windowType() != Qt::ToolTip)
            curtains.emplace_back(new LockCurtain(w));
    }
    emit locked();
    // Over the topmost open form if there is one, so the lock is where the clerk was working.
    QWidget *over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_window;
    LockDialog dialog(m_db, m_scope, over);
    dialog.exec();
    for (const QPointer<LockCurtain> &curtain : curtains)
        delete curtain.data();
    m_locked = false;
    emit unlocked();
    m_watcher->start();
}
