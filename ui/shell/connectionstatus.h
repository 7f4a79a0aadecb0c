#pragma once

#include <QLabel>
#include <QString>

class QStatusBar;

// The status bar's word on the database server's connection (ServerLink): a red line while it is
// lost and being retried, a short "connected again" when it is back. Nothing for a SQLite file.
class ConnectionStatus final : public QLabel
{
    Q_OBJECT

public:
    ConnectionStatus(const QString &connectionName, QStatusBar *bar);

private:
    void lost(const QString &connectionName);
    void restored(const QString &connectionName);

    QString m_connectionName;
    QStatusBar *m_bar;
};
