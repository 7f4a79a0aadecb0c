#pragma once

#include "formlayout.h"
#include "models/access/accessscope.h"
#include "models/formmaps/formmapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

// Fills a street's form from the register into a new file, the template left as it is: the
// people one row each (FormPeopleQuery) or the counts (FormCounts), written into the sheet's XML
// (WorksheetEditor) so titles, merges, borders, widths, formulas and other sheets stay. A file
// with people in it leaves the program audited like an export (ExportAudit), with a reveal row
// when numbers were written in full; without its audit row it is removed again.
class FormFiller final
{
    Q_DECLARE_TR_FUNCTIONS(FormFiller)

public:
    FormFiller(QSqlDatabase db, const AccessScope &scope);
    void setToday(const QDate &today) { m_today = today; }
    // A counts form's month (the monthly report's figures); this month by default.
    void setMonth(int year, int month);
    void setElderlyAge(int age) { m_elderlyAge = age; }

    bool fill(const FormLayout &layout, const FormMapping &mapping, const FormPeople &people, const QString &outPath,
              QString *error);

    int rowsWritten() const { return m_rows; }
    bool revealedNumbers() const { return m_revealed; }
    // A counts form's row labels that named nothing the register knows (left as they were).
    QStringList unknownRows() const { return m_unknown; }

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today = QDate::currentDate();
    int m_year = 0;
    int m_month = 0;
    int m_elderlyAge = 60;
    int m_rows = 0;
    bool m_revealed = false;
    QStringList m_unknown;
};
