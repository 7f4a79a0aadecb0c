#pragma once

#include "models/birthdays/birthdayquery.h"
#include "models/care/carepairstore.h"
#include "models/core/sqlquery.h"
#include "models/lifeevents/dueerrands.h"
#include "volunteertestdata.h"

// What a death must reach wherever it is recorded (issue 26): a resident who is a volunteer with a
// shift after the day of death and the helper of a 结对帮扶 pair. missed() names what a death on
// `death` did not reach: its 丧葬补助 errand, the birthday list, the volunteer record, the rota,
// the pair. Tests of each path (register, import, field merge, command line, undo) share it;
// link models_birthdays, models_care, models_lifeevents and models_volunteers.
class DeathTestData final
{
public:
    DeathTestData(TestDatabase &t, qint64 residentId, const QDate &death)
        : m_t(t)
        , m_resident(residentId)
        , m_death(death)
    {
        VolunteerTestData data(t);
        m_volunteer = data.volunteer(QStringLiteral("逝者志愿者"));
        SqlQuery link(t.db(), QStringLiteral("UPDATE volunteer SET resident_id = ? WHERE id = ?"));
        link.exec(residentId, m_volunteer);
        const qint64 shift = data.shift(data.post(), death.addDays(7), QTime(8, 0), QTime(10, 0));
        m_assignment = RosterStore(t.db(), testScope()).assign(shift, m_volunteer).id;
        CarePair pair;
        pair.householdId =
            t.addHousehold(t.buildingA2, QStringLiteral("1"), QStringLiteral("909"),
                           {{QStringLiteral("独居老人"), TestDatabase::idFor(QDate(1936, 2, 3), false, 77)}});
        pair.helperName = QStringLiteral("帮扶人");
        pair.helperKind = QStringLiteral("party_member");
        pair.residentId = residentId;
        pair.startedOn = death.addYears(-1);
        m_pair = CarePairStore(t.db(), testScope()).save(pair).id;
        SqlQuery birth(t.db(), QStringLiteral("SELECT birth_date FROM resident WHERE id = ?"));
        if (birth.exec(residentId))
            m_birth = QDate::fromString(birth.scalar().toString(), Qt::ISODate);
    }

    bool isReady() const { return m_volunteer && m_assignment && m_pair && m_birth.isValid(); }
    bool onBirthdayList() const
    {
        for (const BirthdayEntry &e : BirthdayQuery(m_t.db(), testScope()).month(m_death.year(), m_birth.month()))
            if (e.residentId == m_resident)
                return true;
        return false;
    }

    QString missed() const
    {
        QStringList missed;
        bool errand = false;
        for (const DueErrand &d : DueErrands(m_t.db(), testScope()).list(m_death))
            errand = errand || (d.residentId == m_resident && d.ruleCode == QLatin1String("funeral_grant"));
        if (!errand)
            missed << QStringLiteral("no 丧葬补助 errand");
        if (onBirthdayList())
            missed << QStringLiteral("still on the birthday list");
        if (value(QStringLiteral("SELECT status FROM volunteer WHERE id = ?"), m_volunteer) != QLatin1String("left"))
            missed << QStringLiteral("volunteer not left");
        if (value(QStringLiteral("SELECT status FROM volunteer_assignment WHERE id = ?"), m_assignment) !=
            QLatin1String("removed"))
            missed << QStringLiteral("shift still on the rota");
        if (value(QStringLiteral("SELECT coalesce(ended_on, '') FROM care_pair WHERE id = ?"), m_pair) !=
            m_death.toString(Qt::ISODate))
            missed << QStringLiteral("pair not ended");
        return missed.join(QStringLiteral("; "));
    }

private:
    QString value(const QString &sql, qint64 id) const
    {
        SqlQuery q(m_t.db(), sql);
        return q.exec(id) ? q.scalar().toString() : QString();
    }

    TestDatabase &m_t;
    qint64 m_resident = 0;
    QDate m_death;
    QDate m_birth;
    qint64 m_volunteer = 0;
    qint64 m_assignment = 0;
    qint64 m_pair = 0;
};
