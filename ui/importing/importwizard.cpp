#include "importwizard.h"

#include "importprogress.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/documents/xlsxwriter.h"
#include "models/importing/headerlocator.h"
#include "models/importing/importcleaner.h"
#include "models/importing/importsource.h"
#include "models/importing/valuemappings.h"
#include "models/importing/workbookimporter.h"
#include "models/register/registerstore.h"
#include "models/workspace/appsettings.h"
#include "ui/common/datefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
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
    page->setSubTitle(tr("A CSV file (UTF-8 or GBK) or an Excel workbook (.xlsx). The row naming the columns is found "
                         "below titles and notes; you can choose another on the next page."));
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
    // A workbook with a sheet per grid or compound: every sheet is imported unless the clerk
    // unticks it; each finds its own header row.
    m_sheets = new QListWidget(page);
    m_sheets->setObjectName(QStringLiteral("sheets"));
    m_sheets->setVisible(false);
    layout->addWidget(m_sheets, 1);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import residents"), m_path->text(),
                                                          tr("Spreadsheets (*.xlsx *.csv *.txt)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
    connect(m_path, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_chosenHeaderRow = 0;
        listSheets();
    });
    connect(m_sheets, &QListWidget::itemChanged, this, [this] { m_chosenHeaderRow = 0; });
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
    m_headerRowBox = new QSpinBox(page);
    m_headerRowBox->setObjectName(QStringLiteral("headerRow"));
    m_headerRowBox->setRange(1, HeaderLocator::ScanRows * 10);
    form->addRow(tr("&Header row"), m_headerRowBox);
    // Another header row: the columns, the mapping and the preview are read again from there.
    connect(m_headerRowBox, &QSpinBox::valueChanged, this, [this](int row) {
        if (row != m_headerRow && !loadPreview(row)) {
            const QSignalBlocker block(m_headerRowBox);
            m_headerRowBox->setValue(m_headerRow);
        } else {
            m_chosenHeaderRow = row; // kept when the clerk goes back to the file page and returns
        }
    });
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
    // Columns no field takes may become the office's own resident fields (车牌号) instead of notes.
    m_keepAsFields = new QListWidget(page);
    m_keepAsFields->setObjectName(QStringLiteral("keepAsFields"));
    m_keepAsFields->setMaximumHeight(fontMetrics().height() * 7);
    m_keepAsFields->setToolTip(tr("Ticked columns are kept as custom fields of that name (made as text fields when "
                                  "there is none); the others not mapped are kept as notes."));
    form->addRow(tr("&Keep as custom fields"), m_keepAsFields);
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
    m_checkDetails = new QPlainTextEdit(page);
    m_checkDetails->setObjectName(QStringLiteral("checkDetails"));
    m_checkDetails->setReadOnly(true);
    layout->addWidget(m_checkDetails, 1);
    // Words of coded columns the register does not know: the clerk says what each means, once;
    // the choice is remembered with the import for every later file.
    m_valueTable = new QTableWidget(0, 4, page);
    m_valueTable->setObjectName(QStringLiteral("unknownValues"));
    m_valueTable->setHorizontalHeaderLabels({tr("Column"), tr("Value"), tr("Rows"), tr("Means")});
    m_valueTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_valueTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_valueTable, 1);
    auto *again = new QPushButton(tr("Check &again with these meanings"), page);
    again->setObjectName(QStringLiteral("checkAgain"));
    layout->addWidget(again, 0, Qt::AlignRight);
    connect(again, &QPushButton::clicked, this, [this] {
        if (runImporter(true))
            initializePage(CheckPage);
    });
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
    // People the register has in the buildings the file covers but the file no longer lists:
    // candidates for moving out, moved out only when the clerk says so.
    m_missingTable = new QTableWidget(0, 3, page);
    m_missingTable->setObjectName(QStringLiteral("missingPeople"));
    m_missingTable->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Address")});
    m_missingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missingTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_missingTable, 1);
    auto *actions = new QHBoxLayout;
    m_showMissing = new QPushButton(tr("&Show them in the register"), page);
    m_showMissing->setObjectName(QStringLiteral("showMissing"));
    actions->addWidget(m_showMissing);
    actions->addStretch(1);
    auto *dateLabel = new QLabel(tr("Moved out &on"), page);
    m_moveOutDate = new QDateEdit(QDate::currentDate(), page);
    DateField::tabLeaves(m_moveOutDate);
    m_moveOutDate->setObjectName(QStringLiteral("moveOutDate"));
    m_moveOutDate->setCalendarPopup(true);
    m_moveOutDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dateLabel->setBuddy(m_moveOutDate);
    actions->addWidget(dateLabel);
    actions->addWidget(m_moveOutDate);
    m_moveOut = new QPushButton(tr("&Mark ticked ones moved out"), page);
    m_moveOut->setObjectName(QStringLiteral("moveOutMissing"));
    actions->addWidget(m_moveOut);
    layout->addLayout(actions);
    connect(m_showMissing, &QPushButton::clicked, this, [this] {
        QList<qint64> ids = checkedMissing();
        if (ids.isEmpty())
            for (const RegisterDiff::MissingPerson &m : std::as_const(m_missing))
                ids << m.residentId;
        emit showResidentsRequested(ids);
    });
    connect(m_moveOut, &QPushButton::clicked, this, &ImportWizard::moveOutChecked);
    m_missingWidgets = {m_missingTable, m_showMissing, dateLabel, m_moveOutDate, m_moveOut};
    for (QWidget *w : std::as_const(m_missingWidgets))
        w->setVisible(false);
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

QStringList ImportWizard::chosenSheets() const
{
    QStringList names;
    for (int i = 0; i < m_sheets->count(); ++i)
        if (m_sheets->item(i)->checkState() == Qt::Checked)
            names << m_sheets->item(i)->text();
    return names;
}

void ImportWizard::listSheets()
{
    const QSignalBlocker block(m_sheets);
    m_sheets->clear();
    QStringList names;
    if (file().endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) && QFileInfo(file()).isFile()) {
        QString error;
        if (const std::unique_ptr<ImportSource> source = ImportSource::open(file(), &error))
            names = source->sheetNames();
    }
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_sheets);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_sheets->setVisible(names.size() > 1);
}

bool ImportWizard::loadPreview(int headerRow)
{
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(file(), &error);
    if (!source) {
        m_fileInfo->setText(error);
        return false;
    }
    // The first ticked sheet is the one previewed; the header row chosen here is that sheet's.
    const QStringList sheets = chosenSheets();
    if (m_sheets->count() > 0 && sheets.isEmpty()) {
        m_fileInfo->setText(tr("Tick at least one sheet to import."));
        return false;
    }
    if (!sheets.isEmpty() && !source->selectSheet(int(source->sheetNames().indexOf(sheets.first())))) {
        m_fileInfo->setText(source->errorText());
        return false;
    }
    // The header row as the importer will find it: titles and notes above it are skipped.
    const HeaderLocator::Result found = HeaderLocator::locate(*source, headerRow);
    if (!found.found) {
        m_fileInfo->setText(source->errorText().isEmpty() ? tr("The file is empty.") : source->errorText());
        return false;
    }
    m_header = found.header;
    m_headerRow = found.row;
    {
        const QSignalBlocker block(m_headerRowBox);
        m_headerRowBox->setValue(found.row);
    }
    QList<QStringList> rows;
    QStringList cells;
    int number = 0;
    source->rewind();
    while (rows.size() < kPreviewRows && source->readRow(&cells, &number)) {
        if (number <= found.lastRow)
            continue;
        bool blank = true;
        for (const QString &c : std::as_const(cells))
            blank = blank && c.trimmed().isEmpty();
        if (!blank)
            rows << cells;
    }
    m_fileInfo->setText(found.lastRow > found.row
                            ? tr("%1. Header: rows %2-%3.").arg(source->description()).arg(found.row).arg(found.lastRow)
                            : tr("%1. Header: row %2.").arg(source->description()).arg(found.row));
    if (sheets.size() > 1)
        m_fileInfo->setText(
            m_fileInfo->text() + QLatin1Char(' ') +
            tr("%n sheet(s) chosen; the other sheets find their own header rows.", nullptr, int(sheets.size())));

    m_preview->clear();
    m_preview->setColumnCount(m_header.size());
    m_preview->setHorizontalHeaderLabels(m_header);
    m_preview->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < m_header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(previewText(rows.at(r).value(c), m_scope)));
    m_preview->resizeColumnsToContents();

    const ImportMapping mapping = ImportMapping::forHeader(m_header);
    m_ignored.clear();
    for (int c = 0; c < m_header.size(); ++c)
        if (mapping.isIgnored(c))
            m_ignored << c;
    for (int f = 0; f < ImportMapping::FieldCount; ++f) {
        QComboBox *box = m_fieldBoxes.at(f);
        box->clear();
        box->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < m_header.size(); ++c)
            box->addItem(QStringLiteral("%1: %2").arg(XlsxWriter::columnName(c), m_header.at(c)), c);
        box->setCurrentIndex(mapping.column(ImportMapping::Field(f)) + 1);
    }
    m_keepAsFields->clear();
    for (int c = 0; c < m_header.size(); ++c) {
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(XlsxWriter::columnName(c), m_header.at(c)),
                                         m_keepAsFields);
        item->setData(Qt::UserRole, c);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(mapping.isKeptAsField(c) ? Qt::Checked : Qt::Unchecked);
    }
    return true;
}

ImportMapping ImportWizard::currentMapping() const
{
    ImportMapping mapping;
    for (int f = 0; f < ImportMapping::FieldCount; ++f)
        if (m_fieldBoxes.at(f)->currentIndex() > 0)
            mapping.setColumn(ImportMapping::Field(f), m_fieldBoxes.at(f)->currentData().toInt());
    for (const int c : m_ignored)
        if (mapping.fieldOfColumn(c) == ImportMapping::FieldCount)
            mapping.setIgnored(c, true);
    // A ticked column is kept as a custom field unless a register field takes it.
    for (int i = 0; i < m_keepAsFields->count(); ++i) {
        const QListWidgetItem *item = m_keepAsFields->item(i);
        const int c = item->data(Qt::UserRole).toInt();
        if (item->checkState() == Qt::Checked && mapping.fieldOfColumn(c) == ImportMapping::FieldCount) {
            mapping.setIgnored(c, false);
            mapping.setKeptAsField(c, true);
        }
    }
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
    WorkbookImporter importer(m_db, m_scope);
    importer.setSheets(chosenSheets());
    importer.setMapping(currentMapping(), m_header);
    importer.setUpdateExisting(m_updateExisting->isChecked());
    importer.setHeaderRow(m_headerRow);
    for (int row = 0; row < m_valueTable->rowCount(); ++row) {
        const auto *box = qobject_cast<QComboBox *>(m_valueTable->cellWidget(row, 3));
        if (box && box->currentIndex() > 0)
            importer.mapValue(ImportMapping::Field(m_valueTable->item(row, 0)->data(Qt::UserRole).toInt()),
                              m_valueTable->item(row, 1)->text(), box->currentData().toString());
    }
    // The reports are written before the import commits, so nothing can lose them afterwards.
    if (!dryRun)
        importer.setReportFile(file());
    ImportProgress progress(dryRun ? tr("Checking the file…") : tr("Importing…"), this);
    importer.setProgress([&progress, &importer](double done) {
        const ResidentImporter::Summary s = importer.summary();
        return progress.update(done, s.rows() + s.blank + s.footer);
    });
    const ResidentImporter::Outcome outcome = importer.run(*source, dryRun);
    progress.dialog()->reset();
    m_summary = importer.summary();
    if (outcome == ResidentImporter::Outcome::Cancelled) {
        QMessageBox::information(this, windowTitle(), tr("Cancelled. Nothing was imported."));
        return false;
    }
    if (outcome == ResidentImporter::Outcome::Failed) {
        QMessageBox::warning(this, windowTitle(), importer.errorText());
        return false;
    }
    m_reportPath = importer.errorReportPath();
    m_changesPath = importer.changesReportPath();
    m_missingPath = importer.missingReportPath();
    m_missing = importer.missingPeople();
    m_changed = int(importer.updatedPeople().size());
    if (dryRun) {
        QStringList parts;
        for (int i = 0; i < importer.sheetCount(); ++i) {
            const ResidentImporter &sheet = importer.sheet(i);
            QString text = details(sheet);
            if (!sheet.sheetName().isEmpty())
                text = tr("Sheet %1:").arg(sheet.sheetName()) + QLatin1Char('\n') + text;
            parts << text;
        }
        m_details = parts.join(QStringLiteral("\n\n"));
        fillValueTable(importer);
    }
    return true;
}

void ImportWizard::fillValueTable(const WorkbookImporter &workbook)
{
    m_valueTable->setRowCount(0);
    QSet<QString> listed; // a value unknown in several sheets is asked about once
    for (int i = 0; i < workbook.sheetCount(); ++i) {
        const ResidentImporter &importer = workbook.sheet(i);
        for (const ImportMapping::Field f : ValueMappings::codedFields()) {
            for (const ResidentImporter::ValueReport &v : importer.values(f)) {
                if (!v.code.isEmpty() && !v.clerksChoice)
                    continue;
                if (listed.contains(QString::number(f) + QLatin1Char(':') + v.value))
                    continue;
                listed.insert(QString::number(f) + QLatin1Char(':') + v.value);
                const int row = m_valueTable->rowCount();
                m_valueTable->insertRow(row);
                auto *column = new QTableWidgetItem(importer.header().value(importer.mapping().column(f)));
                column->setData(Qt::UserRole, int(f));
                m_valueTable->setItem(row, 0, column);
                m_valueTable->setItem(row, 1, new QTableWidgetItem(v.value));
                m_valueTable->setItem(row, 2, new QTableWidgetItem(QLocale().toString(v.count)));
                auto *box = new QComboBox(m_valueTable);
                box->setObjectName(QStringLiteral("means_%1").arg(row));
                box->addItem(tr("(not known: rows not imported)"));
                for (const ValueMappings::Choice &c : ValueMappings::choices(f))
                    box->addItem(c.label, c.code);
                box->setCurrentIndex(qMax(0, box->findData(v.code)));
                m_valueTable->setCellWidget(row, 3, box);
            }
        }
    }
    m_valueTable->setVisible(m_valueTable->rowCount() > 0);
}

QString ImportWizard::details(const ResidentImporter &importer)
{
    // What became of each column and of each coded value: nothing is dropped without the clerk seeing it.
    QStringList lines;
    const ResidentImporter::Summary s = importer.summary();
    lines << (s.headerLastRow > s.headerRow ? tr("Header: rows %1-%2.").arg(s.headerRow).arg(s.headerLastRow)
                                            : tr("Header: row %1.").arg(s.headerRow));
    for (const ResidentImporter::ColumnReport &c : importer.columns())
        lines << QStringLiteral("%1 → %2").arg(c.title, c.useLabel);
    QList<ImportMapping::Field> fields = ValueMappings::codedFields();
    fields << ImportMapping::Tags;
    for (const ImportMapping::Field f : std::as_const(fields))
        for (const ResidentImporter::ValueReport &v : importer.values(f))
            lines
                << tr("%1 \"%2\" (%3 rows) → %4").arg(ImportMapping::fieldLabel(f), v.value).arg(v.count).arg(v.label);
    if (s.footer > 0)
        lines << tr("%n footer row(s) skipped (totals, signatures).", nullptr, s.footer);
    return lines.join(QLatin1Char('\n'));
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        // Back on the file page and on again with the same file and sheets: the clerk's header row stays.
        return loadPreview(m_chosenHeaderRow);
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
        if (m_changed > 0 || !m_missing.isEmpty())
            m_checkText->setText(m_checkText->text() + QStringLiteral("\n\n") +
                                 tr("%n registered resident(s) will change.", nullptr, m_changed) + QLatin1Char(' ') +
                                 tr("%n resident(s) of the buildings this file covers are not in it; they will be "
                                    "listed, not moved out.",
                                    nullptr, int(m_missing.size())));
        m_checkDetails->setPlainText(m_details);
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
        if (m_changed > 0) {
            text += QStringLiteral("<p>") + tr("%n registered resident(s) changed in this file.", nullptr, m_changed);
            if (!m_changesPath.isEmpty())
                text += QLatin1Char(' ') + tr("What changed for each is in <a href=\"%1\">%2</a>.")
                                               .arg(QUrl::fromLocalFile(m_changesPath).toString(),
                                                    QDir::toNativeSeparators(m_changesPath).toHtmlEscaped());
            text += QStringLiteral("</p>");
        }
        if (!m_missing.isEmpty()) {
            text += QStringLiteral("<p>") +
                    tr("%n resident(s) of the buildings this file covers are not in it. They may have moved out; "
                       "nothing was changed for them.",
                       nullptr, int(m_missing.size()));
            if (!m_missingPath.isEmpty())
                text += QLatin1Char(' ') + tr("The list is in <a href=\"%1\">%2</a>.")
                                               .arg(QUrl::fromLocalFile(m_missingPath).toString(),
                                                    QDir::toNativeSeparators(m_missingPath).toHtmlEscaped());
            text += QStringLiteral("</p>");
        }
        m_resultText->setText(text);
        fillMissingTable();
    }
    QWizard::initializePage(id);
}

void ImportWizard::fillMissingTable()
{
    m_missingTable->setRowCount(0);
    for (const RegisterDiff::MissingPerson &m : std::as_const(m_missing)) {
        const int row = m_missingTable->rowCount();
        m_missingTable->insertRow(row);
        auto *name = new QTableWidgetItem(m.name);
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        name->setData(Qt::UserRole, m.residentId);
        m_missingTable->setItem(row, 0, name);
        m_missingTable->setItem(row, 1, new QTableWidgetItem(m.maskedId));
        m_missingTable->setItem(row, 2, new QTableWidgetItem(m.address));
    }
    m_missingTable->resizeColumnsToContents();
    const bool any = !m_missing.isEmpty();
    for (QWidget *w : std::as_const(m_missingWidgets))
        w->setVisible(any);
    m_moveOut->setEnabled(any && m_scope.canEdit());
}

QList<qint64> ImportWizard::checkedMissing() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_missingTable->rowCount(); ++row)
        if (QTableWidgetItem *item = m_missingTable->item(row, 0); item && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toLongLong();
    return ids;
}

void ImportWizard::moveOutChecked()
{
    const QList<qint64> ids = checkedMissing();
    if (ids.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick the people who have moved out first."));
        return;
    }
    // The register's own move-out: status, date, history and audit as from the register page.
    RegisterStore store(m_db, m_scope);
    QStringList failed;
    QList<qint64> moved;
    for (const qint64 id : ids) {
        const SaveResult result =
            store.changeStatus(id, QStringLiteral("moved_out"), m_moveOutDate->date(),
                               tr("Not in the imported file %1").arg(QFileInfo(file()).fileName()));
        if (result.ok)
            moved << id;
        else
            failed << result.firstMessage();
    }
    if (!failed.isEmpty())
        QMessageBox::warning(this, windowTitle(), failed.join(QLatin1Char('\n')));
    // Those moved out leave the list; the others stay for the clerk to decide.
    QList<RegisterDiff::MissingPerson> remaining;
    for (const RegisterDiff::MissingPerson &m : std::as_const(m_missing)) {
        if (!moved.contains(m.residentId))
            remaining << m;
    }
    m_missing = remaining;
    fillMissingTable();
}
