#pragma once

#include "models/access/accessscope.h"
#include "residentfilter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The register as a file, for the command line: the same rows, columns and masking as the
// register list's "Export…" in the window (ResidentTableModel through TableExporter), limited to
// the signed-in person's grids, CSV or XLSX by the file's suffix. Full numbers only where asked
// for and the role allows; the export and any reveal are audited (ExportAudit) with the count.
class ResidentExport final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentExport)

public:
    ResidentExport(QSqlDatabase db, const AccessScope &scope);

    void setFilter(const ResidentFilter &filter) { m_filter = filter; }
    // Each narrowed to what the role may see (NumberReveal::allowed).
    void setReveal(bool idNumbers, bool phones);
    bool revealsIdNumbers() const { return m_ids; }
    bool revealsPhones() const { return m_phones; }

    // Whole file or nothing; a file whose export cannot be audited is removed again.
    bool write(const QString &path, QString *error = nullptr);
    int rowsWritten() const { return m_rows; }

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    ResidentFilter m_filter;
    bool m_ids = false;
    bool m_phones = false;
    int m_rows = 0;
};
