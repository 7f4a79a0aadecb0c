#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class MediationListTab;
class PlaceRolesListTab;
class QTabWidget;
class RentalListTab;

// 专项台账: the office's special ledgers in tabs, the mediation ledger (矛盾调解), the rented
// rooms (出租屋) and the building roles (楼栋长, 单元长, 三长…).
class SpecialLedgersPage final : public QWidget
{
    Q_OBJECT

public:
    SpecialLedgersPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    MediationListTab *mediations() const { return m_mediations; }
    RentalListTab *rentals() const { return m_rentals; }
    PlaceRolesListTab *roles() const { return m_roles; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    // 转人民调解 from the cases page: the mediation tab, a new mediation taken from the case.
    void referCase(qint64 caseId);
    void refresh();

signals:
    void statusMessage(const QString &text);

private:
    QTabWidget *m_tabs = nullptr;
    MediationListTab *m_mediations = nullptr;
    RentalListTab *m_rentals = nullptr;
    PlaceRolesListTab *m_roles = nullptr;
};
