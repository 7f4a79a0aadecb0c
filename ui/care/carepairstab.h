#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class CareListFrame;
class QCheckBox;
class QComboBox;
class QLineEdit;

// 结对帮扶: the pairs of helpers and households, with New / Edit / Activity….
class CarePairsTab final : public QWidget
{
    Q_OBJECT

public:
    CarePairsTab(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);
    CareListFrame *list() const { return m_list; }

public slots:
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    void newPair();
    void editPair();
    void addActivity();

    QSqlDatabase m_db;
    AccessScope m_scope;
    CareListFrame *m_list = nullptr;
    QComboBox *m_grid = nullptr;
    QCheckBox *m_current = nullptr;
    QLineEdit *m_search = nullptr;
};
