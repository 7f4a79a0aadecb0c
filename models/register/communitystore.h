#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The communities of a street office sharing one database, read for the person acting: which
// they may see, which one new records go to, and what to call the view (one community or the
// whole street). Every place that once took "the first community" asks this instead.
class CommunityStore final
{
    Q_DECLARE_TR_FUNCTIONS(CommunityStore)

public:
    struct Community
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString street;
    };

    CommunityStore(QSqlDatabase db, const AccessScope &scope);

    // The communities the person may see (all of them for a street account), by code; not archived.
    QList<Community> communities() const;
    // Every community of the database, by code, whoever asks (the accounts dialog, sign-in).
    QList<Community> allCommunities() const;
    Community community(qint64 id) const;
    qint64 idByCode(const QString &code) const; // 0 when there is none (code or name)

    // Where a new compound, area, grid, map image or imported address goes: the community in
    // view, or the only one the person may see; 0 when the whole street of several is in view.
    qint64 homeCommunityId() const;
    // The community in view, or the street (named by its street, or "whole street").
    QString viewName() const;
    QString streetName() const;

private:
    QList<Community> read(const QString &filter) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
