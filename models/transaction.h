#pragma once

#include <QSqlDatabase>

// Begins a transaction; rolls it back on destruction unless commit() succeeded, so every
// early return or failure leaves the database exactly as it was.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
