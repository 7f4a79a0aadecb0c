#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A list's filter and columns the clerk named ("独居老人 80+ 第三网格"), kept in the database so
// every desk of the office sees it. The state is the list's own text (JSON); the store only
// keeps it. Views are archived, never deleted.
struct SavedView
{
    qint64 id = 0;
    QString name;
    QString state;
    QString createdBy;
};

class SavedViewStore final
{
    Q_DECLARE_TR_FUNCTIONS(SavedViewStore)

public:
    SavedViewStore(QSqlDatabase db, const AccessScope &scope);

    // The views of `list` ("register") not archived, by name.
    QList<SavedView> views(const QString &list) const;
    // A new view, or the state of the view of that name replaced (the clerk saved it again).
    SaveResult save(const QString &list, const QString &name, const QString &state);
    SaveResult rename(qint64 id, const QString &name);
    SaveResult archive(qint64 id);

private:
    SaveResult refused(const QString &message) const;
    qint64 idOf(const QString &list, const QString &name) const;
    QString listOf(qint64 id) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
