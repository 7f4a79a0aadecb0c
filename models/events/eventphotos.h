#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// An event's photos are files kept beside the database, in "<database file>.files/events/<event
// id>/", so the database stays small and the pictures can be opened with any viewer. Only the
// file names are stored (event_photo). Adding copies the clerk's file; the original is never
// touched, and nothing is ever deleted here.
class EventPhotos final
{
    Q_DECLARE_TR_FUNCTIONS(EventPhotos)

public:
    struct Photo
    {
        qint64 id = 0;
        QString fileName;
        QString caption;
        QString path; // absolute path of the copy
    };

    EventPhotos(QSqlDatabase db, const AccessScope &scope, QString databasePath);

    // False for an in-memory database, which has no folder beside it.
    bool isAvailable() const;
    QString folder(qint64 eventId) const;
    SaveResult add(qint64 eventId, const QString &sourcePath, const QString &caption = QString());
    QList<Photo> photos(qint64 eventId) const;

private:
    SaveResult failed(const QString &message) const;

    QSqlDatabase m_db;
    QString m_databasePath;
    AccessScope m_scope;
};
