#pragma once

#include "models/access/accessscope.h"

#include "models/documents/tabledocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

// The A4 sheet a grid worker takes on a round of one building: its active households by unit
// and room with their living residents (ID and phone numbers masked unless revealed), the last
// visit, and blank columns to write the date, who was met, notes and a signature.
class VisitSheet final
{
    Q_DECLARE_TR_FUNCTIONS(VisitSheet)

public:
    struct Options
    {
        bool revealNumbers = false;
        QDate printedOn; // invalid = today
    };

    VisitSheet(QSqlDatabase db, const AccessScope &scope, qint64 buildingId, Options options);

    QString title() const;
    QString buildingName() const { return m_buildingName; }
    int householdCount() const;
    TableDocument document() const;
    bool writePdf(const QString &path, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    qint64 m_buildingId = 0;
    Options m_options;
    QString m_buildingName;
    QString m_gridName;
    QString m_community;
};
