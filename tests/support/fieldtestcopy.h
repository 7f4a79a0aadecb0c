#pragma once

#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/field/fieldchangelog.h"
#include "models/workspace/workspace.h"

#include <memory>
#include <QSqlRecord>
#include <QStringList>
#include <QUuid>

// A field copy for the merge tests, made the way the check-out makes one until it lands: a fresh
// CommunityDesk SQLite file with the office's rows under the same keys, the check-out record,
// and the change log installed. The merge must not care that other grids' rows are present.
class FieldTestCopy final
{
public:
    FieldTestCopy(const QSqlDatabase &office, const QString &path, const QString &worker = QStringLiteral("lina"))
        : m_database(std::make_unique<Database>(QUuid::createUuid().toString()))
        , m_checkoutId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        if (!Workspace::open(*m_database, path))
            return;
        const QSqlDatabase field = m_database->connection();
        const QStringList tables{QStringLiteral("community"),    QStringLiteral("grid"),
                                 QStringLiteral("compound"),     QStringLiteral("building"),
                                 QStringLiteral("household"),    QStringLiteral("resident"),
                                 QStringLiteral("resident_tag"), QStringLiteral("resident_change"),
                                 QStringLiteral("cases"),        QStringLiteral("case_step"),
                                 QStringLiteral("visit"),        QStringLiteral("visit_need")};
        for (const QString &table : tables)
            if (!copyTable(office, field, table))
                return;
        const QList<std::pair<QString, QString>> checkout{
            {QStringLiteral("checkout_id"), m_checkoutId},
            {QStringLiteral("office"), QStringLiteral("test office")},
            {QStringLiteral("worker_login"), worker},
            {QStringLiteral("worker_name"), QStringLiteral("李娜")},
            {QStringLiteral("grids"), QStringLiteral("G01")},
            {QStringLiteral("checked_out_at"), QStringLiteral("2026-12-07T09:10:00")},
            {QStringLiteral("checked_out_by"), QStringLiteral("tester")}};
        SqlQuery(field, QStringLiteral("CREATE TABLE field_checkout (key TEXT PRIMARY KEY, value TEXT)")).exec();
        for (const auto &[key, value] : checkout)
            if (!SqlQuery(field, QStringLiteral("INSERT INTO field_checkout (key, value) VALUES (?, ?)"))
                     .exec(key, value))
                return;
        m_ok = FieldChangeLog::install(field);
    }

    bool isOk() const { return m_ok; }
    QSqlDatabase db() const { return m_database->connection(); }
    QString checkoutId() const { return m_checkoutId; }
    void close() { m_database->close(); }
    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        SqlQuery q(db(), sql);
        for (const QVariant &v : values)
            q.bind(v);
        if (!q.exec()) {
            qWarning() << "field:" << q.errorDetail() << sql;
            return false;
        }
        return true;
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        SqlQuery q(db(), sql);
        for (const QVariant &v : values)
            q.bind(v);
        return q.exec() ? q.scalar() : QVariant();
    }

private:
    static bool copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
    {
        SqlQuery rows(from, QStringLiteral("SELECT * FROM ") + table);
        if (!rows.exec())
            return false;
        const QSqlRecord r = rows.query().record();
        QStringList names;
        QStringList marks;
        for (int i = 0; i < r.count(); ++i) {
            names << r.fieldName(i);
            marks << QStringLiteral("?");
        }
        SqlQuery insert(to, QStringLiteral("INSERT OR REPLACE INTO ") + table + QStringLiteral(" (") +
                                names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                                marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
        while (rows.next()) {
            for (int i = 0; i < r.count(); ++i)
                insert.bind(rows.value(i));
            if (!insert.exec()) {
                qWarning() << "copy" << table << insert.errorDetail();
                return false;
            }
        }
        return true;
    }

    std::unique_ptr<Database> m_database;
    QString m_checkoutId;
    bool m_ok = false;
};
