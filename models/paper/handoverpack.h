#pragma once

#include "models/access/accessscope.h"
#include "models/documents/pageddocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// One PDF per grid for the grid worker taking it over: the grid's map (the map image cut to the
// grid, its boundary and buildings), its households with 独居/低保/残疾 first and the last visit
// of each, the open cases and errands (and those the life-event rules have due), the
// party-member households (党员中心户) and building heads (楼栋长, residents so tagged), and the
// month's birthdays. Numbers are always masked: the pack is handed from person to person.
class HandoverPack final
{
    Q_DECLARE_TR_FUNCTIONS(HandoverPack)

public:
    // `day`: the date printed and the month of the birthdays (invalid: today).
    HandoverPack(QSqlDatabase db, const AccessScope &scope, qint64 gridId, const QDate &day = QDate());

    bool isValid() const { return m_valid; }
    QString title() const;
    QString gridName() const { return m_gridName; }
    PagedDocument document() const;
    // On failure *error says why, for the clerk.
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    void addMap(PagedDocument &doc) const;
    void addHouseholds(PagedDocument &doc) const;
    void addCases(PagedDocument &doc) const;
    void addContacts(PagedDocument &doc) const;
    void addBirthdays(PagedDocument &doc) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    qint64 m_gridId = 0;
    QDate m_day;
    bool m_valid = false;
    QString m_gridName;
    QString m_gridCode;
    QString m_community;
};
