#pragma once

#include "formcell.h"
#include "formlayout.h"
#include "models/access/accessscope.h"
#include "models/formmaps/formmapping.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

// The figures of a form that asks for counts: each row a grid, an age band (60-69岁, 80岁以上),
// a tag (低保, 党员) or the 合计; each column a figure. A grid's and the community's households,
// residents, elderly, cases, follow-ups and events are the monthly report's (MonthlyReportQuery);
// the rest are counts of living residents through the register's query (ResidentQuery).
class FormCounts final
{
    Q_DECLARE_TR_FUNCTIONS(FormCounts)

public:
    FormCounts(QSqlDatabase db, const AccessScope &scope, const QDate &today = QDate::currentDate());
    void setMonth(int year, int month);
    void setElderlyAge(int age) { m_elderlyAge = age; }

    // The cells to write, keyed by (row, column). Rows whose label names nothing the register
    // knows are left alone and listed in *unknown.
    bool cells(const FormLayout &layout, const FormMapping &mapping, QMap<std::pair<int, int>, FormCell> *cells,
               QStringList *unknown, QString *error = nullptr) const;

    // What a row's label stands for; kind "" when nothing.
    struct RowKey
    {
        QString kind; // "total", "grid", "age", "tag"
        qint64 id = 0;
        int minAge = -1;
        int maxAge = -1;
    };
    RowKey rowKey(const QString &label) const;
    // A grid by its code or name, a tag by its name, code or a word of the import vocabulary (低保户);
    // 0 when none (or not one of the signed-in person's grids).
    qint64 gridId(const QString &text) const;
    qint64 tagId(const QString &text) const;
    static bool ageBand(const QString &label, int *minAge, int *maxAge);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today;
    int m_year = 0;
    int m_month = 0;
    int m_elderlyAge = 60;
};
