#pragma once

#include "models/access/accessscope.h"
#include "models/lifeevents/lifeeventrule.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

// The office's life-event rules: what each rule's errand says ({name}, {age}, {date}), how many
// days ahead it is due, and whether it is in use. Saved rule by rule (each audited); the events
// themselves (the ages, a death, a birth, a move-in) are fixed.
class LifeEventRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    LifeEventRulesDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    static QString eventText(const LifeEventRule &rule);

private:
    void save();

    QSqlDatabase m_db;
    AccessScope m_scope;
    QList<LifeEventRule> m_rules;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};
