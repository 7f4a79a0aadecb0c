#pragma once

#include <atomic>
#include <memory>
#include <QObject>
#include <QSqlDatabase>
#include <QThreadPool>
#include <QVariantList>

// Counts the rows of a query on a connection of its own in a worker thread, so a list can show
// its first page at once and learn the exact total a moment later. Only the newest request is
// answered; older ones are dropped unrun. Each thread opens its own connection, as Qt SQL requires.
class RowCounter final : public QObject
{
    Q_OBJECT

public:
    explicit RowCounter(const QSqlDatabase &db, QObject *parent = nullptr);
    ~RowCounter() override;

    // False for a private in-memory database, which another connection cannot see: count in place.
    bool canCountInBackground() const { return m_background; }
    void count(int ticket, const QString &sql, const QVariantList &bindings);

signals:
    void counted(int ticket, int count);
    // The query could not run (e.g. the file is damaged); only for the newest request.
    void failed(int ticket);

private:
    struct Target
    {
        QString driver;
        QString databaseName;
        QString options;
        QString host;
        int port = -1;
        QString user;
        QString password;
    };
    Target m_target;
    bool m_background = false;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};
