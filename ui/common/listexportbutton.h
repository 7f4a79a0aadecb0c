#pragma once

#include "models/access/accessscope.h"

#include <functional>
#include <QPushButton>
#include <QSqlDatabase>
#include <QStringList>

class LongWork;
class QTableView;

// "Export…" for a list (with progress and Cancel, then Open folder / Open file): writes what the view shows (the
// filter's rows, every page of a lazy model, the visible columns, numbers as the list shows them) to .xlsx or CSV. A
// list of personal data is audited (setAudit): each export writes who, which list, how many rows and the file's name.
class ListExportButton : public QPushButton
{
    Q_OBJECT

public:
    // `fileName` is the suggested file, e.g. tr("cases.xlsx").
    ListExportButton(QTableView *view, const QString &fileName, QWidget *parent = nullptr);

    // Audits every export as `what` (the table: "resident", "cases", "volunteer") from the list
    // `where` ("register list"); `revealed` tells which numbers the list shows in full at the time
    // (ExportAudit::idNumbers()…), if any.
    void setAudit(QSqlDatabase db, const AccessScope &scope, const QString &what, const QString &where,
                  std::function<QStringList()> revealed = {});

    // Writes to `path` without asking (the button asks for a file first); false and *error on failure.
    bool exportTo(const QString &path, QString *error = nullptr);

signals:
    void exported(int rows, const QString &path);

private:
    void chooseFileAndExport();
    bool write(const QString &path, LongWork *work, int *rows, QString *error);
    // The audit row of an export written to `path` ("no audit row, no file").
    bool audit(const QString &path, int rows, QString *error);

    QTableView *m_view;
    QString m_fileName;
    QSqlDatabase m_db;
    AccessScope m_scope;
    QString m_what; // empty: not audited (a list without personal data)
    QString m_where;
    std::function<QStringList()> m_revealed;
};
