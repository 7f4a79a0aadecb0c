#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "volunteer.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Whether a volunteer is an in-service party member who reports to the community to serve
// (在职党员双报到). Saved with the volunteer form in one transaction; such a member needs a work
// unit, since their hours are totalled per unit (DualReportHours).
class DualReportStore final
{
    Q_DECLARE_TR_FUNCTIONS(DualReportStore)

public:
    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    DualReportStore(QSqlDatabase db, const AccessScope &scope);

    bool isDualReport(qint64 volunteerId) const;
    // Saves the volunteer (VolunteerStore) and the flag together.
    SaveResult saveVolunteer(Volunteer &volunteer, bool dualReport);
    SaveResult setDualReport(qint64 volunteerId, bool dualReport);

private:
    bool write(qint64 volunteerId, bool dualReport);
    SaveResult failed(const QString &field, const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
