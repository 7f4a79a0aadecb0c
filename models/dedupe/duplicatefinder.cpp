#include "duplicatefinder.h"

#include "models/access/auditlog.h"
#include "models/core/fielderror.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"

#include <algorithm>
#include <QHash>
#include <QSet>

namespace {

struct Person
{
    qint64 id = 0;
    QString birth;   // ISO date or empty
    QString id_;     // ID number or empty
    QString address; // building/unit/room, or the household when it has no building; empty for none
};

using PairKey = QPair<qint64, qint64>;

PairKey keyOf(qint64 a, qint64 b)
{
    return a < b ? PairKey(a, b) : PairKey(b, a);
}

// The rules of DuplicatePair::Reason; false when the two are (probably) two people.
bool classify(const Person &a, const Person &b, DuplicatePair &pair)
{
    const bool sameBirth = !a.birth.isEmpty() && a.birth == b.birth;
    const bool bothBirths = !a.birth.isEmpty() && !b.birth.isEmpty();
    const bool sameAddress = !a.address.isEmpty() && a.address == b.address;
    if (!a.id_.isEmpty() && !b.id_.isEmpty()) {
        // Two ID numbers far apart are two people, whatever else they share.
        bool swapped = false;
        const int differences = DuplicateFinder::idDifferences(a.id_, b.id_, &swapped);
        if (differences < 1 || differences > 2)
            return false;
        if (sameAddress) {
            pair.reason = DuplicatePair::Reason::SimilarId;
            pair.score = 80 + (sameBirth ? 15 : 0);
        } else if (sameBirth) {
            pair.reason = DuplicatePair::Reason::SameBirth;
            pair.score = 75;
        } else {
            return false;
        }
        pair.idDifferences = differences;
        pair.swapped = swapped;
        return true;
    }
    if (a.id_.isEmpty() != b.id_.isEmpty() && sameAddress && (sameBirth || !bothBirths)) {
        pair.reason = DuplicatePair::Reason::MissingId;
        pair.score = sameBirth ? 95 : 70;
        return true;
    }
    if (sameBirth) {
        pair.reason = DuplicatePair::Reason::SameBirth;
        pair.score = sameAddress ? 90 : 70;
        return true;
    }
    return false;
}

} // namespace

DuplicateFinder::DuplicateFinder(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

int DuplicateFinder::idDifferences(const QString &a, const QString &b, bool *swapped)
{
    if (swapped)
        *swapped = false;
    if (a.size() != b.size())
        return -1;
    QList<int> at;
    for (int i = 0; i < a.size(); ++i)
        if (a.at(i).toUpper() != b.at(i).toUpper())
            at << i;
    if (swapped && at.size() == 2 && at.at(1) == at.at(0) + 1 && a.at(at.at(0)) == b.at(at.at(1)) &&
        a.at(at.at(1)) == b.at(at.at(0)))
        *swapped = true;
    return int(at.size());
}

QList<DuplicatePair> DuplicateFinder::find(int limit) const
{
    QList<DuplicatePair> pairs;
    if (!m_scope.isSignedIn())
        return pairs;
    QSet<PairKey> distinct;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT first_id, second_id FROM resident_distinct"));
        if (q.exec())
            while (q.next())
                distinct.insert(keyOf(q.value(0).toLongLong(), q.value(1).toLongLong()));
    }
    // Only names held by more than one living resident; both reads walk resident_dedupe.
    SqlQuery q(m_db, QStringLiteral("SELECT r.id, r.name_key, r.birth_date, r.id_number, r.household_id, "
                                    "h.building_id, h.unit, h.room FROM resident r LEFT JOIN household h ON h.id = "
                                    "r.household_id WHERE r.status = 'living' AND r.name_key IN (SELECT name_key FROM "
                                    "resident WHERE status = 'living' GROUP BY name_key HAVING count(*) > 1)") +
                         RegisterRows::households(m_scope, QStringLiteral("r.household_id")) +
                         QStringLiteral(" ORDER BY r.name_key"));
    if (!q.exec())
        return pairs;

    QList<Person> group;
    QString groupKey;
    QSet<PairKey> seen;
    const auto flush = [&] {
        if (group.size() < 2)
            return;
        // Candidates share a birth date or an address; nobody else is compared.
        QHash<QString, QList<int>> buckets;
        for (int i = 0; i < group.size(); ++i) {
            if (!group.at(i).birth.isEmpty())
                buckets[QStringLiteral("b:") + group.at(i).birth].append(i);
            if (!group.at(i).address.isEmpty())
                buckets[QStringLiteral("a:") + group.at(i).address].append(i);
        }
        for (const QList<int> &bucket : std::as_const(buckets))
            for (int i = 0; i < bucket.size(); ++i)
                for (int j = i + 1; j < bucket.size(); ++j) {
                    const Person &a = group.at(bucket.at(i));
                    const Person &b = group.at(bucket.at(j));
                    const PairKey key = keyOf(a.id, b.id);
                    if (seen.contains(key) || distinct.contains(key))
                        continue;
                    seen.insert(key);
                    DuplicatePair pair;
                    if (!classify(a, b, pair))
                        continue;
                    pair.firstId = key.first;
                    pair.secondId = key.second;
                    pairs.append(pair);
                }
    };
    while (q.next()) {
        const QString nameKey = q.value(1).toString();
        if (nameKey != groupKey) {
            flush();
            group.clear();
            seen.clear();
            groupKey = nameKey;
        }
        Person p;
        p.id = q.value(0).toLongLong();
        p.birth = q.value(2).toString();
        p.id_ = q.value(3).toString().trimmed();
        const qint64 household = q.value(4).toLongLong();
        if (!q.value(5).isNull())
            p.address = QStringLiteral("%1/%2/%3")
                            .arg(q.value(5).toLongLong())
                            .arg(q.value(6).toString().trimmed(), q.value(7).toString().trimmed());
        else if (household > 0)
            p.address = QStringLiteral("h%1").arg(household);
        group.append(p);
    }
    flush();
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.firstId != b.firstId ? a.firstId < b.firstId : a.secondId < b.secondId;
    });
    if (limit > 0 && pairs.size() > limit)
        pairs.resize(limit);
    return pairs;
}

SaveResult DuplicateFinder::markDistinct(qint64 firstId, qint64 secondId)
{
    SaveResult result;
    const auto fail = [&result](const QString &message) {
        result.errors.append({QString(), message});
        return result;
    };
    if (firstId == secondId || firstId <= 0 || secondId <= 0)
        return fail(tr("Please choose two different residents."));
    const PairKey key = keyOf(firstId, secondId);
    SqlQuery households(m_db, QStringLiteral("SELECT household_id FROM resident WHERE id IN (?, ?)"));
    if (!households.exec(key.first, key.second))
        return fail(tr("The residents could not be read; nothing was changed."));
    int found = 0;
    while (households.next()) {
        ++found;
        if (const QString why = m_scope.householdRefusal(m_db, households.value(0).toLongLong()); !why.isEmpty())
            return fail(why);
    }
    if (found != 2)
        return fail(tr("One of these residents no longer exists."));
    Transaction tx(m_db);
    SqlQuery exists(m_db,
                    QStringLiteral("SELECT count(*) FROM resident_distinct WHERE first_id = ? AND second_id = ?"));
    if (!exists.exec(key.first, key.second))
        return fail(tr("The choice could not be saved; nothing was changed."));
    if (exists.scalar().toInt() == 0) {
        SqlQuery insert(m_db, QStringLiteral("INSERT INTO resident_distinct (first_id, second_id, user_name, "
                                             "created_at) VALUES (?, ?, ?, ?)"));
        const QString pairText = QStringLiteral("{\"first\":%1,\"second\":%2}").arg(key.first).arg(key.second);
        AuditLog audit(m_db, m_scope);
        if (!tx.isActive() || !insert.exec(key.first, key.second, m_scope.userName(), SqlValues::now()) ||
            !audit.record(QStringLiteral("resident_distinct"), key.first, QStringLiteral("insert"), QString(),
                          pairText) ||
            !tx.commit())
            return fail(tr("The choice could not be saved; nothing was changed."));
    }
    result.ok = true;
    result.id = key.first;
    return result;
}
