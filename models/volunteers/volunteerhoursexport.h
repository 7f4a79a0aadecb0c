#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

// Service hours laid out for entering into the national volunteer service system
// (全国志愿服务信息系统): one row per attended shift or event service, with the column
// names that system's import template uses. ID and phone numbers are masked unless the
// clerk chose to show numbers; in XLSX every number is a text cell so Excel keeps all 18
// digits.
class VolunteerHoursExport final
{
    Q_DECLARE_TR_FUNCTIONS(VolunteerHoursExport)

public:
    VolunteerHoursExport(QSqlDatabase db, const AccessScope &scope, const QDate &from, const QDate &to);
    // Full numbers only for roles that may see them; saving them writes a 'reveal' audit row too.
    void setRevealNumbers(bool reveal);

    // The fixed column names of the national system's template (data, not interface text).
    static QStringList headers();
    QList<QStringList> rows() const;
    // Writes .csv or .xlsx by the file's suffix, with its 'export' audit row (rows, file name);
    // false with *error on failure (a file that cannot be audited is removed).
    bool save(const QString &path, QString *error = nullptr) const;

private:
    bool writeFile(const QString &path, const QList<QStringList> &data, QString *error) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    QDate m_from;
    QDate m_to;
    bool m_reveal = false;
};
