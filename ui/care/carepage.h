#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class AssistanceTab;
class CareOverdueTab;
class CarePairsTab;
class QTabWidget;

// 重点人群: the people the office follows, in three tabs: 逾期跟进 (households overdue for a
// follow-up visit), 结对帮扶 (pairs and what the helpers did) and 救助记录 (assistance given).
class CarePage final : public QWidget
{
    Q_OBJECT

public:
    CarePage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    CareOverdueTab *overdueTab() const { return m_overdue; }
    CarePairsTab *pairsTab() const { return m_pairs; }
    AssistanceTab *assistanceTab() const { return m_assistance; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    QTabWidget *m_tabs = nullptr;
    CareOverdueTab *m_overdue = nullptr;
    CarePairsTab *m_pairs = nullptr;
    AssistanceTab *m_assistance = nullptr;
};
