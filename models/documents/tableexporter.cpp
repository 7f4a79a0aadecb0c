#include "tableexporter.h"

#include "csvwriter.h"
#include "xlsxwriter.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QSaveFile>

TableExporter::TableExporter(QAbstractItemModel *model, QList<int> columns)
    : m_model(model)
    , m_columns(std::move(columns))
{
    if (m_columns.isEmpty())
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_columns << c;
}

QList<QStringList> TableExporter::collect(bool *cancelled)
{
    *cancelled = false;
    QList<QStringList> rows;
    QStringList header;
    for (const int c : std::as_const(m_columns))
        header << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    rows << header;
    // A lazy model shows its first page only; fetch the rest so the file holds every filtered row.
    while (m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    const int count = m_model->rowCount();
    for (int r = 0; r < count; ++r) {
        QStringList cells;
        for (const int c : std::as_const(m_columns))
            cells << m_model->index(r, c).data(Qt::DisplayRole).toString();
        rows << cells;
        if (m_progress && r % 500 == 0 && !m_progress(r)) {
            *cancelled = true;
            return {};
        }
    }
    m_rows = count;
    return rows;
}

bool TableExporter::write(const QString &path, QString *error)
{
    bool cancelled = false;
    const QList<QStringList> rows = collect(&cancelled);
    if (cancelled) {
        if (error)
            *error = tr("The export was cancelled; no file was written.");
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        XlsxWriter xlsx;
        xlsx.addSheet(QFileInfo(path).completeBaseName());
        xlsx.setFrozenRows(1);
        for (int i = 0; i < rows.size(); ++i)
            xlsx.addRow(rows.at(i), i == 0 ? XlsxWriter::Style::Bold : XlsxWriter::Style::Normal); // all text
        return xlsx.save(path, error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1.").arg(name);
        return false;
    }
    CsvWriter csv(&file);
    for (QStringList row : rows) {
        // Excel reads a long run of digits in a CSV as a number and loses the last digits of an
        // ID number; a tab in front keeps it text and is dropped by Excel and WPS on opening.
        for (QString &cell : row) {
            bool digits = cell.size() >= 12;
            for (const QChar ch : std::as_const(cell))
                digits = digits && (ch.isDigit() || ch == QLatin1Char('X'));
            if (digits)
                cell.prepend(QLatin1Char('\t'));
        }
        csv.writeRow(row);
    }
    if (!csv.isOk() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1.").arg(name);
        return false;
    }
    return true;
}
