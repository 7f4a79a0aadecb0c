#include "residentvalidator.h"

#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "registertypes.h"

ResidentValidator::ResidentValidator(const QDate &today)
    : m_today(today)
{}

void ResidentValidator::normalize(Resident &r) const
{
    r.name = r.name.simplified();
    r.notes = r.notes.trimmed();
    const IdNumber id = IdNumber::parse(r.idNumber, m_today);
    if (id.isValid()) {
        r.idNumber = id.normalized();
        if (!r.birthDate.isValid())
            r.birthDate = id.birthDate();
        if (r.gender.isEmpty())
            r.gender = id.gender() == IdNumber::Gender::Male ? QStringLiteral("M") : QStringLiteral("F");
    } else {
        r.idNumber = r.idNumber.trimmed().toUpper();
    }
    if (!r.phone.trimmed().isEmpty())
        r.phone = PhoneNumber::normalize(r.phone);
    else
        r.phone.clear();
}

void ResidentValidator::validate(const Resident &r, const QString &prefix, QList<FieldError> &errors,
                                 QList<FieldError> &warnings) const
{
    auto error = [&](const QString &field, const QString &message) { errors.append({prefix + field, message, 0}); };

    if (r.name.trimmed().isEmpty())
        error(QStringLiteral("name"), tr("Name: please enter the resident's name."));
    else if (r.name.size() > 40)
        error(QStringLiteral("name"), tr("Name: at most 40 characters."));

    if (!r.idNumber.isEmpty()) {
        const IdNumber id = IdNumber::parse(r.idNumber, m_today);
        if (!id.isValid()) {
            error(QStringLiteral("idNumber"), tr("ID number: %1").arg(id.errorText()));
        } else {
            if (r.birthDate.isValid() && r.birthDate != id.birthDate())
                warnings.append({prefix + QStringLiteral("birthDate"),
                                 tr("Birth date: the ID number says %1.")
                                     .arg(id.birthDate().toString(QStringLiteral("yyyy-MM-dd"))),
                                 0});
            const QString idGender = id.gender() == IdNumber::Gender::Male ? QStringLiteral("M") : QStringLiteral("F");
            if (!r.gender.isEmpty() && r.gender != idGender)
                warnings.append({prefix + QStringLiteral("gender"),
                                 tr("Gender: the ID number says %1.").arg(RegisterTypes::genderLabel(idGender)), 0});
        }
    }

    if (!r.birthDate.isValid())
        error(QStringLiteral("birthDate"), tr("Birth date: please enter it, or an ID number to take it from."));
    else if (r.birthDate > m_today)
        error(QStringLiteral("birthDate"), tr("Birth date: it cannot be in the future."));
    else if (r.birthDate < QDate(1900, 1, 1))
        error(QStringLiteral("birthDate"), tr("Birth date: it cannot be before 1900."));

    if (!RegisterTypes::contains(RegisterTypes::genders(), r.gender))
        error(QStringLiteral("gender"), tr("Gender: please choose male or female."));

    if (!r.phone.isEmpty() && !PhoneNumber::isValid(r.phone))
        error(QStringLiteral("phone"), tr("Phone: %1").arg(PhoneNumber::errorText(r.phone)));

    if (!RegisterTypes::contains(RegisterTypes::relations(), r.relation))
        error(QStringLiteral("relation"), tr("Relation to head: please choose one."));
    if (!RegisterTypes::contains(RegisterTypes::residencyTypes(), r.residencyType))
        error(QStringLiteral("residencyType"), tr("Residency type: please choose one."));
    if (!RegisterTypes::contains(RegisterTypes::statuses(), r.status))
        error(QStringLiteral("status"), tr("Status: please choose one."));
    if (r.status != QLatin1String("living")) {
        if (!r.statusDate.isValid())
            error(QStringLiteral("statusDate"), tr("Status date: please enter the date of the change."));
        else if (r.birthDate.isValid() && r.statusDate < r.birthDate)
            error(QStringLiteral("statusDate"), tr("Status date: it cannot be before the birth date."));
        else if (r.statusDate > m_today)
            error(QStringLiteral("statusDate"), tr("Status date: it cannot be in the future."));
    }
}
