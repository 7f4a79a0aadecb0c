#pragma once

#include <QPushButton>

class QTableView;

// "Export…" for a list: writes what the view shows (the filter's rows, every page of a lazy
// model, the visible columns, numbers as the list shows them) to .xlsx or CSV.
class ListExportButton : public QPushButton
{
    Q_OBJECT

public:
    // `fileName` is the suggested file, e.g. tr("cases.xlsx").
    ListExportButton(QTableView *view, const QString &fileName, QWidget *parent = nullptr);

    // Writes to `path` without asking (the button asks for a file first); false and *error on failure.
    bool exportTo(const QString &path, QString *error = nullptr);

signals:
    void exported(int rows, const QString &path);

private:
    void chooseFileAndExport();

    QTableView *m_view;
    QString m_fileName;
};
