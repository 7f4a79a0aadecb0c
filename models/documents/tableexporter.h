#pragma once

#include <functional>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

// Writes what a list shows to CSV (UTF-8 with a byte order mark, for Excel) or XLSX: the
// model's rows as filtered, every page of a lazily fetching model (canFetchMore/fetchMore),
// the given columns with their header texts, the display text of each cell (so masked ID and
// phone numbers stay masked). Everything is written as text: an 18-digit ID number must not
// become 3.20106E+17.
class TableExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    // `columns` empty: every column of the model.
    explicit TableExporter(QAbstractItemModel *model, QList<int> columns = {});

    // The format follows the suffix (.xlsx, otherwise CSV). Whole file or nothing.
    bool write(const QString &path, QString *error = nullptr);
    // Called now and then with rows done; return false to stop (nothing is written then).
    void setProgress(std::function<bool(int)> progress) { m_progress = std::move(progress); }
    int rowsWritten() const { return m_rows; }

private:
    QList<QStringList> collect(bool *cancelled);

    QAbstractItemModel *m_model;
    QList<int> m_columns;
    std::function<bool(int)> m_progress;
    int m_rows = 0;
};
