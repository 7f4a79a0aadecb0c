// Name, pinyin-initial, traditional and address search on both engines, and on PostgreSQL the
// proof that the trigram index serves it (issue 23): EXPLAIN names resident_fts_trgm. The first
// page in name order, and on PostgreSQL from resident_token's key with no sort, kept by the
// server's triggers when names and tags change.
#include "models/core/dialectsql.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/register/residentquery.h"
#include "models/register/residentsearchindex.h"
#include "models/register/residentsearchschema.h"
#include "models/register/residenttablemodel.h"
#include "models/register/residenttokenschema.h"
#include "tests/support/testsupport.h"

#include <QSqlQuery>
#include <QTest>

class ResidentSearchTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void serverIndexServesTheSearch();
    void firstPageInNameOrder();
    void firstPageReadsTheTokenKey();
    void tokensFollowNamesAndTags();

private:
    // The statement with its ? replaced by the bound values as literals: PostgreSQL cannot
    // PREPARE an EXPLAIN.
    static QString withLiterals(QString sql, const QVariantList &values);
    QString plan(const QString &sql) const;
    QStringList shown(const ResidentFilter &filter, Qt::SortOrder order = Qt::AscendingOrder) const;

    std::unique_ptr<TestDatabase> m_tdb;
};

void ResidentSearchTest::initTestCase()
{
    m_tdb = std::make_unique<TestDatabase>();
    const QDate born(1960, 3, 4);
    QVERIFY(m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("501"),
                                {{QStringLiteral("张三丰"), TestDatabase::idFor(born, true)}}));
    QVERIFY(m_tdb->addHousehold(m_tdb->buildingA2, QStringLiteral("2"), QStringLiteral("1502"),
                                {{QStringLiteral("三张"), TestDatabase::idFor(born.addDays(1), true)}}));
    QVERIFY(m_tdb->addHousehold(m_tdb->buildingB1, QStringLiteral("1"), QStringLiteral("302"),
                                {{QStringLiteral("陳小明"), TestDatabase::idFor(born.addDays(2), true)}}));
}

void ResidentSearchTest::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // A phrase is its characters in order: 张三 is not 三张.
    QTest::newRow("phrase") << QStringLiteral("张三") << QStringList{QStringLiteral("张三丰")};
    QTest::newRow("one character") << QStringLiteral("张")
                                   << QStringList{QStringLiteral("三张"), QStringLiteral("张三丰")};
    // Traditional characters are found by their simplified form.
    QTest::newRow("traditional") << QStringLiteral("陈小") << QStringList{QStringLiteral("陳小明")};
    QTest::newRow("initials") << QStringLiteral("zsf") << QStringList{QStringLiteral("张三丰")};
    // A room number is a whole token: 501 does not find 1501 or 1502.
    QTest::newRow("room") << QStringLiteral("501") << QStringList{QStringLiteral("张三丰")};
    QTest::newRow("address") << QStringLiteral("翠湖") << QStringList{QStringLiteral("陳小明")};
    // LIKE's wildcards typed by the clerk are characters, not wildcards.
    QTest::newRow("wildcards") << QStringLiteral("5_1") << QStringList{};
}

void ResidentSearchTest::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ResidentTableModel model(m_tdb->db(), testScope());
    ResidentFilter f;
    f.text = text;
    model.setFilter(f);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, ResidentTableModel::Name).data().toString();
    std::sort(names.begin(), names.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(names, expected);
}

QString ResidentSearchTest::withLiterals(QString sql, const QVariantList &values)
{
    for (const QVariant &v : values) {
        const qsizetype at = sql.indexOf(u'?');
        if (at < 0)
            break;
        const QString literal = v.typeId() == QMetaType::QString
                                    ? u'\'' + v.toString().replace(u'\'', QLatin1String("''")) + u'\''
                                    : v.toString();
        sql.replace(at, 1, literal);
    }
    return sql;
}

QString ResidentSearchTest::plan(const QString &sql) const
{
    QSqlQuery q(m_tdb->db());
    if (!q.exec(QStringLiteral("EXPLAIN ") + sql))
        return QStringLiteral("EXPLAIN failed: ") + sql;
    QString text;
    while (q.next())
        text += q.value(0).toString() + u'\n';
    return text;
}

void ResidentSearchTest::serverIndexServesTheSearch()
{
    if (!SqlDialect::isPostgres(m_tdb->db()))
        QSKIP("SQLite: the FTS5 table serves the search");
    QVERIFY(ResidentSearchSchema::hasServerIndex(m_tdb->db()));
    // A handful of rows: the planner would rightly scan them, so scans are priced out to see
    // whether the index can serve the statement at all.
    QSqlQuery set(m_tdb->db());
    QVERIFY(set.exec(QStringLiteral("SET enable_seqscan = off")));
    const QString match = QStringLiteral("SELECT rowid FROM resident_fts WHERE ") +
                          DialectSql::tokenMatch(true, QStringLiteral("resident_fts"));
    const QString byName = plan(withLiterals(match, {QStringLiteral("\"张\" + \"三\"")}));
    QVERIFY2(byName.contains(QLatin1String("resident_fts_trgm")), qPrintable(byName));

    // The initials' statement as ResidentQuery writes it: the FTS half goes through the index too.
    const QString initials = QStringLiteral("SELECT id FROM resident WHERE ") +
                             DialectSql::startsWith(true, QStringLiteral("name_initials")) +
                             QStringLiteral(" UNION SELECT rowid FROM resident_fts WHERE ") +
                             DialectSql::tokenMatch(true, QStringLiteral("resident_fts"));
    const QString byInitials = plan(withLiterals(initials, {QStringLiteral("zsf*"), QStringLiteral("\"zsf\"")}));
    QVERIFY2(byInitials.contains(QLatin1String("resident_fts_trgm")), qPrintable(byInitials));
    QVERIFY(set.exec(QStringLiteral("RESET enable_seqscan")));
}

QStringList ResidentSearchTest::shown(const ResidentFilter &filter, Qt::SortOrder order) const
{
    ResidentTableModel model(m_tdb->db(), testScope());
    model.sort(ResidentTableModel::Name, order);
    model.setFilter(filter);
    QStringList names;
    for (int r = 0; r < model.rowCount(); ++r)
        names << model.index(r, ResidentTableModel::Name).data().toString();
    return names;
}

void ResidentSearchTest::firstPageInNameOrder()
{
    // By pinyin: 三张 (san zhang) before 张三丰 (zhang san feng), both ways; on PostgreSQL read
    // from resident_token in its key's order, forwards and backwards.
    ResidentFilter f;
    f.text = QStringLiteral("张");
    QCOMPARE(shown(f), (QStringList{QStringLiteral("三张"), QStringLiteral("张三丰")}));
    QCOMPARE(shown(f, Qt::DescendingOrder), (QStringList{QStringLiteral("张三丰"), QStringLiteral("三张")}));
    f.text = QStringLiteral("z");
    QCOMPARE(shown(f), (QStringList{QStringLiteral("张三丰")}));
}

void ResidentSearchTest::firstPageReadsTheTokenKey()
{
    if (!SqlDialect::isPostgres(m_tdb->db()))
        QSKIP("SQLite: the FTS5 table serves the search");
    QVERIFY(ResidentTokenSchema::servesSearch(m_tdb->db()));
    QSqlQuery set(m_tdb->db());
    // Scans and bitmaps priced out (a handful of rows): can the key serve the page at all?
    QVERIFY(set.exec(QStringLiteral("SET enable_seqscan = off")));
    QVERIFY(set.exec(QStringLiteral("SET enable_bitmapscan = off")));
    ResidentFilter f;
    f.text = QStringLiteral("张");
    const ResidentQuery search(m_tdb->db(), f, testScope(), QDate::currentDate(), true);
    QCOMPARE(search.driverToken(), QStringLiteral("张"));
    const auto page = [&](const ResidentQuery &q) {
        return plan(withLiterals(q.pageSql(ResidentQuery::SortKey::Name, false) + QStringLiteral(" LIMIT 200"),
                                 q.pageBindings(ResidentQuery::SortKey::Name)));
    };
    const QString byName = page(search);
    QVERIFY2(byName.contains(QLatin1String("resident_token_key")), qPrintable(byName));
    QVERIFY2(!byName.contains(QLatin1String("Sort")), qPrintable(byName));
    ResidentFilter tag;
    tag.tagId = 1;
    const ResidentQuery byTag(m_tdb->db(), tag, testScope(), QDate::currentDate(), true);
    QCOMPARE(byTag.driverToken(), QStringLiteral("#1"));
    const QString tagPlan = page(byTag);
    QVERIFY2(tagPlan.contains(QLatin1String("resident_token_key")), qPrintable(tagPlan));
    QVERIFY2(!tagPlan.contains(QLatin1String("Sort")), qPrintable(tagPlan));
    QVERIFY(set.exec(QStringLiteral("RESET enable_seqscan")));
    QVERIFY(set.exec(QStringLiteral("RESET enable_bitmapscan")));
}

void ResidentSearchTest::tokensFollowNamesAndTags()
{
    const QDate born(1970, 5, 6);
    const qint64 household = m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("3"), QStringLiteral("303"),
                                                 {{QStringLiteral("欧阳修"), TestDatabase::idFor(born, true)}});
    QVERIFY(household > 0);
    const qint64 id = m_tdb->residentId(TestDatabase::idFor(born, true));
    ResidentFilter f;
    f.text = QStringLiteral("oyx");
    QCOMPARE(shown(f), QStringList{QStringLiteral("欧阳修")});
    // Renamed as the register's writers do: the name, then the household's keys and tokens.
    SqlQuery rename(m_tdb->db(), QStringLiteral("UPDATE resident SET name = ? WHERE id = ?"));
    QVERIFY(rename.exec(QStringLiteral("司马光"), id));
    QVERIFY(ResidentSearchIndex::updateHousehold(m_tdb->db(), household));
    QCOMPARE(shown(f), QStringList{});
    f.text = QStringLiteral("smg");
    QCOMPARE(shown(f), QStringList{QStringLiteral("司马光")});
    f.text = QStringLiteral("司");
    QCOMPARE(shown(f), QStringList{QStringLiteral("司马光")});
    f.text = QStringLiteral("欧");
    QCOMPARE(shown(f), QStringList{});

    // A tag given and taken away.
    ResidentFilter tag;
    tag.tagId = 1;
    QCOMPARE(shown(tag), QStringList{});
    QVERIFY(
        SqlQuery(m_tdb->db(), QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, 1)")).exec(id));
    QCOMPARE(shown(tag), QStringList{QStringLiteral("司马光")});
    QVERIFY(SqlQuery(m_tdb->db(), QStringLiteral("DELETE FROM resident_tag WHERE resident_id = ?")).exec(id));
    QCOMPARE(shown(tag), QStringList{});
}

QTEST_GUILESS_MAIN(ResidentSearchTest)
#include "residentsearch_test.moc"
