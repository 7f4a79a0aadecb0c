// `communitydesk-cli sheet print|keyin` and `handover`: a visit sheet printed with codes, keyed
// back from a script (twice: nothing twice; a typo named, exit 1), and a grid's handover pack
// whose every page renders (issue 26).
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/clirunner.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class PaperCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void visitSheetKeyedBack();
    void handoverPack();

private:
    CliRun cli(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--database"), file()} + arguments);
    }
    QVariantList column(const QString &sql, const QVariant &value = QVariant()) const
    {
        Database db(QUuid::createUuid().toString());
        QVariantList list;
        if (!Workspace::open(db, file()))
            return list;
        SqlQuery q(db.connection(), sql);
        if (value.isValid())
            q.bind(value);
        if (q.exec())
            while (q.next())
                list << q.value(0);
        return list;
    }
    QString file() const { return m_dir.filePath(QStringLiteral("demo.sqlite")); }
    QTemporaryDir m_dir;
};

void PaperCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("60")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void PaperCliTest::visitSheetKeyedBack()
{
    const QVariant building = column(QStringLiteral("SELECT building_id FROM household WHERE status = 'active' GROUP "
                                                    "BY building_id ORDER BY count(*) DESC LIMIT 1"))
                                  .value(0);
    QVERIFY(building.isValid());
    const QString pdf = m_dir.filePath(QStringLiteral("visit.pdf"));
    const CliRun print = cli({QStringLiteral("sheet"), QStringLiteral("print"), QStringLiteral("visit"),
                              building.toString(), QStringLiteral("--out"), pdf});
    QVERIFY2(print.exitCode == 0, qPrintable(print.err));
    const QString sheet = print.out.trimmed();
    QCOMPARE(sheet.size(), 6);
    const QVariantList rows = column(QStringLiteral("SELECT r.row_code FROM paper_sheet_row r JOIN paper_sheet s ON "
                                                    "s.id = r.sheet_id WHERE s.code = ? ORDER BY r.seq"),
                                     sheet);
    QVERIFY(rows.size() >= 2);
    const QString text = pdfText(pdf);
    if (!text.isNull())
        QVERIFY2(text.contains(sheet) && text.contains(rows.first().toString()), qPrintable(text));

    const int before = column(QStringLiteral("SELECT count(*) FROM visit")).value(0).toInt();
    CliRun keyIn =
        cli({QStringLiteral("sheet"), QStringLiteral("keyin"), sheet, rows.at(0).toString(), rows.at(1).toString()});
    QVERIFY2(keyIn.exitCode == 0, qPrintable(keyIn.err));
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM visit")).value(0).toInt(), before + 2);
    keyIn = cli({QStringLiteral("sheet"), QStringLiteral("keyin"), sheet, rows.at(0).toString()});
    QVERIFY2(keyIn.exitCode == 0, qPrintable(keyIn.err));
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM visit")).value(0).toInt(), before + 2);
    // A typo: named, exit code 1, nothing recorded.
    QString typo = rows.last().toString();
    typo[0] = typo.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    keyIn = cli({QStringLiteral("sheet"), QStringLiteral("keyin"), sheet, typo});
    QCOMPARE(keyIn.exitCode, 1);
    QVERIFY2(keyIn.err.contains(typo), qPrintable(keyIn.err));
    QCOMPARE(column(QStringLiteral("SELECT count(*) FROM visit")).value(0).toInt(), before + 2);
}

void PaperCliTest::handoverPack()
{
    const QString grid = column(QStringLiteral("SELECT code FROM grid ORDER BY code LIMIT 1")).value(0).toString();
    QVERIFY(!grid.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("handover.pdf"));
    const CliRun run = cli({QStringLiteral("handover"), grid, QStringLiteral("--out"), pdf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const CliRun unknown = cli({QStringLiteral("handover"), QStringLiteral("NO-SUCH"), QStringLiteral("--out"), pdf});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("NO-SUCH")), qPrintable(unknown.err));
    const QString text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed");
    const QString name = column(QStringLiteral("SELECT name FROM grid WHERE code = ?"), grid).value(0).toString();
    QVERIFY2(text.contains(name), qPrintable(text));
    // No full ID number of the grid's residents is printed.
    for (const QVariant &id : column(QStringLiteral("SELECT r.id_number FROM resident r JOIN household h ON h.id = "
                                                    "r.household_id JOIN building b ON b.id = h.building_id JOIN grid "
                                                    "g ON g.id = b.grid_id WHERE g.code = ? AND r.id_number IS NOT "
                                                    "NULL LIMIT 50"),
                                     grid))
        QVERIFY2(!text.contains(id.toString()), qPrintable(id.toString()));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm is not installed");
    QProcess render;
    render.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf,
                            m_dir.filePath(QStringLiteral("page"))});
    QVERIFY(render.waitForFinished(120000));
    QCOMPARE(render.exitCode(), 0);
    QVERIFY(!QDir(m_dir.path()).entryList({QStringLiteral("page*.png")}).isEmpty());
}

QTEST_GUILESS_MAIN(PaperCliTest)
#include "papercli_test.moc"
