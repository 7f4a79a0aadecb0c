#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Demo special ledgers for a demo register: a few dozen mediations (parties from the register and
// outside, sessions, agreements, some kept), rented rooms with landlords and tenants whose permits
// expire over the coming months (a few already left, through the register's move-out), and the
// contact people of compounds, buildings and units. Written through the stores as the office
// would, inside the caller's transaction; deterministic for a seed.
class DemoLedgerGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoLedgerGenerator)

public:
    DemoLedgerGenerator(QSqlDatabase db, quint32 seed = 20261207, const QDate &today = QDate::currentDate());

    bool generate(int mediations = 36, int rooms = 30);
    QString errorText() const { return m_error; }

private:
    bool generateRoles();
    bool generateMediations(int count);
    bool generateRentals(int count);
    bool fail(const QString &what);

    QSqlDatabase m_db;
    quint32 m_seed;
    QDate m_today;
    QString m_error;
};
