#pragma once

#include "cellreferences.h"
#include "formcell.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

// Edits one worksheet's XML in place, as text: everything it does not touch (column widths,
// borders, merged titles, print settings, other sheets' links) stays byte for byte. Rows are
// written one per person below the header with the styles (s=) of the form's first empty row;
// rows under them (a 合计 line) move down, and every formula, merge and range of the sheet follows.
class WorksheetEditor final
{
    Q_DECLARE_TR_FUNCTIONS(WorksheetEditor)

public:
    WorksheetEditor(const QByteArray &xml, const QString &sheetName);

    bool isValid() const { return m_valid; }
    QString errorText() const { return m_error; }

    // Writes `rows` (one list of cells per person, by column) from `firstRow` on. The form's
    // `templateRows` empty rows from `firstRow` are used first (left over ones are emptied); when
    // there are more people, the rows from firstRow + templateRows on move down to make room.
    void fillRows(int firstRow, int templateRows, const QList<QList<FormCell>> &rows);
    // Writes single cells ((row, column) as Excel numbers rows, columns from 0) keeping each
    // cell's style; a cell holding a formula keeps its formula. For forms that ask for counts.
    void setCells(const QMap<std::pair<int, int>, FormCell> &cells);

    // The rows inserted by fillRows(), for the workbook's defined names (print area).
    CellReferences::Insertion insertion() const { return m_insertion; }
    QByteArray xml() const;

private:
    struct Cell
    {
        int column = 0;
        QString attributes; // without r=
        QString inner;      // between <c> and </c>; empty for <c/>
    };
    struct Row
    {
        int number = 0;
        QString attributes; // without r=
        QList<Cell> cells;
        bool generated = false; // written by fillRows(): its formulas are already in place
    };

    bool parse(const QString &xml);
    QString cellXml(int row, const Cell &cell) const;
    QString rowXml(const Row &row) const;
    Cell makeCell(int column, const Cell *style, const FormCell &value) const;
    Row *findRow(int number);
    void shiftRest(const CellReferences::Insertion &insertion);
    QString shiftInner(const QString &inner, const CellReferences::Insertion &insertion) const;
    void addMerges(const QStringList &refs);

    QString m_sheetName;
    QString m_prefix; // "x:" when the sheet's elements carry a namespace prefix
    QString m_head;   // everything up to and including <sheetData>
    QString m_tail;   // from </sheetData> on
    QList<Row> m_rows;
    CellReferences::Insertion m_insertion;
    bool m_valid = false;
    QString m_error;
};
