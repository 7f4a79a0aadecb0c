// The import's fast path (an empty register: no ID number or household looked up, resident
// indexes and the birthday-key trigger dropped for the load, keys written with each row; on a
// server households gathered and written in batches) against the ordinary path (a register with
// someone in it already), on one mixed file with errors: the same people in the same households
// with the same birthday keys, full-text, history and audit rows, and the same rejected rows.
#include "models/cnrules/idnumber.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/register/residentsearchindex.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class ImportFastPathTest : public QObject
{
    Q_OBJECT

private slots:
    void fastPathGivesWhatTheOrdinaryPathGives();

private:
    struct Outcome
    {
        QStringList people;     // one line per imported person, ordered by ID number
        QStringList rejections; // row, column, reason
        ResidentImporter::Summary summary;
    };
    QString writeCsv();
    Outcome import(TestDatabase &t);

    QTemporaryDir m_dir;
    QStringList m_ids;
};

QString ImportFastPathTest::writeCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("mixed.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    // Birth dates around the lunar table's edges: before its first month (no lunar key), a
    // leap month's first day (2023-03-22 is 闰二月初一), 29 February.
    const QList<QDate> births{QDate(1900, 1, 15), QDate(1960, 6, 15), QDate(2023, 3, 22),
                              QDate(2000, 2, 29), QDate(1984, 2, 2),  QDate(1949, 10, 1)};
    QStringList lines{QStringLiteral("姓名,身份证号码,性别,与户主关系,联系电话,小区,楼栋,单元,门牌号,户号,人员类别")};
    m_ids.clear();
    for (int i = 0; i < 60; ++i) {
        const QString id =
            IdNumber::generate(QStringLiteral("320106"), births.at(i % births.size()).addDays(i / 6), 3 + i, i % 2);
        m_ids << id;
        QString relation = i % 3 == 0   ? QStringLiteral("户主")
                           : i % 3 == 1 ? QStringLiteral("配偶")
                                        : QStringLiteral("子");
        QString idCell = id;
        QString number = i >= 48 ? QStringLiteral("H%1").arg(i / 3) : QString();
        if (i == 7)
            idCell = id.left(17) +
                     (id.endsWith(QLatin1Char('1')) ? QStringLiteral("2") : QStringLiteral("1")); // bad check digit
        if (i == 13)
            idCell = m_ids.at(12); // the same number twice
        if (i == 20)
            relation = QStringLiteral("户主"); // two heads at one address: two households
        if (i == 31)
            relation = QStringLiteral("不知道"); // not a relation
        const int household = i / 3;
        const QString room = QString::number(101 + household % 5);
        const QString building = QStringLiteral("%1栋").arg(household / 5 + 1);
        lines << QStringLiteral("快速%1,%2,%3,%4,139%5,快速苑,%6,%7,%8,%9,%10")
                     .arg(i)
                     .arg(idCell, i % 2 ? QStringLiteral("男") : QStringLiteral("女"), relation)
                     .arg(i, 8, 10, QLatin1Char('0'))
                     .arg(building, household % 2 ? QStringLiteral("1") : QStringLiteral("2单元"), room, number,
                          i % 5 == 0 ? QStringLiteral("党员、低保") : QString());
    }
    // A member listed before any head at a new address.
    lines << QStringLiteral("无主,%1,女,子,13900000999,快速苑,9栋,1,909,,")
                 .arg(IdNumber::generate(QStringLiteral("320106"), QDate(1990, 5, 5), 999, 0));
    // Two households at one address, then a household number first seen there: a member joins the
    // first of them (as the lookup of the address finds it), a head begins a third.
    const QStringList atOne{QStringLiteral("甲头,%1,男,户主"), QStringLiteral("乙头,%1,女,户主"),
                            QStringLiteral("丙子,%1,男,子"), QStringLiteral("丁头,%1,女,户主")};
    for (int i = 0; i < atOne.size(); ++i)
        lines << atOne.at(i).arg(
                     IdNumber::generate(QStringLiteral("320106"), QDate(1970, 3, 3 + i), 500 + i, i % 2 == 0)) +
                     QStringLiteral(",1380000090%1,快速苑,9栋,1,901,%2,")
                         .arg(i)
                         .arg(i >= 2 ? QStringLiteral("H9%1").arg(i) : QString());
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return path;
}

ImportFastPathTest::Outcome ImportFastPathTest::import(TestDatabase &t)
{
    Outcome o;
    QString error;
    auto source = ImportSource::open(m_dir.filePath(QStringLiteral("mixed.csv")), &error);
    if (!source) {
        qWarning() << error;
        return o;
    }
    ResidentImporter importer(t.db(), testScope(), QDate(2026, 6, 1));
    if (importer.run(*source) != ResidentImporter::Outcome::Done) {
        qWarning() << importer.errorText();
        return o;
    }
    o.summary = importer.summary();
    for (const ResidentImporter::Rejection &r : importer.rejections())
        o.rejections << QStringLiteral("%1|%2|%3").arg(r.rowNumber).arg(r.column, r.reason);
    // Households by their members (ids differ between the databases, addresses and members do not).
    SqlQuery people(
        t.db(),
        QStringLiteral("SELECT r.id, r.name, r.id_number, r.birth_date, r.birth_md, r.birth_lunar_md, r.gender, "
                       "r.relation, r.residency_type, r.status, r.name_key, r.name_initials, r.name_pinyin, c.name, "
                       "b.name, h.unit, h.room, h.housing_type, h.status, r.household_id FROM resident r JOIN "
                       "household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN compound "
                       "c ON c.id = b.compound_id WHERE c.name = '快速苑' ORDER BY r.id_number"));
    if (!people.exec())
        return o;
    while (people.next()) {
        const qint64 id = people.value(0).toLongLong();
        QStringList line;
        for (int c = 1; c < 19; ++c)
            line << (people.value(c).isNull() ? QStringLiteral("NULL") : people.value(c).toString());
        SqlQuery members(t.db(), QStringLiteral("SELECT id_number FROM resident WHERE household_id = ? ORDER BY "
                                                "id_number"));
        members.exec(people.value(19));
        QStringList ids;
        while (members.next())
            ids << members.value(0).toString();
        line << ids.join(QLatin1Char('+'));
        SqlQuery fts(t.db(), QStringLiteral("SELECT tokens FROM resident_fts WHERE rowid = ?"));
        fts.exec(id);
        line << fts.scalar().toString();
        SqlQuery history(t.db(), QStringLiteral("SELECT kind, change_date, to_household_id = ? FROM resident_change "
                                                "WHERE resident_id = ? ORDER BY id"));
        history.exec(people.value(19), id);
        while (history.next())
            line << history.value(0).toString() + history.value(1).toString() + history.value(2).toString();
        SqlQuery audit(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'resident' AND "
                                              "record_id = ? AND action = 'insert'"));
        audit.exec(id);
        line << QStringLiteral("audit %1").arg(audit.scalar().toInt());
        SqlQuery tags(t.db(), QStringLiteral("SELECT t.name FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                                             "WHERE rt.resident_id = ? ORDER BY t.name"));
        tags.exec(id);
        while (tags.next())
            line << tags.value(0).toString();
        o.people << line.join(QLatin1Char('|'));
    }
    return o;
}

void ImportFastPathTest::fastPathGivesWhatTheOrdinaryPathGives()
{
    QVERIFY(!writeCsv().isEmpty());
    TestDatabase empty; // the fast path
    const Outcome fast = import(empty);
    TestDatabase used; // someone registered already: every number and household is looked up
    used.addHousehold(used.buildingB1, QStringLiteral("1"), QStringLiteral("999"),
                      {{QStringLiteral("早已在册"), TestDatabase::idFor(QDate(1950, 1, 1), true)}});
    const Outcome ordinary = import(used);

    QVERIFY(fast.summary.imported > 40);
    QCOMPARE(fast.summary.imported, ordinary.summary.imported);
    QCOMPARE(fast.summary.rejected, ordinary.summary.rejected);
    QVERIFY(fast.summary.rejected >= 4);
    QCOMPARE(fast.summary.householdsCreated, ordinary.summary.householdsCreated);
    QCOMPARE(fast.rejections, ordinary.rejections);
    QCOMPARE(fast.people.size(), fast.summary.imported);
    for (int i = 0; i < fast.people.size(); ++i)
        QCOMPARE(fast.people.at(i), ordinary.people.value(i));

    // The full-text rows, written with the addresses the importer knows, are what a rebuild from
    // the stored rows gives.
    auto tokens = [&] {
        SqlQuery q(empty.db(), QStringLiteral("SELECT rowid, tokens FROM resident_fts ORDER BY rowid"));
        QStringList all;
        if (q.exec())
            while (q.next())
                all << q.value(0).toString() + QLatin1Char('=') + q.value(1).toString();
        return all;
    };
    const QStringList written = tokens();
    QVERIFY(ResidentSearchIndex::rebuildAll(empty.db()));
    QCOMPARE(written, tokens());

    // The keys as the trigger's SQL computes them, checked on known dates too.
    auto keysOf = [&](const QDate &birth) {
        SqlQuery q(empty.db(), QStringLiteral("SELECT birth_md, birth_lunar_md FROM resident WHERE birth_date = ?"));
        q.exec(birth.toString(Qt::ISODate));
        return q.next()
                   ? QStringLiteral("%1/%2").arg(q.value(0).toString(),
                                                 q.value(1).isNull() ? QStringLiteral("NULL") : q.value(1).toString())
                   : QString();
    };
    QCOMPARE(keysOf(QDate(1900, 1, 15)), QStringLiteral("115/NULL"));
    QCOMPARE(keysOf(QDate(2023, 3, 22)), QStringLiteral("322/201"));
    // The trigger is back after the load (SQLite drops it for the load; a server keeps it).
    if (!SqlDialect::isPostgres(empty.db()))
        QCOMPARE(SqlQuery(empty.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                                     "name = 'resident_birth_keys_insert'"))
                     .scalar()
                     .toInt(),
                 1);
}

QTEST_GUILESS_MAIN(ImportFastPathTest)
#include "importfastpath_test.moc"
