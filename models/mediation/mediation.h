#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A dispute brought to the community's people's mediation (人民调解): its kind and matter, the
// parties (residents of the register or outside people), the mediator, the sessions held, the
// status (MediationTypes::statuses) and, once agreed, the agreement and whether it was kept.
// It may come from a case (转人民调解); its grid decides who may see it.
struct Mediation
{
    struct Party
    {
        qint64 id = 0;
        QString side;          // "applicant" or "respondent"
        qint64 residentId = 0; // 0: an outside person, named below
        QString name;          // from the register on save when residentId is set
        QString phone;
        QString idNumber;
        QString address;
    };
    struct Session
    {
        qint64 id = 0;
        QDate heldOn;
        QString notes;
    };

    qint64 id = 0;
    QDate receivedOn;
    QString kind;      // MediationTypes::kinds() code
    QString matter;    // what the dispute is about
    qint64 gridId = 0; // from the case or the first registered party when 0
    qint64 caseId = 0;
    QString mediator;
    QString status = QStringLiteral("received");
    QString agreement;
    QDate agreedOn;
    int kept = -1; // -1 not known yet, 1 kept, 0 not kept
    QString notes;
    QList<Party> parties;
    QList<Session> sessions;
    bool archived = false;
    int rowVersion = 0; // 0: not saved yet; a save over another desk's change is refused
};
