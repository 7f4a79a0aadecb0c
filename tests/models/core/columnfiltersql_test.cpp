// The header's column filters in SQL (issue 24): the terms a condition adds, the choices a column
// offers among the rows the rest of the filter keeps, the blanks, and the JSON a view keeps.
#include "models/core/columncondition.h"
#include "models/core/columnfiltersql.h"
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <QtTest>

class ColumnFilterSqlTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_t = std::make_unique<TestDatabase>();
        // A building with no grid: its blank shows as "(Blanks)" and can be ticked.
        SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO building (compound_id, grid_id, name) VALUES (?, NULL, ?)"));
        QVERIFY(q.exec(m_t->compoundB, QStringLiteral("3号楼")));
    }
    void cleanup() { m_t.reset(); }

    void termsFilterByValuesTextAndBlanks()
    {
        QCOMPARE(count({}), 4);
        QCOMPARE(count({{0, {}, {QString::number(m_t->compoundA)}}}), 2);
        QCOMPARE(count({{1, {}, {QString::number(m_t->gridB)}}}), 1);
        QCOMPARE(count({{1, {}, {QString()}}}), 1); // the blank grid
        QCOMPARE(count({{1, {}, {QString(), QString::number(m_t->gridA)}}}), 3);
        QCOMPARE(count({{2, QStringLiteral("1号"), {}}}), 2);
        // "%" is a character to look for, not a wildcard.
        QCOMPARE(count({{2, QStringLiteral("%"), {}}}), 0);
        // Two columns: both apply.
        QCOMPARE(count({{0, {}, {QString::number(m_t->compoundA)}}, {2, QStringLiteral("1号"), {}}}), 1);
        // The column left out (its own dropdown) does not narrow its choices.
        QStringList terms;
        QVariantList bindings;
        ColumnFilterSql::addTerms(columns(), {{0, {}, {QString::number(m_t->compoundA)}}}, &terms, &bindings, 0);
        QVERIFY(terms.isEmpty());
    }

    void choicesAreDistinctScopedAndLabelled()
    {
        const QList<ColumnSql> cols = columns();
        // Every compound, by name, each once.
        auto choices = ColumnFilterSql::choices(m_t->db(), cols.at(0), from(), QString(), {});
        QCOMPARE(choices.size(), 2);
        QStringList labels;
        for (const auto &c : choices)
            labels << c.second;
        QVERIFY(labels.contains(QStringLiteral("幸福里")));
        QVERIFY(labels.contains(QStringLiteral("翠湖苑")));
        // Among the rows the rest of the filter keeps: compound B's buildings have grid B and a blank.
        QStringList terms;
        QVariantList bindings;
        ColumnFilterSql::addTerms(cols, {{0, {}, {QString::number(m_t->compoundB)}}}, &terms, &bindings, 1);
        choices = ColumnFilterSql::choices(m_t->db(), cols.at(1), from(),
                                           QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")), bindings);
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(0).first, QString()); // the blank first
        QCOMPARE(choices.at(0).second, QStringLiteral("(Blanks)"));
        QCOMPARE(choices.at(1).first, QString::number(m_t->gridB));
        QCOMPARE(choices.at(1).second, QStringLiteral("第二网格"));
        // A code worded by the list.
        ColumnSql worded = cols.at(1);
        worded.labelOf = [](const QString &code) -> QString { return QStringLiteral("grid #") + code; };
        choices = ColumnFilterSql::choices(m_t->db(), worded, from(), QString(), {});
        QCOMPARE(choices.constLast().second, QStringLiteral("grid #") + choices.constLast().first);
    }

    void conditionsRoundTripAsJson()
    {
        const QList<ColumnCondition> conditions{{1, QStringLiteral("a"), {QStringLiteral("x"), QString()}},
                                                {2, {}, {}},                   // empty: dropped
                                                {9, QStringLiteral("b"), {}}}; // no such column: dropped
        const QList<ColumnCondition> back = ColumnCondition::fromJson(ColumnCondition::toJson(conditions), 3);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0), conditions.at(0));
    }

private:
    QList<ColumnSql> columns() const
    {
        return {{0, QStringLiteral("b.compound_id"), QStringLiteral("c.name"), {}, true},
                {1, QStringLiteral("b.grid_id"), QStringLiteral("g.name"), {}, true},
                {2, {}, {}, QStringLiteral("b.name")}};
    }
    static QString from()
    {
        return QStringLiteral(
            "building b JOIN compound c ON c.id = b.compound_id LEFT JOIN grid g ON g.id = b.grid_id");
    }
    int count(const QList<ColumnCondition> &conditions) const
    {
        QStringList terms{QStringLiteral("1 = 1")};
        QVariantList bindings;
        ColumnFilterSql::addTerms(columns(), conditions, &terms, &bindings);
        SqlQuery q(m_t->db(),
                   QStringLiteral("SELECT count(*) FROM building b WHERE ") + terms.join(QStringLiteral(" AND ")));
        for (const QVariant &v : bindings)
            q.bind(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<TestDatabase> m_t;
};

QTEST_GUILESS_MAIN(ColumnFilterSqlTest)
#include "columnfiltersql_test.moc"
