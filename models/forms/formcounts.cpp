#include "formcounts.h"

#include "models/core/sqlquery.h"
#include "models/importing/importvocabulary.h"
#include "models/register/residentquery.h"
#include "models/reports/monthlyreportquery.h"

#include <QRegularExpression>

FormCounts::FormCounts(QSqlDatabase db, const AccessScope &scope, const QDate &today)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_today(today)
    , m_year(today.year())
    , m_month(today.month())
{}

void FormCounts::setMonth(int year, int month)
{
    m_year = year;
    m_month = month;
}

bool FormCounts::ageBand(const QString &label, int *minAge, int *maxAge)
{
    const QString text = ImportVocabulary::fold(label);
    static const QRegularExpression band(QStringLiteral("^(\\d{1,3})(?:周?岁)?[-~～—－至到](\\d{1,3})(?:周?岁)?$"));
    static const QRegularExpression over(QStringLiteral("^(\\d{1,3})(?:周?岁)?(及以上|以上|含以上|\\+)$"));
    static const QRegularExpression under(QStringLiteral("^(\\d{1,3})(?:周?岁)?(及以下|以下)$"));
    if (const QRegularExpressionMatch m = band.match(text); m.hasMatch()) {
        *minAge = m.captured(1).toInt();
        *maxAge = m.captured(2).toInt();
        return *minAge <= *maxAge;
    }
    if (const QRegularExpressionMatch m = over.match(text); m.hasMatch()) {
        *minAge = m.captured(1).toInt();
        *maxAge = -1;
        return true;
    }
    if (const QRegularExpressionMatch m = under.match(text); m.hasMatch()) {
        // 60岁以下 is under 60 in the statistics the street asks for; 60岁及以下 includes 60.
        *minAge = -1;
        *maxAge = m.captured(1).toInt() - (m.captured(2) == QLatin1String("以下") ? 1 : 0);
        return *maxAge >= 0;
    }
    return false;
}

FormCounts::RowKey FormCounts::rowKey(const QString &label) const
{
    RowKey key;
    const QString folded = ImportVocabulary::fold(label);
    if (folded.isEmpty())
        return key;
    if (folded.startsWith(QStringLiteral("合计")) || folded.startsWith(QStringLiteral("总计")) ||
        folded == QStringLiteral("全社区")) {
        key.kind = QStringLiteral("total");
        return key;
    }
    if (ageBand(label, &key.minAge, &key.maxAge)) {
        key.kind = QStringLiteral("age");
        return key;
    }
    if (const qint64 grid = gridId(label); grid > 0) {
        key.kind = QStringLiteral("grid");
        key.id = grid;
    } else if (const qint64 tag = tagId(label); tag > 0) {
        key.kind = QStringLiteral("tag");
        key.id = tag;
    }
    return key;
}

qint64 FormCounts::gridId(const QString &text) const
{
    const QString folded = ImportVocabulary::fold(text);
    SqlQuery grids(m_db, QStringLiteral("SELECT id, code, name FROM grid WHERE archived = 0"));
    if (!folded.isEmpty() && grids.exec())
        while (grids.next())
            if ((folded == ImportVocabulary::fold(grids.value(1).toString()) ||
                 folded == ImportVocabulary::fold(grids.value(2).toString())) &&
                m_scope.seesGrid(grids.value(0).toLongLong()))
                return grids.value(0).toLongLong();
    return 0;
}

qint64 FormCounts::tagId(const QString &text) const
{
    const QString folded = ImportVocabulary::fold(text);
    const QString code = ImportVocabulary::lookup(QStringLiteral("tag"), text);
    SqlQuery tags(m_db, QStringLiteral("SELECT id, code, name FROM tag WHERE archived = 0"));
    if (!folded.isEmpty() && tags.exec())
        while (tags.next())
            if (folded == ImportVocabulary::fold(tags.value(2).toString()) ||
                folded == ImportVocabulary::fold(tags.value(1).toString()) || code == tags.value(1).toString())
                return tags.value(0).toLongLong();
    return 0;
}

bool FormCounts::cells(const FormLayout &layout, const FormMapping &mapping, QMap<std::pair<int, int>, FormCell> *cells,
                       QStringList *unknown, QString *error) const
{
    cells->clear();
    if (!m_scope.isSignedIn()) {
        if (error)
            *error = tr("Please sign in to fill a form from the register.");
        return false;
    }
    MonthlyReportQuery report(m_db, m_scope);
    report.setElderlyAge(m_elderlyAge);
    for (const auto &[row, label] : layout.rowLabels) {
        const RowKey key = rowKey(label);
        if (key.kind.isEmpty()) {
            if (unknown)
                *unknown << label;
            continue;
        }
        ResidentFilter filter; // living residents
        if (key.kind == QLatin1String("grid"))
            filter.gridId = key.id;
        else if (key.kind == QLatin1String("tag"))
            filter.tagId = key.id;
        else if (key.kind == QLatin1String("age")) {
            filter.minAge = key.minAge;
            filter.maxAge = key.maxAge;
        }
        const ResidentQuery query(m_db, filter, m_scope, m_today);
        SqlQuery q(m_db, QStringLiteral("SELECT count(*), count(DISTINCT r.household_id), sum(CASE WHEN r.gender = "
                                        "'M' THEN 1 ELSE 0 END), sum(CASE WHEN r.gender = 'F' THEN 1 ELSE 0 END), "
                                        "sum(CASE WHEN r.birth_date <= ? THEN 1 ELSE 0 END), sum(CASE WHEN "
                                        "r.birth_date <= ? THEN 1 ELSE 0 END) FROM resident r ") +
                             query.whereClause());
        q.bind(m_today.addYears(-m_elderlyAge).toString(Qt::ISODate));
        q.bind(m_today.addYears(-80).toString(Qt::ISODate));
        for (const QVariant &v : query.bindings())
            q.bind(v);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = tr("The register could not be counted to fill the form.");
            return false;
        }
        QHash<QString, double> figures{{QStringLiteral("count.residents"), q.value(0).toDouble()},
                                       {QStringLiteral("count.households"), q.value(1).toDouble()},
                                       {QStringLiteral("count.male"), q.value(2).toDouble()},
                                       {QStringLiteral("count.female"), q.value(3).toDouble()},
                                       {QStringLiteral("count.elderly"), q.value(4).toDouble()},
                                       {QStringLiteral("count.age80"), q.value(5).toDouble()}};
        if (key.kind == QLatin1String("grid") || key.kind == QLatin1String("total")) {
            // The grid's or the community's line of the month's report, as printed.
            MonthlyReportData data;
            if (!report.run(m_year, m_month, key.id, &data, error))
                return false;
            figures.insert(QStringLiteral("count.households"), data.households);
            figures.insert(QStringLiteral("count.residents"), data.residents);
            figures.insert(QStringLiteral("count.elderly"), data.elderly);
            figures.insert(QStringLiteral("count.received"), data.total.received);
            figures.insert(QStringLiteral("count.resolved"), data.total.resolved);
            figures.insert(QStringLiteral("count.followUps"), data.total.followUps);
            figures.insert(QStringLiteral("count.events"), data.total.events);
            figures.insert(QStringLiteral("count.participants"), data.total.participants);
        }
        for (int c = 0; c < mapping.columns.size(); ++c) {
            const auto it = figures.constFind(mapping.columns.at(c));
            if (it != figures.constEnd())
                cells->insert({row, c}, FormCell::ofNumber(*it));
        }
    }
    return true;
}
