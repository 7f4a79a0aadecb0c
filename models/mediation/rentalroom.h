#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A rented room (出租屋): a household's address, its landlord (a resident of the register or an
// outside person) and its tenants, residents of the register with their 居住证 or 暂住 permit's
// dates. A tenant who left keeps the row with the day they moved out.
struct RentalRoom
{
    struct Tenant
    {
        qint64 id = 0;
        qint64 residentId = 0;
        QString name;                                        // read from the register
        QString permit = QStringLiteral("residence_permit"); // MediationTypes::permits()
        QString permitNo;
        QDate startsOn;
        QDate expiresOn;
        QDate leftOn; // invalid: still living there
    };

    qint64 id = 0;
    qint64 householdId = 0;
    QString address;               // read from the register
    qint64 landlordResidentId = 0; // 0: an outside landlord, named below
    QString landlordName;
    QString landlordPhone;
    QString landlordIdNumber;
    QString notes;
    QList<Tenant> tenants;
    bool archived = false;
};
