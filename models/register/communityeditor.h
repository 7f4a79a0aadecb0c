#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The street's own work on its communities: adding one (name, code, area), renaming it and
// archiving it. Only an administrator of the street does this; a community's own accounts may
// not. Each change is one transaction with its audit row; nothing is deleted (an archived
// community keeps its records and is no longer offered in the switcher).
class CommunityEditor final
{
    Q_DECLARE_TR_FUNCTIONS(CommunityEditor)

public:
    struct Entry
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString street;
        double areaKm2 = 0; // 0: not known
        bool archived = false;
        int grids = 0; // active grids
    };

    CommunityEditor(QSqlDatabase db, const AccessScope &scope);

    // Every community of the database, archived ones too, by code.
    QList<Entry> list() const;
    Entry entry(qint64 id) const;
    qint64 idByCode(const QString &code) const; // 0 when there is none
    // Why the person may not change communities (translated), or empty.
    QString refusal() const;

    // A new community of the street; `code` is unique across the street (e.g. C03).
    SaveResult add(const QString &name, const QString &code, double areaKm2 = 0);
    SaveResult rename(qint64 id, const QString &name);
    // Refused for the street's last active community.
    SaveResult archive(qint64 id);

private:
    SaveResult failed(const QString &field, const QString &message) const;
    bool nameTaken(const QString &name, qint64 exceptId) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
