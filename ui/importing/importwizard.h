#pragma once

#include "models/access/accessscope.h"

#include "models/importing/importmapping.h"
#include "models/importing/registerdiff.h"
#include "models/importing/residentimporter.h"

#include <QSqlDatabase>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QPushButton;
class QTableWidget;
class WorkbookImporter;

// File > Import residents…: choose a CSV or Excel file, map its columns to the register's
// fields with a preview, see what a dry run would do, import with a progress bar that can
// cancel, and get the error report of the rows that were not taken.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { FilePage, MappingPage, CheckPage, ResultPage };

    ImportWizard(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setFile(const QString &path);
    QString file() const;
    ResidentImporter::Summary summary() const { return m_summary; }
    QString errorReport() const { return m_reportPath; }
    // The people the register has in the buildings the file covers whom it no longer lists.
    QList<RegisterDiff::MissingPerson> missingPeople() const { return m_missing; }
    // The workbook's sheets that are ticked; empty for a CSV.
    QStringList chosenSheets() const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;

signals:
    // The clerk asked to see these residents in the register (the missing people).
    void showResidentsRequested(const QList<qint64> &residentIds);

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createCheckPage();
    QWizardPage *createResultPage();
    // Reads the header (found, or the given row) and the first rows under it.
    bool loadPreview(int headerRow = 0);
    ImportMapping currentMapping() const;
    // Runs the importer over the whole file with a progress dialog; false if cancelled or failed.
    bool runImporter(bool dryRun);
    static QString details(const ResidentImporter &importer);
    // The values of coded columns that are not known, or mapped by the clerk, each with a choice.
    void fillValueTable(const WorkbookImporter &importer);
    // Lists the sheets of the file in the path box, all ticked.
    void listSheets();
    void fillMissingTable();
    QList<qint64> checkedMissing() const;
    // Marks the ticked missing people moved out on the chosen date (RegisterStore::changeStatus).
    void moveOutChecked();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QLineEdit *m_path = nullptr;
    QLabel *m_fileInfo = nullptr;
    QListWidget *m_sheets = nullptr;
    QTableWidget *m_missingTable = nullptr;
    QDateEdit *m_moveOutDate = nullptr;
    QPushButton *m_moveOut = nullptr;
    QPushButton *m_showMissing = nullptr;
    QList<QWidget *> m_missingWidgets; // the list and its buttons: shown only when someone is missing
    QTableWidget *m_preview = nullptr;
    QList<QComboBox *> m_fieldBoxes;
    QCheckBox *m_updateExisting = nullptr;
    QListWidget *m_keepAsFields = nullptr; // columns kept as custom fields, ticked
    QLabel *m_checkText = nullptr;
    QPlainTextEdit *m_checkDetails = nullptr;
    QSpinBox *m_headerRowBox = nullptr;
    QTableWidget *m_valueTable = nullptr;
    QLabel *m_resultText = nullptr;
    QStringList m_header;
    int m_headerRow = 0;
    int m_chosenHeaderRow = 0; // the clerk's own header row, kept while file and sheets stay the same
    QList<int> m_ignored;      // columns ignored by default (序号) unless mapped
    QString m_details;         // the dry run's columns and values
    ResidentImporter::Summary m_summary;
    QList<RegisterDiff::MissingPerson> m_missing;
    int m_changed = 0;
    QString m_changesPath;
    QString m_missingPath;
    QString m_reportPath;
    QString m_error;
};
