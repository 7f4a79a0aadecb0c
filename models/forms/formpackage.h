#pragma once

#include "cellreferences.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// An .xlsx file's entries in memory, in their order, read and written through QuaZip. Filling a
// form changes one worksheet; everything else (styles, other sheets, pictures) is written back as
// it was read.
class FormPackage final
{
    Q_DECLARE_TR_FUNCTIONS(FormPackage)

public:
    bool read(const QString &path);
    QString errorText() const { return m_error; }

    bool contains(const QString &name) const;
    QByteArray entry(const QString &name) const;
    void setEntry(const QString &name, const QByteArray &data);
    void removeEntry(const QString &name);

    // After rows moved on `sheet` (the part `sheetEntry`): the workbook's defined names (print area,
    // print titles) and the other sheets' formulas that point at it follow them; the cached calculation chain goes and
    // Excel recalculates every formula on opening.
    void afterRowsMoved(const QString &sheet, const QString &sheetEntry, const CellReferences::Insertion &insertion);
    // Recalculate on opening (values written under a form's own formulas).
    void recalculateOnOpen();

    // Writes the whole file under a temporary name and moves it into place; false (errorText())
    // when it could not be written, leaving no partial file.
    bool write(const QString &path);

private:
    QList<std::pair<QString, QByteArray>> m_entries;
    QString m_error;
};
