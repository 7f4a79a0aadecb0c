#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class CareListFrame;
class QComboBox;
class QDateEdit;

// 逾期跟进: the households overdue for a follow-up visit on a day, filtered by grid, tag and
// level, with days overdue, last visit and why.
class CareOverdueTab final : public QWidget
{
    Q_OBJECT

public:
    CareOverdueTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);
    CareListFrame *list() const { return m_list; }
    void setDay(const QDate &day);

public slots:
    void refresh();

private:
    void editRules();

    QSqlDatabase m_db;
    AccessScope m_scope;
    CareListFrame *m_list = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_level = nullptr;
    QDateEdit *m_day = nullptr;
};
