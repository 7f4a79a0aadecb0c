#pragma once

#include "models/access/accessscope.h"

#include "models/mediation/rentalroom.h"

#include <QDialog>
#include <QSqlDatabase>

struct SaveResult;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Records a rented room (出租屋): its address (the household of a resident chosen from the
// register), the landlord (a resident, or a name, phone and ID number typed in) and the tenants
// with their permit's kind, number and dates. "Tenant left…" is the register's move-out with its
// date (RentalStore::tenantLeaves), saved at once. Saved in one transaction by RentalStore.
class RentalDialog final : public QDialog
{
    Q_OBJECT

public:
    enum TenantColumn {
        TenantName,
        TenantPermit,
        TenantPermitNo,
        TenantStarts,
        TenantExpires,
        TenantLeft,
        TenantColumnCount
    };

    RentalDialog(QSqlDatabase db, const AccessScope &scope, qint64 roomId = 0, QWidget *parent = nullptr);

    RentalRoom room() const;
    qint64 savedRoomId() const { return m_room.id; }
    QString errorText() const;

    void setHousehold(qint64 householdId);
    void setLandlordResident(qint64 residentId);
    int addTenant(qint64 residentId, const QDate &expires = QDate());

    QLineEdit *landlordNameEdit() const { return m_landlordName; }
    QLineEdit *landlordPhoneEdit() const { return m_landlordPhone; }
    QLineEdit *landlordIdEdit() const { return m_landlordId; }
    QTableWidget *tenants() const { return m_tenants; }
    QLabel *addressLabel() const { return m_address; }

    void accept() override;

private:
    void load(const RentalRoom &room);
    void addTenantRow(const RentalRoom::Tenant &tenant);
    void chooseAddress();
    void chooseLandlord();
    void chooseTenants();
    void tenantLeft();
    void showError(const SaveResult &result);

    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    RentalRoom m_room;
    QList<RentalRoom::Tenant> m_tenantRows;

    QLabel *m_address = nullptr;
    QLabel *m_landlordResident = nullptr;
    QLineEdit *m_landlordName = nullptr;
    QLineEdit *m_landlordPhone = nullptr;
    QLineEdit *m_landlordId = nullptr;
    QTableWidget *m_tenants = nullptr;
    QPushButton *m_left = nullptr;
    QLabel *m_error = nullptr;
};
