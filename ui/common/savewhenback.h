#pragma once

#include <QObject>

class QDialog;
class QLabel;

// A form saved while the database server is unreachable keeps what was typed: the save fails,
// the form stays open with a line saying why, and when ServerLink says the connection is back
// the form saves again by itself (its accept() once more, with the same checks). FormGuard
// installs it on every form; forms save through their QDialogButtonBox's accepted().
class SaveWhenBack final : public QObject
{
    Q_OBJECT

public:
    static SaveWhenBack *install(QDialog *form);
    bool isWaiting() const { return m_waiting; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit SaveWhenBack(QDialog *form);
    void afterSave();
    void restored();
    void showNotice(bool visible);

    QDialog *m_form;
    QLabel *m_notice = nullptr;
    bool m_connected = false;    // watching the form's buttons (from its first show)
    bool m_failedInSave = false; // ServerLink reported lost work while this form was showing
    bool m_waiting = false;      // a save is due when the connection is back
};
