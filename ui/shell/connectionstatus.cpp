#include "connectionstatus.h"

#include "models/core/serverlink.h"

#include <QStatusBar>

ConnectionStatus::ConnectionStatus(const QString &connectionName, QStatusBar *bar)
    : QLabel(bar)
    , m_connectionName(connectionName)
    , m_bar(bar)
{
    setObjectName(QStringLiteral("connectionStatus"));
    setStyleSheet(QStringLiteral("QLabel { color: #b02a37; font-weight: bold; }"));
    hide();
    bar->addWidget(this);
    connect(ServerLink::instance(), &ServerLink::connectionLost, this, &ConnectionStatus::lost);
    connect(ServerLink::instance(), &ServerLink::connectionRestored, this, &ConnectionStatus::restored);
}

void ConnectionStatus::lost(const QString &connectionName)
{
    if (connectionName != m_connectionName)
        return;
    setText(tr("The connection to the database server was lost. Reconnecting… Open forms keep what was typed."));
    show();
}

void ConnectionStatus::restored(const QString &connectionName)
{
    if (connectionName != m_connectionName)
        return;
    hide();
    m_bar->showMessage(tr("Connected to the database server again."), 10000);
}
