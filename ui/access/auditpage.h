#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class AuditTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;

// The audit log, for administrators: who changed what and when, filtered by user, table,
// record and dates, newest first; the selected row's values before and after, field by field.
// Read only: nothing here can change an audit row.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    AuditPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *details() const { return m_details; }
    void refresh(); // new rows written since the page was opened

private:
    void applyFilter();
    void showDetails();
    void fillChoices();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    AuditTableModel *m_model = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_table = nullptr;
    QLineEdit *m_record = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTableWidget *m_details = nullptr;
    QLabel *m_detailTitle = nullptr;
};
