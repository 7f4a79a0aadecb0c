#include "gridgeojson.h"

#include "gridgeometry.h"
#include "gridstore.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

#include <cmath>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>

namespace {

struct Parsed
{
    qint64 gridId = 0;
    QString code;
    QPolygonF ring;
};

} // namespace

GridGeoJson::GridGeoJson(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

GridGeoJson::Result GridGeoJson::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, 0, tr("%1: cannot be read (%2).").arg(path, file.errorString())};
    Result r = importData(file.readAll());
    if (!r.ok)
        r.error = tr("%1: %2").arg(path, r.error);
    return r;
}

GridGeoJson::Result GridGeoJson::importData(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {false, 0,
                tr("not valid JSON at character %1 (%2).").arg(parseError.offset).arg(parseError.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection"))
        return {false, 0, tr("the file is not a GeoJSON FeatureCollection (\"type\" must be \"FeatureCollection\").")};
    const QJsonValue featuresValue = root.value(QStringLiteral("features"));
    if (!featuresValue.isArray() || featuresValue.toArray().isEmpty())
        return {false, 0, tr("the FeatureCollection has no features.")};

    QHash<QString, qint64> gridByCode;
    for (const Grid &g : GridStore(m_db, m_scope).grids())
        gridByCode.insert(g.code, g.id);

    QList<Parsed> parsed;
    const QJsonArray features = featuresValue.toArray();
    for (int i = 0; i < features.size(); ++i) {
        const QString where = tr("feature %1").arg(i + 1);
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        QString code = properties.value(QStringLiteral("code")).toString();
        if (code.isEmpty())
            code = properties.value(QStringLiteral("grid_code")).toString();
        if (code.isEmpty())
            return {false, 0, tr("%1 has no \"code\" property naming its grid.").arg(where)};
        const qint64 gridId = gridByCode.value(code);
        if (!gridId)
            return {false, 0, tr("%1: no active grid has the code \"%2\".").arg(where, code)};
        for (const Parsed &p : std::as_const(parsed))
            if (p.gridId == gridId)
                return {false, 0, tr("%1: grid \"%2\" appears more than once.").arg(where, code)};

        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        QJsonArray rings = geometry.value(QStringLiteral("coordinates")).toArray();
        if (type == QLatin1String("MultiPolygon")) {
            if (rings.size() != 1)
                return {false, 0,
                        tr("%1 (grid %2) is a MultiPolygon of %3 parts; a grid boundary must be one polygon.")
                            .arg(where, code)
                            .arg(rings.size())};
            rings = rings.at(0).toArray();
        } else if (type != QLatin1String("Polygon")) {
            return {false, 0,
                    tr("%1 (grid %2) has geometry type \"%3\"; only Polygon is accepted.")
                        .arg(where, code, type.isEmpty() ? tr("none") : type)};
        }
        if (rings.isEmpty() || !rings.at(0).isArray())
            return {false, 0, tr("%1 (grid %2) has no coordinates.").arg(where, code)};
        QPolygonF ring;
        const QJsonArray outer = rings.at(0).toArray();
        for (int k = 0; k < outer.size(); ++k) {
            const QJsonArray pair = outer.at(k).toArray();
            if (pair.size() < 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
                return {false, 0, tr("%1 (grid %2), point %3 is not a pair of numbers.").arg(where, code).arg(k + 1)};
            ring << QPointF(pair.at(0).toDouble(), pair.at(1).toDouble());
        }
        if (ring.size() >= 2 && ring.constFirst() == ring.constLast())
            ring.removeLast();
        if (ring.size() < 3)
            return {false, 0, tr("%1 (grid %2) has fewer than three distinct points.").arg(where, code)};
        if (GridGeometry::area(ring) < 1)
            return {false, 0, tr("%1 (grid %2) encloses no area.").arg(where, code)};
        parsed << Parsed{gridId, code, ring};
    }

    Transaction tx(m_db);
    SqlQuery update(m_db, QStringLiteral("UPDATE grid SET boundary = ? WHERE id = ?"));
    SqlQuery audit(m_db, QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action, "
                                        "after_json) VALUES (?, ?, 'grid', ?, 'boundary_import', ?)"));
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    for (const Parsed &p : std::as_const(parsed)) {
        const QString boundary = QString::fromUtf8(GridGeometry::toJson(p.ring));
        if (!update.exec(boundary, p.gridId) || !audit.exec(now, m_scope.userName(), p.gridId, boundary))
            return {false, 0, tr("the boundary of grid %1 could not be saved; nothing was imported.").arg(p.code)};
    }
    if (!tx.commit())
        return {false, 0, tr("the boundaries could not be saved; nothing was imported.")};
    return {true, int(parsed.size()), {}};
}
