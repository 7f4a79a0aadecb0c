#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

struct PlaceArguments
{
    QString compound;  // --compound NAME
    QString grid;      // --grid CODE
    QString units;     // --units N
    QString street;    // --street NAME
    QString community; // --community NAME
};

// `communitydesk-cli place list | place add compound NAME | place add building NAME --compound NAME
// [--grid CODE] [--units N] | place rename building|compound OLD NEW [--compound NAME] | place merge
// building FROM INTO --compound NAME`: the community set-up the window's 社区建档 dialog does (PlaceStore).
// Exit code 0 when done, 1 when refused, 2 for a wrong argument.
int runPlaceCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                    const PlaceArguments &options, QTextStream &out, QTextStream &err);

// `communitydesk-cli community set-name --street NAME --community NAME`.
int runCommunityCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                        const PlaceArguments &options, QTextStream &out, QTextStream &err);
