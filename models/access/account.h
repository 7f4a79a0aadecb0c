#pragma once

#include "accessscope.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One person who may sign in (table account); the password hash never leaves AccountStore.
struct Account
{
    qint64 id = 0;
    QString login;
    QString displayName;
    AccessScope::Role role = AccessScope::Role::Viewer;
    QList<qint64> gridIds;  // for grid workers: the grids they see and edit
    qint64 communityId = 0; // the community the account works in; 0: the street (every community)
    bool disabled = false;
    int failedCount = 0;
    QDateTime lockedUntil; // invalid when not locked
    int rowVersion = 1;
};
