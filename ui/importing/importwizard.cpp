#include "importwizard.h"

#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/documents/xlsxwriter.h"
#include "models/importing/importcleaner.h"
#include "models/importing/importsource.h"
#include "models/workspace/appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int kPreviewRows = 8;

// The preview is a list like any other: ID and mobile numbers masked unless the desk shows them.
QString previewText(const QString &cell, const AccessScope &scope)
{
    if (AppSettings::revealNumbers(scope))
        return cell;
    const QString folded = ImportCleaner::folded(cell).toUpper();
    bool number = !folded.isEmpty();
    for (const QChar ch : folded)
        number = number && (ch.isDigit() || ch == QLatin1Char('X'));
    if (number && (folded.size() == 15 || folded.size() == 18))
        return IdNumber::mask(folded);
    if (number && folded.size() == 11 && folded.startsWith(QLatin1Char('1')))
        return PhoneNumber::mask(folded);
    return cell;
}

} // namespace

ImportWizard::ImportWizard(QSqlDatabase db, const AccessScope &scope, QWidget *parent)
    : QWizard(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setWindowTitle(tr("Import residents"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(CheckPage, createCheckPage());
    setPage(ResultPage, createResultPage());
    resize(820, 560);
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV file (UTF-8 or GBK) or an Excel workbook (.xlsx). The first row names the columns."));
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_fileInfo = new QLabel(page);
    m_fileInfo->setWordWrap(true);
    layout->addWidget(m_fileInfo);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import residents"), m_path->text(),
                                                          tr("Spreadsheets (*.xlsx *.csv *.txt)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    connect(m_path, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Which column holds what. Fields marked * are needed; the choice is remembered for "
                         "files with the same columns."));
    auto *layout = new QHBoxLayout(page);
    auto *form = new QFormLayout;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        auto *box = new QComboBox(page);
        box->setObjectName(QStringLiteral("field_") + ImportMapping::fieldCode(ImportMapping::Field(f)));
        const QString label = ImportMapping::fieldLabel(ImportMapping::Field(f)) +
                              (ImportMapping::isRequired(ImportMapping::Field(f)) ? QStringLiteral(" *") : QString());
        form->addRow(label, box);
        m_fieldBoxes << box;
        connect(box, &QComboBox::currentIndexChanged, page, &QWizardPage::completeChanged);
    }
    m_updateExisting = new QCheckBox(tr("&Update people already registered (same ID number)"), page);
    m_updateExisting->setChecked(true);
    form->addRow(m_updateExisting);
    layout->addLayout(form);
    m_preview = new QTableWidget(page);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(22);
    layout->addWidget(m_preview, 1);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("What the import will do. Nothing has been written yet."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *layout = new QVBoxLayout(page);
    m_checkText = new QLabel(page);
    m_checkText->setWordWrap(true);
    m_checkText->setObjectName(QStringLiteral("checkText"));
    layout->addWidget(m_checkText);
    layout->addStretch(1);
    return page;
}

QWizardPage *ImportWizard::createResultPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Done"));
    auto *layout = new QVBoxLayout(page);
    m_resultText = new QLabel(page);
    m_resultText->setWordWrap(true);
    m_resultText->setObjectName(QStringLiteral("resultText"));
    m_resultText->setTextFormat(Qt::RichText);
    connect(m_resultText, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(m_resultText);
    layout->addStretch(1);
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ImportWizard::file() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ImportWizard::loadPreview()
{
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(file(), &error);
    if (!source) {
        m_fileInfo->setText(error);
        return false;
    }
    QList<QStringList> rows;
    QStringList cells;
    int number = 0;
    m_header.clear();
    while (rows.size() < kPreviewRows && source->readRow(&cells, &number)) {
        bool blank = true;
        for (const QString &c : std::as_const(cells))
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        if (m_header.isEmpty()) {
            for (const QString &h : std::as_const(cells))
                m_header << h.trimmed();
        } else {
            rows << cells;
        }
    }
    if (m_header.isEmpty()) {
        m_fileInfo->setText(source->errorText().isEmpty() ? tr("The file is empty.") : source->errorText());
        return false;
    }
    m_fileInfo->setText(source->description());

    m_preview->clear();
    m_preview->setColumnCount(m_header.size());
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(previewText(rows.at(r).value(c), m_scope)));
    m_preview->resizeColumnsToContents();

    const ImportMapping mapping = ImportMapping::forHeader(m_header);
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        QComboBox *box = m_fieldBoxes.at(f);
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            box->addItem(QStringLiteral("%1: %2").arg(XlsxWriter::columnName(c), m_header.at(c)), c);
        box->setCurrentIndex(mapping.column(ImportMapping::Field(f)) + 1);
    }
    return true;
}

ImportMapping ImportWizard::currentMapping() const
{
    ImportMapping mapping;
    for (int f = 0; f < ImportMapping::FieldCount; ++f)
        if (m_fieldBoxes.at(f)->currentIndex() > 0)
            mapping.setColumn(ImportMapping::Field(f), m_fieldBoxes.at(f)->currentData().toInt());
    return mapping;
}

bool ImportWizard::runImporter(bool dryRun)
{
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(file(), &error);
    if (!source) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    ResidentImporter importer(m_db, m_scope);
    importer.setMapping(currentMapping());
    importer.setUpdateExisting(m_updateExisting->isChecked());
    QProgressDialog progress(dryRun ? tr("Checking the file…") : tr("Importing…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    importer.setProgress([&progress](double done) {
        progress.setValue(int(done * 1000));
        return !progress.wasCanceled();
    });
    const ResidentImporter::Outcome outcome = importer.run(*source, dryRun);
    progress.reset();
    m_summary = importer.summary();
    if (outcome == ResidentImporter::Outcome::Cancelled) {
        QMessageBox::information(this, windowTitle(), tr("Cancelled. Nothing was imported."));
        return false;
    }
    if (outcome == ResidentImporter::Outcome::Failed) {
        QMessageBox::warning(this, windowTitle(), importer.errorText());
        return false;
    }
    m_reportPath.clear();
    if (!dryRun && m_summary.rejected > 0) {
        m_reportPath = ResidentImporter::errorReportPath(file());
        if (!importer.writeErrorReport(m_reportPath, &error)) {
            QMessageBox::warning(this, windowTitle(), error);
            m_reportPath.clear();
        }
    }
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return loadPreview();
    case MappingPage: {
        const QStringList missing = currentMapping().missingRequired();
        if (!missing.isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Please choose the column for: %1.").arg(missing.join(QStringLiteral(", "))));
            return false;
        }
        return runImporter(true);
    }
    case CheckPage:
        if (!runImporter(false))
            return false;
        currentMapping().remember(m_header);
        return true;
    default:
        return QWizard::validateCurrentPage();
    }
}

void ImportWizard::initializePage(int id)
{
    const QLocale locale;
    const ResidentImporter::Summary &s = m_summary;
    if (id == CheckPage) {
        m_checkText->setText(
            tr("%1 rows read.\n\n%2 new residents will be added, %3 registered residents updated.\n"
               "%4 rows cannot be imported; they will be listed with the reason in an error report.\n\n"
               "New: %5 compounds, %6 buildings, %7 households.")
                .arg(locale.toString(s.rows()), locale.toString(s.imported), locale.toString(s.updated),
                     locale.toString(s.rejected), locale.toString(s.compoundsCreated),
                     locale.toString(s.buildingsCreated), locale.toString(s.householdsCreated)));
    } else if (id == ResultPage) {
        QString text = tr("%1 residents imported, %2 updated, %3 rows not imported.")
                           .arg(locale.toString(s.imported), locale.toString(s.updated), locale.toString(s.rejected))
                           .toHtmlEscaped();
        if (!m_reportPath.isEmpty())
            text += QStringLiteral("<p>") +
                    tr("The rows not imported, each with its reason, are in <a href=\"%1\">%2</a>. Correct them "
                       "there and import that file.")
                        .arg(QUrl::fromLocalFile(m_reportPath).toString(),
                             QDir::toNativeSeparators(m_reportPath).toHtmlEscaped()) +
                    QStringLiteral("</p>");
        m_resultText->setText(text);
    }
    QWizard::initializePage(id);
}
