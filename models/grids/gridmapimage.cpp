#include "gridmapimage.h"

#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

GridMapImage::GridMapImage(QSqlDatabase db, qint64 communityId)
    : m_db(std::move(db))
    , m_communityId(communityId)
{}

QImage GridMapImage::load() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT data FROM map_image WHERE ? = 0 OR community_id = ? ORDER BY id DESC "
                                    "LIMIT 1"));
    if (q.exec(m_communityId, m_communityId) && q.next())
        return QImage::fromData(q.value(0).toByteArray());
    return {};
}

QString GridMapImage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read (%2).").arg(path, file.errorString());
    const QByteArray data = file.readAll();
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format != "png" && format != "jpeg" && format != "jpg")
        return tr("%1 is not a PNG or JPG image.").arg(path);
    const QImage image = reader.read();
    if (image.isNull())
        return tr("%1 could not be read as an image (%2).").arg(path, reader.errorString());
    if (!store(data, QString::fromLatin1(format), image.size()))
        return tr("The image could not be saved in the database.");
    return {};
}

bool GridMapImage::store(const QByteArray &data, const QString &format, const QSize &size)
{
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO map_image (community_id, format, data, width, height, created_at) "
                                    "VALUES (coalesce(?, (SELECT min(id) FROM community)), ?, ?, ?, ?, ?)"));
    const QVariant community = m_communityId > 0 ? QVariant(m_communityId) : QVariant(QMetaType(QMetaType::LongLong));
    return q.exec(community, format, data, size.width(), size.height(),
                  QDateTime::currentDateTime().toString(Qt::ISODate)) &&
           tx.commit();
}

QImage GridMapImage::paintDemoPlan(const QSize &size, const QList<QRectF> &compounds, const QList<QPointF> &buildings)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0xf2, 0xef, 0xe6));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    // A river along the right edge and a park in the lower left, for orientation.
    QPainterPath river;
    river.moveTo(size.width() - 60, 0);
    river.cubicTo(size.width() - 10, size.height() * 0.3, size.width() - 90, size.height() * 0.6, size.width() - 30,
                  size.height());
    p.setPen(QPen(QColor(0xa9, 0xcf, 0xe8), 34, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(river);
    // Streets: a wide road round every compound block.
    QPen road(QColor(0xff, 0xff, 0xff), 22, Qt::SolidLine, Qt::FlatCap);
    QPen kerb(QColor(0xd2, 0xcc, 0xbd), 26, Qt::SolidLine, Qt::FlatCap);
    for (const QPen &pen : {kerb, road}) {
        p.setPen(pen);
        for (const QRectF &r : compounds)
            p.drawRect(r.adjusted(-18, -18, 18, 18));
    }
    // Compound blocks with lawns, then building footprints.
    p.setPen(QPen(QColor(0xc9, 0xd8, 0xb9), 1));
    p.setBrush(QColor(0xe3, 0xee, 0xd6));
    for (const QRectF &r : compounds)
        p.drawRoundedRect(r, 6, 6);
    p.setPen(QPen(QColor(0xa8, 0xa2, 0x96), 1));
    p.setBrush(QColor(0xd9, 0xd3, 0xc7));
    for (const QPointF &b : buildings)
        p.drawRect(QRectF(b.x() - 18, b.y() - 11, 36, 22));
    p.end();
    return image;
}
