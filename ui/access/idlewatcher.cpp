#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_check.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &IdleWatcher::check);
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
    if (m_check.isActive())
        start();
}

void IdleWatcher::start()
{
    m_sinceInput.restart();
    if (m_timeoutMs > 0)
        m_check.start(m_timeoutMs);
    else
        m_check.stop();
}

void IdleWatcher::stop()
{
    m_check.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Only a time stamp here: this runs for every input event of the application, and the
        // timer is moved on only when it fires (check()).
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    const qint64 left = m_timeoutMs - m_sinceInput.elapsed();
    if (left > 0) {
        m_check.start(int(left));
        return;
    }
    emit idle();
}
