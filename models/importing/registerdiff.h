#pragma once

#include "models/access/accessscope.h"
#include "models/register/resident.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a later version of the same register changes: for each updated person the fields that
// changed (old → new), and the people the register has in the compounds and buildings the file
// covers whom the file no longer lists (candidates for moving out; nothing is moved out here).
class RegisterDiff final
{
    Q_DECLARE_TR_FUNCTIONS(RegisterDiff)

public:
    struct FieldChange
    {
        QString field; // translated label ("Phone")
        QString before;
        QString after;
    };
    struct UpdatedPerson
    {
        QString sheet;
        int rowNumber = 0;
        qint64 residentId = 0;
        QString name;
        QString maskedId;
        QList<FieldChange> changes;
    };
    struct MissingPerson
    {
        qint64 residentId = 0;
        QString name;
        QString maskedId;
        QString address;
    };

    // The fields a clerk would see changed; phone numbers masked (the report is a file on disk).
    static QList<FieldChange> changes(const Resident &before, const Resident &after);
    // "Phone: 138****0001 → 139****0002; Notes: … → …"
    static QString describe(const QList<FieldChange> &changes);

    // Remembers one row of the file: who it names and which building it covers.
    void addRow(const QString &idNumber, const QString &name, const QString &compound, const QString &building);
    int coveredBuildings() const { return int(m_buildings.size()); }

    // Living residents of the covered buildings whom no row of the file names (by ID number, or
    // by name for a resident registered without one), as `scope` may see them.
    bool findMissing(const QSqlDatabase &db, const AccessScope &scope, QList<MissingPerson> *missing,
                     QString *error) const;

    // The CSV files beside the imported file: "<name>-missing.csv", "<name>-changes.csv".
    static QString missingPath(const QString &importedFile);
    static QString changesPath(const QString &importedFile);
    static bool writeMissing(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                             const QList<MissingPerson> &missing, QString *error);
    static bool writeChanges(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                             const QList<UpdatedPerson> &updated, QString *error);

private:
    bool hasId(const QString &idNumber) const;
    // A district's register lists a million people: 18-character numbers are kept as one integer
    // each (17 digits and the check character), other forms as text.
    static bool pack(const QString &idNumber, quint64 *packed);

    QSet<quint64> m_packedIds;                 // ID numbers in the file
    QSet<QString> m_otherIds;                  // ID numbers in the file that are not 18 characters
    QSet<QString> m_names;                     // folded names of the file's rows without an ID number
    QHash<QString, QSet<QString>> m_buildings; // compound: building keys
};
