#include "changehub.h"

#include <QCoreApplication>

ChangeHub *ChangeHub::instance()
{
    static ChangeHub *hub = [] {
        auto *made = new ChangeHub;
        // Listeners live in the GUI thread; the hub too, whichever thread asked first.
        if (QCoreApplication::instance())
            made->moveToThread(QCoreApplication::instance()->thread());
        return made;
    }();
    return hub;
}

void ChangeHub::announce(const QString &connectionName)
{
    emit changed(connectionName);
}
