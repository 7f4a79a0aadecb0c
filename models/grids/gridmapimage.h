#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSqlDatabase>

// The map's base image: a scanned plan or a saved map picture. It is kept as a BLOB in the
// database, not as a file beside it, so the one database file (or the shared PostgreSQL
// database) is the whole record: backups, copies and other desks all carry the map with them.
// A new import adds a row; earlier images stay (nothing is deleted), the latest is shown.
class GridMapImage final
{
    Q_DECLARE_TR_FUNCTIONS(GridMapImage)

public:
    // Each community of a street has its own base image; 0 (the whole street in view) shows
    // the latest image of any community and stores into the first.
    explicit GridMapImage(QSqlDatabase db, qint64 communityId = 0);

    QImage load() const;
    // PNG or JPG; returns a translated error, or an empty string on success.
    QString importFile(const QString &path);
    bool store(const QByteArray &data, const QString &format, const QSize &size);

    // A simple street plan for the demo community: streets between the compound blocks and a
    // footprint for each building.
    static QImage paintDemoPlan(const QSize &size, const QList<QRectF> &compounds, const QList<QPointF> &buildings);

private:
    QSqlDatabase m_db;
    qint64 m_communityId = 0;
};
