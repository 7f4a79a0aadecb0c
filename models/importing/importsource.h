#pragma once

#include <memory>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Rows of a spreadsheet or CSV file being imported, read one at a time so a file of a million
// rows never sits in memory as cells. Row numbers are what the clerk sees in Excel (1 = first row).
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(ImportSource)

public:
    virtual ~ImportSource() = default;

    // The next row; false at the end or on an error (then errorText() is set).
    virtual bool readRow(QStringList *cells, int *rowNumber) = 0;
    // 0..1, how much of the file has been read.
    virtual double progress() const = 0;
    // Starts again from the first row.
    virtual bool rewind() = 0;
    // Translated, for the clerk; empty unless the file could not be read.
    virtual QString errorText() const = 0;
    // Translated: what was wrong with the row last read although it could be read (a CSV quote
    // never closed); empty for a sound row. The importer rejects such a row with this reason.
    virtual QString rowProblem() const { return QString(); }
    // A workbook's worksheets; empty for a file that has no sheets (CSV).
    virtual QStringList sheetNames() const { return QStringList(); }
    // Reads the sheet of that index in sheetNames() from its first row.
    virtual bool selectSheet(int index)
    {
        Q_UNUSED(index)
        return false;
    }
    // The sheet being read; empty for a CSV.
    virtual QString sheetName() const { return QString(); }
    // What the file turned out to be ("CSV, GBK/GB18030", "XLSX").
    virtual QString description() const = 0;

    // A CsvReader or XlsxReader by the file's suffix (.csv, .txt, .xlsx); null with *error set
    // when the file cannot be opened.
    static std::unique_ptr<ImportSource> open(const QString &path, QString *error);
};
