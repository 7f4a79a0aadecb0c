#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// Writes a minimal Office Open XML workbook (.xlsx) that Excel, WPS and LibreOffice open:
// one or more sheets of text and numbers (text as inline strings), column widths, a frozen
// header row, and three cell styles. The package is a ZIP of stored entries (ZipWriter), so
// no library is needed on any platform.
class XlsxWriter final
{
public:
    enum class Style { Normal, Bold, Highlight };

    // Starts a sheet; the name is made valid for Excel (at most 31 characters, none of
    // : \ / ? * [ ], unique). Rows added before any addSheet() go to "Sheet1".
    void addSheet(const QString &name);
    // Widths of the current sheet's columns, in characters.
    void setColumnWidths(const QList<double> &widths);
    // Rows of the current sheet that stay in view when scrolling (0: none).
    void setFrozenRows(int rows);
    // Numbers (int, double) become numeric cells, anything else text; null or empty: no cell.
    void addRow(const QVariantList &cells, Style style = Style::Normal);
    void addRow(const QStringList &cells, Style style = Style::Normal);

    QStringList sheetNames() const;
    QByteArray toByteArray(const QDateTime &modified = QDateTime::currentDateTime()) const;
    // Writes the file whole or not at all; on failure *error names the reason.
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
    QByteArray sheetXml(const Sheet &sheet) const;

    QList<Sheet> m_sheets;
};
