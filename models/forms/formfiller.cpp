#include "formfiller.h"

#include "formcounts.h"
#include "formpackage.h"
#include "formpeoplequery.h"
#include "models/access/exportaudit.h"
#include "models/formmaps/formmappingstore.h"
#include "worksheeteditor.h"

#include <QFileInfo>

FormFiller::FormFiller(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

void FormFiller::setMonth(int year, int month)
{
    m_year = year;
    m_month = month;
}

bool FormFiller::fill(const FormLayout &layout, const FormMapping &mapping, const FormPeople &people,
                      const QString &outPath, QString *error)
{
    m_rows = 0;
    m_revealed = false;
    m_unknown.clear();
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_scope.isSignedIn())
        return failed(tr("Please sign in to fill a form from the register."));
    if (QFileInfo(outPath).absoluteFilePath() == QFileInfo(layout.path).absoluteFilePath())
        return failed(tr("Save the filled form under another name: the form itself stays empty for next month."));
    if (mapping.isEmpty())
        return failed(tr("No column of the form is matched to a field; choose a field for at least one column."));

    FormPackage package;
    if (!package.read(layout.path))
        return failed(package.errorText());
    WorksheetEditor sheet(package.entry(layout.sheetEntry), layout.sheetName);
    if (!sheet.isValid())
        return failed(sheet.errorText());

    QString message;
    int rows = 0;
    if (layout.kind == FormLayout::Kind::Counts) {
        FormCounts counts(m_db, m_scope, m_today);
        if (m_year > 0)
            counts.setMonth(m_year, m_month);
        counts.setElderlyAge(m_elderlyAge);
        QMap<std::pair<int, int>, FormCell> cells;
        if (!counts.cells(layout, mapping, &cells, &m_unknown, &message))
            return failed(message);
        sheet.setCells(cells);
        package.setEntry(layout.sheetEntry, sheet.xml());
        package.recalculateOnOpen();
        rows = int(layout.rowLabels.size() - m_unknown.size());
    } else {
        FormPeopleQuery query(m_db, m_scope, m_today);
        QList<QList<FormCell>> people_;
        if (!query.rows(people, mapping.columns, &people_, &message))
            return failed(message);
        sheet.fillRows(layout.dataRow, layout.templateRows, people_);
        package.setEntry(layout.sheetEntry, sheet.xml());
        package.afterRowsMoved(layout.sheetName, layout.sheetEntry, sheet.insertion());
        rows = int(people_.size());
        m_revealed = query.revealsNumbers(people) && (mapping.columns.contains(QStringLiteral("idNumber")) ||
                                                      mapping.columns.contains(QStringLiteral("phone")));
    }
    if (!package.write(outPath))
        return failed(package.errorText());

    QStringList revealed;
    if (m_revealed && mapping.columns.contains(QStringLiteral("idNumber")))
        revealed << ExportAudit::idNumbers();
    if (m_revealed && mapping.columns.contains(QStringLiteral("phone")))
        revealed << ExportAudit::phoneNumbers();
    const QString where = QStringLiteral("street form: ") + (layout.title.isEmpty() ? layout.sheetName : layout.title);
    if (!ExportAudit::keepAudited(m_db, m_scope,
                                  layout.kind == FormLayout::Kind::Counts ? QStringLiteral("report")
                                                                          : QStringLiteral("resident"),
                                  rows, outPath, where, revealed, error))
        return false;
    m_rows = rows;
    // "Fill again" remembers where it went; a form never mapped in the window has no row to note.
    FormMappingStore(m_db, m_scope).recordFilled(layout.fingerprint, outPath);
    return true;
}
