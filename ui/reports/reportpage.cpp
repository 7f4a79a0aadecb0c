#include "reportpage.h"

#include "models/access/exportaudit.h"
#include "models/documents/pageddocument.h"
#include "models/register/communitystore.h"
#include "models/register/registerlookups.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/monthlyreportquery.h"
#include "models/workspace/appsettings.h"
#include "reporttemplatedialog.h"
#include "ui/common/datefield.h"
#include "ui/common/longwork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

ReportPage::ReportPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_scope(scope)
    , m_printer(new QPrinter(QPrinter::HighResolution))
{
    PagedDocument::setUpPage(m_printer);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    DateField::tabLeaves(m_month);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    monthLabel->setBuddy(m_month);
    auto *gridLabel = new QLabel(tr("&Grid:"), this);
    m_grid = new QComboBox(this);
    m_grid->setObjectName(QStringLiteral("grid"));
    gridLabel->setBuddy(m_grid);
    m_byArea = new QCheckBox(tr("By &area"), this);
    m_byArea->setObjectName(QStringLiteral("byArea"));
    m_byArea->setToolTip(tr("Sum the grids' figures per area, each area followed by its grids."));
    auto *templateButton = new QPushButton(tr("&Template…"), this);
    auto *printButton = new QPushButton(tr("&Print…"), this);
    auto *pdfButton = new QPushButton(tr("Export P&DF…"), this);
    auto *xlsxButton = new QPushButton(tr("Export E&xcel…"), this);
    templateButton->setObjectName(QStringLiteral("template"));
    printButton->setObjectName(QStringLiteral("print"));
    pdfButton->setObjectName(QStringLiteral("exportPdf"));
    xlsxButton->setObjectName(QStringLiteral("exportXlsx"));
    for (QWidget *w :
         {static_cast<QWidget *>(monthLabel), static_cast<QWidget *>(m_month), static_cast<QWidget *>(gridLabel),
          static_cast<QWidget *>(m_grid), static_cast<QWidget *>(m_byArea)})
        bar->addWidget(w);
    bar->addStretch();
    for (QPushButton *b : {templateButton, printButton, pdfButton, xlsxButton})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true); // a long status line wraps rather than widen the window
    layout->addWidget(m_status);
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    layout->addWidget(m_preview, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this,
            [this](QPrinter *printer) { report().document().print(printer); });
    connect(m_month, &QDateEdit::dateChanged, this, &ReportPage::refresh);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &ReportPage::refresh);
    connect(m_byArea, &QCheckBox::toggled, this, &ReportPage::setByArea);
    connect(templateButton, &QPushButton::clicked, this, &ReportPage::editTemplate);
    connect(printButton, &QPushButton::clicked, this, &ReportPage::print);
    connect(pdfButton, &QPushButton::clicked, this, &ReportPage::exportPdf);
    connect(xlsxButton, &QPushButton::clicked, this, &ReportPage::exportXlsx);
}

ReportPage::~ReportPage()
{
    // The preview paints through the printer; it goes first.
    delete m_preview;
    delete m_printer;
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    m_loaded = true;
    const QSignalBlocker blocker(m_grid);
    // A grid worker's report holds their own grids only (MonthlyReportQuery), so say so.
    // The street's report (several communities in view) is by community, each with its grids.
    const bool street =
        CommunityStore(m_db, m_scope).homeCommunityId() == 0 && CommunityStore(m_db, m_scope).communities().size() > 1;
    m_grid->addItem(!m_scope.seesAllGrids() ? tr("All my grids")
                    : street                ? tr("Whole street")
                                            : tr("Whole community"),
                    0);
    for (const auto &g : RegisterLookups(m_db, m_scope).grids())
        m_grid->addItem(g.name, g.id);
    refresh();
}

void ReportPage::setMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
}

void ReportPage::setGrid(qint64 gridId)
{
    const int index = m_grid->findData(gridId);
    if (index >= 0)
        m_grid->setCurrentIndex(index);
}

void ReportPage::setByArea(bool byArea)
{
    ReportTemplate t = ReportTemplate::load();
    if (t.byArea != byArea) {
        t.byArea = byArea;
        t.save();
    }
    updateByAreaBox();
    if (m_loaded)
        m_preview->updatePreview();
}

void ReportPage::updateByAreaBox()
{
    // Only a whole community's report has areas to sum, and only if the community has any.
    const QSignalBlocker blocker(m_byArea);
    m_byArea->setChecked(ReportTemplate::load().byArea);
    m_byArea->setEnabled(m_data.gridId == 0 && !m_data.areas.isEmpty());
}

int ReportPage::pageCount() const
{
    return m_preview->pageCount();
}

MonthlyReport ReportPage::report() const
{
    return MonthlyReport(m_data, ReportTemplate::load());
}

void ReportPage::refresh()
{
    if (!m_loaded)
        return;
    QElapsedTimer timer;
    timer.start();
    MonthlyReportQuery query(m_db, m_scope);
    query.setElderlyAge(AppSettings::elderlyAge());
    QString error;
    const QDate month = m_month->date();
    if (!query.run(month.year(), month.month(), m_grid->currentData().toLongLong(), &m_data, &error)) {
        m_status->setText(error);
        return;
    }
    updateByAreaBox();
    m_preview->updatePreview();
    m_preview->setCurrentPage(1);
    m_status->setText(tr("%1: %2 cases received, %3 of them resolved (%4), %5 resolved this month in all, %6 events. "
                         "%7 pages.")
                          .arg(report().title())
                          .arg(m_data.total.received)
                          .arg(m_data.total.resolvedOfReceived)
                          .arg(MonthlyReport::percent(m_data.total.resolutionRate()))
                          .arg(m_data.total.resolved)
                          .arg(m_data.total.events)
                          .arg(m_preview->pageCount()));
    emit statusMessage(tr("Report prepared in %1 ms.").arg(timer.elapsed()));
}

void ReportPage::editTemplate()
{
    ReportTemplateDialog dialog(ReportTemplate::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.reportTemplate().save();
    refresh();
}

void ReportPage::print()
{
    QPrintDialog dialog(m_printer, this);
    dialog.setWindowTitle(tr("Print the monthly report"));
    if (dialog.exec() == QDialog::Accepted)
        report().document().print(m_printer);
}

void ReportPage::exportPdf()
{
    exportTo(QStringLiteral("pdf"), tr("PDF document (*.pdf)"));
}

void ReportPage::exportXlsx()
{
    exportTo(QStringLiteral("xlsx"), tr("Excel workbook (*.xlsx)"));
}

void ReportPage::exportTo(const QString &suffix, const QString &filter)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const MonthlyReport r = report();
    QString path = QFileDialog::getSaveFileName(this, tr("Export the monthly report"),
                                                dir + QLatin1Char('/') + r.title() + QLatin1Char('.') + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    LongWork work(tr("Export the monthly report"), tr("Writing the monthly report…"), window());
    QString error;
    const bool written = work.writeFile(
        path,
        [&work, &r](const QString &part, QString *e) {
            work.step(-1.0); // the pages are drawn in one go: a moving bar, Cancel drops the file after
            return r.write(part, e);
        },
        &error);
    // The notable cases are the report's rows about people: no audit row, no file.
    if (!written || !ExportAudit::keepAudited(m_db, m_scope, QStringLiteral("cases"), r.notableCount(), path,
                                              QStringLiteral("monthly report"), {}, &error)) {
        work.fail(error);
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    work.finish(tr("The monthly report was saved as\n%1").arg(QDir::toNativeSeparators(path)), path);
}
