// communitydesk-cli report, run as a clerk's script would run it, on a demo database.
#include "models/core/database.h"
#include "models/demo/demogenerator.h"
#include "models/reports/monthlyreportquery.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class ReportCliTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfForTheCommunity();
    void xlsxForOneGrid();
    void savedTemplateIsUsed();
    void byArea();
    void badInput_data();
    void badInput();

private:
    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr) const;
    QTemporaryDir m_dir;
    QString m_db;
    MonthlyReportData m_expected;
};

void ReportCliTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Database db;
    QVERIFY(Workspace::open(db, m_db));
    DemoGenerator demo(db.connection());
    demo.setToday(QDate(2026, 11, 15));
    QVERIFY2(demo.generate(300), qPrintable(demo.errorText()));
    MonthlyReportQuery query(db.connection());
    QVERIFY(query.run(2026, 10, 0, &m_expected));
    QVERIFY2(m_expected.total.received > 0, "the demo holds a year of cases");
}

int ReportCliTest::run(const QStringList &args, QString *out, QString *err) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))); // the desk's settings
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must find its way without a display
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CD_CLI), QStringList{QStringLiteral("--database"), m_db} + args);
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void ReportCliTest::pdfForTheCommunity()
{
    const QString path = m_dir.filePath(QStringLiteral("october.pdf"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--out"), path}, &out, &err), 0);
    QVERIFY2(out.contains(QStringLiteral("%1 cases received").arg(m_expected.total.received)), qPrintable(out + err));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY2(text.contains(m_expected.community), qPrintable(text));
    for (const auto &g : std::as_const(m_expected.grids))
        if (g.gridId > 0)
            QVERIFY2(text.contains(g.name), qPrintable(g.name));
    const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
    QVERIFY(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
}

void ReportCliTest::xlsxForOneGrid()
{
    const QString path = m_dir.filePath(QStringLiteral("g01.xlsx"));
    QString out;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--grid"), QStringLiteral("G01"),
                  QStringLiteral("--out"), path},
                 &out),
             0);
    QVERIFY2(out.contains(m_expected.grids.first().name), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("%1 cases received").arg(m_expected.grids.first().received)), qPrintable(out));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("PK\x03\x04"));
}

void ReportCliTest::savedTemplateIsUsed()
{
    // The same settings file the desk writes (QSettings, organisation and application CommunityDesk).
    QSettings settings(m_dir.filePath(QStringLiteral("config/CommunityDesk/CommunityDesk.conf")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("report/title"), QStringLiteral("%1（%2）工作月报"));
    settings.setValue(QStringLiteral("report/reviewedBy"), QStringLiteral("刘主任"));
    settings.sync();
    const QString path = m_dir.filePath(QStringLiteral("template.pdf"));
    QString out;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--out"), path}, &out), 0);
    QVERIFY2(out.startsWith(m_expected.community + QStringLiteral("（2026-10）工作月报")), qPrintable(out));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY(text.contains(QStringLiteral("刘主任")));
}

void ReportCliTest::byArea()
{
    QVERIFY2(!m_expected.areas.isEmpty(), "the demo has areas");
    const QString path = m_dir.filePath(QStringLiteral("areas.pdf"));
    QString out, err;
    QCOMPARE(run({QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--by-area"),
                  QStringLiteral("--out"), path},
                 &out, &err),
             0);
    QVERIFY2(!err.contains(QStringLiteral("no areas")), qPrintable(err));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext is not installed (poppler-utils)");
    QVERIFY2(text.contains(QStringLiteral("Cases, events and volunteer hours by area")), qPrintable(text));
    for (const auto &a : std::as_const(m_expected.areas))
        QVERIFY2(text.contains(a.name), qPrintable(a.name));
}

void ReportCliTest::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no month") << QStringList{QStringLiteral("report")} << QStringLiteral("YYYY-MM");
    QTest::newRow("month 13") << QStringList{QStringLiteral("report"), QStringLiteral("2026-13"),
                                             QStringLiteral("--out"), QStringLiteral("x.pdf")}
                              << QStringLiteral("2026-13");
    QTest::newRow("no file") << QStringList{QStringLiteral("report"), QStringLiteral("2026-10")}
                             << QStringLiteral("--out");
    QTest::newRow("csv") << QStringList{QStringLiteral("report"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                                        QStringLiteral("x.csv")}
                         << QStringLiteral("--out");
    QTest::newRow("unknown grid") << QStringList{QStringLiteral("report"), QStringLiteral("2026-10"),
                                                 QStringLiteral("--grid"), QStringLiteral("G99"),
                                                 QStringLiteral("--out"),  QStringLiteral("x.pdf")}
                                  << QStringLiteral("G99");
    QTest::newRow("by area for one grid")
        << QStringList{QStringLiteral("report"), QStringLiteral("2026-10"),   QStringLiteral("--grid"),
                       QStringLiteral("G01"),    QStringLiteral("--by-area"), QStringLiteral("--out"),
                       QStringLiteral("x.pdf")}
        << QStringLiteral("--by-area");
}

void ReportCliTest::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QString err;
    QCOMPARE(run(args, nullptr, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_GUILESS_MAIN(ReportCliTest)
#include "reportcli_test.moc"
