// communitydesk-cli form fill: a street's form filled from the demo register end to end, by grid,
// tag and minimum age, numbers masked unless shown, the window's remembered mapping used, audited.
#include "models/access/accessscope.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/formmaps/formmappingstore.h"
#include "models/forms/formlayout.h"
#include "models/importing/xlsxreader.h"
#include "models/workspace/workspace.h"
#include "tests/models/forms/formtemplates.h"
#include "tests/support/clirunner.h"
#include "tests/support/xlsxpackage.h"

#include <QDate>
#include <QMap>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

QMap<int, QStringList> readSheet(const QString &path)
{
    QMap<int, QStringList> rows;
    XlsxReader reader;
    if (!reader.open(path))
        return rows;
    QStringList cells;
    int number = 0;
    while (reader.readRow(&cells, &number))
        rows.insert(number, cells);
    return rows;
}

} // namespace

class FormCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fillsOneGridsElderlyMasked();
    void tagAndShownNumbersAreAudited();
    void usesTheMappingRememberedInTheWindow();
    void fillsACountsForm();
    void badArguments();

private:
    CliRun run(const QStringList &args) const;
    QVariant scalar(const QString &sql, const QVariantList &bindings = {}) const;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_form;
    QString m_gridCode;
    qint64 m_gridId = 0;
};

void FormCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = file(QStringLiteral("register.sqlite"));
    const CliRun demo = run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("120")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_gridId = scalar(QStringLiteral("SELECT id FROM grid ORDER BY code LIMIT 1")).toLongLong();
    m_gridCode = scalar(QStringLiteral("SELECT code FROM grid WHERE id = ?"), {m_gridId}).toString();
    m_form = file(QStringLiteral("高龄补贴申报表.xlsx"));
    QString error;
    QVERIFY2(FormTemplates::writePeopleForm(m_form, &error), qPrintable(error));
}

CliRun FormCliTest::run(const QStringList &args) const
{
    CliOptions options;
    options.configHome = m_dir.filePath(QStringLiteral("config"));
    return runCli(QStringList{QStringLiteral("--database"), m_db} + args, options);
}

QVariant FormCliTest::scalar(const QString &sql, const QVariantList &bindings) const
{
    Database db(QUuid::createUuid().toString());
    if (!Workspace::open(db, m_db))
        return {};
    SqlQuery q(db.connection(), sql);
    for (const QVariant &v : bindings)
        q.bind(v);
    return q.exec() ? q.scalar() : QVariant();
}

void FormCliTest::fillsOneGridsElderlyMasked()
{
    const QString out = file(QStringLiteral("grid.xlsx"));
    const CliRun r = run({QStringLiteral("form"), QStringLiteral("fill"), m_form, QStringLiteral("--out"), out,
                          QStringLiteral("--grid"), m_gridCode, QStringLiteral("--min-age"), QStringLiteral("70")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int expected =
        scalar(QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id JOIN "
                              "building b ON b.id = h.building_id WHERE r.status = 'living' AND b.grid_id = ? AND "
                              "r.birth_date <= ?"),
               {m_gridId, QDate::currentDate().addYears(-70).toString(Qt::ISODate)})
            .toInt();
    QVERIFY(expected > 1);
    QVERIFY2(r.out.contains(QString::number(expected)), qPrintable(r.out));
    const QMap<int, QStringList> rows = readSheet(out);
    for (int i = 0; i < expected; ++i) {
        const QStringList row = rows.value(5 + i);
        QCOMPARE(row.value(0), QString::number(i + 1));
        QVERIFY(!row.value(1).isEmpty());
        QVERIFY2(row.value(3).contains(QLatin1Char('*')), qPrintable(row.value(3))); // masked
        QVERIFY2(row.value(5).toInt() >= 70, qPrintable(row.join(QLatin1Char('|'))));
        QCOMPARE(row.value(8), scalar(QStringLiteral("SELECT name FROM grid WHERE id = ?"), {m_gridId}).toString());
    }
    QCOMPARE(rows.value(5 + expected).value(0), QStringLiteral("合计"));
    XlsxPackage package;
    QVERIFY(package.open(out));
    QVERIFY(package.sheetXml(1).contains(QStringLiteral("<f>SUM(F5:F%1)</f>").arg(4 + expected).toUtf8()));
    QVERIFY(package.sheetXml(1).contains(QStringLiteral("<mergeCell ref=\"A%1:J%1\"/>").arg(6 + expected).toUtf8()));
    const QString after =
        scalar(QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'export' AND after_json "
                              "LIKE '%grid.xlsx%'"))
            .toString();
    QVERIFY2(after.contains(QStringLiteral("\"rows\":%1").arg(expected)), qPrintable(after));
}

void FormCliTest::tagAndShownNumbersAreAudited()
{
    const QString out = file(QStringLiteral("low-income.xlsx"));
    const CliRun r = run({QStringLiteral("form"), QStringLiteral("fill"), m_form, QStringLiteral("--out"), out,
                          QStringLiteral("--tag"), QStringLiteral("低保"), QStringLiteral("--show-ids")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int expected =
        scalar(QStringLiteral("SELECT count(*) FROM resident r JOIN resident_tag rt ON rt.resident_id = "
                              "r.id JOIN tag t ON t.id = rt.tag_id WHERE t.code = 'low_income' AND "
                              "r.status = 'living'"))
            .toInt();
    QVERIFY(expected > 0);
    const QMap<int, QStringList> rows = readSheet(out);
    QCOMPARE(rows.value(5 + expected).value(0), QStringLiteral("合计"));
    const QString id = rows.value(5).value(3);
    QCOMPARE(id.size(), 18);
    QVERIFY2(!id.contains(QLatin1Char('*')), qPrintable(id));
    QCOMPARE(scalar(QStringLiteral("SELECT id_number FROM resident WHERE name = ? AND id_number = ?"),
                    {rows.value(5).value(1), id})
                 .toString(),
             id);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reveal' AND after_json LIKE "
                                  "'%low-income.xlsx%'"))
                .toInt() == 1);
}

void FormCliTest::usesTheMappingRememberedInTheWindow()
{
    FormLayout layout;
    QString error;
    QVERIFY(FormLayout::read(m_form, &layout, &error));
    {
        Database db(QUuid::createUuid().toString());
        QVERIFY(Workspace::open(db, m_db));
        RememberedForm form;
        form.fingerprint = layout.fingerprint;
        form.title = layout.title;
        form.sheet = layout.sheetName;
        form.templatePath = m_form;
        form.mapping = layout.guessMapping();
        form.mapping.columns[9] = QStringLiteral("tags"); // 审核意见 ← the resident's groups
        form.people.minAge = 90;
        QVERIFY(
            FormMappingStore(db.connection(), AccessScope(AccessScope::Role::Administrator, 1, QStringLiteral("admin")))
                .remember(form)
                .ok);
    }
    const QString out = file(QStringLiteral("ninety.xlsx"));
    const CliRun r = run({QStringLiteral("form"), QStringLiteral("fill"), m_form, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const int expected =
        scalar(QStringLiteral("SELECT count(*) FROM resident WHERE status = 'living' AND birth_date <= ?"),
               {QDate::currentDate().addYears(-90).toString(Qt::ISODate)})
            .toInt();
    QVERIFY2(r.out.contains(QString::number(expected)), qPrintable(r.out));
    const QMap<int, QStringList> rows = readSheet(out);
    QCOMPARE(rows.value(5 + expected).value(0), QStringLiteral("合计"));
    const QString tags = scalar(QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN resident r ON r.id = "
                                               "rt.resident_id WHERE r.status = 'living' AND r.birth_date <= ?"),
                                {QDate::currentDate().addYears(-90).toString(Qt::ISODate)})
                                     .toInt() > 0
                             ? QStringLiteral("some")
                             : QString();
    bool anyTags = false;
    for (int i = 0; i < expected; ++i)
        anyTags = anyTags || !rows.value(5 + i).value(9).isEmpty();
    QCOMPARE(anyTags, !tags.isEmpty());
    QVERIFY(scalar(QStringLiteral("SELECT last_output FROM form_mapping"))
                .toString()
                .endsWith(QStringLiteral("ninety.xlsx")));
}

void FormCliTest::fillsACountsForm()
{
    const QString form = file(QStringLiteral("counts.xlsx"));
    QString error;
    QVERIFY2(FormTemplates::writeCountsForm(form, &error), qPrintable(error));
    const QString out = file(QStringLiteral("counts-out.xlsx"));
    const CliRun r = run({QStringLiteral("form"), QStringLiteral("fill"), form, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QMap<int, QStringList> rows = readSheet(out);
    const int living = scalar(QStringLiteral("SELECT count(*) FROM resident WHERE status = 'living'")).toInt();
    QCOMPARE(rows.value(6).value(0), QStringLiteral("合计"));
    QCOMPARE(rows.value(6).value(3).toInt() + rows.value(6).value(4).toInt(),
             scalar(QStringLiteral("SELECT count(*) FROM resident WHERE status = 'living' AND gender IN ('M', "
                                   "'F')"))
                 .toInt());
    QVERIFY(living > 0);
}

void FormCliTest::badArguments()
{
    QCOMPARE(run({QStringLiteral("form"), QStringLiteral("fill"), m_form}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("form"), QStringLiteral("fill"), m_form, QStringLiteral("--out"),
                  file(QStringLiteral("x.csv"))})
                 .exitCode,
             2);
    const CliRun grid = run({QStringLiteral("form"), QStringLiteral("fill"), m_form, QStringLiteral("--out"),
                             file(QStringLiteral("x.xlsx")), QStringLiteral("--grid"), QStringLiteral("NOPE")});
    QCOMPARE(grid.exitCode, 2);
    QVERIFY2(grid.err.contains(QStringLiteral("NOPE")), qPrintable(grid.err));
    QCOMPARE(run({QStringLiteral("form"), QStringLiteral("fill"), file(QStringLiteral("missing.xlsx")),
                  QStringLiteral("--out"), file(QStringLiteral("x.xlsx"))})
                 .exitCode,
             1);
    QVERIFY(!QFile::exists(file(QStringLiteral("x.xlsx"))));
}

QTEST_GUILESS_MAIN(FormCliTest)
#include "formcli_test.moc"
