#include "residentsearchschema.h"

#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSearchSchema, "communitydesk.register.search")

namespace {

// The schema pg_trgm lives in, or empty when it is not installed in this database.
QString trigramSchema(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = "
                                  "e.extnamespace WHERE e.extname = 'pg_trgm'"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// Installs pg_trgm (a trusted extension: the database's owner may) once per database, in public
// when there is one, so every office schema of the database shares it.
QString installTrigrams(QSqlDatabase &db)
{
    if (const QString schema = trigramSchema(db); !schema.isEmpty())
        return schema;
    SqlQuery hasPublic(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'public' AND "
                                          "has_schema_privilege(oid, 'CREATE')"));
    const QString where = hasPublic.scalar().toInt() > 0 ? QStringLiteral(" SCHEMA public") : QString();
    // A savepoint: a server without postgresql-contrib fails here without spoiling the upgrade.
    Transaction savepoint(db);
    SqlQuery create(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm") + where);
    if (!create.exec() || !savepoint.commit()) {
        qCWarning(lcSearchSchema) << "pg_trgm is not available; resident search scans:" << create.errorDetail();
        return {};
    }
    return trigramSchema(db);
}

} // namespace

bool ResidentSearchSchema::createServerIndex(QSqlDatabase &db)
{
    if (!SqlDialect::isPostgres(db))
        return true;
    const QString schema = installTrigrams(db);
    if (schema.isEmpty())
        return true;
    // The expression of DialectSql::tokenMatch() on PostgreSQL: tokens padded with a space on
    // both sides, so a phrase matches whole tokens only ("501" not inside "1501").
    SqlQuery index(db, QStringLiteral("CREATE INDEX IF NOT EXISTS resident_fts_trgm ON resident_fts USING gin "
                                      "((' ' || lower(tokens) || ' ') \"%1\".gin_trgm_ops)")
                           .arg(schema));
    return index.exec() && SqlQuery(db, QStringLiteral("ANALYZE resident_fts")).exec();
}

bool ResidentSearchSchema::hasServerIndex(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND "
                                  "indexname = 'resident_fts_trgm'"));
    return q.scalar().toInt() > 0;
}
