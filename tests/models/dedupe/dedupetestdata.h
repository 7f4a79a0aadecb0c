#pragma once

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/register/residentwriter.h"
#include "tests/support/testsupport.h"

#include <QDate>

// A resident written as an import or a typing clerk may have left them: any ID number (a typo
// included, which the form would refuse), any birth date, no validation.
inline qint64 addRawResident(TestDatabase &tdb, qint64 householdId, const QString &name, const QString &idNumber,
                             const QDate &birth, const QString &status = QStringLiteral("living"))
{
    Transaction tx(tdb.db());
    ResidentWriter writer(tdb.db(), testScope());
    Resident r;
    r.householdId = householdId;
    r.name = name;
    r.idNumber = idNumber;
    r.birthDate = birth;
    r.relation = QStringLiteral("other");
    r.status = status;
    if (!writer.insert(r, QDate(2020, 1, 1)) || !tx.commit())
        return 0;
    return r.id;
}

// One character of an ID number changed (a typo), or two neighbours swapped.
inline QString typo(const QString &id, int at)
{
    QString t = id;
    t[at] = QChar(u'0' + (t.at(at).digitValue() + 1) % 10);
    return t;
}

inline QString swapped(const QString &id, int at)
{
    QString t = id;
    std::swap(t[at], t[at + 1]);
    return t;
}
