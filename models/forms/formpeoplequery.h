#pragma once

#include "formcell.h"
#include "models/access/accessscope.h"
#include "models/formmaps/formmapping.h"
#include "models/register/residentfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// The people a form lists, as cells: the register's query (ResidentQuery, so a grid worker gets
// only their grids) over a saved view narrowed by grid, tag and minimum age, one row per resident
// in address order, one cell per column as the mapping says. Values are written as the street's
// forms are kept, in Chinese (男, 户籍), whatever the desk's language.
class FormPeopleQuery final
{
    Q_DECLARE_TR_FUNCTIONS(FormPeopleQuery)

public:
    FormPeopleQuery(QSqlDatabase db, const AccessScope &scope, const QDate &today = QDate::currentDate());

    // The saved view's filter (living residents when none) with the grid, tag and age on top.
    ResidentFilter filter(const FormPeople &people) const;
    // Full ID and phone numbers only when asked for and the role may see them (NumberReveal).
    bool rows(const FormPeople &people, const QStringList &columns, QList<QList<FormCell>> *rows,
              QString *error = nullptr) const;
    bool revealsNumbers(const FormPeople &people) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_today;
};
