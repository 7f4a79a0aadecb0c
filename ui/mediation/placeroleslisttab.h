#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class ListExportButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

// 楼栋长/三长: the contact people of every compound, building and unit the person sees (楼栋长,
// 单元长, 三长, 业委会, 物业), filtered by grid, role and a search, with Export… (audited, phones
// masked) and Print…. They are set where the place is edited (PlaceRolesDialog).
class PlaceRolesListTab final : public QWidget
{
    Q_OBJECT

public:
    PlaceRolesListTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableView *view() const { return m_table; }
    QComboBox *gridFilter() const { return m_grid; }
    QComboBox *roleFilter() const { return m_role; }
    QLineEdit *searchEdit() const { return m_search; }
    ListExportButton *exportButton() const { return m_export; }

public slots:
    void refresh();
    void print();

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QComboBox *m_grid = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_search = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    ListExportButton *m_export = nullptr;
};
