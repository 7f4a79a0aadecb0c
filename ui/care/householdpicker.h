#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLineEdit;

// Picks a household in a care form: type a member's name (or the household's number) and
// choose among the households found.
class HouseholdPicker final : public QWidget
{
    Q_OBJECT

public:
    HouseholdPicker(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    qint64 householdId() const;
    // Shows this household as the only choice (a form opened for a known household).
    void setHousehold(qint64 householdId);
    QLineEdit *searchEdit() const { return m_search; }

signals:
    void householdChanged(qint64 householdId);

private:
    void search();

    QSqlDatabase m_db;
    AccessScope m_scope;
    QLineEdit *m_search = nullptr;
    QComboBox *m_households = nullptr;
};
