#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// Collects an Excel workbook (.xlsx) in memory and writes it through libxlsxwriter: one or more
// sheets of typed cells, column widths, frozen header rows and three cell styles, in a
// compressed package that Excel, WPS and LibreOffice open. Text always stays text, so an
// 18-digit ID number keeps every digit and its X.
class XlsxWriter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    enum class Style { Normal, Bold, Highlight };

    // Excel's sheet size; a workbook with more rows or columns is refused, not cut short.
    static constexpr int kMaxRows = 1048576;
    static constexpr int kMaxColumns = 16384;

    // Starts a sheet; the name is made valid for Excel (at most 31 characters, none of
    // : \ / ? * [ ], unique). Rows added before any addSheet() go to "Sheet1".
    void addSheet(const QString &name);
    // Widths of the current sheet's columns, in characters.
    void setColumnWidths(const QList<double> &widths);
    // Rows of the current sheet that stay in view when scrolling (0: none).
    void setFrozenRows(int rows);
    // Numbers (int, double, qint64, …) become numeric cells, QDate a date shown as yyyy-mm-dd,
    // QDateTime a date and time (local time) shown as yyyy-mm-dd hh:mm, QString and anything
    // else text. Null, invalid or empty: no cell (a styled blank in a Bold or Highlight row).
    void addRow(const QVariantList &cells, Style style = Style::Normal);
    void addRow(const QStringList &cells, Style style = Style::Normal);

    QStringList sheetNames() const;
    // The .xlsx file's bytes, built in a temporary folder, `modified` as the document's creation
    // time; empty on failure, *error says why.
    QByteArray toByteArray(const QDateTime &modified = QDateTime::currentDateTime(), QString *error = nullptr) const;
    // Writes the file whole or not at all; on failure *error names the file and the reason.
    bool save(const QString &path, QString *error = nullptr) const;

    // "A", "Z", "AA" for columns 0, 25, 26.
    static QString columnName(int column);

private:
    struct Row
    {
        QVariantList cells;
        Style style = Style::Normal;
    };
    struct Sheet
    {
        QString name;
        QList<double> widths;
        int frozenRows = 0;
        QList<Row> rows;
    };
    Sheet &current();
    // Writes the workbook with libxlsxwriter to `path`, its scratch files in `scratchDir`.
    bool writeWorkbook(const QString &path, const QString &scratchDir, const QDateTime &modified,
                       QString *reason) const;

    QList<Sheet> m_sheets;
};
