#pragma once

#include "models/access/accessscope.h"
#include "models/lifeevents/dueerrand.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

// 待办提醒: the errands the office's life-event rules open today (turning 60/80/90/100, a death,
// a birth, a move-in), grid by grid, for the residents the person may see. The clerk opens the
// ticked ones or all at once; each becomes an errand (代办) of its resident, and is not listed
// again. The rules' wording and lead time are edited from here (administrators and clerks).
class DueErrandsDialog final : public QDialog
{
    Q_OBJECT

public:
    DueErrandsDialog(QSqlDatabase db, const AccessScope &scope, const QDate &day = QDate::currentDate(),
                     QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int openedCount() const { return m_opened; }

signals:
    void errandsOpened(int count);

private:
    void reload();
    void openRows(bool all);
    void editRules();

    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_day;
    QList<DueErrand> m_due;
    int m_opened = 0;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_openChecked = nullptr;
    QPushButton *m_openAll = nullptr;
    QLabel *m_message = nullptr;
};
