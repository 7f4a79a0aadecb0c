#include "eventphotos.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

EventPhotos::EventPhotos(QSqlDatabase db, const AccessScope &scope, QString databasePath)
    : m_db(std::move(db))
    , m_databasePath(std::move(databasePath))
    , m_scope(scope)
{}

bool EventPhotos::isAvailable() const
{
    return !m_databasePath.isEmpty() && m_databasePath != QLatin1String(":memory:");
}

QString EventPhotos::folder(qint64 eventId) const
{
    const QFileInfo db(m_databasePath);
    return db.absoluteFilePath() + QStringLiteral(".files/events/") + QString::number(eventId);
}

SaveResult EventPhotos::failed(const QString &message) const
{
    SaveResult r;
    r.errors.append({QStringLiteral("photos"), message, 0});
    return r;
}

SaveResult EventPhotos::add(qint64 eventId, const QString &sourcePath, const QString &caption)
{
    if (!isAvailable())
        return failed(tr("Photos: this database has no folder to keep photos in."));
    const QFileInfo source(sourcePath);
    if (!source.isFile() || !source.isReadable())
        return failed(tr("Photos: %1 cannot be read.").arg(QDir::toNativeSeparators(sourcePath)));
    SqlQuery exists(m_db, QStringLiteral("SELECT count(*) FROM event WHERE id = ?"));
    if (!exists.exec(eventId) || exists.scalar().toInt() != 1)
        return failed(tr("Photos: save the event before adding photos."));
    const QDir dir(folder(eventId));
    if (!QDir().mkpath(dir.absolutePath()))
        return failed(tr("Photos: the folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.absolutePath())));
    // Never overwrite an earlier photo of the same name: number the copy instead.
    QString name = source.fileName();
    for (int n = 2; QFileInfo::exists(dir.filePath(name)); ++n)
        name = QStringLiteral("%1-%2%3")
                   .arg(source.completeBaseName())
                   .arg(n)
                   .arg(source.suffix().isEmpty() ? QString() : QStringLiteral(".") + source.suffix());
    const QString target = dir.filePath(name);
    if (!QFile::copy(sourcePath, target))
        return failed(tr("Photos: %1 could not be copied.").arg(source.fileName()));

    Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO event_photo (event_id, file_name, caption, added_at) VALUES (?, ?, ?, ?)"));
    if (!q.exec(eventId, name, SqlValues::textOrNull(caption), SqlValues::now()) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("event_photo"), q.lastInsertId(), QStringLiteral("insert"), QString(), name) ||
        !tx.commit()) {
        QFile::remove(target); // our own copy, not the clerk's file
        return failed(tr("Photos: the photo could not be recorded."));
    }
    return {true, q.lastInsertId(), {}, {}};
}

QList<EventPhotos::Photo> EventPhotos::photos(qint64 eventId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, file_name, caption FROM event_photo WHERE event_id = ? ORDER BY id"));
    QList<Photo> list;
    const QDir dir(folder(eventId));
    if (q.exec(eventId))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         dir.filePath(q.value(1).toString())});
    return list;
}
