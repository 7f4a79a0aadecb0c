// 一表通: a street's form (merged titles, a two-row header, a 合计 row with formulas) filled from
// the register and read back with XlsxReader and by unzipping its XML; the mapping remembered; a
// counts form against hand counts; numbers masked unless revealed, and the fill audited.
#include "formtemplates.h"
#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"
#include "models/formmaps/formmappingstore.h"
#include "models/forms/cellreferences.h"
#include "models/forms/formfiller.h"
#include "models/forms/formlayout.h"
#include "models/importing/xlsxreader.h"
#include "tests/support/testsupport.h"
#include "tests/support/xlsxpackage.h"

#include <QMap>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every row of the sheet as XlsxReader reads it, by Excel's row number.
QMap<int, QStringList> readSheet(const QString &path, int sheet = 0)
{
    QMap<int, QStringList> rows;
    XlsxReader reader;
    if (!reader.open(path) || (sheet > 0 && !reader.selectSheet(sheet)))
        return rows;
    QStringList cells;
    int number = 0;
    while (reader.readRow(&cells, &number))
        rows.insert(number, cells);
    return rows;
}

QStringList merges(const QByteArray &xml)
{
    QStringList list;
    static const QRegularExpression merge(QStringLiteral("<mergeCell ref=\"([^\"]+)\""));
    auto it = merge.globalMatch(QString::fromUtf8(xml));
    while (it.hasNext())
        list << it.next().captured(1);
    return list;
}

QString cellXml(const QByteArray &xml, const QString &ref)
{
    const QRegularExpression cell(QStringLiteral("<c r=\"%1\"[^>]*?(/>|>.*?</c>)").arg(ref));
    return cell.match(QString::fromUtf8(xml)).captured(0);
}

QString styleOf(const QByteArray &xml, const QString &ref)
{
    static const QRegularExpression s(QStringLiteral("\\ss=\"(\\d+)\""));
    return s.match(cellXml(xml, ref)).captured(1);
}

} // namespace

class FormFillTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void referencesMoveButNotNamesOrText();
    void readsTheFormsLayout();
    void fillsPeopleKeepingTheFormsShape();
    void numbersMaskedUnlessRevealedAndAudited();
    void rememberedMappingComesBack();
    void fewerPeopleThanEmptyRows();
    void countsFormMatchesHandCounts();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    int auditRows(const QString &action) const
    {
        SqlQuery q(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        return q.exec(action) ? q.scalar().toInt() : -1;
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    const QDate m_today{2026, 12, 1};
    QList<qint64> m_old; // aged 80 and over, in address order
};

void FormFillTest::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_old.clear();
    // Three people of 80 and over in the first grid, one in the second; two younger people.
    m_old << m_db->addResidentBornOn(m_db->buildingA1, QStringLiteral("101"), QStringLiteral("张桂英"),
                                     QDate(1940, 3, 5), 1);
    m_old << m_db->addResidentBornOn(m_db->buildingA1, QStringLiteral("102"), QStringLiteral("李德明"),
                                     QDate(1946, 12, 1), 2);
    m_old << m_db->addResidentBornOn(m_db->buildingA2, QStringLiteral("201"), QStringLiteral("王秀兰"),
                                     QDate(1930, 7, 9), 3);
    m_old << m_db->addResidentBornOn(m_db->buildingB1, QStringLiteral("301"), QStringLiteral("赵永福"),
                                     QDate(1944, 1, 20), 4);
    m_db->addResidentBornOn(m_db->buildingA1, QStringLiteral("103"), QStringLiteral("陈小军"), QDate(1946, 12, 2),
                            5); // 79 on the day
    m_db->addResidentBornOn(m_db->buildingB1, QStringLiteral("302"), QStringLiteral("刘芳"), QDate(1990, 5, 5), 6);
    SqlQuery(m_db->db(), QStringLiteral("UPDATE resident SET phone = '13812345678' WHERE id = ?")).exec(m_old.first());
}

void FormFillTest::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void FormFillTest::referencesMoveButNotNamesOrText()
{
    using namespace CellReferences;
    const Insertion insert{6, 3, 5};
    const auto moved = [&](const QString &formula) {
        return map(formula, QStringLiteral("名单"), true, [&](Ref &a, Ref *b) { insert.apply(a, b); });
    };
    QCOMPARE(moved(QStringLiteral("SUM(F5:F5)")), QStringLiteral("SUM(F5:F8)"));
    QCOMPARE(moved(QStringLiteral("$B$6+B4")), QStringLiteral("$B$9+B4"));
    QCOMPARE(moved(QStringLiteral("LOG10(A7)&\"A7\"")), QStringLiteral("LOG10(A10)&\"A7\""));
    QCOMPARE(moved(QStringLiteral("'说明'!A7+名单!A7")), QStringLiteral("'说明'!A7+名单!A10"));
    QCOMPARE(moved(QStringLiteral("SUM(A1:A20)")), QStringLiteral("SUM(A1:A23)"));
    QCOMPARE(offset(QStringLiteral("YEAR(E5)-$A$1"), QStringLiteral("名单"), 2), QStringLiteral("YEAR(E7)-$A$1"));
}

void FormFillTest::readsTheFormsLayout()
{
    QString error;
    QVERIFY2(FormTemplates::writePeopleForm(path(QStringLiteral("form.xlsx")), &error), qPrintable(error));
    FormLayout layout;
    QVERIFY2(FormLayout::read(path(QStringLiteral("form.xlsx")), &layout, &error), qPrintable(error));
    QCOMPARE(layout.kind, FormLayout::Kind::People);
    QCOMPARE(layout.sheetName, QStringLiteral("名单"));
    QCOMPARE(layout.title, QStringLiteral("某某街道高龄老人补贴申报表"));
    QCOMPARE(layout.headerRow, 3);
    QCOMPARE(layout.headerLastRow, 4);
    QCOMPARE(layout.dataRow, 5);
    QCOMPARE(layout.templateRows, 1);
    QCOMPARE(layout.footerRow, 6);
    const FormMapping guessed = layout.guessMapping();
    QCOMPARE(guessed.columns,
             (QStringList{QStringLiteral("serial"), QStringLiteral("name"), QStringLiteral("gender"),
                          QStringLiteral("idNumber"), QStringLiteral("birthDate"), QStringLiteral("age"),
                          QStringLiteral("phone"), QStringLiteral("address"), QStringLiteral("grid"), QString()}));
}

void FormFillTest::fillsPeopleKeepingTheFormsShape()
{
    QString error;
    const QString form = path(QStringLiteral("form.xlsx"));
    QVERIFY2(FormTemplates::writePeopleForm(form, &error), qPrintable(error));
    FormLayout layout;
    QVERIFY2(FormLayout::read(form, &layout, &error), qPrintable(error));
    FormPeople people;
    people.minAge = 80;
    people.fullNumbers = true;
    FormFiller filler(m_db->db(), testScope());
    filler.setToday(m_today);
    const QString out = path(QStringLiteral("filled.xlsx"));
    QVERIFY2(filler.fill(layout, layout.guessMapping(), people, out, &error), qPrintable(error));
    QCOMPARE(filler.rowsWritten(), 4);

    // Read back as a spreadsheet: titles, header, four people in address order, 合计 moved down.
    const QMap<int, QStringList> rows = readSheet(out);
    QCOMPARE(rows.value(1).value(0), QStringLiteral("某某街道高龄老人补贴申报表"));
    QCOMPARE(rows.value(4).value(6), QStringLiteral("联系电话"));
    const QStringList names = {rows.value(5).value(1), rows.value(6).value(1), rows.value(7).value(1),
                               rows.value(8).value(1)};
    QCOMPARE(names, (QStringList{QStringLiteral("张桂英"), QStringLiteral("李德明"), QStringLiteral("王秀兰"),
                                 QStringLiteral("赵永福")}));
    QCOMPARE(rows.value(5).value(0), QStringLiteral("1"));
    QCOMPARE(rows.value(8).value(0), QStringLiteral("4"));
    QCOMPARE(rows.value(5).value(2), QStringLiteral("男"));
    QCOMPARE(rows.value(6).value(2), QStringLiteral("女"));
    QCOMPARE(rows.value(5).value(3), TestDatabase::idFor(QDate(1940, 3, 5), true, 1)); // in full: revealed
    QCOMPARE(rows.value(5).value(4), QStringLiteral("1940-03-05"));
    QCOMPARE(rows.value(5).value(5), QStringLiteral("86"));
    QCOMPARE(rows.value(6).value(5), QStringLiteral("80")); // the 80th birthday is the day
    QCOMPARE(rows.value(5).value(6), QStringLiteral("13812345678"));
    QVERIFY2(rows.value(5).value(7).contains(QStringLiteral("101")), qPrintable(rows.value(5).value(7)));
    QCOMPARE(rows.value(5).value(8), QStringLiteral("第一网格"));
    QCOMPARE(rows.value(8).value(8), QStringLiteral("第二网格"));
    QCOMPARE(rows.value(5).value(9), QString()); // 审核意见 is the street's
    QCOMPARE(rows.value(9).value(0), QStringLiteral("合计"));
    QVERIFY(rows.value(10).value(0).startsWith(QStringLiteral("填表人")));

    // The XML: merges kept (the footer's moved), formulas' ranges grown, styles and widths kept.
    XlsxPackage before;
    XlsxPackage after;
    QVERIFY(before.open(form));
    QVERIFY(after.open(out));
    const QByteArray xml = after.sheetXml(1);
    const QStringList kept = merges(xml);
    for (const QString &ref : {QStringLiteral("A1:J1"), QStringLiteral("A2:J2"), QStringLiteral("A3:A4"),
                               QStringLiteral("G3:H3"), QStringLiteral("I3:I4"), QStringLiteral("A10:J10")})
        QVERIFY2(kept.contains(ref), qPrintable(kept.join(QLatin1Char(' '))));
    QVERIFY(!kept.contains(QStringLiteral("A7:J7")));
    QCOMPARE(kept.size(), merges(before.sheetXml(1)).size());
    QVERIFY2(cellXml(xml, QStringLiteral("B9")).contains(QStringLiteral("<f>COUNTA(B5:B8)</f>")),
             qPrintable(cellXml(xml, QStringLiteral("B9"))));
    QVERIFY2(cellXml(xml, QStringLiteral("F9")).contains(QStringLiteral("<f>SUM(F5:F8)</f>")),
             qPrintable(cellXml(xml, QStringLiteral("F9"))));
    const QString boxed = styleOf(before.sheetXml(1), QStringLiteral("A5"));
    QVERIFY(!boxed.isEmpty());
    for (const QString &ref : {QStringLiteral("A5"), QStringLiteral("D6"), QStringLiteral("J8")})
        QCOMPARE(styleOf(xml, ref), boxed);
    static const QRegularExpression cols(QStringLiteral("<cols>.*</cols>"));
    QCOMPARE(cols.match(QString::fromUtf8(xml)).captured(0),
             cols.match(QString::fromUtf8(before.sheetXml(1))).captured(0));
    QVERIFY(QString::fromUtf8(xml).contains(QStringLiteral("<dimension ref=\"A1:J10\"/>")));
    // The other sheet's formula follows the rows it names; the styles are the template's, byte for
    // byte; Excel recalculates on opening.
    QVERIFY2(cellXml(after.sheetXml(2), QStringLiteral("A2")).contains(QStringLiteral("<f>名单!F9+'名单'!B9+B1</f>")),
             qPrintable(cellXml(after.sheetXml(2), QStringLiteral("A2"))));
    QCOMPARE(cellXml(after.sheetXml(2), QStringLiteral("A1")), cellXml(before.sheetXml(2), QStringLiteral("A1")));
    QCOMPARE(after.entry(QStringLiteral("xl/styles.xml")), before.entry(QStringLiteral("xl/styles.xml")));
    QVERIFY(after.entry(QStringLiteral("xl/workbook.xml")).contains("fullCalcOnLoad=\"1\""));
    // The template itself is untouched.
    QCOMPARE(readSheet(form).value(5).value(1), QString());
}

void FormFillTest::numbersMaskedUnlessRevealedAndAudited()
{
    QString error;
    const QString form = path(QStringLiteral("form.xlsx"));
    QVERIFY2(FormTemplates::writePeopleForm(form, &error), qPrintable(error));
    FormLayout layout;
    QVERIFY(FormLayout::read(form, &layout, &error));
    FormPeople people;
    people.gridId = m_db->gridB;
    FormFiller filler(m_db->db(), testScope());
    filler.setToday(m_today);
    const int exportsBefore = auditRows(QStringLiteral("export"));
    const int revealsBefore = auditRows(QStringLiteral("reveal"));
    QVERIFY2(filler.fill(layout, layout.guessMapping(), people, path(QStringLiteral("masked.xlsx")), &error),
             qPrintable(error));
    QCOMPARE(filler.rowsWritten(), 2);
    QVERIFY(!filler.revealedNumbers());
    const QMap<int, QStringList> rows = readSheet(path(QStringLiteral("masked.xlsx")));
    const QString id = rows.value(5).value(3);
    QVERIFY2(id.contains(QLatin1Char('*')) && id.size() == 18, qPrintable(id));
    QCOMPARE(auditRows(QStringLiteral("export")), exportsBefore + 1);
    QCOMPARE(auditRows(QStringLiteral("reveal")), revealsBefore);

    // A viewer asking for full numbers still gets them masked.
    FormFiller viewer(m_db->db(), AccessScope(AccessScope::Role::Viewer, 9, QStringLiteral("viewer")));
    viewer.setToday(m_today);
    people.fullNumbers = true;
    QVERIFY2(viewer.fill(layout, layout.guessMapping(), people, path(QStringLiteral("viewer.xlsx")), &error),
             qPrintable(error));
    QVERIFY(!viewer.revealedNumbers());
    QVERIFY(readSheet(path(QStringLiteral("viewer.xlsx"))).value(5).value(3).contains(QLatin1Char('*')));

    // The administrator's full numbers: a reveal row beside the export row, naming the file.
    FormFiller admin(m_db->db(), testScope());
    admin.setToday(m_today);
    QVERIFY(admin.fill(layout, layout.guessMapping(), people, path(QStringLiteral("full.xlsx")), &error));
    QVERIFY(admin.revealedNumbers());
    QCOMPARE(auditRows(QStringLiteral("reveal")), revealsBefore + 1);
    SqlQuery q(m_db->db(), QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'reveal' ORDER BY id DESC"));
    QVERIFY(q.exec() && q.next());
    QVERIFY2(q.value(0).toString().contains(QStringLiteral("full.xlsx")), qPrintable(q.value(0).toString()));

    // Filling over the template itself is refused.
    QVERIFY(!admin.fill(layout, layout.guessMapping(), people, form, &error));
}

void FormFillTest::rememberedMappingComesBack()
{
    QString error;
    const QString form = path(QStringLiteral("form.xlsx"));
    QVERIFY(FormTemplates::writePeopleForm(form, &error));
    FormLayout layout;
    QVERIFY(FormLayout::read(form, &layout, &error));
    FormMappingStore store(m_db->db(), testScope());
    QVERIFY(!store.find(layout.fingerprint).has_value());

    RememberedForm remembered;
    remembered.fingerprint = layout.fingerprint;
    remembered.title = layout.title;
    remembered.sheet = layout.sheetName;
    remembered.templatePath = form;
    remembered.mapping = layout.guessMapping();
    remembered.mapping.columns[9] = QStringLiteral("tags"); // 审核意见 ← the clerk's choice
    remembered.people.minAge = 80;
    remembered.people.gridId = m_db->gridA;
    QVERIFY(!FormMappingStore(m_db->db(), AccessScope(AccessScope::Role::Viewer, 9, QStringLiteral("viewer")))
                 .remember(remembered)
                 .ok); // viewers change nothing
    QVERIFY(store.remember(remembered).ok);

    // The same form next month (a new copy from the street): found by its sheet and header.
    const QString again = path(QStringLiteral("next-month.xlsx"));
    QVERIFY(FormTemplates::writePeopleForm(again, &error));
    FormLayout next;
    QVERIFY(FormLayout::read(again, &next, &error));
    QCOMPARE(next.fingerprint, layout.fingerprint);
    const std::optional<RememberedForm> found = store.find(next.fingerprint);
    QVERIFY(found.has_value());
    QCOMPARE(found->mapping, remembered.mapping);
    QCOMPARE(found->people, remembered.people);
    QCOMPARE(found->title, QStringLiteral("某某街道高龄老人补贴申报表"));

    // Filled: the list for "fill again" shows where it went.
    FormFiller filler(m_db->db(), testScope());
    filler.setToday(m_today);
    QVERIFY(filler.fill(next, found->mapping, found->people, path(QStringLiteral("december.xlsx")), &error));
    QCOMPARE(filler.rowsWritten(), 3);
    const QList<RememberedForm> forms = store.forms();
    QCOMPARE(forms.size(), 1);
    QVERIFY(forms.first().lastOutput.endsWith(QStringLiteral("december.xlsx")));
    QVERIFY(forms.first().filledAt.isValid());
    // Saving again updates the one row; a different header is another form.
    QVERIFY(store.remember(remembered).ok);
    QCOMPARE(store.forms().size(), 1);
    QVERIFY(FormLayout::fingerprintOf(layout.sheetName, layout.titles.mid(1)) != layout.fingerprint);
}

void FormFillTest::fewerPeopleThanEmptyRows()
{
    // A form with room for more: nothing moves, the rows left over stay empty and boxed.
    QString error;
    const QString form = path(QStringLiteral("form.xlsx"));
    QVERIFY(FormTemplates::writePeopleForm(form, &error));
    FormLayout layout;
    QVERIFY(FormLayout::read(form, &layout, &error));
    layout.templateRows = 1;
    FormPeople nobody;
    nobody.minAge = 120;
    FormFiller filler(m_db->db(), testScope());
    filler.setToday(m_today);
    QVERIFY(filler.fill(layout, layout.guessMapping(), nobody, path(QStringLiteral("empty.xlsx")), &error));
    QCOMPARE(filler.rowsWritten(), 0);
    XlsxPackage after;
    QVERIFY(after.open(path(QStringLiteral("empty.xlsx"))));
    QVERIFY(cellXml(after.sheetXml(1), QStringLiteral("B6")).contains(QStringLiteral("<f>COUNTA(B5:B5)</f>")));
    QVERIFY(merges(after.sheetXml(1)).contains(QStringLiteral("A7:J7")));
}

void FormFillTest::countsFormMatchesHandCounts()
{
    QString error;
    const QString form = path(QStringLiteral("counts.xlsx"));
    QVERIFY2(FormTemplates::writeCountsForm(form, &error), qPrintable(error));
    FormLayout layout;
    QVERIFY2(FormLayout::read(form, &layout, &error), qPrintable(error));
    QCOMPARE(layout.kind, FormLayout::Kind::Counts);
    QCOMPARE(layout.labelColumn, 0);
    QCOMPARE(layout.rowLabels.size(), 4);
    const FormMapping mapping = layout.guessMapping();
    QCOMPARE(mapping.columns, (QStringList{QString(), QStringLiteral("count.households"),
                                           QStringLiteral("count.residents"), QStringLiteral("count.male"),
                                           QStringLiteral("count.female"), QStringLiteral("count.age80")}));
    FormFiller filler(m_db->db(), testScope());
    filler.setToday(m_today);
    filler.setMonth(2026, 12);
    const QString out = path(QStringLiteral("counts-filled.xlsx"));
    QVERIFY2(filler.fill(layout, mapping, FormPeople(), out, &error), qPrintable(error));
    QVERIFY(filler.unknownRows().isEmpty());

    // By hand: grid 1 has 张桂英, 李德明, 王秀兰 (80 and over) and 陈小军 (79), each a household of
    // their own; grid 2 赵永福 (80+) and 刘芳. Odd sequences are men (TestDatabase::idFor): 1, 3, 5.
    const QMap<int, QStringList> rows = readSheet(out);
    const auto figures = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QCOMPARE(rows.value(3).mid(1), figures("4 4 3 1 3"));
    QCOMPARE(rows.value(4).mid(1), figures("2 2 0 2 1"));
    QCOMPARE(rows.value(5).at(0), QStringLiteral("80岁以上"));
    QCOMPARE(rows.value(5).mid(1), figures("4 4 2 2 4"));
    QCOMPARE(rows.value(6).at(1), QStringLiteral("6"));
    QCOMPARE(rows.value(6).at(5), QStringLiteral("4"));
    // The form's own 合计 formula stays a formula.
    XlsxPackage after;
    QVERIFY(after.open(out));
    QVERIFY(cellXml(after.sheetXml(1), QStringLiteral("C6")).contains(QStringLiteral("<f>SUM(C3:C4)</f>")));
}

QTEST_GUILESS_MAIN(FormFillTest)
#include "formfill_test.moc"
