// VisitSheet: the A4 round sheet of one building, read back with pdftotext: the building, its
// households and residents, ID numbers masked unless revealed, moved-out households left out.
#include "models/access/accessscope.h"
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/visits/visitsheet.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

class VisitSheetTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void documentRows();
    void pdfHasBuildingAndResidentsWithMaskedIds();
    void pdfRevealsIdsOnlyWhenAsked();
    void otherGridsBuildingIsEmptyForAGridWorker();

private:
    QString pdf(const VisitSheet &sheet)
    {
        const QString path = m_dir.filePath(QStringLiteral("sheet%1.pdf").arg(++m_files));
        QString error;
        if (!sheet.writePdf(path, &error))
            qWarning() << error;
        if (const QString keep = qEnvironmentVariable("VISITS_SCREENSHOTS"); !keep.isEmpty())
            QFile::copy(path, keep + QStringLiteral("/visit-sheet%1.pdf").arg(m_files));
        return pdfText(path);
    }

    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_id1, m_id2, m_id3;
};

void VisitSheetTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    m_id1 = TestDatabase::idFor(QDate(1948, 3, 5), true, 11);
    m_id2 = TestDatabase::idFor(QDate(1950, 7, 9), false, 12);
    m_id3 = TestDatabase::idFor(QDate(1985, 1, 2), true, 13);
    const qint64 h1001 = m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("1001"),
                                           {{QStringLiteral("高远"), m_id3}});
    m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("501"),
                      {{QStringLiteral("周建国"), m_id1}, {QStringLiteral("吴秀兰"), m_id2}});
    const qint64 gone =
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("502"),
                          {{QStringLiteral("搬走了"), TestDatabase::idFor(QDate(1990, 1, 1), true, 14)}});
    m_t->addHousehold(m_t->buildingA2, QStringLiteral("1"), QStringLiteral("101"),
                      {{QStringLiteral("别的楼"), TestDatabase::idFor(QDate(1991, 1, 1), true, 15)}});
    SqlQuery(m_t->db(), QStringLiteral("UPDATE household SET status = 'moved_out' WHERE id = ") + QString::number(gone))
        .exec();
    SqlQuery v(m_t->db(), QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, created_at, "
                                         "updated_at) VALUES (?, ?, '2026-04-03', 'w', 'x', 'x')"));
    v.exec(h1001, m_t->gridA);
}

void VisitSheetTest::documentRows()
{
    VisitSheet::Options options;
    options.printedOn = QDate(2026, 6, 1);
    const VisitSheet sheet(m_t->db(), testScope(), m_t->buildingA1, options);
    QCOMPARE(sheet.buildingName(), QStringLiteral("幸福里 1号楼"));
    QCOMPARE(sheet.householdCount(), 2);
    const TableDocument doc = sheet.document();
    QCOMPARE(doc.sections().size(), 1);
    const QList<TableDocument::Row> rows = doc.sections().constFirst().rows;
    QCOMPARE(rows.size(), 2);
    // Rooms as numbers: 501 before 1001.
    QCOMPARE(rows.at(0).cells.at(0), QStringLiteral("1-501"));
    QCOMPARE(rows.at(0).cells.at(1),
             QStringLiteral("周建国 ") + IdNumber::mask(m_id1) + QStringLiteral("\n吴秀兰 ") + IdNumber::mask(m_id2));
    QCOMPARE(rows.at(1).cells.at(0), QStringLiteral("1-1001"));
    QCOMPARE(rows.at(1).cells.at(3), QStringLiteral("2026-04-03")); // last visit
    // The columns to write in are blank.
    QCOMPARE(rows.at(1).cells.at(4), QString());
    QCOMPARE(rows.at(1).cells.at(6), QString());
}

void VisitSheetTest::pdfHasBuildingAndResidentsWithMaskedIds()
{
    VisitSheet::Options options;
    const QString text = pdf(VisitSheet(m_t->db(), testScope(), m_t->buildingA1, options));
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(QStringLiteral("幸福里 1号楼")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Household visit sheet")));
    QVERIFY(text.contains(QStringLiteral("第一网格")));
    QVERIFY(text.contains(QStringLiteral("周建国")));
    QVERIFY(text.contains(QStringLiteral("吴秀兰")));
    QVERIFY(text.contains(QStringLiteral("高远")));
    QVERIFY(text.contains(IdNumber::mask(m_id1)));
    QVERIFY(text.contains(QStringLiteral("Signature")));
    QVERIFY(!text.contains(m_id1));
    QVERIFY(!text.contains(m_id2));
    QVERIFY(!text.contains(QStringLiteral("搬走了"))); // moved out
    QVERIFY(!text.contains(QStringLiteral("别的楼"))); // another building
}

void VisitSheetTest::pdfRevealsIdsOnlyWhenAsked()
{
    VisitSheet::Options options;
    options.revealNumbers = true;
    const QString text = pdf(VisitSheet(m_t->db(), testScope(), m_t->buildingA1, options));
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(m_id1), qPrintable(text));
    QVERIFY(text.contains(m_id3));
}

void VisitSheetTest::otherGridsBuildingIsEmptyForAGridWorker()
{
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 5, QStringLiteral("网格员"), {m_t->gridB}));
    VisitSheet::Options options;
    const VisitSheet sheet(m_t->db(), testScope(), m_t->buildingA1, options);
    QCOMPARE(sheet.householdCount(), 0);
    QVERIFY(sheet.document().sections().constFirst().rows.isEmpty());
}

QTEST_MAIN(VisitSheetTest)
#include "visitsheet_test.moc"
