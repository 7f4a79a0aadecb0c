#include "demoduplicategenerator.h"

#include "models/access/accessscope.h"
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/register/resident.h"
#include "models/register/residentwriter.h"

#include <QList>
#include <QRandomGenerator>

namespace {

int differences(const QString &a, const QString &b)
{
    int n = 0;
    for (int i = 0; i < qMin(a.size(), b.size()); ++i)
        n += a.at(i) != b.at(i) ? 1 : 0;
    return n;
}

} // namespace

DemoDuplicateGenerator::DemoDuplicateGenerator(QSqlDatabase db, quint32 seed, const QDate &today)
    : m_db(std::move(db))
    , m_seed(seed)
    , m_today(today)
{}

bool DemoDuplicateGenerator::fail(const QString &what)
{
    m_error = QStringLiteral("demo duplicates: %1").arg(what);
    return false;
}

bool DemoDuplicateGenerator::generate()
{
    // Its own random stream, so the rest of a seed's demo stays as it was.
    QRandomGenerator rng(m_seed ^ 0xd0bu);
    SqlQuery people(m_db, QStringLiteral("SELECT r.id, r.household_id, r.name, r.id_number, r.birth_date, r.gender "
                                         "FROM resident r WHERE r.status = 'living' AND r.id_number IS NOT NULL AND "
                                         "length(r.id_number) = 18 AND r.birth_date IS NOT NULL AND r.relation <> "
                                         "'head' ORDER BY r.id"));
    // Not into a household of someone living alone: that tag means a one-person household.
    SqlQuery households(m_db, QStringLiteral("SELECT h.id FROM household h WHERE h.status = 'active' AND NOT EXISTS "
                                             "(SELECT 1 FROM resident r JOIN resident_tag rt ON rt.resident_id = r.id "
                                             "JOIN tag t ON t.id = rt.tag_id WHERE r.household_id = h.id AND t.code = "
                                             "'living_alone') ORDER BY h.id"));
    if (!people.exec() || !households.exec())
        return fail(QStringLiteral("residents"));
    QList<Resident> pool;
    while (people.next()) {
        Resident r;
        r.id = people.value(0).toLongLong();
        r.householdId = people.value(1).toLongLong();
        r.name = people.value(2).toString();
        r.idNumber = people.value(3).toString();
        r.birthDate = QDate::fromString(people.value(4).toString(), Qt::ISODate);
        r.gender = people.value(5).toString();
        pool.append(r);
    }
    QList<qint64> homes;
    while (households.next())
        homes.append(households.value(0).toLongLong());
    if (pool.size() < 12 || homes.size() < 2)
        return true; // too small a register to hide duplicates in
    const AccessScope demo = AccessScope::system(QStringLiteral("demo"));
    ResidentWriter writer(m_db, demo);
    const QDate movedIn = m_today.addMonths(-2);
    SqlQuery taken(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE id_number = ?"));
    for (int i = 0; i < 6; ++i) {
        const Resident &original = pool.at(int(rng.bounded(quint32(pool.size()))));
        if (original.birthDate >= movedIn)
            continue; // not moved in before being born
        Resident copy;
        copy.name = original.name;
        copy.gender = original.gender;
        copy.birthDate = original.birthDate;
        copy.relation = QStringLiteral("other");
        if (i < 3) {
            // Entered again elsewhere from a paper list without the ID number.
            copy.householdId = homes.at(int(rng.bounded(quint32(homes.size()))));
            if (copy.householdId == original.householdId)
                copy.householdId = homes.at((homes.indexOf(copy.householdId) + 1) % homes.size());
        } else {
            // Typed twice into the same household with a neighbouring number: the register keeps
            // only valid numbers, so one whose check character also fits (one or two characters off).
            if (!homes.contains(original.householdId))
                continue; // someone living alone stays alone
            copy.householdId = original.householdId;
            const QString region = original.idNumber.left(6);
            const int sequence = original.idNumber.mid(14, 3).toInt();
            for (int step = 2; step < 40 && copy.idNumber.isEmpty(); step += 2) {
                const QString candidate = IdNumber::generate(region, original.birthDate, (sequence + step) % 1000,
                                                             original.gender == QLatin1String("M"));
                taken.exec(candidate);
                if (differences(candidate, original.idNumber) <= 2 && taken.scalar().toInt() == 0)
                    copy.idNumber = candidate;
            }
            if (copy.idNumber.isEmpty())
                continue;
        }
        if (!writer.insert(copy, movedIn, QStringLiteral("demo: a likely duplicate")))
            return fail(QStringLiteral("insert"));
        ++m_made;
    }
    return true;
}
