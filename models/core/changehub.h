#pragma once

#include <QObject>
#include <QString>

// The one place that says "the data changed": every outermost Transaction that commits announces
// its connection here, so a page showing a list from that database reloads it (an import, a
// merge, a resident added in a dialog of another page) instead of showing stale rows.
class ChangeHub final : public QObject
{
    Q_OBJECT

public:
    static ChangeHub *instance();

    // Called by Transaction after a real commit; may be called from a worker thread.
    void announce(const QString &connectionName);

signals:
    // Something was committed on the connection named `connectionName`.
    void changed(const QString &connectionName);

private:
    ChangeHub() = default;
};
