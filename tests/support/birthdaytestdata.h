#pragma once

#include "models/core/sqlquery.h"
#include "models/register/registerstore.h"
#include "testsupport.h"

#include <QTest>

// Adds elderly residents to a TestDatabase for the birthday tests: one household each, with
// a valid ID number for the birth date, tags by code and an optional phone.
class BirthdayTestData final
{
public:
    explicit BirthdayTestData(TestDatabase &t)
        : m_t(t)
    {}

    qint64 tagId(const QString &code) const
    {
        SqlQuery q(m_t.db(), QStringLiteral("SELECT id FROM tag WHERE code = ?"));
        return q.exec(code) ? q.scalar().toLongLong() : 0;
    }

    qint64 add(const QString &name, const QDate &birth, qint64 buildingId = 0, const QStringList &tags = {},
               const QString &phone = QString(), bool male = true)
    {
        ++m_sequence;
        Household h;
        h.buildingId = buildingId ? buildingId : m_t.buildingA1;
        h.unit = QStringLiteral("1");
        h.room = QString::number(100 + m_sequence);
        h.movedIn = QDate(2000, 1, 1);
        Resident r;
        r.name = name;
        r.idNumber = TestDatabase::idFor(birth, male, m_sequence % 999 + 1);
        r.phone = phone;
        for (const QString &code : tags)
            r.tagIds.append(tagId(code));
        QList<Resident> members{r};
        RegisterStore store(m_t.db(), testScope());
        const SaveResult result = store.saveHousehold(h, members);
        if (!result.ok)
            qWarning() << "BirthdayTestData::add failed:" << result.firstMessage();
        return result.ok ? members.constFirst().id : 0;
    }

    bool setStatus(qint64 residentId, const QString &status)
    {
        RegisterStore store(m_t.db(), testScope());
        return store.changeStatus(residentId, status, QDate::currentDate(), QString()).ok;
    }

private:
    TestDatabase &m_t;
    int m_sequence = 0;
};
