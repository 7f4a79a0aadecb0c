#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QTableView;
class ResidentTableModel;

// "Make a resident a volunteer": search the register (living residents) and pick one; the
// volunteer record is made in one step with the name and phone from the register.
class ResidentPickerDialog final : public QDialog
{
    Q_OBJECT

public:
    ResidentPickerDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);
    qint64 volunteerId() const { return m_volunteerId; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    void accept() override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    ResidentTableModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    qint64 m_volunteerId = 0;
};
