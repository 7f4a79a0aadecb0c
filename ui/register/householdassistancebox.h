#pragma once

#include "models/access/accessscope.h"

#include <QGroupBox>
#include <QSqlDatabase>

class QTableWidget;

// A household's full assistance history (救助记录: 临时救助, 慰问, 物资…) where the household is
// edited: every record, newest first, with the sum of money given.
class HouseholdAssistanceBox final : public QGroupBox
{
    Q_OBJECT

public:
    HouseholdAssistanceBox(const QSqlDatabase &db, const AccessScope &scope, qint64 householdId,
                           QWidget *parent = nullptr);
    int rows() const;

private:
    QTableWidget *m_table = nullptr;
};
