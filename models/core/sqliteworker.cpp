#include "sqliteworker.h"

#include "sqliteprogress.h"

#include <atomic>
#include <memory>
#include <QThread>
#include <QUuid>

bool SqliteWorker::run(const QSqlDatabase &db, const std::function<bool(const QSqlDatabase &)> &work,
                       const std::function<bool()> &poll, bool *interrupted)
{
    if (interrupted)
        *interrupted = false;
    const QString path = db.databaseName();
    const bool inMemory =
        path.isEmpty() || path == QLatin1String(":memory:") || path.contains(QLatin1String("mode=memory"));
    if (!poll || db.driverName() != QLatin1String("QSQLITE") || inMemory)
        return work(db);

    std::atomic<bool> stop{false};
    bool stopped = false;
    bool result = false;
    const QString driver = db.driverName();
    const QString options = db.connectOptions();
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const QString name = QStringLiteral("worker-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase own = QSqlDatabase::addDatabase(driver, name);
            own.setDatabaseName(path);
            own.setConnectOptions(options);
            if (own.open()) {
                const SqliteProgress watch(own, [&stop] { return !stop.load(); });
                result = work(own);
                stopped = watch.interrupted();
            }
            own.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    thread->start();
    do {
        if (!stop.load() && !poll())
            stop.store(true);
    } while (!thread->wait(50));
    if (interrupted)
        *interrupted = stopped;
    return result && !stopped;
}
