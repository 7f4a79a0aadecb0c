#pragma once

#include "models/documents/pageddocument.h"

#include <functional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class AccessScope;
class XlsxWriter;

// The monthly report's section on the special ledgers (专项台账): per grid and per kind of dispute
// the mediations (人民调解) received in the month, those with a session held in it, the agreements
// reached in it and of those the ones already kept; per grid the rented rooms (出租屋) with their
// tenants at the report's day and the tenants whose permit has expired or expires within 30 days.
class MonthlyReportLedgers final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportLedgers)

public:
    struct Row
    {
        qint64 id = 0; // grid id; for a kind row its index in MediationTypes::kinds() + 1
        QString name;
        int received = 0; // mediations received in the month
        int mediated = 0; // mediations with a session held in the month
        int agreed = 0;   // agreements reached in the month
        int kept = 0;     // of those, kept
        int rooms = 0;    // rented rooms at the report's day
        int tenants = 0;  // tenants living there at the report's day
        int expiring = 0; // of those, the permit expiring within 30 days after the report's day
        int expired = 0;  // of those, the permit expired before the report's day
        Row &operator+=(const Row &o);
    };

    // Reads the month for `grids` (id, name, in the report's order), rentals as of `asOf`.
    bool load(const QSqlDatabase &db, const AccessScope &scope, int year, int month, qint64 gridId,
              const QList<std::pair<qint64, QString>> &grids, const QDate &asOf);

    // Per grid, then (when any) a row for mediations tied to no grid.
    QList<Row> rows() const { return m_rows; }
    // Mediation figures per kind of dispute with any figure.
    QList<Row> kinds() const;
    Row total() const;
    bool isEmpty() const;

    QStringList mediationHeader() const;
    QList<PagedDocument::Row> mediationTable() const;
    QStringList kindHeader() const;
    QList<PagedDocument::Row> kindTable() const;
    QStringList rentalHeader() const;
    QList<PagedDocument::Row> rentalTable() const;

    // The section (its headings through `heading`) and its sheets.
    void addTo(PagedDocument &doc, const std::function<void(const QString &)> &heading) const;
    void addSheets(XlsxWriter &book) const;

private:
    bool loadMediations(const QSqlDatabase &db, const AccessScope &scope, const QDate &first, const QDate &last,
                        qint64 gridId);
    bool loadRentals(const QSqlDatabase &db, const AccessScope &scope, qint64 gridId);
    Row *rowFor(qint64 gridId);
    static QList<PagedDocument::Column> columns(const QStringList &header);

    QList<Row> m_rows;
    QList<Row> m_kinds;
    QDate m_asOf;
};
