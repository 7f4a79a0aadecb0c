#pragma once

#include <QWidget>

// A plain cover laid over a window's contents while the idle lock is up, so the register is not
// on show at an empty desk. It only covers: the window and its forms underneath stay as they
// were, typed text included. Follows the window's size until deleted.
class LockCurtain final : public QWidget
{
    Q_OBJECT

public:
    explicit LockCurtain(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
