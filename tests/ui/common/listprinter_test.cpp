// Any list prints as it shows (issue 24): the register's rows on A4 with the column headers
// repeated on every page, page numbers, the hidden column left out, and ID and phone numbers
// masked as on screen. CD_GRAB_DIR keeps the PDF to look at (pdftoppm -png -r 60).
#include "models/core/sqlquery.h"
#include "models/register/residenttablemodel.h"
#include "tests/support/testsupport.h"
#include "ui/common/listprinter.h"
#include "ui/register/registerpage.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class ListPrinterTest : public QObject
{
    Q_OBJECT

private slots:
    void registerPrintsOnPagesWithHeadersAndMasks();
};

void ListPrinterTest::registerPrintsOnPagesWithHeadersAndMasks()
{
    TestDatabase t;
    QStringList ids;
    for (int i = 0; i < 90; ++i) {
        const QString id = TestDatabase::idFor(QDate(1940 + i % 60, 1 + i % 12, 1 + i % 28), i % 2 == 0, 100 + i);
        ids << id;
        t.addHousehold(i % 2 ? t.buildingA1 : t.buildingB1, QStringLiteral("1"), QString::number(101 + i),
                       {{QStringLiteral("居民%1").arg(i, 2, 10, QLatin1Char('0')), id}});
    }
    // Everyone has a mobile number, shown masked.
    QVERIFY(SqlQuery(t.db(), QStringLiteral("UPDATE resident SET phone = ?")).exec(QStringLiteral("13812345678")));
    RegisterPage page(t.db(), testScope());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTableView *table = page.residentView();
    table->horizontalHeader()->hideSection(ResidentTableModel::Tags);
    QCOMPARE(page.residentModel()->rowCount(), 90);

    QTemporaryDir dir;
    const QString grab = qEnvironmentVariable("CD_GRAB_DIR");
    const QString path = (grab.isEmpty() ? dir.path() : grab) + QStringLiteral("/register-print.pdf");
    QString error;
    QVERIFY2(ListPrinter(table, QStringLiteral("Household register")).writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    for (int p = 0; p < 2; ++p) {
        const QString &onPage = pages.at(p);
        // The title and the column headers on every page, and its number.
        QVERIFY2(onPage.contains(QLatin1String("Household register")), qPrintable(onPage));
        QVERIFY2(onPage.contains(QLatin1String("ID number")) && onPage.contains(QLatin1String("Phone")) &&
                     onPage.contains(QLatin1String("Address")),
                 qPrintable(onPage));
        QVERIFY2(onPage.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())), qPrintable(onPage));
        QVERIFY2(!onPage.contains(QLatin1String("Tags")), "the hidden column is not printed");
    }
    // Every resident once, numbers masked as the list shows them.
    QVERIFY(text.contains(QStringLiteral("居民00")) && text.contains(QStringLiteral("居民89")));
    for (const QString &id : std::as_const(ids))
        QVERIFY2(!text.contains(id), qPrintable(id));
    const QString masked = table->model()->index(0, ResidentTableModel::IdNumber).data().toString();
    QVERIFY2(masked.contains(QLatin1String("****")), qPrintable(masked));
    QVERIFY2(text.contains(masked), qPrintable(masked));
    const QString phone = table->model()->index(0, ResidentTableModel::Phone).data().toString();
    QVERIFY2(phone.contains(QLatin1String("****")), qPrintable(phone));
    QVERIFY2(text.contains(phone), qPrintable(phone));
    QVERIFY(!text.contains(QLatin1String("13812345678")));
    QVERIFY(text.contains(QStringLiteral("90 rows")));
}

QTEST_MAIN(ListPrinterTest)
#include "listprinter_test.moc"
