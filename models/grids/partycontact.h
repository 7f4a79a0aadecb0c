#pragma once

#include <QDate>
#include <QString>

// A party-member household (党员中心户): a household of a grid whose party member is a contact
// point for the neighbours. The names and address are read for display only.
struct PartyContact
{
    qint64 id = 0;
    qint64 gridId = 0;
    qint64 householdId = 0;
    qint64 residentId = 0; // the party member
    QDate since;
    bool archived = false;
    QString residentName;
    QString phone; // the resident's, unmasked: mask it for display (PhoneNumber::mask)
    QString address;
};
