#pragma once

#include "models/access/accessscope.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

// One case: its fields, its timeline (every step, dated, by whom, to whom, with its note) and
// a button for each step the workflow allows next — and only those.
class CaseDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    CaseDetailPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setCase(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    void setRevealNumbers(bool reveal);
    void setNow(const QDateTime &now) { m_now = now; } // invalid = the clock
    QListWidget *timeline() const { return m_timeline; }
    // nullptr for actions that are not steps of the workflow.
    QPushButton *actionButton(const QString &action) const { return m_buttons.value(action); }

signals:
    void stepRequested(qint64 caseId, const QString &action);

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_caseId = 0;
    bool m_reveal = false;
    QDateTime m_now;
    QLabel *m_title = nullptr;
    QLabel *m_fields = nullptr;
    QListWidget *m_timeline = nullptr;
    QWidget *m_actions = nullptr;
    QHash<QString, QPushButton *> m_buttons;
};
