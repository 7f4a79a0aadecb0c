#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// What the register shows instead of an empty table on a new office's first start: what to do
// next, with the two ways in (set the community up by hand, or import the office's 台账).
class RegisterEmptyState final : public QFrame
{
    Q_OBJECT

public:
    explicit RegisterEmptyState(QWidget *parent = nullptr);

    // Grid workers and viewers read only: the buttons are shown but not offered.
    void setMayChange(bool may);
    // Once compounds and buildings exist the next step is the first household, not the set-up.
    void setPlacesExist(bool exist);
    QPushButton *setUpButton() const { return m_setUp; }
    QPushButton *importButton() const { return m_import; }

signals:
    void setUpRequested();
    void importRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_setUp = nullptr;
    QPushButton *m_import = nullptr;
};
