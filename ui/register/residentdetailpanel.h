#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTreeWidget;

// The selected resident at a glance: who, where, and the dated history of changes.
class ResidentDetailPanel final : public QWidget
{
    Q_OBJECT

public:
    ResidentDetailPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);
    void showResident(qint64 residentId, bool revealNumbers);
    qint64 residentId() const { return m_residentId; }

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_residentId = 0;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_members = nullptr;
    QTreeWidget *m_history = nullptr;
};
