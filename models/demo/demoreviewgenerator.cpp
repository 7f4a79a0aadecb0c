#include "demoreviewgenerator.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/tags/residenttags.h"

#include <QRandomGenerator>

DemoReviewGenerator::DemoReviewGenerator(QSqlDatabase db, quint32 seed, const QDate &today)
    : m_db(std::move(db))
    , m_seed(seed)
    , m_today(today)
{}

bool DemoReviewGenerator::generate()
{
    // Its own random stream, so the rest of a seed's demo stays as it was.
    QRandomGenerator rng(m_seed ^ 0x4e71u);
    const AccessScope demo = AccessScope::system(QStringLiteral("demo"));
    SqlQuery q(m_db, QStringLiteral("SELECT rt.resident_id, rt.tag_id FROM resident_tag rt JOIN tag t ON t.id = "
                                    "rt.tag_id JOIN resident r ON r.id = rt.resident_id WHERE t.code = 'low_income' "
                                    "AND r.status = 'living' ORDER BY rt.resident_id"));
    if (!q.exec())
        return false;
    QList<std::pair<qint64, qint64>> tagged;
    while (q.next())
        tagged.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    ResidentTags tags(m_db, demo);
    for (const auto &[resident, tag] : std::as_const(tagged)) {
        const QDate review = m_today.addDays(int(rng.bounded(-10, 180)));
        // A period the demo's tag list did not open (an older register) simply keeps no date.
        tags.setValues(resident, tag, {{QStringLiteral("review_date"), review.toString(Qt::ISODate)}});
    }
    return true;
}
