#include "residentquery.h"

#include "models/access/accessscope.h"
#include "models/cnrules/hanzi.h"
#include "models/core/dialectsql.h"
#include "models/core/sqldialect.h"
#include "registerrows.h"
#include "residenttablemodel.h"
#include "residenttokenschema.h"

#include <QRegularExpression>
#include <QStringList>

namespace {
// A LIKE pattern for "contains `text`", with the wildcards the clerk typed taken literally.
QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar ch : text.simplified()) {
        if (ch == QLatin1Char('!') || ch == QLatin1Char('%') || ch == QLatin1Char('_'))
            escaped += QLatin1Char('!');
        escaped += ch;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString marks(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

const QString kFrom = QStringLiteral(
    " FROM resident r LEFT JOIN household h ON h.id = r.household_id LEFT JOIN building b ON b.id = h.building_id "
    "LEFT JOIN compound c ON c.id = b.compound_id LEFT JOIN grid g ON g.id = b.grid_id ");
} // namespace

ResidentQuery::ResidentQuery(const QSqlDatabase &db, const ResidentFilter &f, const AccessScope &scope,
                             const QDate &today, bool serverTokens)
    : m_serverTokens(serverTokens)
    , m_postgres(SqlDialect::isPostgres(db))
{
    QStringList terms;
    // The term a page may read by (ResidentTokenSchema), kept apart until the end.
    QString driverTerm;
    QVariantList driverValues;
    const QString byToken = QStringLiteral("r.id IN (SELECT resident_id FROM resident_token WHERE token = ?)");
    auto add = [&](const QString &term, const QVariantList &values) {
        terms << term;
        m_bindings << values;
    };
    if (!f.status.isEmpty())
        add(QStringLiteral("r.status = ?"), {f.status});
    if (!f.residencyType.isEmpty())
        add(QStringLiteral("r.residency_type = ?"), {f.residencyType});
    if (f.householdId > 0)
        add(QStringLiteral("r.household_id = ?"), {f.householdId});
    if (f.buildingId > 0) {
        if (f.unit.isEmpty())
            add(QStringLiteral("r.household_id IN (SELECT id FROM household WHERE building_id = ?)"), {f.buildingId});
        else
            add(QStringLiteral("r.household_id IN (SELECT id FROM household WHERE building_id = ? AND unit = ?)"),
                {f.buildingId, f.unit});
    }
    if (f.compoundId > 0)
        add(QStringLiteral("r.household_id IN (SELECT h2.id FROM household h2 JOIN building b2 ON b2.id = "
                           "h2.building_id WHERE b2.compound_id = ?)"),
            {f.compoundId});
    if (f.gridId > 0)
        add(QStringLiteral("r.household_id IN (SELECT h3.id FROM household h3 JOIN building b3 ON b3.id = "
                           "h3.building_id WHERE b3.grid_id = ?)"),
            {f.gridId});
    if (f.tagId > 0 && serverTokens) {
        m_driver = ResidentTokenSchema::tagToken(f.tagId);
        driverTerm = byToken;
        driverValues = {m_driver};
    } else if (f.tagId > 0) {
        add(QStringLiteral("r.id IN (SELECT resident_id FROM resident_tag WHERE tag_id = ?)"), {f.tagId});
    }
    if (!f.residentIds.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (const qint64 id : f.residentIds) {
            marks << QStringLiteral("?");
            ids << id;
        }
        add(QStringLiteral("r.id IN (%1)").arg(marks.join(QLatin1Char(','))), ids);
    }
    // A grid worker's list, count and export hold only their grids' residents, whatever the filter.
    if (const QString limit = RegisterRows::households(scope, QStringLiteral("r.household_id")); !limit.isEmpty())
        add(QStringLiteral("1 = 1") + limit, {});
    // Age bounds become birth-date bounds so the birth_date index serves them.
    if (f.minAge >= 0)
        add(QStringLiteral("r.birth_date <= ?"), {today.addYears(-f.minAge).toString(Qt::ISODate)});
    if (f.maxAge >= 0)
        add(QStringLiteral("r.birth_date > ?"), {today.addYears(-(f.maxAge + 1)).toString(Qt::ISODate)});

    for (const ResidentColumnCondition &c : f.columns)
        addColumnCondition(c, &terms);

    // Full-width letters and digits (an IME left in full-width mode) search like their ASCII forms.
    const QString text = f.text.normalized(QString::NormalizationForm_KC).trimmed();
    if (!text.isEmpty()) {
        const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            QString term;
            const QString upper = part.toUpper();
            static const QRegularExpression digits(QStringLiteral("^[0-9]+X?$"));
            if (digits.match(upper).hasMatch()) {
                // Whole numbers, room numbers and the last four digits of an ID or phone are
                // tokens. A prefix only narrows the register once it is long enough (ten digits
                // of an ID: region and birth month; seven of a phone): shorter prefixes of a
                // number being typed would match most of the community on every keystroke.
                QStringList sources = {QStringLiteral("SELECT rowid FROM resident_fts WHERE ") +
                                       DialectSql::tokenMatch(m_postgres, QStringLiteral("resident_fts"))};
                QVariantList values = {Hanzi::ftsPhraseQuery(upper)};
                const QString prefix = upper + QLatin1Char('*');
                if (upper.size() >= 10 && upper.size() < 18) {
                    sources << QStringLiteral("SELECT id FROM resident WHERE ") +
                                   DialectSql::startsWith(m_postgres, QStringLiteral("id_number"));
                    values << prefix;
                }
                if (upper.size() >= 7 && upper.size() < 11 && !upper.endsWith(QLatin1Char('X'))) {
                    sources << QStringLiteral("SELECT id FROM resident WHERE ") +
                                   DialectSql::startsWith(m_postgres, QStringLiteral("phone"));
                    values << prefix;
                }
                term = QStringLiteral("r.id IN (") + sources.join(QStringLiteral(" UNION ")) + QLatin1Char(')');
                m_bindings << values;
            } else if (Hanzi::looksLikeInitials(part) && serverTokens && m_driver.isEmpty()) {
                // Every prefix of the initials and every word is a token: "zw" is one token.
                m_driver = part.toLower();
                driverTerm = byToken;
                driverValues = {m_driver};
                continue;
            } else if (Hanzi::looksLikeInitials(part)) {
                term = QStringLiteral("r.id IN (SELECT id FROM resident WHERE ") +
                       DialectSql::startsWith(m_postgres, QStringLiteral("name_initials")) +
                       QStringLiteral(" UNION SELECT rowid FROM resident_fts WHERE ") +
                       DialectSql::tokenMatch(m_postgres, QStringLiteral("resident_fts")) + QLatin1Char(')');
                const QString prefix = part.toLower() + QLatin1Char('*');
                m_bindings << prefix << Hanzi::ftsPhraseQuery(part);
            } else {
                const QString match = Hanzi::ftsPhraseQuery(part);
                if (match.isEmpty()) {
                    m_emptySearch = true;
                    continue;
                }
                if (serverTokens && m_driver.isEmpty()) {
                    // One Han character is one token: the page reads its residents in name order.
                    // (servesSearch: the office has no resident fields of its own to search.) A
                    // longer phrase keeps the trigram index: read by one of its tokens, a rare
                    // phrase (张伟) walked most of 张 (367 ms instead of 159 ms at 1,000,000).
                    const QStringList tokens = Hanzi::searchTokens(part).split(u' ', Qt::SkipEmptyParts);
                    if (tokens.size() == 1 && Hanzi::isHan(tokens.constFirst().toUcs4().value(0))) {
                        m_driver = tokens.constFirst();
                        driverTerm = byToken;
                        driverValues = {m_driver};
                        continue;
                    }
                }
                // The office's own resident fields (车牌号, models/tags) are searched by their whole value.
                term = QStringLiteral("r.id IN (SELECT rowid FROM resident_fts WHERE ") +
                       DialectSql::tokenMatch(m_postgres, QStringLiteral("resident_fts")) +
                       QStringLiteral(
                           " UNION SELECT cv.record_id FROM custom_value cv WHERE cv.value = ? AND cv.field_id IN "
                           "(SELECT cf.id FROM custom_field cf WHERE cf.entity = 'resident'))");
                m_bindings << match << part;
            }
            terms << term;
        }
    }
    m_pageWhere = terms.isEmpty() ? QString() : QStringLiteral(" AND ") + terms.join(QStringLiteral(" AND "));
    m_pageBindings = m_bindings;
    if (!driverTerm.isEmpty()) {
        m_wholeDriver = true;
        terms.prepend(driverTerm);
        m_bindings = driverValues + m_bindings;
    }
    m_where = terms.isEmpty() ? QString() : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
}

QString ResidentQuery::pageSql(SortKey key, bool descending) const
{
    if (!usesDriver(key))
        return selectSql(m_postgres) + m_where + orderBy(key, descending);
    // The key (token, sort_key, resident_id) read forwards or backwards from the token: the
    // order of orderBy(Name), whose sort key is name_pinyin.
    QString sql = selectSql(m_postgres);
    sql.replace(QStringLiteral(" FROM resident r "),
                QStringLiteral(" FROM resident_token tk JOIN resident r ON r.id = tk.resident_id "));
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    return sql + QStringLiteral("WHERE tk.token = ?") + m_pageWhere + QStringLiteral(" ORDER BY tk.sort_key") + dir +
           QStringLiteral(", tk.resident_id") + dir;
}

QVariantList ResidentQuery::pageBindings(SortKey key) const
{
    if (!usesDriver(key))
        return m_bindings;
    return QVariantList{m_driver} + m_pageBindings;
}

QString ResidentQuery::selectSql(const QSqlDatabase &db)
{
    return selectSql(SqlDialect::isPostgres(db));
}

QString ResidentQuery::selectSql(bool postgres)
{
    return QStringLiteral("SELECT r.id, r.household_id, r.name, r.gender, r.birth_date, r.id_number, r.phone, c.name, "
                          "b.name, h.unit, h.room, g.name, r.residency_type, r.status, r.status_date, (SELECT ") +
           DialectSql::joined(postgres, QStringLiteral("t.name"), QStringLiteral("'、'")) +
           QStringLiteral(" FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE rt.resident_id = r.id), "
                          "(SELECT mi.name FROM resident mi WHERE mi.id = r.merged_into)") +
           kFrom;
}

QString ResidentQuery::countSql()
{
    return QStringLiteral("SELECT count(*) FROM resident r ");
}

QString ResidentQuery::cappedCountSql() const
{
    // A one-token search or a tag on a server: count from resident_token's key too, not from
    // resident's (the planner walked resident_token_resident for 张 there: 7 s). The bindings are
    // the same: the driver's term is the first one.
    if (m_wholeDriver)
        return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM resident_token tk JOIN resident r ON r.id = "
                              "tk.resident_id WHERE tk.token = ?") +
               m_pageWhere + QStringLiteral(" LIMIT ?) AS capped");
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM resident r ") + m_where +
           QStringLiteral(" LIMIT ?) AS capped");
}

QString ResidentQuery::orderBy(SortKey key, bool descending)
{
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    QString expr;
    switch (key) {
    case SortKey::Name:
        expr = QStringLiteral("r.name_pinyin") + dir;
        break;
    case SortKey::Gender:
        expr = QStringLiteral("r.gender") + dir + QStringLiteral(", r.name_pinyin");
        break;
    case SortKey::Age: // older first when ascending by age = later birth dates first
        expr = QStringLiteral("r.birth_date") + (descending ? QString() : QStringLiteral(" DESC"));
        break;
    case SortKey::IdNumber:
        expr = QStringLiteral("r.id_number") + dir;
        break;
    case SortKey::Address:
        expr =
            QStringLiteral("h.building_id") + dir + QStringLiteral(", h.unit") + dir + QStringLiteral(", h.room") + dir;
        break;
    case SortKey::Grid:
        expr = QStringLiteral("g.code") + dir + QStringLiteral(", r.name_pinyin");
        break;
    case SortKey::Residency:
        expr = QStringLiteral("r.residency_type") + dir + QStringLiteral(", r.name_pinyin");
        break;
    case SortKey::Status:
        expr = QStringLiteral("r.status") + dir + QStringLiteral(", r.name_pinyin");
        break;
    }
    return QStringLiteral(" ORDER BY ") + expr + QStringLiteral(", r.id") + dir;
}

void ResidentQuery::addColumnCondition(const ResidentColumnCondition &c, QStringList *terms)
{
    using Column = ResidentTableModel::Column;
    const QString contains = c.contains.simplified();
    if (c.customFieldId > 0) {
        // The office's own field (custom_value, models/tags): "contains" for text, or one of the values.
        if (!contains.isEmpty()) {
            *terms << QStringLiteral("r.id IN (SELECT cv.record_id FROM custom_value cv WHERE cv.field_id = ? AND "
                                     "lower(cv.value) LIKE lower(CAST(? AS TEXT)) ESCAPE '!')");
            m_bindings << c.customFieldId << containsPattern(contains);
        }
        if (!c.values.isEmpty()) {
            *terms << QStringLiteral("r.id IN (SELECT cv.record_id FROM custom_value cv WHERE cv.field_id = ? AND "
                                     "cv.value IN (%1))")
                          .arg(marks(int(c.values.size())));
            m_bindings << c.customFieldId;
            for (const QString &v : c.values)
                m_bindings << v;
        }
        return;
    }
    if (!contains.isEmpty()) {
        const QString pattern = containsPattern(contains);
        if (c.column == Column::Name) {
            *terms << QStringLiteral("lower(r.name) LIKE lower(CAST(? AS TEXT)) ESCAPE '!'");
            m_bindings << pattern;
        } else if (c.column == Column::Address) {
            // The address as the list writes it, less the spaces, so "锦绣花园10号楼" finds it too.
            *terms << QStringLiteral(
                "r.household_id IN (SELECT h4.id FROM household h4 JOIN building b4 ON b4.id = h4.building_id "
                "JOIN compound c4 ON c4.id = b4.compound_id WHERE lower(c4.name || b4.name || coalesce(h4.unit, '') || "
                "coalesce(h4.room, '')) LIKE lower(CAST(? AS TEXT)) ESCAPE '!')");
            m_bindings << containsPattern(QString(contains).remove(QLatin1Char(' ')));
        }
    }
    if (c.values.isEmpty())
        return;
    QVariantList values;
    for (const QString &v : c.values)
        values << v;
    QVariantList ids;
    for (const QString &v : c.values)
        ids << v.toLongLong();
    switch (c.column) {
    case Column::Gender:
        *terms << QStringLiteral("r.gender IN (%1)").arg(marks(int(values.size())));
        m_bindings << values;
        break;
    case Column::Residency:
        *terms << QStringLiteral("r.residency_type IN (%1)").arg(marks(int(values.size())));
        m_bindings << values;
        break;
    case Column::Status:
        *terms << QStringLiteral("r.status IN (%1)").arg(marks(int(values.size())));
        m_bindings << values;
        break;
    case Column::Grid:
        *terms << QStringLiteral("r.household_id IN (SELECT h5.id FROM household h5 JOIN building b5 ON b5.id = "
                                 "h5.building_id WHERE b5.grid_id IN (%1))")
                      .arg(marks(int(ids.size())));
        m_bindings << ids;
        break;
    case Column::Tags:
        *terms << QStringLiteral("r.id IN (SELECT resident_id FROM resident_tag WHERE tag_id IN (%1))")
                      .arg(marks(int(ids.size())));
        m_bindings << ids;
        break;
    default:
        break;
    }
}
