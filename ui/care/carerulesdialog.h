#pragma once

#include "models/access/accessscope.h"
#include "models/care/carerule.h"

#include <QDialog>
#include <QList>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// 跟进规则: the office's follow-up rules, listed, and the chosen one (or a new one) edited below the
// list: the group (tag), from which age, the attention level (一般/重点/严重), every how many days
// its households are visited, from when, in use or not. Saved through CareRules (administrators
// and clerks, audited); switched off, never deleted.
class CareRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    CareRulesDialog(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTableWidget *rulesTable() const { return m_table; }
    QString messageText() const;
    bool changed() const { return m_changed; }

    // Empties the form for a new rule.
    void newRule();
    // Saves the form (a new rule or the chosen one); false and the reason shown when refused.
    bool saveRule();

private:
    void reload(qint64 selectId = 0);
    void showRule(int row);

    QSqlDatabase m_db;
    AccessScope m_scope;
    QList<CareRule> m_rules;
    CareRule m_current;
    bool m_changed = false;
    QTableWidget *m_table = nullptr;
    QComboBox *m_tag = nullptr;
    QSpinBox *m_minAge = nullptr;
    QComboBox *m_level = nullptr;
    QSpinBox *m_rhythm = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};
