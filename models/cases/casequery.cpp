#include "casequery.h"

#include "caserows.h"
#include "models/access/accessscope.h"

#include <QStringList>

namespace {
QString dayStart(const QDate &d)
{
    return d.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}
} // namespace

CaseQuery::CaseQuery(const CaseFilter &filter, const AccessScope &scope, const QDateTime &now)
{
    QStringList conditions;
    const QString open = QStringLiteral("c.status IN ('received', 'assessed', 'assigned', 'supervised')");
    if (filter.status == QLatin1String("open")) {
        conditions << open;
    } else if (filter.status == QLatin1String("overdue")) {
        conditions << open << QStringLiteral("c.deadline < ?");
        m_bindings << now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    } else if (filter.status == QLatin1String("resolved")) {
        conditions << QStringLiteral("c.status IN ('closed', 'followed_up')");
    } else if (!filter.status.isEmpty()) {
        conditions << QStringLiteral("c.status = ?");
        m_bindings << filter.status;
    } else {
        // A withdrawn case (intake undone, 撤回) is listed only when its status is asked for.
        conditions << QStringLiteral("c.status <> 'withdrawn'");
    }
    if (filter.gridId > 0) {
        conditions << QStringLiteral("c.grid_id = ?");
        m_bindings << filter.gridId;
    }
    if (filter.categoryId > 0) {
        conditions << QStringLiteral("c.category_id = ?");
        m_bindings << filter.categoryId;
    }
    if (!filter.kind.isEmpty()) {
        conditions << QStringLiteral("c.kind = ?");
        m_bindings << filter.kind;
    }
    if (!filter.source.isEmpty()) {
        conditions << QStringLiteral("c.source = ?");
        m_bindings << filter.source;
    }
    const QString periodColumn =
        filter.periodByClosure ? QStringLiteral("c.closed_at") : QStringLiteral("c.received_at");
    if (filter.from.isValid()) {
        conditions << periodColumn + QStringLiteral(" >= ?");
        m_bindings << dayStart(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << periodColumn + QStringLiteral(" < ?");
        m_bindings << dayStart(filter.to.addDays(1));
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString like = QLatin1Char('%') + escaped + QLatin1Char('%');
        // Case-insensitive as SQLite's LIKE, on both engines.
        conditions << QStringLiteral(
            "(lower(c.case_no) LIKE lower(CAST(? AS TEXT)) ESCAPE '\\' OR lower(c.description) LIKE "
            "lower(CAST(? AS TEXT)) ESCAPE '\\' OR lower(c.location) LIKE lower(CAST(? AS TEXT)) ESCAPE "
            "'\\' OR lower(c.reporter_name) LIKE lower(CAST(? AS TEXT)) ESCAPE '\\' OR "
            "c.reporter_phone LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 5; ++i)
            m_bindings << like;
    }
    // A grid worker sees only their grids' cases (cases with no grid belong to the office).
    if (const QString limit = CaseRows::cases(scope, QStringLiteral("c")); !limit.isEmpty())
        conditions << QStringLiteral("1 = 1") + limit;
    if (!conditions.isEmpty())
        m_where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString CaseQuery::selectSql()
{
    return QStringLiteral("SELECT c.id, c.case_no, c.received_at, k.name, g.name, c.location, c.reporter_name, "
                          "c.reporter_phone, c.status, c.deadline, c.assignee, c.closed_at, c.source, c.kind "
                          "FROM cases c JOIN case_category k ON k.id = c.category_id LEFT JOIN grid g ON g.id = "
                          "c.grid_id");
}

QString CaseQuery::countSql()
{
    return QStringLiteral("SELECT count(*) FROM cases c");
}

QString CaseQuery::orderBy(SortKey key, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (key) {
    case SortKey::CaseNo:
        return QStringLiteral(" ORDER BY c.case_no") + dir;
    case SortKey::Deadline:
        return QStringLiteral(" ORDER BY c.deadline") + dir + QStringLiteral(", c.id") + dir;
    case SortKey::Status:
        return QStringLiteral(" ORDER BY c.status") + dir + QStringLiteral(", c.received_at DESC, c.id DESC");
    case SortKey::Category:
        return QStringLiteral(" ORDER BY k.sort_order") + dir + QStringLiteral(", c.received_at DESC, c.id DESC");
    case SortKey::Grid:
        return QStringLiteral(" ORDER BY g.code") + dir + QStringLiteral(", c.received_at DESC, c.id DESC");
    case SortKey::Received:
        break;
    }
    return QStringLiteral(" ORDER BY c.received_at") + dir + QStringLiteral(", c.id") + dir;
}
