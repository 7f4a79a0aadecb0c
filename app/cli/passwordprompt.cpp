#include "passwordprompt.h"

#include <cstdio>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {
// Echo off for the life of the object, restored even if reading fails.
class EchoOff final
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_mode) == 0;
        if (m_ok) {
            termios quiet = m_mode;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_ok = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_ok)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    Q_DISABLE_COPY_MOVE(EchoOff)

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode{};
#endif
};
} // namespace

bool PasswordPrompt::canAsk()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

QString PasswordPrompt::ask(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    QString line;
    {
        const EchoOff quiet;
        QTextStream in(stdin);
        line = in.readLine();
    }
    err << Qt::endl;
    return line;
}
