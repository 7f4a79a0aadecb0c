#include "savewhenback.h"

#include "models/core/serverlink.h"

#include <QBoxLayout>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QTimer>

SaveWhenBack::SaveWhenBack(QDialog *form)
    : QObject(form)
    , m_form(form)
{
    setObjectName(QStringLiteral("saveWhenBack"));
    ServerLink *link = ServerLink::instance();
    // Emitted while the form's accept() runs: the save in progress is the one that failed.
    connect(link, &ServerLink::workFailed, this, [this] {
        if (m_form->isVisible())
            m_failedInSave = true;
    });
    connect(link, &ServerLink::connectionRestored, this, &SaveWhenBack::restored);
}

SaveWhenBack *SaveWhenBack::install(QDialog *form)
{
    auto *watcher = new SaveWhenBack(form);
    form->installEventFilter(watcher);
    return watcher;
}

bool SaveWhenBack::eventFilter(QObject *watched, QEvent *event)
{
    // The buttons exist once the form is shown; connected after the form's own accept(), so
    // afterSave() sees how the save went.
    if (watched == m_form && event->type() == QEvent::Show && !m_connected) {
        m_connected = true;
        for (QDialogButtonBox *box : m_form->findChildren<QDialogButtonBox *>())
            connect(box, &QDialogButtonBox::accepted, this, &SaveWhenBack::afterSave);
    }
    return QObject::eventFilter(watched, event);
}

void SaveWhenBack::afterSave()
{
    const bool failed = m_failedInSave;
    m_failedInSave = false;
    if (!failed || !m_form->isVisible())
        return; // saved and closed, or refused for a reason of its own
    m_waiting = true;
    showNotice(true);
}

void SaveWhenBack::restored()
{
    m_failedInSave = false;
    if (!m_waiting)
        return;
    m_waiting = false;
    showNotice(false);
    // After the signal's other receivers (the window's status line), as if Save were pressed.
    QTimer::singleShot(0, m_form, [form = m_form] {
        if (form->isVisible())
            form->accept();
    });
}

void SaveWhenBack::showNotice(bool visible)
{
    if (!m_notice && visible) {
        m_notice = new QLabel(tr("The connection to the database server was lost. This form stays open and is saved "
                                 "as soon as the server is back."),
                              m_form);
        m_notice->setObjectName(QStringLiteral("saveWhenBackNotice"));
        m_notice->setWordWrap(true);
        m_notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }"));
        if (auto *box = qobject_cast<QBoxLayout *>(m_form->layout()))
            box->insertWidget(0, m_notice);
    }
    if (m_notice)
        m_notice->setVisible(visible);
}
