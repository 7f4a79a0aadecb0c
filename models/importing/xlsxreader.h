#pragma once

#include "importsource.h"

#include <memory>
#include <QHash>
#include <QSet>
#include <QStringList>

class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

// Reads one worksheet of an .xlsx workbook (the first unless another is selected): the ZIP through QuaZip, the XML with
// QXmlStreamReader, streaming row by row. Understands shared strings (rich text runs joined,
// phonetic guides dropped), inline strings, formula results, booleans, and numbers; a number
// in a date-formatted cell becomes yyyy-MM-dd. Missing cells are empty strings, so every row
// lines up with the header.
class XlsxReader final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    XlsxReader();
    ~XlsxReader() override;

    bool open(const QString &path);

    bool readRow(QStringList *cells, int *rowNumber) override;
    double progress() const override;
    bool rewind() override;
    QString errorText() const override { return m_error; }
    QString description() const override;

    // The workbook's text table (for tests: the reader itself keeps it as one buffer).
    QStringList sharedStrings() const;
    QString sheetName() const override { return m_sheetName; }
    // The sheet's part inside the ZIP ("xl/worksheets/sheet1.xml"), for editing it in place.
    QString sheetEntry() const { return m_sheetPath; }
    // The workbook's worksheets in the order Excel shows their tabs.
    QStringList sheetNames() const override;
    // Reads that worksheet from its first row; false (errorText() set) when it cannot be opened.
    bool selectSheet(int index) override;

    // 0 for "A", 25 for "Z", 26 for "AA"; the letters of a reference like "AB12"; -1 if none.
    static int columnIndex(QStringView reference);
    // Excel's serial day number (1900 system, with its phantom 1900-02-29) as a date.
    static QDate dateFromSerial(double serial);
    // Numbers as a clerk typed them: 13800138000 not 1.3800138E10, 2.5 as 2.5.
    static QString numberText(const QString &raw);

private:
    bool fail(const QString &message);
    QByteArray readEntry(const QString &name, bool *found);
    bool loadWorkbook();
    bool loadSharedStrings();
    void loadStyles();
    bool openSheet();

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QString m_sheetPath;
    QString m_sheetName;
    QList<std::pair<QString, QString>> m_sheets; // name, path inside the ZIP
    QString sharedString(qsizetype index) const;
    // Caps of the text table: a district's register is far below them (1M people, a few million
    // short texts); a hostile workbook is refused at them instead of taking gigabytes.
    static constexpr qsizetype kMaxSharedChars = 64LL * 1000 * 1000;
    static constexpr qsizetype kMaxSharedStrings = 16LL * 1000 * 1000;
    QString m_stringText;          // every shared string, one after another
    QList<qsizetype> m_stringEnds; // where each ends in m_stringText
    QSet<int> m_dateStyles;        // indexes into cellXfs whose number format is a date
    QString m_error;
    bool m_done = false;
    int m_lastRow = 0;
};
