#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class CareListFrame;
class QComboBox;
class QDateEdit;
class QLabel;

// 救助记录: assistance given in a period, filtered by grid and kind, with the period's totals;
// Record…, Edit…, Archive (each on Edit → Undo), and the office's list of kinds.
class AssistanceTab final : public QWidget
{
    Q_OBJECT

public:
    AssistanceTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);
    CareListFrame *list() const { return m_list; }
    void setPeriod(const QDate &from, const QDate &to);

public slots:
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    void addRecord();
    void editRecord();
    void archiveRecord();
    void addKind();
    void fillKinds();

    QSqlDatabase m_db;
    AccessScope m_scope;
    CareListFrame *m_list = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_totals = nullptr;
};
