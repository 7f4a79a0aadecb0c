#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli community list | community add CODE NAME [AREA_KM2] | community rename CODE
// NAME | community archive CODE`: the street's communities (CommunityEditor), what the window's
// File → Communities of the street… does. Exit code 0 when done, 1 when refused, 2 for a wrong argument.
int runStreetCommunityCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                              QTextStream &out, QTextStream &err);
