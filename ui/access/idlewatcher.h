#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Counts keyboard, mouse and touch input anywhere in the application (an event filter on qApp)
// and says idle() once none came for the timeout. Stopped until start(); stops itself at idle().
class IdleWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // 0 or less: never idle. Tests use a second or two; the window, the office's minutes.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    void start();
    void stop();
    bool isRunning() const { return m_check.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    int m_timeoutMs = 0;
    QElapsedTimer m_sinceInput;
    QTimer m_check;
};
