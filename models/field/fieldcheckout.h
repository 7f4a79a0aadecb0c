#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What to check out: the grids (by code), for whom (a login), into which file, sealed with
// which password.
struct FieldCheckoutRequest
{
    QStringList gridCodes;
    QString workerLogin;
    QString outPath;
    QString password;
};

// Builds a field copy from the office database (SQLite or PostgreSQL): a database made by the
// same migrations holding, with the office's own primary keys, only what the worker may see of
// the chosen grids (through the modules' *Rows scoping, with the worker's scope limited to those
// grids): their compounds, buildings, households, residents and tags, open cases and errands,
// the last twelve months of visits, events and their participants from those grids, volunteers
// and shifts, meetings, the lookups the forms need, and the worker's own account (so the same
// password signs in on the laptop). The office is read in one transaction (one snapshot), the
// copy is built in memory and sealed to the file (FieldFile), and the audit row (who checked
// out which grids for whom) is committed only with the file written.
class FieldCheckout final
{
    Q_DECLARE_TR_FUNCTIONS(FieldCheckout)

public:
    // `officeLocation` is what the copy records as its office (a path, or an address without
    // password; empty: named after the connection). Only administrators and clerks may check out.
    FieldCheckout(QSqlDatabase office, const QString &officeLocation, const AccessScope &scope);

    bool run(const FieldCheckoutRequest &request);

    // Translated, naming the grid, login or file; never a raw SQL error.
    QString errorText() const { return m_errorText; }
    QString errorDetail() const { return m_errorDetail; }
    // After run(): rows copied per table, the file's size, and how long it took.
    QList<std::pair<QString, int>> rowCounts() const { return m_rowCounts; }
    int residentCount() const;
    qint64 fileBytes() const { return m_fileBytes; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    QString checkoutId() const { return m_checkoutId; }
    // On a PostgreSQL server only the owner reads password hashes: checked out over a desk's own
    // login, the worker's account on the copy takes the copy's password instead (say so).
    bool workerSignsInWithCopyPassword() const { return m_copyPasswordSignsIn; }

    // The office's grids, for the check-out dialog: code and name, not archived.
    static QList<std::pair<QString, QString>> grids(const QSqlDatabase &office);
    // The accounts a copy may be for (not disabled, not viewers): login and name.
    static QList<std::pair<QString, QString>> workers(const QSqlDatabase &office);

private:
    struct Worker
    {
        qint64 id = 0;
        QString name;
        AccessScope::Role role = AccessScope::Role::Nobody;
    };
    bool fail(const QString &text, const QString &detail = QString());
    bool findWorker(const QString &login, Worker *worker);
    bool findGrids(const QStringList &codes, const Worker &worker, QList<qint64> *ids);
    bool copyTables(const QSqlDatabase &field, const AccessScope &workerScope, qint64 workerId,
                    const QString &copyPassword);
    // `fixed` columns are not read from the office but written with the value given.
    bool copyTable(const QSqlDatabase &field, const QString &table, const QString &filter, const QVariantList &binds,
                   const QVariantMap &fixed = {});

    QSqlDatabase m_office;
    QString m_officeLocation;
    AccessScope m_scope;
    QString m_errorText;
    QString m_errorDetail;
    QList<std::pair<QString, int>> m_rowCounts;
    qint64 m_fileBytes = 0;
    qint64 m_elapsedMs = 0;
    QString m_checkoutId;
    bool m_copyPasswordSignsIn = false;
};
