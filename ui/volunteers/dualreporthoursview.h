#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

// "Hours per work unit": the service hours of in-service party members who report to the
// community (在职党员双报到), totalled per work unit for a period, with a total row and Export….
class DualReportHoursView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { Unit, Members, Served, Hours, Records, ColumnCount };

    DualReportHoursView(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    void setPeriod(const QDate &from, const QDate &to);

public slots:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
};
