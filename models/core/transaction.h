#pragma once

#include <QSqlDatabase>
#include <QString>

// Begins a transaction; rolls it back on destruction unless commit() succeeded, so every
// early return or failure leaves the database exactly as it was. Inside another Transaction on
// the same connection it is a savepoint: its commit keeps its work for the outer one to commit,
// its rollback undoes only its own work.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    // False for a savepoint inside another Transaction: its commit() is not yet the real one.
    bool isOutermost() const { return m_savepoint.isEmpty(); }
    bool commit();
    // Whether a Transaction is open on this connection (a statement run now is not yet committed).
    static bool isOpen(const QString &connectionName);

private:
    bool finish(bool keep);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};
