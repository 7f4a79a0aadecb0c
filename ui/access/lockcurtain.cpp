#include "lockcurtain.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

LockCurtain::LockCurtain(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("lockCurtain"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("QWidget#lockCurtain { background: #2b3340; } QLabel { color: white; }"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("Locked"), this);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    setGeometry(window->rect());
    window->installEventFilter(this);
    raise();
    show();
}

bool LockCurtain::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
