#include "refreshonchange.h"

#include "models/core/changehub.h"

#include <QEvent>
#include <QWidget>

RefreshOnChange::RefreshOnChange(QWidget *page, const QSqlDatabase &db, std::function<void()> reload)
    : QObject(page)
    , m_page(page)
    , m_connection(db.connectionName())
    , m_reload(std::move(reload))
{
    m_seen = page->isVisible();
    m_timer.setSingleShot(true);
    m_timer.setInterval(100); // an import commits in batches: one reload after the burst
    connect(&m_timer, &QTimer::timeout, this, &RefreshOnChange::reloadIfStale);
    connect(ChangeHub::instance(), &ChangeHub::changed, this, &RefreshOnChange::changed);
    page->installEventFilter(this);
}

void RefreshOnChange::changed(const QString &connectionName)
{
    if (connectionName != m_connection || !m_seen)
        return;
    m_stale = true;
    if (m_page->isVisible())
        m_timer.start();
}

void RefreshOnChange::flush()
{
    m_timer.stop();
    reloadIfStale();
}

void RefreshOnChange::reloadIfStale()
{
    if (!m_stale)
        return;
    m_stale = false;
    m_reload();
}

bool RefreshOnChange::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show) {
        if (!m_seen)
            m_seen = true; // the page loads itself when first shown
        else if (m_stale)
            m_timer.start(); // after the page's own showEvent
    }
    return QObject::eventFilter(watched, event);
}
