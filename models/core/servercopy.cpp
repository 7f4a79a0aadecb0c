#include "servercopy.h"

#include "sqldialect.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>

#ifdef CD_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace {

#ifdef CD_HAVE_LIBPQ
PGconn *connection(const QSqlDatabase &db)
{
    if (!SqlDialect::isPostgres(db) || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Qt registers the driver's handle under libpq's struct name (pg_conn*), PGconn* being its typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

bool isNull(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    default:
        return false;
    }
}

// COPY's text format: tab between columns, \N for NULL, backslash escapes in the values.
void appendValue(QByteArray &out, const QVariant &v)
{
    if (isNull(v)) {
        out += "\\N";
        return;
    }
    QByteArray text;
    switch (v.typeId()) {
    case QMetaType::Bool:
        text = v.toBool() ? "t" : "f";
        break;
    case QMetaType::QDate:
        text = v.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QDateTime:
        text = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    default:
        text = v.toString().toUtf8();
    }
    for (const char c : std::as_const(text)) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

QString lastError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}
#endif

} // namespace

bool ServerCopy::available(const QSqlDatabase &db)
{
#ifdef CD_HAVE_LIBPQ
    return connection(db) != nullptr;
#else
    Q_UNUSED(db)
    return false;
#endif
}

bool ServerCopy::copy(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                      const QVariantList &values, QString *error)
{
#ifdef CD_HAVE_LIBPQ
    PGconn *conn = connection(db);
    const int width = int(columns.size());
    if (!conn || width == 0 || values.size() % width != 0) {
        if (error)
            *error = QStringLiteral("COPY is not available");
        return false;
    }
    if (values.isEmpty())
        return true;
    // Table and column names come from the program, never from input.
    const QByteArray sql =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))).toUtf8();
    PGresult *started = PQexec(conn, sql.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying) {
        if (error)
            *error = lastError(conn);
        return false;
    }
    constexpr qsizetype Chunk = 1 << 20;
    QByteArray buffer;
    buffer.reserve(Chunk + 4096);
    bool sent = true;
    for (qsizetype i = 0; i < values.size() && sent; ++i) {
        appendValue(buffer, values.at(i));
        buffer += (i + 1) % width == 0 ? '\n' : '\t';
        if (buffer.size() >= Chunk) {
            sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
    // Ended either way, so the connection leaves the COPY state; a failure makes the server refuse it.
    const bool ended = PQputCopyEnd(conn, sent ? nullptr : "the client stopped sending") == 1;
    bool ok = sent && ended;
    while (PGresult *result = PQgetResult(conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            ok = false;
        PQclear(result);
    }
    if (!ok && error)
        *error = lastError(conn);
    return ok;
#else
    Q_UNUSED(db)
    Q_UNUSED(table)
    Q_UNUSED(columns)
    Q_UNUSED(values)
    if (error)
        *error = QStringLiteral("COPY is not available");
    return false;
#endif
}
