#pragma once

#include "models/core/fielderror.h"
#include "resident.h"

#include <QCoreApplication>
#include <QDate>

// The rules a resident record must satisfy before it is written. Pure: no database access,
// so the form can run it on every edit; the store adds the checks that need the database.
class ResidentValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentValidator)

public:
    explicit ResidentValidator(const QDate &today = QDate::currentDate());

    // Normalizes ID and phone in place (15-digit IDs upgraded, full-width digits folded) and
    // fills birth date and gender from the ID number when they are empty.
    void normalize(Resident &resident) const;
    // Errors block the save; warnings (e.g. a typed birth date that differs from the ID) do not.
    void validate(const Resident &resident, const QString &fieldPrefix, QList<FieldError> &errors,
                  QList<FieldError> &warnings) const;

private:
    QDate m_today;
};
