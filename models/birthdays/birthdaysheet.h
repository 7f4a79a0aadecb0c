#pragma once

#include "birthdayentry.h"
#include "models/documents/tabledocument.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class AccessScope;
class XlsxWriter;

// A month's birthday list as the office hands it out: the A4 sign-in sheet (one for the whole
// list or one per grid, with a signature column) and the CSV and Excel exports. Used by the
// Birthdays page and by `communitydesk-cli birthdays`.
class BirthdaySheet final
{
    Q_DECLARE_TR_FUNCTIONS(BirthdaySheet)

public:
    struct Options
    {
        int year = 0;
        int month = 0;
        QString community;
        int minimumAge = 60;
        bool revealPhones = false; // masked unless the clerk chose to print them
        bool nominalAge = false;   // add 虚岁 next to 周岁
        bool perGrid = false;      // one sign-in sheet per grid
    };

    // Entries in list order (BirthdayQuery::sort).
    // Phone numbers are shown in full only when asked and the role of `scope` may see them.
    BirthdaySheet(QList<BirthdayEntry> entries, Options options, const AccessScope &scope);

    QString title() const;
    QString monthText() const;
    // The exports' columns and rows.
    QStringList header() const;
    QStringList row(const BirthdayEntry &entry) const;

    TableDocument signInSheet() const;
    QByteArray csv() const;
    XlsxWriter workbook() const;

    // By the file's suffix: .pdf, .csv or .xlsx. On failure *error says why, for the clerk.
    bool write(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    bool writeCsv(const QString &path, QString *error = nullptr) const;
    bool writeXlsx(const QString &path, QString *error = nullptr) const;
    // write(), then the audit row of the list leaving the program (ExportAudit: who, how many
    // residents, the file's name, full phones if shown); a file that cannot be audited is removed.
    bool writeAudited(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                      QString *error = nullptr) const;
    // The audit row alone, for a printed sheet (`path` empty) or a file written otherwise.
    bool recordExport(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                      const QString &where) const;
    int residentCount() const { return int(m_entries.size()); }

    static QString monthText(int year, int month);

private:
    QList<TableDocument::Section> sections() const;
    TableDocument::Row sheetRow(int number, const BirthdayEntry &entry) const;

    QList<BirthdayEntry> m_entries;
    Options m_options;
};
